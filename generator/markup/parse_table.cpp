// <table>, <row> and <cell>: columns from relative widths, cells that may span several.
#include <charconv>

#include "markup/parser.hpp"

namespace filinggen::markup {
namespace {

std::vector<double> column_weights(const std::string& widths, bool& ok) {
  std::vector<double> weights;
  for (std::size_t i = 0; i < widths.size();) {
    std::size_t j = widths.find(',', i);
    if (j == std::string::npos) j = widths.size();
    const std::string item = widths.substr(i, j - i);
    double w = 0;
    auto [ptr, ec] = std::from_chars(item.data(), item.data() + item.size(), w);
    if (ec != std::errc{} || ptr != item.data() + item.size() || w <= 0) ok = false;
    weights.push_back(w);
    i = j + 1;
  }
  return weights;
}

// Columns a row covers as one medium shows it (cells of the other medium left out).
// A span="all" cell fills the row, whatever the count.
std::size_t columns_in(const doc::Row& row, doc::Medium medium, std::size_t declared) {
  std::size_t columns = 0;
  for (const auto& cell : row.cells)
    if (cell.medium == doc::Medium::both || cell.medium == medium)
      columns += cell.span == doc::kAllColumns ? declared : static_cast<std::size_t>(cell.span);
  return columns;
}

}  // namespace

// A row must fill the columns of each medium it is shown in.
void Parser::check_columns(const pugi::xml_node& node, const doc::Row& row, const doc::Table& t) {
  const std::size_t sheet_columns = t.sheet_weights.empty() ? t.column_weights.size() : t.sheet_weights.size();
  const std::size_t print = columns_in(row, doc::Medium::print, t.column_weights.size());
  const std::size_t sheet = columns_in(row, doc::Medium::sheet, sheet_columns);
  if (row.medium != doc::Medium::sheet && print != t.column_weights.size())
    error(node, "此列共佔 " + std::to_string(print) + " 欄，但表格宣告了 " +
                    std::to_string(t.column_weights.size()) + " 欄（widths）。");
  else if (row.medium != doc::Medium::print && sheet != sheet_columns)
    error(node, "此列在試算表中共佔 " + std::to_string(sheet) + " 欄，但表格宣告了 " + std::to_string(sheet_columns) +
                    " 欄（" + (t.sheet_weights.empty() ? "widths" : "sheet-widths") + "）。");
}

doc::Cell Parser::cell(const pugi::xml_node& node, const doc::ParagraphStyle& base) {
  doc::Cell c;
  std::string v = node.attribute("valign").value();
  c.valign = v == "middle" ? doc::VAlign::middle : v == "bottom" ? doc::VAlign::bottom : doc::VAlign::top;
  if (!v.empty() && v != "top" && v != "middle" && v != "bottom")
    error(node, "valign=\"" + v + "\" 不是可用的值（top、middle、bottom）。");
  if (std::string(node.attribute("span").value()) == "all") c.span = doc::kAllColumns;
  else if (auto span = node.attribute("span")) {
    c.span = span.as_int(0);
    if (c.span < 1 || std::to_string(c.span) != span.value()) {
      error(node, std::string("span=\"") + span.value() + "\" 須為 1 以上的整數（跨越的欄數），或 all（整列）。");
      c.span = 1;
    }
  }
  c.medium = medium(node);
  c.field = form_field(node);
  c.date = cell_date(node);
  c.count = field_count(node);
  doc::ParagraphStyle cell_style = style(node, base);
  bool has_blocks = false;
  for (pugi::xml_node child : node.children("p")) {
    has_blocks = true;
    c.paragraphs.push_back(paragraph(child, cell_style));
  }
  if (has_blocks) only_children(node, "p");
  if (!has_blocks) {  // bare inline content: one paragraph in the cell's style
    c.paragraphs.push_back(doc::Paragraph{cell_style, {}, std::nullopt});
    spans(node, {}, c.paragraphs.back().spans);
  }
  return c;
}

doc::Table Parser::table(const pugi::xml_node& node, const doc::ParagraphStyle& base) {
  doc::Table t;
  const std::string widths = node.attribute("widths").value();
  bool widths_ok = true;
  t.column_weights = column_weights(widths, widths_ok);
  if (!widths_ok) error(node, "widths=\"" + widths + "\" 須為以逗號分隔的正數，例如 3,2,2。");
  if (auto sheet_widths = node.attribute("sheet-widths")) {
    t.sheet_weights = column_weights(sheet_widths.value(), widths_ok);
    if (!widths_ok) error(node, std::string("sheet-widths=\"") + sheet_widths.value() + "\" 須為以逗號分隔的正數。");
  }
  t.medium = medium(node);
  t.sheet = sheet_name(node);
  only_children(node, "row");
  t.space_before = length(node, "space-before", 0);
  t.space_after = length(node, "space-after", 0);
  doc::ParagraphStyle cell_style = style(node, base);
  cell_style.space_before = base.space_before;  // the table's spacing is not its cells'
  cell_style.space_after = base.space_after;
  for (pugi::xml_node r : node.children("row")) {
    doc::Row row;
    row.header = r.attribute("header").as_bool();
    row.min_height = length(r, "min-height", 0);
    row.bookmark = bookmark(r);
    row.keep_with_next = r.attribute("keep-with-next").as_bool();
    row.medium = medium(r);
    row.key = r.attribute("key").value();
    doc::ParagraphStyle row_style = style(r, cell_style);
    only_children(r, "cell");
    for (pugi::xml_node c : r.children("cell")) row.cells.push_back(cell(c, row_style));
    check_columns(r, row, t);
    t.rows.push_back(std::move(row));
  }
  if (t.column_weights.empty()) error(node, "表格須以 widths 屬性宣告各欄寬度比例。");
  return t;
}

}  // namespace filinggen::markup
