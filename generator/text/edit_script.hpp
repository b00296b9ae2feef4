#pragma once
// Private to the text stage: the edit script of diff_revision(). The minimal diff
// (minimal_edits.cpp) writes it, the phrase cleanup (phrase_cleanup.cpp) reshapes it and
// revision_diff.cpp turns it into byte spans.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace filinggen::text::revision {

// A text as grapheme clusters, one unit each: the code point itself when the cluster is a
// single code point, otherwise a symbol above U+10FFFF that stands for that cluster (equal
// clusters, equal symbols). Comparing units compares clusters, and std::u32string gives
// the searching and slicing the diff needs.
using Units = std::u32string;
constexpr char32_t kFirstClusterSymbol = 0x110000;

// What the cleanup needs to know of a unit: the code point its cluster starts with, which
// tells punctuation, spaces and line breaks apart.
struct Alphabet {
  std::vector<char32_t> cluster_starts;  // by symbol - kFirstClusterSymbol
  char32_t first_code_point(char32_t unit) const {
    return unit < kFirstClusterSymbol ? unit : cluster_starts[unit - kFirstClusterSymbol];
  }
};

// U+2028 is how a data line break travels through templates and markup (see text.hpp).
inline bool is_line_break(char32_t c) {
  return c == U'\n' || c == U'\r' || c == U'\u0085' || c == U'\u2028' || c == U'\u2029';
}

enum class Op { keep, remove, insert };
struct Edit {
  Op op;
  Units units;
};
// The keeps and removals, in order, spell the current text; the keeps and insertions, the
// amended text.
using EditScript = std::vector<Edit>;

// Adds units at the end of the script, joining an edit of the same kind; nothing if empty.
inline void append(EditScript& script, Op op, std::u32string_view units) {
  if (units.empty()) return;
  if (!script.empty() && script.back().op == op) script.back().units += units;
  else script.push_back({op, Units(units)});
}

inline std::size_t common_prefix(std::u32string_view a, std::u32string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

inline std::size_t common_suffix(std::u32string_view a, std::u32string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n]) ++n;
  return n;
}

// minimal_edits.cpp: a shortest edit script (Myers). When finding it would take more than
// `work_limit` steps, the part between the common start and end is one removal and one
// insertion instead: everything there counts as changed.
EditScript minimal_edits(std::u32string_view current, std::u32string_view amended, std::size_t work_limit);

// phrase_cleanup.cpp: turns a minimal script into the one a person would mark, whole
// changed phrases with their edges on punctuation, spaces and line breaks.
void clean_up_phrases(EditScript& script, const Alphabet& alphabet);

}  // namespace filinggen::text::revision
