// The document as the PDF or the workbook sees it (see Medium in document.hpp).
#include <algorithm>

#include "markup/document.hpp"

namespace filinggen::doc {
namespace {

template <class T>
bool shown(const T& element, Medium medium) {
  return element.medium == Medium::both || element.medium == medium;
}

template <class T>
void keep_shown(std::vector<T>& elements, Medium medium) {
  std::erase_if(elements, [&](const T& e) { return !shown(e, medium); });
}

Table table_for(Table table, Medium medium) {
  keep_shown(table.rows, medium);
  if (medium == Medium::sheet && !table.sheet_weights.empty()) table.column_weights = table.sheet_weights;
  for (Row& row : table.rows) {
    keep_shown(row.cells, medium);
    for (Cell& cell : row.cells)
      if (cell.span == kAllColumns) cell.span = static_cast<int>(table.column_weights.size());
  }
  return table;
}

}  // namespace

Document for_medium(const Document& document, Medium medium) {
  Document out = document;
  out.blocks.clear();
  for (const Block& block : document.blocks) {
    if (const auto* table = std::get_if<Table>(&block)) {
      if (shown(*table, medium)) out.blocks.push_back(table_for(*table, medium));
    } else if (std::visit([&](const auto& b) { return shown(b, medium); }, block)) {
      out.blocks.push_back(block);
    }
  }
  return out;
}

}  // namespace filinggen::doc
