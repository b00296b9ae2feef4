// filinggen import-assessment FILLED.xlsx --firm FIRM.yaml [--in-place]
#include <iostream>

#include "base/terminal_text.hpp"
#include "batch/batch.hpp"
#include "intake/intake.hpp"
#include "cli/commands.hpp"

namespace filinggen::cli {

int run_import(const Options& options) {
  const std::string& workbook = options.data.front();
  intake::ImportResult result = intake::import_assessment(workbook, options.firm_file, {options.standard_dir});
  report(result.diagnostics);
  if (!result.firm_text) {
    std::cerr << "未匯入：" << printable(workbook) << "（" << result.diagnostics.error_count() << " 項錯誤，公司資料檔未變更）\n";
    return kNothingDone;
  }
  if (!options.in_place) {
    std::cout << *result.firm_text;
    return kAllGood;
  }
  Diagnostics problems;
  if (!batch::replace_in_place(options.firm_file, *result.firm_text, problems)) {
    report(problems);
    return kNothingDone;
  }
  std::cerr << "已匯入：" << printable(workbook) << " → " << printable(options.firm_file) << '\n';
  return kAllGood;
}

}  // namespace filinggen::cli
