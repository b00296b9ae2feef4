// The lines set in the page margins once the page count is known: the footer on every
// page, the running header from the second page on.
#include "layout/page_flow.hpp"

namespace filinggen::layout {
namespace {

// Sets `line` on pages[first..], centred vertically in the margin band from `top` down
// `band` pt; page i says it is page numbering.first + i of numbering.total. Returns the
// number of runs each page got in `added` (when given).
bool set_margin_line(const doc::Footer& line, const doc::PageSetup& setup, std::vector<Page>& pages,
                     std::size_t first, double top, double band, const PageNumbering& numbering,
                     const font::FontSet& fonts, Diagnostics& diagnostics, std::vector<std::size_t>* added) {
  const double width = setup.width - setup.margin_left - setup.margin_right;
  const std::string total = std::to_string(numbering.total);
  if (added) added->assign(pages.size(), 0);
  for (std::size_t i = first; i < pages.size(); ++i) {
    const std::size_t runs_before = pages[i].runs.size();
    const std::string text = doc::fill_page_numbers(line.text, std::to_string(numbering.first + i), total);
    std::vector<LineBox> lines;
    doc::ParagraphStyle style = line.style;
    style.space_before = style.space_after = 0;
    if (!set_paragraph(doc::Paragraph{style, {{text, false, false, std::nullopt}}, std::nullopt}, width, fonts,
                       diagnostics, lines))
      return false;
    double y = top + (band - height_of(lines)) / 2;
    for (const auto& box : lines) {
      draw_box(box, setup.margin_left, y, pages[i]);
      y += box.height;
    }
    if (added) (*added)[i] = pages[i].runs.size() - runs_before;
  }
  return true;
}

}  // namespace

bool set_footers(const doc::Footer& footer, const doc::PageSetup& setup, const PageNumbering& numbering,
                 std::vector<Page>& pages, const font::FontSet& fonts, Diagnostics& diagnostics) {
  std::vector<std::size_t> added;
  if (!set_margin_line(footer, setup, pages, 0, setup.height - setup.margin_bottom, setup.margin_bottom, numbering,
                       fonts, diagnostics, &added))
    return false;
  for (std::size_t i = 0; i < pages.size(); ++i) pages[i].footer_runs = added[i];
  return true;
}

bool set_running_headers(const doc::RunningHeader& header, const doc::PageSetup& setup, std::vector<Page>& pages,
                         const font::FontSet& fonts, Diagnostics& diagnostics) {
  // In the lower part of the top margin, near the text it heads.
  // A header's {page} and {pages} are the document's own.
  return set_margin_line(header, setup, pages, 1, setup.margin_top * 0.4, setup.margin_top * 0.6,
                         PageNumbering{1, pages.size()}, fonts, diagnostics, nullptr);
}

}  // namespace filinggen::layout
