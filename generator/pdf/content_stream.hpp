#pragma once
// Private to pdf (unit-tested): a laid-out page as PDF content-stream operators.
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "layout/layout.hpp"
#include "pdf/font_objects.hpp"

namespace filinggen::pdf {

// How a document draws one glyph of a face: which of the face's fonts, with which code
// and advance (1/1000 em).
struct DrawnGlyph {
  std::uint16_t font = 0;  // index into FaceFonts::fonts
  std::uint16_t code = 0;
  double width = 0;
};

// The fonts that draw a face in one document, and for each glyph it uses the font that
// draws it, looked up once per document rather than in every font's map for every glyph.
struct FaceFonts {
  std::vector<EmbeddedFont> fonts;
  std::unordered_map<font::GlyphId, DrawnGlyph> drawn;
};
// Each glyph of `use` (every glyph of the fonts when null) drawn by the first of `fonts`
// that has it: the document's own subset before the shared one (shared_fonts.hpp).
FaceFonts face_fonts(std::vector<EmbeddedFont> fonts, const FaceUse* use = nullptr);

// Rules as stroked lines, then each glyph run as TJ arrays of two-byte glyph codes whose
// adjustments put every glyph where layout placed it, switching font inside the run where
// its glyphs come from two subsets. `fonts` maps a face index to its embedded fonts; a
// glyph none of them has is a programming error and throws. Appends to `out`.
void append_page_content(const layout::Page& page, const std::map<int, FaceFonts>& fonts, std::string& out);
std::string page_content(const layout::Page& page, const std::map<int, FaceFonts>& fonts);

}  // namespace filinggen::pdf
