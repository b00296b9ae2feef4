#include "filings/filings.hpp"
#include "font/font.hpp"
#include "text/text.hpp"

namespace filinggen::filings {

// Data text is set in the formal Kai face; its chain must cover every character.
constexpr const char* kDataFontRole = "kai";

void check_font_coverage(const model::FirmFile& file, const font::FontSet& fonts, Diagnostics& diagnostics) {
  for (const auto& t : file.texts) {
    for (char32_t cp : text::to_code_points(t.text)) {
      if (cp == U'\n' || cp == U'\r' || cp == U'\t' || cp == U'\u2028') continue;
      if (!fonts.face_for(kDataFontRole, cp)) {
        diagnostics.error("text.no_font", t.pos, t.field,
                          "字元" + text::describe_code_point(cp) + "在設定的字型中都找不到，印出來會是空白；"
                          "請改用常用字，或在 fonts/fonts.yaml 加入含此字的字型。");
      }
    }
  }
}

}  // namespace filinggen::filings
