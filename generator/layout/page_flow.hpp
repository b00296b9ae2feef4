#pragma once
// Private to layout: the flow of boxes down the content area of successive pages.
#include <vector>

#include "layout/line_box.hpp"

namespace filinggen::layout {

class PageFlow {
 public:
  explicit PageFlow(const doc::PageSetup& setup);

  double left() const { return setup_.margin_left; }
  double width() const { return setup_.width - setup_.margin_left - setup_.margin_right; }
  double y() const { return y_; }
  double remaining() const { return bottom() - y_; }
  double content_height() const { return bottom() - setup_.margin_top; }
  bool at_page_top() const { return y_ <= setup_.margin_top + 0.01; }

  Page& page() { return pages_.back(); }
  void new_page();
  void advance(double height) { y_ += height; }
  // Places a box at the left margin (plus `indent`), starting a new page first when it
  // does not fit; a box taller than a whole page is placed on an empty page anyway.
  void place(const LineBox& box, double indent = 0);
  // Records that `bookmark` points here (the current page, the current position).
  void mark(const doc::Bookmark& bookmark);

  std::vector<Page> take_pages() { return std::move(pages_); }
  std::vector<OutlineEntry> take_outline() { return std::move(outline_); }

 private:
  double bottom() const { return setup_.height - setup_.margin_bottom; }
  doc::PageSetup setup_;
  std::vector<Page> pages_;
  std::vector<OutlineEntry> outline_;
  double y_ = 0;
};

// block.cpp and table.cpp: each places one block on the flow.
bool place_paragraph(const doc::Paragraph& paragraph, double keep_with_next_height, PageFlow& flow,
                     const font::FontSet& fonts, Diagnostics& diagnostics);
bool place_table(const doc::Table& table, PageFlow& flow, const font::FontSet& fonts, Diagnostics& diagnostics);

// The least height a block needs at the bottom of a page before it can start there.
double first_line_height(const doc::Block& block);

// margins.cpp: the footer ("第 X 頁，共 Y 頁") in the bottom margin of every page, page i
// numbered numbering.first + i (each page's footer_runs records it), and the running
// header in the top margin of every page but the first.
bool set_footers(const doc::Footer& footer, const doc::PageSetup& setup, const PageNumbering& numbering,
                 std::vector<Page>& pages, const font::FontSet& fonts, Diagnostics& diagnostics);
bool set_running_headers(const doc::RunningHeader& header, const doc::PageSetup& setup, std::vector<Page>& pages,
                         const font::FontSet& fonts, Diagnostics& diagnostics);

}  // namespace filinggen::layout
