#include "base/text_safety.hpp"

#include <cstdio>


namespace filinggen {
namespace {

std::string code_point(char32_t c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
  return buffer;
}

bool is_control(char32_t c) { return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F); }

bool is_combining(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
         (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

// The next code point of valid UTF-8 (the file's check has refused anything else; a
// stray byte is taken as itself, so nothing here can loop or read past the end).
char32_t next(std::string_view text, std::size_t& i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[k]) & 0x3F; };
  const unsigned char lead = static_cast<unsigned char>(text[i]);
  const std::size_t n = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (n == 1 || i + n > text.size()) return ++i, lead;
  char32_t c = lead & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) c = (c << 6) | b(i + k);
  i += n;
  return c;
}

}  // namespace

bool check_decoded_text(std::string_view value, const SourcePos& pos, const std::string& field,
                        Diagnostics& diagnostics) {
  int marks = 0;
  for (std::size_t i = 0; i < value.size();) {
    const char32_t c = next(value, i);
    if (c == 0) {
      diagnostics.error("text.control_character", pos, field,
                        "此欄位的值含有 NUL 字元（U+0000，例如以 \"\\0\" 寫入）；請刪除。");
      return false;
    }
    if (is_control(c)) {
      diagnostics.error("text.control_character", pos, field,
                        "此欄位的值含有無法印出的控制字元（" + code_point(c) +
                            "，例如以 \"\\e\"、\"\\x7f\" 或 &#x1b; 等跳脫寫法寫入）；請刪除。");
      return false;
    }
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
      diagnostics.error("text.bidi_control", pos, field,
                        "此欄位的值含有文字方向控制字元（" + code_point(c) +
                            "），會使印出的文字與資料的順序不同；中文申報文件不需要它，請刪除。");
      return false;
    }
    marks = is_combining(c) ? marks + 1 : 0;
    if (marks > kMaxCombiningMarksInARow) {
      diagnostics.error("text.combining_marks", pos, field,
                        "此欄位的值有超過 " + std::to_string(kMaxCombiningMarksInARow) + " 個連續的組合符號（如 " +
                            code_point(c) + "），會蓋住前後的文字，也使名稱無法從 PDF 中擷取；請刪除多餘的符號。");
      return false;
    }
  }
  return true;
}

}  // namespace filinggen
