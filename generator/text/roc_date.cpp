// ROC dates: the Gregorian date of the data, shown in the 中華民國 calendar.
#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <map>
#include <memory>
#include <string_view>
#include <stdexcept>

#include "text/text.hpp"

namespace filinggen::text {
namespace {

void check(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU: ") + what + ": " + u_errorName(status));
}

// ICU's calendars and formatters take far longer to build than to use, and a run formats
// thousands of dates: each thread builds its own once (they are not safe to share).
struct RocCalendars {
  RocCalendars() {
    UErrorCode status = U_ZERO_ERROR;
    gregorian = std::make_unique<icu::GregorianCalendar>(*icu::TimeZone::getGMT(), status);
    roc.reset(icu::Calendar::createInstance(*icu::TimeZone::getGMT(), icu::Locale("zh_TW@calendar=roc"), status));
    check(status, "ROC calendar");
  }
  std::unique_ptr<icu::GregorianCalendar> gregorian;
  std::unique_ptr<icu::Calendar> roc;
  std::map<std::string, std::unique_ptr<icu::SimpleDateFormat>, std::less<>> formats;  // pattern -> formatter
};

RocCalendars& calendars() {
  thread_local RocCalendars each_thread;
  return each_thread;
}

// Noon UTC of the date, so no zone can move it to another day.
UDate instant(const CivilDate& date) {
  UErrorCode status = U_ZERO_ERROR;
  icu::GregorianCalendar& gregorian = *calendars().gregorian;
  gregorian.clear();
  gregorian.set(date.year, date.month - 1, date.day, 12, 0, 0);
  UDate when = gregorian.getTime(status);
  check(status, "date");
  return when;
}

icu::SimpleDateFormat& formatter_for(const char* pattern) {
  auto& formats = calendars().formats;
  auto found = formats.find(std::string_view(pattern));
  if (found != formats.end()) return *found->second;
  UErrorCode status = U_ZERO_ERROR;
  auto formatter = std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString::fromUTF8(pattern),
                                                            icu::Locale("zh_TW@calendar=roc"), status);
  check(status, "ROC date format");
  formatter->setTimeZone(*icu::TimeZone::getGMT());
  return *formats.emplace(pattern, std::move(formatter)).first->second;
}

std::string format(const CivilDate& date, const char* pattern) {
  icu::UnicodeString out;
  formatter_for(pattern).format(instant(date), out);
  std::string utf8;
  return out.toUTF8String(utf8);
}

}  // namespace

int roc_year(const CivilDate& date) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Calendar& roc = *calendars().roc;
  roc.setTime(instant(date), status);
  const int year = roc.get(UCAL_YEAR, status);
  const int era = roc.get(UCAL_ERA, status);
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
