// diff_revision(): what the amended text of a provision changed against its current text,
// as whole phrases, for the underlines of the revision comparison table (修正條文對照表).
// Both texts become grapheme clusters (ICU), so that 𥚃 or e + U+0301 is changed as a
// whole; a shortest edit script between them (minimal_edits.cpp) is cleaned up into
// phrases (phrase_cleanup.cpp); its edits become byte spans, cut at line breaks.
#include <unicode/brkiter.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <map>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "text/edit_script.hpp"
#include "text/text.hpp"

namespace filinggen::text {
namespace {

using revision::Op;
using revision::Units;

// The steps the minimal diff may take (a step is a few nanoseconds). Two completely
// different texts of 3000 clusters each take 9 million; texts of a few thousand clusters
// that share anything take fewer. Unrelated texts of some 7700 clusters reach the limit,
// and then everything between their common start and end counts as changed.
constexpr std::size_t kWorkLimit = 60'000'000;

icu::BreakIterator& cluster_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createCharacterInstance(icu::Locale("zh_Hant_TW"), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU grapheme cluster breaker unavailable");
    return it;
  }();
  return *iterator;
}

struct Clusters {
  Units units;
  std::vector<std::size_t> offsets;  // where each unit starts in the UTF-8 text, then its size
};

// Splits texts into clusters and names each cluster with a unit; one Segmenter for both
// texts, so that the same cluster gets the same unit in each.
class Segmenter {
 public:
  Clusters split(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    // A UTF-8 UText: the iterator's boundaries are byte offsets into `utf8` itself.
    std::unique_ptr<UText, decltype(&utext_close)> text(
        utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status), &utext_close);
    icu::BreakIterator& it = cluster_iterator();
    it.setText(text.get(), status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU grapheme clusters: ") + u_errorName(status));

    Clusters out;
    out.offsets.push_back(0);
    for (int32_t end = it.next(); end != icu::BreakIterator::DONE; end = it.next()) {
      const std::size_t begin = out.offsets.back();
      out.units.push_back(unit_of(utf8.substr(begin, static_cast<std::size_t>(end) - begin)));
      out.offsets.push_back(static_cast<std::size_t>(end));
    }
    return out;
  }

  const revision::Alphabet& alphabet() const { return alphabet_; }

 private:
  // A single well-formed code point is its own unit; anything else is named by its bytes.
  char32_t unit_of(std::string_view cluster) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(cluster.data());
    const auto length = static_cast<int32_t>(cluster.size());
    int32_t i = 0;
    UChar32 first;
    U8_NEXT(bytes, i, length, first);
    if (first >= 0 && i == length) return static_cast<char32_t>(first);
    auto [named, added] = symbols_.try_emplace(std::string(cluster), 0);
    if (added) {
      named->second = revision::kFirstClusterSymbol + static_cast<char32_t>(alphabet_.cluster_starts.size());
      alphabet_.cluster_starts.push_back(first >= 0 ? static_cast<char32_t>(first) : U'\uFFFD');
    }
    return named->second;
  }

  std::map<std::string, char32_t, std::less<>> symbols_;
  revision::Alphabet alphabet_;
};

// Spans for units [first, first + count) of a text: one per run between line breaks,
// joined to the last span when they touch.
void add_spans(const Clusters& text, std::size_t first, std::size_t count, const revision::Alphabet& alphabet,
               std::vector<ByteSpan>& spans) {
  for (std::size_t i = first; i < first + count; ++i) {
    if (revision::is_line_break(alphabet.first_code_point(text.units[i]))) continue;
    const ByteSpan unit{text.offsets[i], text.offsets[i + 1]};
    if (!spans.empty() && spans.back().end == unit.begin) spans.back().end = unit.end;
    else spans.push_back(unit);
  }
}

}  // namespace

std::ostream& operator<<(std::ostream& out, const ByteSpan& span) {
  return out << '[' << span.begin << ", " << span.end << ')';
}

namespace {

RevisionDiff compute_diff(std::string_view current, std::string_view amended) {
  Segmenter segmenter;
  const Clusters before = segmenter.split(current);
  const Clusters after = segmenter.split(amended);
  revision::EditScript script = revision::minimal_edits(before.units, after.units, kWorkLimit);
  revision::clean_up_phrases(script, segmenter.alphabet());

  RevisionDiff diff;
  std::size_t in_current = 0, in_amended = 0;  // units passed in each text
  for (const revision::Edit& edit : script) {
    const std::size_t count = edit.units.size();
    switch (edit.op) {
      case Op::keep:
        in_current += count;
        in_amended += count;
        break;
      case Op::remove:
        add_spans(before, in_current, count, segmenter.alphabet(), diff.deleted);
        in_current += count;
        break;
      case Op::insert:
        add_spans(after, in_amended, count, segmenter.alphabet(), diff.inserted);
        in_amended += count;
        break;
    }
  }
  return diff;
}

// The standard's amendments are the same pairs of texts in every firm's revision table:
// each pair is diffed once per worker and the answer kept. Bounded, so that a run of any
// length keeps its memory flat (at most some 8 MB a worker).
constexpr std::size_t kMaxRemembered = 256;
constexpr std::size_t kMaxRememberedBytes = 32 << 10;  // of a pair; the longest amendment is some 5 KB

struct TextPair {
  std::string current, amended;
  bool operator==(const TextPair&) const = default;
};
struct TextPairHash {
  std::size_t operator()(const TextPair& p) const {
    return std::hash<std::string>{}(p.current) * 31 + std::hash<std::string>{}(p.amended);
  }
};

}  // namespace

RevisionDiff diff_revision(std::string_view current, std::string_view amended) {
  if (current.size() + amended.size() > kMaxRememberedBytes) return compute_diff(current, amended);
  thread_local std::unordered_map<TextPair, RevisionDiff, TextPairHash> remembered;
  TextPair key{std::string(current), std::string(amended)};
  if (auto known = remembered.find(key); known != remembered.end()) return known->second;
  RevisionDiff diff = compute_diff(current, amended);
  if (remembered.size() >= kMaxRemembered) remembered.clear();
  remembered.emplace(std::move(key), diff);
  return diff;
}

}  // namespace filinggen::text
