#include "cli/init_command.hpp"

#include <filesystem>
#include <iostream>

#include "base/terminal_text.hpp"
#include "batch/batch.hpp"
#include "cli/commands.hpp"
#include "model/load.hpp"

namespace filinggen::cli {
namespace {

// The newest amendments file of the shipped standard data (names sort by date); empty
// when there is none, and the starter file then has no revision table.
std::string latest_amendments(const Options& options) {
  Diagnostics ignored;  // what --version and validate report; here only the name is wanted
  std::string latest;
  for (const auto& file : model::standard_files(options.standard_dir, ignored))
    if (file.kind == "amendments") latest = file.file;
  return latest;
}

}  // namespace

int run_init(const Options& options) {
  const std::string& id = options.data.front();
  // The id becomes a file and folder name: only what is safe everywhere.
  if (!model::is_safe_identifier(id)) {
    std::cerr << "「" << printable(id) << "」不能作為公司代號；代號只能使用小寫英文字母、數字、「-」與「_」，"
              << "以字母或數字開頭，最長 64 個字元，例如 hengyi-securities。\n";
    return kNothingDone;
  }
  const std::string starter = starter_firm_text(id, latest_amendments(options));
  if (options.xlsx) {
    // The workbook starts from the same statement paragraphs as the starter file.
    const auto loaded = model::load_firm_text(starter, id + ".yaml", {options.standard_dir});
    return run_init_workbook(options, id, loaded.firm ? loaded.firm->declaration.statement : std::vector<std::string>{});
  }
  const std::string path = (std::filesystem::path(options.out_dir) / (id + ".yaml")).string();
  Diagnostics problems;
  if (!batch::create_atomically(path, starter, problems)) {
    report(problems);
    return kNothingDone;
  }
  std::cout << "已建立：" << printable(path) << "\n請依檔內註解填入貴公司的資料，再執行 filinggen validate " << printable(path) << " 檢查。\n";
  return kAllGood;
}

}  // namespace filinggen::cli
