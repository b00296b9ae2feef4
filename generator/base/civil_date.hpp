#pragma once
// A calendar date as the data gives it (Gregorian, ISO 8601), with no time or zone.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace filinggen {

struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;

  auto operator<=>(const CivilDate&) const = default;
  std::string iso() const;  // "2026-03-10"
  // "115年3月10日": the ROC calendar (year - 1911) for messages of the stages below
  // text/ (the loader's). Documents use text::roc_date_short (ICU's roc calendar);
  // a unit test holds the two together. Only for dates from 1912 on (the loader refuses
  // earlier ones).
  std::string roc() const;

  // Strictly YYYY-MM-DD and a real day of the calendar (no 2025-02-30).
  static std::optional<CivilDate> parse_iso(std::string_view text);
  static bool is_real(int year, int month, int day);

  CivilDate plus_months(int months) const;  // clamps to the month's last day
  CivilDate next_day() const;
};

// A day of the year without the year, e.g. a fiscal year end "12-31".
struct MonthDay {
  int month = 12;
  int day = 31;
  static std::optional<MonthDay> parse(std::string_view text);  // "MM-DD"
  // This day in `year`; a "02-29" year end falls on 02-28 in a common year.
  CivilDate in_year(int year) const;
};

}  // namespace filinggen
