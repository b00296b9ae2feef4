// Block formatting: paragraphs and spacers placed one after another down the pages.
#include "layout/page_flow.hpp"

namespace filinggen::layout {

double first_line_height(const doc::Block& block) {
  if (auto p = std::get_if<doc::Paragraph>(&block))
    return p->style.space_before + p->style.size * p->style.line_height;
  if (auto t = std::get_if<doc::Table>(&block)) {
    double h = t->space_before;
    for (const auto& row : t->rows) {  // the header rows and one body row
      double row_h = row.min_height;
      for (const auto& cell : row.cells)
        for (const auto& p : cell.paragraphs) row_h = std::max(row_h, p.style.size * p.style.line_height + 8);
      h += row_h;
      if (!row.header) break;
    }
    return h;
  }
  return 0;
}

bool place_paragraph(const doc::Paragraph& paragraph, double keep_with_next_height, PageFlow& flow,
                     const FontSet& fonts, Diagnostics& diagnostics) {
  std::vector<LineBox> lines;
  if (!set_paragraph(paragraph, flow.width(), fonts, diagnostics, lines)) return false;
  // A heading-like paragraph moves to the next page rather than end one alone.
  if (paragraph.style.keep_with_next && !flow.at_page_top() &&
      height_of(lines) + keep_with_next_height > flow.remaining())
    flow.new_page();
  for (const auto& line : lines) flow.place(line);
  return true;
}

}  // namespace filinggen::layout
