#include "batch/batch.hpp"
#include "text/text.hpp"

namespace filinggen::batch {

void check_font_coverage(const std::vector<model::SourceText>& texts, const font::FontSet& fonts,
                         const std::string& role, Diagnostics& diagnostics) {
  for (const auto& t : texts) {
    for (char32_t cp : text::to_code_points(t.text)) {
      if (cp == U'\n' || cp == U'\r' || cp == U'\t' || cp == U'\u2028') continue;
      if (!fonts.face_for(role, cp)) {
        diagnostics.error("text.no_font", t.pos, t.field,
                          "字元" + text::describe_code_point(cp) + "在設定的字型中都找不到，印出來會是空白；"
                          "請改用常用字，或在 fonts/fonts.yaml 加入含此字的字型。");
      }
    }
  }
}

}  // namespace filinggen::batch
