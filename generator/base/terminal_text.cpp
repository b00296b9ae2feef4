#include "base/terminal_text.hpp"

#include <cstdio>

namespace filinggen {
namespace {

// The code point of the UTF-8 sequence at text[i] and its length; length 0 when the
// bytes there are not UTF-8 (overlong forms and surrogates included).
char32_t decode(std::string_view text, std::size_t i, std::size_t& length) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  const unsigned char lead = byte(0);
  length = 0;
  std::size_t n;
  char32_t c;
  if (lead < 0x80) return length = 1, lead;
  if (lead >= 0xC2 && lead <= 0xDF) n = 2, c = lead & 0x1F;
  else if (lead >= 0xE0 && lead <= 0xEF) n = 3, c = lead & 0x0F;
  else if (lead >= 0xF0 && lead <= 0xF4) n = 4, c = lead & 0x07;
  else return 0;
  if (i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(k) & 0xC0) != 0x80) return 0;
    c = (c << 6) | (byte(k) & 0x3F);
  }
  const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < least[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  length = n;
  return c;
}

bool hidden(char32_t c) {
  return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || is_bidi_control(c);
}

}  // namespace

bool is_bidi_control(char32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length;
    const char32_t c = decode(text, i, length);
    char shown[16];
    if (length == 0) {
      std::snprintf(shown, sizeof shown, "<0x%02X>", static_cast<unsigned char>(text[i]));
      out += shown;
      ++i;
      continue;
    }
    if (hidden(c)) {
      std::snprintf(shown, sizeof shown, "<U+%04X>", static_cast<unsigned>(c));
      out += shown;
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

}  // namespace filinggen
