// Page formatting: the content area of each page, filled from the top.
#include "layout/page_flow.hpp"

namespace filinggen::layout {

PageFlow::PageFlow(const doc::PageSetup& setup) : setup_(setup) { new_page(); }

void PageFlow::new_page() {
  pages_.push_back(Page{setup_.width, setup_.height, {}, {}, {}});
  y_ = setup_.margin_top;
}

void PageFlow::place(const LineBox& box, double indent) {
  if (box.spacing && at_page_top()) return;  // no blank space at the top of a page
  if (box.height > remaining() && !at_page_top()) {
    new_page();
    if (box.spacing) return;
  }
  if (box.bookmark) mark(*box.bookmark);
  draw_box(box, left() + indent, y_, page());
  y_ += box.height;
}

void PageFlow::mark(const doc::Bookmark& bookmark) {
  outline_.push_back({bookmark.title, bookmark.level, pages_.size() - 1, y_});
}

}  // namespace filinggen::layout
