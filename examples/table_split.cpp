// The layout engine on its own: a document tree built in code (no template), with a
// table whose long row splits across pages under its repeated header row.
//
//   build/examples/table_split /tmp/table.pdf
#include <iostream>

#include "batch/batch.hpp"
#include "filinggen/version.hpp"
#include "pdf/pdf.hpp"

using namespace filinggen;

static doc::Paragraph text(const std::string& s, doc::Align align = doc::Align::justify) {
  doc::Paragraph p;
  p.style.size = 11;
  p.style.align = align;
  p.spans.push_back({s, false});
  return p;
}

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: table_split OUT.pdf\n";
    return 2;
  }
  doc::Document d;
  d.title = "表格跨頁範例";
  d.footer = doc::Footer{{}, "第 {page} 頁，共 {pages} 頁"};
  d.footer->style.size = 9;
  d.footer->style.align = doc::Align::center;

  doc::Table table;
  table.column_weights = {2, 2, 1};
  doc::Row header;
  header.header = true;
  for (const char* title : {"修正條文", "現行條文", "說明"}) header.cells.push_back({{text(title, doc::Align::center)}});
  table.rows.push_back(header);
  std::string longer;
  for (int i = 0; i < 40; ++i) longer += "公司應訂定行動裝置之資訊安全規範與管理辦法，並定期檢討其適當性。";
  doc::Row row;
  row.cells = {{{text(longer)}}, {{text("本點新增。", doc::Align::center)}}, {{text("明定行動裝置之管理，以資明確。")}}};
  table.rows.push_back(row);
  d.blocks.push_back(table);

  Diagnostics diagnostics;
  auto fonts = font::FontSet::load(std::string(kResourceDir) + "/fonts/fonts.yaml", diagnostics);
  auto pages = fonts ? layout::layout_document(d, *fonts, diagnostics) : std::nullopt;
  auto bytes = pages ? pdf::write_pdf(*pages, *fonts, {{2026, 1, 1}, "filinggen example"}, diagnostics) : std::nullopt;
  if (!bytes || !batch::write_atomically(argv[1], *bytes, diagnostics)) {
    for (const auto& item : diagnostics.items()) std::cerr << item.str() << '\n';
    return 1;
  }
  std::cout << argv[1] << ": " << pages->pages.size() << " pages\n";
  return 0;
}
