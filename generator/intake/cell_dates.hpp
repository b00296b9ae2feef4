#pragma once
// Private to intake: the dates a person puts in a cell. A date cell holds Excel's day
// number; a text cell holds what was typed, Gregorian or ROC.
#include <optional>
#include <string>

#include "base/civil_date.hpp"

namespace filinggen::intake {

// Excel's day number (1900 date system) as a date; nothing outside 1900-03-01 to
// 9999-12-31, where no filing date lies and a stray number would otherwise read as one.
std::optional<CivilDate> from_excel_serial(double serial);

// 2026-06-30, 2026/6/30, 中華民國115年6月30日, 民國115年6月30日, 115年6月30日; nothing
// for anything else or a day that does not exist.
std::optional<CivilDate> typed_date(const std::string& text);

}  // namespace filinggen::intake
