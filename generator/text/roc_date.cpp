// ROC dates: the Gregorian date of the data, shown in the 中華民國 calendar.
#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <memory>
#include <stdexcept>

#include "text/text.hpp"

namespace filinggen::text {
namespace {

void check(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU: ") + what + ": " + u_errorName(status));
}

// Noon UTC of the date, so no zone can move it to another day.
UDate instant(const CivilDate& date) {
  UErrorCode status = U_ZERO_ERROR;
  icu::GregorianCalendar gregorian(*icu::TimeZone::getGMT(), status);
  check(status, "Gregorian calendar");
  gregorian.clear();
  gregorian.set(date.year, date.month - 1, date.day, 12, 0, 0);
  UDate when = gregorian.getTime(status);
  check(status, "date");
  return when;
}

std::string format(const CivilDate& date, const char* pattern) {
  UErrorCode status = U_ZERO_ERROR;
  icu::SimpleDateFormat formatter(icu::UnicodeString::fromUTF8(pattern),
                                  icu::Locale("zh_TW@calendar=roc"), status);
  check(status, "ROC date format");
  formatter.setTimeZone(*icu::TimeZone::getGMT());
  icu::UnicodeString out;
  formatter.format(instant(date), out);
  std::string utf8;
  return out.toUTF8String(utf8);
}

}  // namespace

int roc_year(const CivilDate& date) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> roc(
      icu::Calendar::createInstance(*icu::TimeZone::getGMT(), icu::Locale("zh_TW@calendar=roc"), status));
  check(status, "ROC calendar");
  roc->setTime(instant(date), status);
  const int year = roc->get(UCAL_YEAR, status);
  const int era = roc->get(UCAL_ERA, status);
  check(status, "ROC year");
  if (era != 1) throw std::invalid_argument("date before the ROC calendar (1912): " + date.iso());
  return year;
}

std::string roc_date(const CivilDate& date) {
  roc_year(date);  // rejects dates before 1912
  return "中華" + format(date, "Gy年M月d日");
}

std::string roc_date_short(const CivilDate& date) {
  roc_year(date);
  return format(date, "y年M月d日");
}

std::string roc_date_chinese(const CivilDate& date) {
  return "中華民國" + chinese_digits(roc_year(date)) + "年" + chinese_number(date.month) + "月" +
         chinese_number(date.day) + "日";
}

}  // namespace filinggen::text
