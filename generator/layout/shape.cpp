// Faces and glyphs for a paragraph's characters: fallback per grapheme cluster, then
// one hb_shape call per run of one face, so kerning and proportional digits are right.
#include <unicode/uchar.h>

#include "layout/shaped_text.hpp"
#include "text/text.hpp"

namespace filinggen::layout {
namespace {

// Marks, variation selectors and joiners stay in the face of the character before.
bool continues_cluster(char32_t c) {
  return (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) != 0 || c == U'\u200D' ||
         (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

// Shapes glyphs[begin, end) (one face, no hard break) and stores the result on them.
void shape_run(std::vector<Glyph>& glyphs, std::size_t begin, std::size_t end, const font::FontFace& face,
               double size) {
  std::u32string run;
  for (std::size_t i = begin; i < end; ++i) run.push_back(glyphs[i].cp);
  for (std::size_t i = begin; i < end; ++i) glyphs[i].cluster_start = false;
  for (const auto& g : face.shape(run)) {
    Glyph& owner = glyphs[begin + std::min<std::size_t>(g.cluster, run.size() - 1)];
    owner.cluster_start = true;
    owner.shaped.push_back(g);
    owner.advance += g.advance * size;
  }
}

}  // namespace

bool shape_text(const std::u32string& chars, const std::vector<Decoration>& decorations,
                const doc::ParagraphStyle& style, const font::FontSet& fonts, Diagnostics& diagnostics,
                std::vector<Glyph>& out) {
  if (!fonts.has_role(style.font)) {
    diagnostics.error("layout.font_role", {}, "", "文件範本使用了未設定的字型角色「" + style.font + "」。");
    return false;
  }
  bool ok = true;
  const std::size_t first = out.size();
  for (std::size_t i = 0; i < chars.size();) {
    const Decoration deco = i < decorations.size() ? decorations[i] : Decoration{};
    if (deco.checkbox) {
      out.push_back({chars[i], kCheckbox, style.size, true, {}, false, false, *deco.checkbox});
      ++i;
      continue;
    }
    if (is_line_break(chars[i])) {
      out.push_back({chars[i], kLineBreak, 0, true, {}, deco.underline, deco.strike});
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < chars.size() && continues_cluster(chars[end])) ++end;
    const std::u32string_view cluster(chars.data() + i, end - i);
    auto face = fonts.face_for(style.font, cluster);
    if (!face) face = fonts.face_for(style.font, chars[i]);  // at least the base character
    if (!face) {
      diagnostics.error("layout.missing_glyph", {}, "",
                        "字元" + text::describe_code_point(chars[i]) +
                            "在設定的字型中都找不到，無法印出；請改用常用字或在 fonts/ 加入含此字的字型。");
      ok = false;
      i = end;
      continue;
    }
    for (std::size_t k = i; k < end; ++k) {
      const Decoration d = k < decorations.size() ? decorations[k] : Decoration{};
      out.push_back({chars[k], *face, 0, true, {}, d.underline, d.strike, false});
    }
    i = end;
  }
  for (std::size_t begin = first; begin < out.size();) {
    std::size_t end = begin + 1;
    while (end < out.size() && out[end].face == out[begin].face) ++end;
    // A run of one face; line breaks and check boxes are not shaped.
    if (out[begin].face >= 0) shape_run(out, begin, end, fonts.face(out[begin].face), style.size);
    begin = end;
  }
  return ok;
}

}  // namespace filinggen::layout
