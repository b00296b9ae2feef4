#include <unordered_map>
#include <vector>

#include "filings/filings.hpp"
#include "font/font.hpp"
#include "text/text.hpp"

namespace filinggen::filings {

// Data text is set in the formal Kai face; its chain must cover every character.
constexpr std::string_view kDataFontRole = "kai";

void check_font_coverage(const model::FirmFile& file, const font::FontSet& fonts, Diagnostics& diagnostics) {
  // A firm's texts use a few hundred distinct characters many times over (the shared
  // checklist and amendments among them): ask the font chain once for each, remembered
  // in a table for the BMP (-1: not asked yet) and a map beyond it.
  std::vector<signed char> bmp(0x10000, -1);
  std::unordered_map<char32_t, bool> beyond;
  auto has_font = [&](char32_t cp) {
    if (cp < bmp.size()) {
      signed char& known = bmp[cp];
      if (known < 0) known = fonts.face_for(kDataFontRole, cp).has_value() ? 1 : 0;
      return known == 1;
    }
    auto [known, inserted] = beyond.try_emplace(cp, false);
    if (inserted) known->second = fonts.face_for(kDataFontRole, cp).has_value();
    return known->second;
  };
  for (const auto& t : file.texts) {
    for (char32_t cp : text::to_code_points(t.text)) {
      if (cp == U'\n' || cp == U'\r' || cp == U'\t' || cp == U'\u2028') continue;
      if (!has_font(cp)) {
        diagnostics.error("text.no_font", t.pos, t.field,
                          "字元" + text::describe_code_point(cp) + "在設定的字型中都找不到，印出來會是空白；"
                          "請改用常用字，或在 fonts/fonts.yaml 加入含此字的字型。");
      }
    }
  }
}

}  // namespace filinggen::filings
