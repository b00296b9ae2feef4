// How wide text is in a worksheet and how tall a wrapped cell must be: Excel has no
// autofit, so widths and heights are set here. East Asian wide and fullwidth characters
// (ICU's East_Asian_Width W and F) take two units, the rest one.
#include <unicode/uchar.h>

#include <cmath>

#include "text/text.hpp"
#include "xlsx/sheet_plan.hpp"

namespace filinggen::xlsx {

double display_width(const std::string& utf8) {
  double width = 0;
  for (char32_t c : text::to_code_points(utf8)) {
    const auto eaw = static_cast<UEastAsianWidth>(u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH));
    width += eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH ? 2 : 1;
  }
  return width;
}

double wrapped_height(const std::string& text, double width, double size) {
  // A line holds (width - 1) units of 11 pt text; larger text holds proportionally less,
  // with a margin for faces a little wider than Excel's unit assumes.
  const double per_line = std::max(1.0, (width - 1) * 11 / size / 1.08);
  int lines = 0;
  for (std::size_t i = 0, j; i <= text.size(); i = j + 1) {
    j = std::min(text.find('\n', i), text.size());
    lines += std::max(1, static_cast<int>(std::ceil(display_width(text.substr(i, j - i)) / per_line)));
  }
  return lines * size * 1.3 + 4;
}

}  // namespace filinggen::xlsx
