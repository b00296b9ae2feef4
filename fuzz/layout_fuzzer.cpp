// Fuzz target: line breaking and layout of any text at any width. The first two bytes
// choose the column widths of a two-column table (and a paragraph's indent); the rest
// is the text, set as a paragraph and in a cell, with the project's fonts. A character
// no face has must come back as a diagnostic, never as a crash or an endless loop.
#include <cstdint>
#include <string>

#include "font/font.hpp"
#include "layout/layout.hpp"

namespace {

const filinggen::font::FontSet* fonts() {
  static const auto set = [] {
    filinggen::Diagnostics ignored;
    return filinggen::font::FontSet::load(std::string(FILINGGEN_SOURCE_DIR) + "/fonts/fonts.yaml", ignored);
  }();
  return set ? &*set : nullptr;
}

filinggen::doc::Paragraph paragraph(const std::string& text, double indent) {
  filinggen::doc::Paragraph p;
  p.style.size = 11;
  p.style.first_indent = indent;
  p.spans.push_back({text, indent > 1, false});
  return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace filinggen;
  if (size < 2 || size > 4096 || !fonts()) return 0;
  const double left = 1 + data[0], right = 1 + data[1];
  const std::string text(reinterpret_cast<const char*>(data + 2), size - 2);
  doc::Document d;
  d.footer = doc::Footer{{}, "第 {page} 頁，共 {pages} 頁"};
  d.blocks.push_back(paragraph(text, data[0] % 4));
  doc::Table table;
  table.column_weights = {left, right};
  doc::Row row;
  row.cells.push_back(doc::Cell{{paragraph(text, 0)}});
  row.cells.push_back(doc::Cell{{paragraph("現行條文", 0)}});
  table.rows.push_back(row);
  d.blocks.push_back(table);
  Diagnostics diagnostics;
  layout::layout_document(d, *fonts(), diagnostics);
  return 0;
}
