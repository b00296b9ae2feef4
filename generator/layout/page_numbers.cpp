// number_pages: the footer of already paginated pages set (again) with given numbers, so
// a document laid out once can be printed on its own (pages 1 to N) and inside a bound
// volume (pages k to k + N - 1 of the volume's total) without being laid out twice.
#include "layout/page_flow.hpp"

namespace filinggen::layout {

bool number_pages(PagedDocument& document, const PageNumbering& numbering, const font::FontSet& fonts,
                  Diagnostics& diagnostics) {
  if (!document.footer) return true;
  // The footer is drawn last, so its runs are the last of each page's runs.
  for (auto& page : document.pages) {
    page.runs.resize(page.runs.size() - page.footer_runs);
    page.footer_runs = 0;
  }
  return set_footers(*document.footer, document.setup, numbering, document.pages, fonts, diagnostics);
}

}  // namespace filinggen::layout
