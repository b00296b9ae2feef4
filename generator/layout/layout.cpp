// layout_document: the blocks of the tree, in order, onto pages; then the margin lines.
#include "layout/page_flow.hpp"

namespace filinggen::layout {

std::optional<PagedDocument> layout_document(const doc::Document& tree, const font::FontSet& fonts,
                                             Diagnostics& diagnostics) {
  // What a workbook alone shows (a dropdown, a formula) never reaches the page.
  const doc::Document document = doc::for_medium(tree, doc::Medium::print);
  PageFlow flow(document.page);
  bool ok = true;
  const auto& blocks = document.blocks;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const double next = i + 1 < blocks.size() ? first_line_height(blocks[i + 1]) : 0;
    if (auto p = std::get_if<doc::Paragraph>(&blocks[i]))
      ok = place_paragraph(*p, next, flow, fonts, diagnostics) && ok;
    else if (auto t = std::get_if<doc::Table>(&blocks[i]))
      ok = place_table(*t, flow, fonts, diagnostics) && ok;
    else if (auto s = std::get_if<doc::Spacer>(&blocks[i]))
      flow.place(spacing_box(s->height));
  }
  PagedDocument out{document.title,    document.author,   document.subject,  document.keywords,
                    document.language, flow.take_pages(), flow.take_outline(), document.page,
                    document.footer};
  if (ok && document.header) ok = set_running_headers(*document.header, document.page, out.pages, fonts, diagnostics);
  if (ok) ok = number_pages(out, PageNumbering{1, out.pages.size()}, fonts, diagnostics);
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace filinggen::layout
