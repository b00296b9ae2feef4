#pragma once
// Private to pdf: numbers as PDF writes them, through std::to_chars so that no locale
// can turn a decimal point into a comma.
#include <charconv>
#include <cmath>
#include <string>

namespace filinggen::pdf {

// At most three decimals, no trailing zeros, no "-0".
inline std::string pdf_number(double value) {
  double rounded = std::round(value * 1000) / 1000;
  if (rounded == 0) rounded = 0;
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, rounded, std::chars_format::fixed, 3);
  std::string text(buf, ec == std::errc() ? end : buf);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  return text;
}

}  // namespace filinggen::pdf
