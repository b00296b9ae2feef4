// Table formatting: columns from relative widths, cells set as line boxes, rows placed
// down the pages. A row that does not fit is split between two lines of its cells and
// continues on the next page, under the repeated header rows.
#include <algorithm>
#include <optional>

#include "layout/page_flow.hpp"

namespace filinggen::layout {
namespace {

constexpr double kPadX = 5, kPadY = 4, kBorder = 0.6;

struct CellBoxes {
  std::vector<LineBox> lines;
  doc::VAlign valign = doc::VAlign::top;
  double x = 0, width = 0;  // from the content area's left; a spanning cell covers several columns
};

struct SetRow {
  std::vector<CellBoxes> cells;
  double min_height = 0;
  bool header = false;
  std::optional<doc::Bookmark> bookmark;

  double height() const {
    double h = 0;
    for (const auto& c : cells) h = std::max(h, height_of(c.lines));
    return std::max(min_height, h + 2 * kPadY);
  }
};

struct Columns {
  std::vector<double> x, width;  // relative to the content area's left
};

Columns columns(const doc::Table& table, double total) {
  double sum = 0;
  for (double w : table.column_weights) sum += w;
  Columns c;
  double x = 0;
  for (double w : table.column_weights) {
    c.x.push_back(x);
    c.width.push_back(sum > 0 ? total * w / sum : 0);
    x += c.width.back();
  }
  return c;
}

bool set_row(const doc::Row& row, const Columns& cols, const font::FontSet& fonts, Diagnostics& diagnostics,
             SetRow& out) {
  out.min_height = row.min_height;
  out.header = row.header;
  out.bookmark = row.bookmark;
  bool ok = true;
  std::size_t column = 0;
  for (const auto& source : row.cells) {
    if (column >= cols.width.size()) break;
    CellBoxes cell{{}, source.valign, cols.x[column], 0};
    for (int i = 0; i < source.span && column < cols.width.size(); ++i) cell.width += cols.width[column++];
    for (const auto& p : source.paragraphs)
      ok = set_paragraph(p, cell.width - 2 * kPadX, fonts, diagnostics, cell.lines) && ok;
    out.cells.push_back(std::move(cell));
  }
  return ok;
}

// Draws `row` with its borders at the flow's position, `height` tall.
void draw_row(const SetRow& row, double height, PageFlow& flow) {
  Page& page = flow.page();
  const double top = flow.y(), bottom = top + height;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    const double left = flow.left() + row.cells[i].x, right = left + row.cells[i].width;
    page.rules.push_back({left, top, right, top, kBorder});
    page.rules.push_back({left, bottom, right, bottom, kBorder});
    page.rules.push_back({left, top, left, bottom, kBorder});
    page.rules.push_back({right, top, right, bottom, kBorder});
    const auto& cell = row.cells[i];
    const double slack = height - 2 * kPadY - height_of(cell.lines);
    double y = top + kPadY;
    if (cell.valign == doc::VAlign::middle) y += std::max(0.0, slack / 2);
    if (cell.valign == doc::VAlign::bottom) y += std::max(0.0, slack);
    for (const auto& line : cell.lines) {
      draw_box(line, left + kPadX, y, page);
      y += line.height;
    }
  }
  flow.advance(height);
}

// Moves the lines of each cell that fit in `space` into the returned row; `row` keeps
// the rest. A cell whose spacing box would lead the rest drops it.
SetRow take_lines(SetRow& row, double space) {
  SetRow head;
  head.header = row.header;
  for (auto& cell : row.cells) {
    CellBoxes part{{}, doc::VAlign::top, cell.x, cell.width};
    double used = 0;
    std::size_t n = 0;
    while (n < cell.lines.size() && used + cell.lines[n].height <= space) used += cell.lines[n++].height;
    part.lines.assign(cell.lines.begin(), cell.lines.begin() + static_cast<std::ptrdiff_t>(n));
    cell.lines.erase(cell.lines.begin(), cell.lines.begin() + static_cast<std::ptrdiff_t>(n));
    while (!cell.lines.empty() && cell.lines.front().spacing) cell.lines.erase(cell.lines.begin());
    cell.valign = doc::VAlign::top;
    head.cells.push_back(std::move(part));
  }
  row.min_height = 0;
  return head;
}

// The first line of each cell and the padding: what a row needs to start on a page.
double first_lines_height(const SetRow& row) {
  double tallest = 0;
  for (const auto& c : row.cells)
    if (!c.lines.empty()) tallest = std::max(tallest, c.lines.front().height);
  return tallest + 2 * kPadY;
}

bool any_lines(const SetRow& row) {
  for (const auto& c : row.cells)
    if (!c.lines.empty()) return true;
  return false;
}

class TablePlacer {
 public:
  explicit TablePlacer(PageFlow& flow) : flow_(flow) {}

  void header(SetRow row) { headers_.push_back(std::move(row)); }

  // A table of header rows only still shows them.
  void finish() {
    if (started_ || headers_.empty()) return;
    if (headers_height() > flow_.remaining() && !flow_.at_page_top()) flow_.new_page();
    draw_headers();
  }

  // A row is kept whole on one page when a page can hold it. `next` is the row a label
  // row (keep-with-next) must not be parted from: all of it when the two fit on a fresh
  // page, else its first lines. `may_move` is false for that following row, which then
  // splits where it stands rather than leave its label alone.
  void body(SetRow row, const SetRow* next, bool may_move) {
    double keep_height = 0;
    if (next) keep_height = fits_on_fresh_page(row, next->height()) ? next->height() : first_lines_height(*next);
    const double needed = headers_height() * (started_ ? 0 : 1) + row.height() + keep_height;
    if (needed > flow_.remaining() && !flow_.at_page_top() && (may_move || next) &&
        fits_on_fresh_page(row, keep_height))
      next_page();
    if (!started_) draw_headers();
    bool marked = false;
    auto draw = [&](const SetRow& part, double height) {
      if (row.bookmark && !marked) flow_.mark(*row.bookmark);
      marked = true;
      draw_row(part, height, flow_);
    };
    while (row.height() > flow_.remaining()) {
      SetRow head = take_lines(row, flow_.remaining() - 2 * kPadY);
      if (!any_lines(head) && !flow_.at_page_top() && !just_headers_) {  // not even one line: move on
        next_page();
        continue;
      }
      if (!any_lines(head)) head = take_first_lines(row);  // a page must take something
      draw(head, flow_.remaining());
      if (!any_lines(row)) return;
      next_page();
    }
    draw(row, row.height());
    just_headers_ = false;
  }

 private:
  double headers_height() const {
    double h = 0;
    for (const auto& r : headers_) h += r.height();
    return h;
  }
  bool fits_on_fresh_page(const SetRow& row, double keep_height) const {
    return headers_height() + row.height() + keep_height <= flow_.content_height();
  }
  void draw_headers() {
    for (const auto& h : headers_) draw_row(h, h.height(), flow_);
    started_ = true;
    just_headers_ = !headers_.empty();
  }
  void next_page() {
    flow_.new_page();
    draw_headers();
  }
  // One line of each cell, however tall: the guarantee that layout always progresses.
  static SetRow take_first_lines(SetRow& row) {
    double tallest = 0;
    for (const auto& c : row.cells)
      if (!c.lines.empty()) tallest = std::max(tallest, c.lines.front().height);
    return take_lines(row, tallest);
  }

  PageFlow& flow_;
  std::vector<SetRow> headers_;
  bool started_ = false;
  bool just_headers_ = false;
};

}  // namespace

bool place_table(const doc::Table& table, PageFlow& flow, const font::FontSet& fonts, Diagnostics& diagnostics) {
  const Columns cols = columns(table, flow.width());
  if (table.space_before > 0) flow.place(spacing_box(table.space_before));
  TablePlacer placer(flow);
  bool ok = true;
  std::optional<SetRow> next;
  bool follows_label = false;
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    const doc::Row& row = table.rows[i];
    SetRow set;
    if (next) set = std::move(*next), next.reset();
    else ok = set_row(row, cols, fonts, diagnostics, set) && ok;
    if (!ok) continue;
    if (row.header) {
      placer.header(std::move(set));
      continue;
    }
    const bool label = row.keep_with_next && i + 1 < table.rows.size() && !table.rows[i + 1].header;
    if (label) {
      next.emplace();
      ok = set_row(table.rows[i + 1], cols, fonts, diagnostics, *next) && ok;
    }
    placer.body(std::move(set), label ? &*next : nullptr, !follows_label);
    follows_label = label;
  }
  placer.finish();
  if (table.space_after > 0) flow.place(spacing_box(table.space_after));
  return ok;
}

}  // namespace filinggen::layout
