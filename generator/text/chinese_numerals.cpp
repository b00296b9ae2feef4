// Chinese numerals through ICU's rule-based spellout for zh-Hant.
#include <unicode/numfmt.h>
#include <unicode/rbnf.h>

#include <memory>
#include <stdexcept>

#include "text/text.hpp"

namespace filinggen::text {
namespace {

std::string spell(long long n, const char* rule_set) {
  UErrorCode status = U_ZERO_ERROR;
  // One formatter per thread: RBNF construction is costly and formatters are not thread-safe.
  thread_local std::unique_ptr<icu::RuleBasedNumberFormat> formatter(
      new icu::RuleBasedNumberFormat(icu::URBNF_SPELLOUT, icu::Locale("zh_Hant_TW"), status));
  if (U_FAILURE(status) || !formatter) throw std::runtime_error("ICU spellout for zh_Hant_TW unavailable");
  icu::UnicodeString out;
  icu::FieldPosition position;
  formatter->format(static_cast<int64_t>(n), icu::UnicodeString::fromUTF8(rule_set), out, position, status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU spellout: ") + u_errorName(status));
  std::string utf8;
  return out.toUTF8String(utf8);
}

}  // namespace

std::string chinese_number(long long n) { return spell(n, "%spellout-numbering"); }

// Digit by digit in the hanidec numbering system: 115 -> 一一五, 100 -> 一〇〇.
std::string chinese_digits(long long n) {
  UErrorCode status = U_ZERO_ERROR;
  thread_local std::unique_ptr<icu::NumberFormat> formatter(
      icu::NumberFormat::createInstance(icu::Locale("zh_TW@numbers=hanidec"), status));
  if (U_FAILURE(status) || !formatter) throw std::runtime_error("ICU hanidec digits unavailable");
  formatter->setGroupingUsed(false);
  icu::UnicodeString out;
  formatter->format(static_cast<int64_t>(n), out);
  std::string utf8;
  return out.toUTF8String(utf8);
}

std::string chinese_list_label(long long n) { return chinese_number(n) + "、"; }

}  // namespace filinggen::text
