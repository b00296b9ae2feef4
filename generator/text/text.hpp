#pragma once
// The text stage: Unicode, calendar and numeral services built on ICU.
// Nothing here knows about firms or documents; it turns values into text.
#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_date.hpp"

namespace filinggen::text {

// --- UTF-8 <-> code points (invalid bytes become U+FFFD) ---
std::u32string to_code_points(std::string_view utf8);
std::string to_utf8(std::u32string_view code_points);
std::string to_utf8(char32_t code_point);
// UTF-16 big-endian bytes, characters beyond the BMP as surrogate pairs (PDF strings,
// ToUnicode maps); malformed input is made valid first, as U+FFFD.
std::string to_utf16be(std::string_view utf8);
// 「堃」（U+5803）: a character as messages show it.
std::string describe_code_point(char32_t code_point);

// Line breaks of data text, kept through templates and markup (where a newline is only
// layout of the markup) as U+2028 LINE SEPARATOR, which layout breaks the line at.
std::string line_breaks_as_separators(std::string_view utf8);

// --- ROC (Minguo) calendar, through ICU's "roc" calendar ---
int roc_year(const CivilDate& date);              // 2026-03-10 -> 115
std::string roc_date(const CivilDate& date);          // 中華民國115年3月10日
std::string roc_date_chinese(const CivilDate& date);  // 中華民國一一五年三月十日
std::string roc_date_short(const CivilDate& date);    // 115年3月10日

// --- Chinese numerals, through ICU's spellout rules ---
std::string chinese_number(long long n);         // 36 -> 三十六
std::string chinese_digits(long long n);         // 115 -> 一一五 (years)
std::string chinese_list_label(long long n);     // 2 -> 二、

// --- Line breaking (ICU, zh-Hant-TW) ---
struct BreakOpportunity {
  std::size_t index;  // a line may start at code point `index`
  bool mandatory;     // a hard line break (newline) ends the line before it
};
// The places where a line may break, in increasing order; the last is text.size().
std::vector<BreakOpportunity> line_breaks(std::u32string_view text);

// --- Revision diff over grapheme clusters (ICU), cleaned up to whole phrases ---
// For the revision comparison table (修正條文對照表): what the amended text (修正條文)
// changed is underlined, what it dropped from the current text (現行條文) may be struck
// through. Spans hold whole grapheme clusters, never a line break (an underline does not
// cross one), and are sorted; adjacent spans are merged.
struct ByteSpan {
  std::size_t begin = 0, end = 0;  // [begin, end) in UTF-8 bytes
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};
std::ostream& operator<<(std::ostream& out, const ByteSpan& span);  // [begin, end)
struct RevisionDiff {
  std::vector<ByteSpan> inserted;  // in the amended text: what is underlined
  std::vector<ByteSpan> deleted;   // in the current text: what may be struck through
};
RevisionDiff diff_revision(std::string_view current, std::string_view amended);

}  // namespace filinggen::text
