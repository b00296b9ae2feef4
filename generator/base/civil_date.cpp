#include "base/civil_date.hpp"

#include <charconv>
#include <chrono>

namespace filinggen {
namespace {

std::optional<int> digits(std::string_view text) {
  int value = 0;
  for (char c : text)
    if (c < '0' || c > '9') return std::nullopt;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
  return value;
}

int days_in_month(int year, int month) {
  using namespace std::chrono;
  return static_cast<int>(
      unsigned((year_month_day_last{std::chrono::year{year}, month_day_last{std::chrono::month(unsigned(month))}}).day()));
}

}  // namespace

std::string CivilDate::roc() const {
  return std::to_string(year - 1911) + "年" + std::to_string(month) + "月" + std::to_string(day) + "日";
}

std::string CivilDate::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

bool CivilDate::is_real(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= days_in_month(year, month);
}

std::optional<CivilDate> CivilDate::parse_iso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = digits(text.substr(0, 4)), m = digits(text.substr(5, 2)), d = digits(text.substr(8, 2));
  if (!y || !m || !d || !is_real(*y, *m, *d)) return std::nullopt;
  return CivilDate{*y, *m, *d};
}

CivilDate CivilDate::plus_months(int months) const {
  int index = year * 12 + (month - 1) + months;
  CivilDate out{index / 12, index % 12 + 1, day};
  out.day = std::min(out.day, days_in_month(out.year, out.month));
  return out;
}

CivilDate CivilDate::next_day() const {
  if (day < days_in_month(year, month)) return {year, month, day + 1};
  if (month < 12) return {year, month + 1, 1};
  return {year + 1, 1, 1};
}

CivilDate MonthDay::in_year(int year) const {
  return {year, month, std::min(day, days_in_month(year, month))};
}

std::optional<MonthDay> MonthDay::parse(std::string_view text) {
  if (text.size() != 5 || text[2] != '-') return std::nullopt;
  auto m = digits(text.substr(0, 2)), d = digits(text.substr(3, 2));
  if (!m || !d || !CivilDate::is_real(2000, *m, *d)) return std::nullopt;  // 2000: leap, so 02-29 passes
  return MonthDay{*m, *d};
}

}  // namespace filinggen
