#include "pdf/shared_fonts.hpp"

#include "font/font.hpp"

namespace filinggen::pdf {

SplitUse split_use(const FaceUse& use, const PreparedFont* shared) {
  SplitUse split;
  for (const auto& [glyph, text] : use.text_of) {
    if (shared) {
      auto there = shared->use.text_of.find(glyph);
      if (there != shared->use.text_of.end() && there->second == text) {
        split.any_shared = true;
        continue;
      }
    }
    split.own.text_of.emplace(glyph, text);
  }
  return split;
}

std::shared_ptr<const SharedFonts> share_fonts(const SharedGlyphs& glyphs, const font::FontSet& fonts,
                                               Diagnostics& diagnostics) {
  std::map<int, PreparedFont> faces;
  for (const auto& [face, text_of] : glyphs) {
    if (text_of.empty()) continue;
    std::string error;
    auto prepared = prepare_font(fonts.face(face), FaceUse{text_of}, kSharedDeflateLevel, error);
    if (!prepared) {
      diagnostics.error("pdf.font", {fonts.face(face).path(), 0, 0}, "", error);
      return nullptr;
    }
    faces.emplace(face, std::move(*prepared));
  }
  return std::make_shared<const SharedFonts>(std::move(faces));
}

}  // namespace filinggen::pdf
