// A document tree as an Excel workbook: a small form written as markup (as a template
// would make it), parsed, and written by the xlsx stage; then read back.
//
//   build/examples/workbook /tmp/form.xlsx
#include <iostream>

#include "batch/batch.hpp"
#include "markup/markup.hpp"
#include "xlsx/xlsx.hpp"

using namespace filinggen;

// One answer per row: a dropdown in the workbook, check boxes on paper.
const char* kForm = R"(<document title="範例自評表" author="範例證券" sheet="自評表" key="example">
  <footer align="center">第 {page} 頁，共 {pages} 頁</footer>
  <p size="14" weight="heavy" align="center">範例自評表</p>
  <table widths="1,6,2" sheet-widths="1,6,2,4">
    <row header="true"><cell>項次</cell><cell>檢查項目</cell><cell>自評結果</cell><cell media="sheet">說明</cell></row>
    <row key="EX-1"><cell>1</cell><cell>是否<u>每年</u>出具聲明書？</cell>
      <cell media="print"><checkbox checked="true"/>符合</cell>
      <cell media="sheet" field="answer" choices="符合|不符合|不適用" flag="不符合">符合</cell>
      <cell media="sheet" field="explanation" required-if="answer=不符合|不適用"/></row>
    <row><cell span="2">符合項數</cell><cell count="answer=符合" span="2" media="sheet">1</cell><cell media="print">1</cell></row>
  </table>
</document>)";

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: workbook OUT.xlsx\n";
    return 2;
  }
  Diagnostics diagnostics;
  auto tree = markup::parse_markup(kForm, "example", diagnostics);
  auto bytes = tree ? xlsx::write_workbook(*tree, {{2026, 1, 1}, "範例證券", "filinggen example"}, diagnostics)
                    : std::nullopt;
  if (!bytes || !batch::write_atomically(argv[1], *bytes, diagnostics)) {
    for (const auto& d : diagnostics.items()) std::cerr << d.str() << '\n';
    return 1;
  }
  auto read = xlsx::read_workbook(argv[1], diagnostics);
  if (!read) return 1;
  for (const auto& sheet : read->sheets)
    std::cout << argv[1] << ": sheet " << sheet.name << (sheet.hidden ? " (hidden)" : "") << ", " << sheet.cells.size()
              << " cells\n";
  return 0;
}
