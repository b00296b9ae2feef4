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

}  // namespace

doc::Cell Parser::cell(const pugi::xml_node& node, const doc::ParagraphStyle& base) {
  doc::Cell c;
  std::string v = node.attribute("valign").value();
  c.valign = v == "middle" ? doc::VAlign::middle : v == "bottom" ? doc::VAlign::bottom : doc::VAlign::top;
  if (!v.empty() && v != "top" && v != "middle" && v != "bottom")
    error(node, "valign=\"" + v + "\" 不是可用的值（top、middle、bottom）。");
  if (auto span = node.attribute("span")) {
    c.span = span.as_int(0);
    if (c.span < 1 || std::to_string(c.span) != span.value()) {
      error(node, std::string("span=\"") + span.value() + "\" 須為 1 以上的整數（跨越的欄數）。");
      c.span = 1;
    }
  }
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
    doc::ParagraphStyle row_style = style(r, cell_style);
    only_children(r, "cell");
    std::size_t columns = 0;
    for (pugi::xml_node c : r.children("cell")) {
      row.cells.push_back(cell(c, row_style));
      columns += static_cast<std::size_t>(row.cells.back().span);
    }
    if (columns != t.column_weights.size())
      error(r, "此列共佔 " + std::to_string(columns) + " 欄，但表格宣告了 " +
                   std::to_string(t.column_weights.size()) + " 欄（widths）。");
    t.rows.push_back(std::move(row));
  }
  if (t.column_weights.empty()) error(node, "表格須以 widths 屬性宣告各欄寬度比例。");
  return t;
}

}  // namespace filinggen::markup
