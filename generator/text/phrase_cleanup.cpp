// From a minimal edit script to the one a person marks in a revision table. A minimal
// script matches every unit it can, so a rewritten clause comes out as a scatter of edits
// around characters that coincide by chance (「經權責主管核准」→「報經董事會通過」 share 經),
// and an edit that could sit in several places sits wherever the search left it. The
// steps follow diff-match-patch's semantic cleanup (N. Fraser): absorb short keeps into
// the rewrites around them, slide each edit so that its edges fall on phrase boundaries,
// and recover keeps where a removal ends as the following insertion begins.
#include <algorithm>

#include "text/edit_script.hpp"

namespace filinggen::text::revision {
namespace {

// Rounds of absorbing and normalizing. Each round only absorbs, and normalizing rarely gives
// a keep back, so a few rounds reach the fixed point; the bound only makes that certain.
constexpr int kMaxRounds = 16;

// Joins the removals and insertions between two keeps into one removal followed by one
// insertion; what these two share at their start or end is kept instead. Drops empty
// edits and joins neighbouring keeps.
void normalize(EditScript& script) {
  EditScript out;
  Units removed, inserted;
  auto flush = [&] {
    const std::size_t head = common_prefix(removed, inserted);
    append(out, Op::keep, std::u32string_view(removed).substr(0, head));
    const std::size_t tail = common_suffix(std::u32string_view(removed).substr(head),
                                           std::u32string_view(inserted).substr(head));
    append(out, Op::remove, std::u32string_view(removed).substr(head, removed.size() - head - tail));
    append(out, Op::insert, std::u32string_view(inserted).substr(head, inserted.size() - head - tail));
    append(out, Op::keep, std::u32string_view(removed).substr(removed.size() - tail));
    removed.clear();
    inserted.clear();
  };
  for (const Edit& edit : script) {
    if (edit.op == Op::remove) {
      removed += edit.units;
    } else if (edit.op == Op::insert) {
      inserted += edit.units;
    } else {
      flush();
      append(out, Op::keep, edit.units);
    }
  }
  flush();
  script = std::move(out);
}

// The units changed between two keeps.
struct Changes {
  std::size_t removed = 0, inserted = 0;
  std::size_t larger() const { return std::max(removed, inserted); }
};

// The units marked just left and right of a keep in one of the two texts.
struct Beside {
  std::size_t left = 0, right = 0;
  bool gap() const { return left > 0 && right > 0; }
  // Absorbing a keep of `length` units fills the gap, or lengthens the one mark beside it
  // by at most half; it never starts a mark where this text has none.
  bool takes(std::size_t length) const { return gap() || 2 * length <= left + right; }
};

// A keep that is short beside the changes on either side of it (no longer than them, as
// in diff-match-patch) is most likely a coincidence inside a rewritten phrase, and is
// absorbed: it becomes part of both the removal and the insertion. So that text that was
// never changed is not marked as changed, absorbing must also fill a gap in the marking
// of at least one text and be taken by the other:
// - 「應至少接受三小時以上」 from 「應接受」: 接受 stays, the current text has no mark;
// - 「應責成資訊單位辦理」 from 「應經權責主管核准」: 責 fills the gap between 經權 and 主管核准
//   and lengthens 成資訊單位辦理 by one, so the whole clause is one phrase in each text;
// - 「並依下列各點訂定相關資訊安全規範」 from 「並訂定相關管理規範」: 訂定相關 fills the gap
//   in the amended text but would lengthen 管理 in the current text to 訂定相關管理, so it
//   stays.
bool worth_absorbing(std::size_t length, const Changes& before, const Changes& after) {
  if (length > before.larger() || length > after.larger()) return false;
  const Beside current{before.removed, after.removed}, amended{before.inserted, after.inserted};
  return (current.gap() || amended.gap()) && current.takes(length) && amended.takes(length);
}

// Absorbs the keeps worth absorbing, those holding a line break excepted (a line is not
// marked for changes on other lines). Returns whether a keep was absorbed.
bool absorb_short_keeps(EditScript& script, const Alphabet& alphabet) {
  auto spans_lines = [&](const Units& units) {
    return std::any_of(units.begin(), units.end(),
                       [&](char32_t unit) { return is_line_break(alphabet.first_code_point(unit)); });
  };
  std::vector<std::size_t> keeps;  // the keeps passed, the last one under test
  bool testing = false;            // whether keeps.back() has its changes counted
  Changes before, after;           // around keeps.back()
  bool absorbed = false;
  for (std::size_t i = 0; i < script.size(); ++i) {
    if (script[i].op == Op::keep) {
      keeps.push_back(i);
      testing = true;
      before = after;
      after = {};
      continue;
    }
    (script[i].op == Op::insert ? after.inserted : after.removed) += script[i].units.size();
    if (!testing) continue;
    const std::size_t keep = keeps.back();
    if (!worth_absorbing(script[keep].units.size(), before, after) || spans_lines(script[keep].units)) continue;
    script[keep].op = Op::insert;
    script.insert(script.begin() + static_cast<std::ptrdiff_t>(keep), Edit{Op::remove, script[keep].units});
    absorbed = true;
    // The keep before may now be short enough too: count again from the one before that.
    keeps.pop_back();
    if (!keeps.empty()) keeps.pop_back();
    i = keeps.empty() ? static_cast<std::size_t>(-1) : keeps.back();
    testing = false;
    before = after = {};
  }
  return absorbed;
}

enum class Mark { none, space, line_break, pause, stop, opening, closing, other_punctuation };

Mark mark_of(char32_t c) {
  if (is_line_break(c)) return Mark::line_break;
  switch (c) {
    case U' ': case U'\t': case U'\u3000':
      return Mark::space;
    case U'，': case U'、': case U',': case U'﹐': case U'﹑':
      return Mark::pause;
    case U'。': case U'；': case U'：': case U'！': case U'？': case U'．':
    case U'.': case U';': case U':': case U'!': case U'?':
      return Mark::stop;
    case U'「': case U'『': case U'（': case U'(': case U'［': case U'[': case U'｛': case U'{':
    case U'〔': case U'【': case U'《': case U'〈': case U'“': case U'‘':
      return Mark::opening;
    case U'」': case U'』': case U'）': case U')': case U'］': case U']': case U'｝': case U'}':
    case U'〕': case U'】': case U'》': case U'〉': case U'”': case U'’':
      return Mark::closing;
    case U'…': case U'—': case U'－': case U'-': case U'/': case U'／': case U'·': case U'•':
      return Mark::other_punctuation;
    default:
      return Mark::none;
  }
}

// How well an edit edge between units[at - 1] and units[at] reads as a phrase edge. A
// Chinese clause ends with its punctuation, so the best edges follow 。 or ，, and an
// inserted clause between two commas is marked with the comma that ends it (「B，」 in
// 「A，B，C」) while one before 。 takes its leading comma (「，並通過評量」).
int edge_score(std::u32string_view units, std::size_t at, const Alphabet& alphabet) {
  if (at == 0 || at == units.size()) return 6;  // the edit then joins the edits beyond
  const Mark before = mark_of(alphabet.first_code_point(units[at - 1]));
  const Mark after = mark_of(alphabet.first_code_point(units[at]));
  if (before == Mark::line_break || after == Mark::line_break) return 5;
  if (before == Mark::stop) return 4;
  if (before == Mark::pause || before == Mark::closing || after == Mark::opening) return 3;
  if (before == Mark::space || after == Mark::space) return 2;
  if (before != Mark::none || after != Mark::none) return 1;
  return 0;
}

// An edit between two keeps can slide along units that repeat: 「A，B，C」 from 「A，C」 is
// an insertion of 「，B」 or of 「B，」. Each such edit goes where its two edges score best,
// the later place on a tie. Returns whether a keep was used up (the edit reached the
// edit beyond it); the script then needs normalizing.
bool align_to_phrases(EditScript& script, const Alphabet& alphabet) {
  bool used_up = false;
  for (std::size_t i = 1; i + 1 < script.size(); ++i) {
    Edit& left = script[i - 1];
    Edit& right = script[i + 1];
    if (left.op != Op::keep || right.op != Op::keep || left.units.empty()) continue;
    const Units joined = left.units + script[i].units + right.units;
    const std::size_t length = script[i].units.size();
    std::size_t at = left.units.size() - common_suffix(left.units, script[i].units);
    std::size_t best = at;
    int best_score = edge_score(joined, at, alphabet) + edge_score(joined, at + length, alphabet);
    while (at + length < joined.size() && joined[at] == joined[at + length]) {
      ++at;
      const int score = edge_score(joined, at, alphabet) + edge_score(joined, at + length, alphabet);
      if (score >= best_score) best = at, best_score = score;
    }
    if (best == left.units.size()) continue;
    left.units = joined.substr(0, best);
    script[i].units = joined.substr(best, length);
    right.units = joined.substr(best + length);
    used_up = used_up || left.units.empty() || right.units.empty();
  }
  return used_up;
}

// The longest end of `a` that `b` starts with. Each candidate end is searched for in `b`:
// where it is found tells how much longer the next candidate must be.
std::size_t overlap(std::u32string_view a, std::u32string_view b) {
  const std::size_t most = std::min(a.size(), b.size());
  a = a.substr(a.size() - most);
  b = b.substr(0, most);
  if (a == b) return most;
  std::size_t best = 0;
  for (std::size_t length = 1; length < most;) {
    const std::size_t found = b.find(a.substr(a.size() - length));
    if (found == std::u32string_view::npos) break;
    length += found;
    if (found == 0 || a.substr(a.size() - length) == b.substr(0, length)) best = length++;
  }
  return best;
}

// A removal that ends as the insertion after it begins (「甲乙丙丁」 → 「丙丁戊」) keeps the
// shared part when it is at least half of either: 「甲乙」 removed, 「丙丁」 kept, 「戊」
// inserted. The same the other way round puts the insertion first.
void keep_overlaps(EditScript& script) {
  for (std::size_t i = 1; i < script.size(); ++i) {
    if (script[i - 1].op != Op::remove || script[i].op != Op::insert) continue;
    const Units removed = script[i - 1].units, inserted = script[i].units;
    const std::size_t forward = overlap(removed, inserted), backward = overlap(inserted, removed);
    const std::size_t shared = std::max(forward, backward);
    if (shared == 0 || (2 * shared < removed.size() && 2 * shared < inserted.size())) continue;
    if (forward >= backward) {
      script[i - 1].units = removed.substr(0, removed.size() - shared);
      script[i].units = inserted.substr(shared);
      script.insert(script.begin() + static_cast<std::ptrdiff_t>(i), Edit{Op::keep, inserted.substr(0, shared)});
    } else {
      script[i - 1] = Edit{Op::insert, inserted.substr(0, inserted.size() - shared)};
      script[i] = Edit{Op::remove, removed.substr(shared)};
      script.insert(script.begin() + static_cast<std::ptrdiff_t>(i), Edit{Op::keep, removed.substr(0, shared)});
    }
    ++i;
  }
}

}  // namespace

void clean_up_phrases(EditScript& script, const Alphabet& alphabet) {
  normalize(script);
  for (int round = 0; round < kMaxRounds && absorb_short_keeps(script, alphabet); ++round) normalize(script);
  if (align_to_phrases(script, alphabet)) normalize(script);
  keep_overlaps(script);
  normalize(script);
}

}  // namespace filinggen::text::revision
