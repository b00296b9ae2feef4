// Line-break opportunities from ICU's line BreakIterator for zh-Hant-TW (strict by
// default: no line starts with ，。、；：」』）and none ends with 「『（).
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>

#include "text/text.hpp"

namespace filinggen::text {
namespace {

icu::BreakIterator& line_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createLineInstance(icu::Locale("zh_Hant_TW"), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU line breaker for zh_Hant_TW unavailable");
    return it;
  }();
  return *iterator;
}

}  // namespace

std::vector<BreakOpportunity> line_breaks(std::u32string_view text) {
  icu::UnicodeString utf16 = icu::UnicodeString::fromUTF32(
      reinterpret_cast<const UChar32*>(text.data()), static_cast<int32_t>(text.size()));
  icu::BreakIterator& it = line_iterator();
  it.setText(utf16);

  std::vector<BreakOpportunity> out;
  std::size_t code_point = 0;
  int32_t previous = 0;
  for (int32_t pos = it.next(); pos != icu::BreakIterator::DONE; pos = it.next()) {
    code_point += static_cast<std::size_t>(utf16.countChar32(previous, pos - previous));
    previous = pos;
    out.push_back({code_point, it.getRuleStatus() >= UBRK_LINE_HARD});
  }
  return out;
}

}  // namespace filinggen::text
