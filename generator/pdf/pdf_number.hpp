#pragma once
// Private to pdf: numbers as PDF writes them, through std::to_chars so that no locale
// can turn a decimal point into a comma, appended to the caller's buffer so that a
// content stream of thousands of numbers makes no string per number.
#include <charconv>
#include <cmath>
#include <string>

namespace filinggen::pdf {

// At most three decimals, no trailing zeros, no "-0".
inline void append_number(std::string& out, double value) {
  double rounded = std::round(value * 1000) / 1000;
  if (rounded == 0) rounded = 0;
  char buf[32];
  char* end = buf;
  if (rounded == std::floor(rounded) && std::fabs(rounded) < 1e15) {
    end = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(rounded)).ptr;
  } else {
    auto [last, ec] = std::to_chars(buf, buf + sizeof buf, rounded, std::chars_format::fixed, 3);
    if (ec != std::errc()) return;
    end = last;
    while (end[-1] == '0') --end;
    if (end[-1] == '.') --end;
  }
  out.append(buf, end);
}

inline std::string pdf_number(double value) {
  std::string text;
  append_number(text, value);
  return text;
}

}  // namespace filinggen::pdf
