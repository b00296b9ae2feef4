// The footer line of each page, set once the page count is known.
#include "layout/page_flow.hpp"

namespace filinggen::layout {
namespace {

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

}  // namespace

bool set_footers(const doc::Footer& footer, const doc::PageSetup& setup, std::vector<Page>& pages,
                 const font::FontSet& fonts, Diagnostics& diagnostics) {
  const double width = setup.width - setup.margin_left - setup.margin_right;
  const std::string total = std::to_string(pages.size());
  for (std::size_t i = 0; i < pages.size(); ++i) {
    std::string text = replace_all(footer.text, "{page}", std::to_string(i + 1));
    text = replace_all(text, "{pages}", total);
    std::vector<LineBox> lines;
    doc::ParagraphStyle style = footer.style;
    style.space_before = style.space_after = 0;
    if (!set_paragraph(doc::Paragraph{style, {{text, false}}}, width, fonts, diagnostics, lines)) return false;
    // Centred vertically in the bottom margin.
    double y = setup.height - setup.margin_bottom + (setup.margin_bottom - height_of(lines)) / 2;
    for (const auto& line : lines) {
      draw_box(line, setup.margin_left, y, pages[i]);
      y += line.height;
    }
  }
  return true;
}

}  // namespace filinggen::layout
