#include "intake/cell_dates.hpp"

#include <chrono>
#include <cmath>
#include <regex>

namespace filinggen::intake {

// Day 1 is 1900-01-01 and day 60 the 1900-02-29 Excel believes in; counting from
// 1899-12-30 is right from day 61 (1900-03-01) on, which covers every date a filing
// can hold, up to Excel's last day, 9999-12-31.
constexpr double kFirstSerial = 61, kLastSerial = 2958465;

std::optional<CivilDate> from_excel_serial(double serial) {
  if (!std::isfinite(serial) || serial < kFirstSerial || serial >= kLastSerial + 1) return std::nullopt;
  using namespace std::chrono;
  const sys_days day = sys_days{year{1899} / December / 30} + days{static_cast<int>(std::floor(serial))};
  const year_month_day ymd{day};
  return CivilDate{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                   static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::optional<CivilDate> typed_date(const std::string& text) {
  static const std::regex gregorian(R"(\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*)");
  static const std::regex roc(R"(\s*(?:中華)?(?:民國)?\s*(\d{1,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*)");
  std::smatch m;
  int offset = 0;
  if (std::regex_match(text, m, gregorian)) offset = 0;
  else if (std::regex_match(text, m, roc)) offset = 1911;
  else return std::nullopt;
  const int y = std::stoi(m[1]) + offset, mo = std::stoi(m[2]), d = std::stoi(m[3]);
  if (!CivilDate::is_real(y, mo, d)) return std::nullopt;
  return CivilDate{y, mo, d};
}

}  // namespace filinggen::intake
