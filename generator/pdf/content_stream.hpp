#pragma once
// Private to pdf (unit-tested): a laid-out page as PDF content-stream operators.
#include <map>
#include <string>
#include <vector>

#include "layout/layout.hpp"
#include "pdf/font_objects.hpp"

namespace filinggen::pdf {

// The fonts that draw a face in one document, in the order tried for each glyph: its
// own subset first, then the shared one (shared_fonts.hpp).
using FaceFonts = std::vector<EmbeddedFont>;

// Rules as stroked lines, then each glyph run as TJ arrays of two-byte glyph codes whose
// adjustments put every glyph where layout placed it, switching font inside the run where
// its glyphs come from two subsets. `fonts` maps a face index to its embedded fonts; a
// glyph none of them has is a programming error and throws. Appends to `out`.
void append_page_content(const layout::Page& page, const std::map<int, FaceFonts>& fonts, std::string& out);
std::string page_content(const layout::Page& page, const std::map<int, FaceFonts>& fonts);

}  // namespace filinggen::pdf
