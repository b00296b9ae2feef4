#include <unicode/utf8.h>

#include <cstdio>

#include "text/text.hpp"

namespace filinggen::text {

std::u32string to_code_points(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t i = 0, length = static_cast<int32_t>(utf8.size());
  while (i < length) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return out;
}

std::string to_utf16be(std::string_view utf8) {
  std::string out;
  for (char32_t c : to_code_points(utf8)) {
    UChar units[2];
    int32_t n = 0;
    UBool error = false;
    U16_APPEND(units, n, 2, static_cast<UChar32>(c), error);
    if (error) units[0] = 0xFFFD, n = 1;
    for (int32_t i = 0; i < n; ++i) out += static_cast<char>(units[i] >> 8), out += static_cast<char>(units[i] & 0xFF);
  }
  return out;
}

std::string to_utf8(char32_t code_point) {
  uint8_t buf[4];
  int32_t i = 0;
  UBool error = false;
  U8_APPEND(buf, i, 4, static_cast<UChar32>(code_point), error);
  if (error) return "\xEF\xBF\xBD";
  return std::string(reinterpret_cast<char*>(buf), i);
}

std::string describe_code_point(char32_t code_point) {
  char hex[16];
  std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(code_point));
  return "「" + to_utf8(code_point) + "」（" + hex + "）";
}

std::string line_breaks_as_separators(std::string_view utf8) {
  while (!utf8.empty() && (utf8.back() == '\n' || utf8.back() == '\r')) utf8.remove_suffix(1);
  std::string out;
  for (char c : utf8) {
    if (c == '\r') continue;
    if (c == '\n') out += "\u2028";
    else out += c;
  }
  return out;
}

std::string to_utf8(std::u32string_view code_points) {
  std::string out;
  out.reserve(code_points.size() * 3);
  for (char32_t c : code_points) out += to_utf8(c);
  return out;
}

}  // namespace filinggen::text
