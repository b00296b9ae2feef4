#pragma once
// Private to pdf (unit-tested): a laid-out page as PDF content-stream operators.
#include <map>
#include <string>

#include "layout/layout.hpp"
#include "pdf/font_objects.hpp"

namespace filinggen::pdf {

// Rules as stroked lines, then each glyph run as one TJ of two-byte glyph codes whose
// adjustments put every glyph where layout placed it. `fonts` maps a face index to its
// embedded font; a glyph missing there is a programming error and throws.
std::string page_content(const layout::Page& page, const std::map<int, EmbeddedFont>& fonts);

}  // namespace filinggen::pdf
