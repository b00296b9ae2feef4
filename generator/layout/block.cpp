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

namespace {

// Widows and orphans: a paragraph that breaks across pages leaves at least two lines on
// each page. Returns the index of the line box to start the next page with, or
// lines.size() when the flow's own breaking is fine.
std::size_t page_break_before(const std::vector<LineBox>& lines, const PageFlow& flow) {
  std::vector<std::size_t> text;  // indexes of the lines that carry text
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!lines[i].spacing) text.push_back(i);
  if (text.size() < 2 || flow.at_page_top() || height_of(lines) <= flow.remaining()) return lines.size();
  double used = 0;
  std::size_t fitting = 0;  // text lines that fit on this page
  for (std::size_t i = 0; i < lines.size() && used + lines[i].height <= flow.remaining(); ++i) {
    used += lines[i].height;
    if (!lines[i].spacing) ++fitting;
  }
  if (fitting == 1) return 0;  // an orphan: move the paragraph
  if (fitting + 1 == text.size())  // a widow: take one more line along, or all if that orphans
    return fitting >= 3 ? text[fitting - 1] : 0;
  return lines.size();
}

}  // namespace

bool place_paragraph(const doc::Paragraph& paragraph, double keep_with_next_height, PageFlow& flow,
                     const font::FontSet& fonts, Diagnostics& diagnostics) {
  std::vector<LineBox> lines;
  if (!set_paragraph(paragraph, flow.width(), fonts, diagnostics, lines)) return false;
  // A heading-like paragraph moves to the next page rather than end one alone.
  if (paragraph.style.keep_with_next && !flow.at_page_top() &&
      height_of(lines) + keep_with_next_height > flow.remaining())
    flow.new_page();
  const std::size_t break_before = page_break_before(lines, flow);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i == break_before) flow.new_page();
    flow.place(lines[i]);
  }
  return true;
}

}  // namespace filinggen::layout
