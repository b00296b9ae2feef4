// filinggen export FIRM.yaml [--out DIR] and filinggen import FIRM.xlsx [--out DIR]: a
// firm's data from a file to a workbook and back (docs/data-format.md, "The firm workbook").
#include <ctime>
#include <filesystem>
#include <iostream>

#include "batch/batch.hpp"
#include "cli/commands.hpp"
#include "filinggen/version.hpp"
#include "intake/firm_workbook.hpp"

namespace filinggen::cli {
namespace fs = std::filesystem;

intake::FirmWorkbookOptions workbook_stamp() {
  intake::FirmWorkbookOptions stamp;
  // Identical input, identical bytes: the date is SOURCE_DATE_EPOCH's when it is set.
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  stamp.created = epoch && *epoch ? static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10)) : std::time(nullptr);
  stamp.generator = std::string("filinggen ") + kVersion;
  return stamp;
}

int run_export(const Options& options) {
  const std::string& firm = options.data.front();
  const std::string path = (fs::path(options.out_dir) / (fs::path(firm).stem().string() + ".xlsx")).string();
  intake::WorkbookBytes workbook =
      intake::export_firm_workbook(firm, options.out_dir, {options.standard_dir}, workbook_stamp());
  report(workbook.diagnostics);
  if (!workbook.bytes) {
    std::cerr << "未轉出：" << firm << "（請先修正上列錯誤）\n";
    return kNothingDone;
  }
  Diagnostics problems;
  if (!batch::create_atomically(path, *workbook.bytes, problems)) {
    report(problems);
    return kNothingDone;
  }
  std::cout << "已建立：" << path << "\n可用 Excel 或 LibreOffice 開啟填寫；filinggen validate、check、generate 可直接讀取。\n";
  return kAllGood;
}

namespace {

// import --in-place --firm FIRM.yaml: only the values that changed, comments kept.
int import_in_place(const Options& options, const std::string& workbook) {
  intake::FirmText firm = intake::updated_firm_file(workbook, options.firm_file, {options.standard_dir});
  report(firm.diagnostics);
  Diagnostics problems;
  if (!firm.text || !batch::replace_in_place(options.firm_file, *firm.text, problems)) {
    report(problems);
    std::cerr << "未匯入：" << workbook << "（" << options.firm_file << " 未變更）\n";
    return kNothingDone;
  }
  std::cerr << "已匯入：" << workbook << " → " << options.firm_file << '\n';
  return kAllGood;
}

}  // namespace

int run_import_workbook(const Options& options) {
  const std::string& workbook = options.data.front();
  if (options.in_place) return import_in_place(options, workbook);
  intake::FirmText firm = intake::firm_yaml_of_workbook(workbook, {options.standard_dir});
  report(firm.diagnostics);
  if (!firm.text) {
    std::cerr << "未轉出：" << workbook << "（" << firm.diagnostics.error_count() << " 項錯誤）\n";
    return kNothingDone;
  }
  if (options.out_dir.empty()) {
    std::cout << *firm.text;
    return kAllGood;
  }
  const std::string path =
      (fs::path(options.out_dir) / (intake::declared_firm_id(workbook) + ".yaml")).string();
  Diagnostics problems;
  if (!batch::create_atomically(path, *firm.text, problems)) {
    report(problems);
    return kNothingDone;
  }
  std::cerr << "已轉出：" << workbook << " → " << path << '\n';
  return kAllGood;
}

int run_init_workbook(const Options& options, const std::string& id, const std::vector<std::string>& statement) {
  const std::string path = (fs::path(options.out_dir) / (id + ".xlsx")).string();
  intake::WorkbookBytes workbook = intake::blank_firm_workbook(id, statement, {options.standard_dir}, workbook_stamp());
  report(workbook.diagnostics);
  Diagnostics problems;
  if (!workbook.bytes || !batch::create_atomically(path, *workbook.bytes, problems)) {
    report(problems);
    return kNothingDone;
  }
  std::cout << "已建立：" << path << "\n請用 Excel 或 LibreOffice 開啟，依「填寫說明」工作表填入貴公司的資料，再執行 filinggen validate "
            << path << " 檢查。\n";
  return kAllGood;
}

}  // namespace filinggen::cli
