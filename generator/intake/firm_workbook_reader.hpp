#pragma once
// Private to intake: a firm workbook's sheets as a firm file's data, with the cell each
// field came from.
#include <map>
#include <optional>
#include <set>
#include <string>

#include "base/diagnostic.hpp"
#include "intake/firm_data.hpp"
#include "model/load.hpp"
#include "xlsx/xlsx.hpp"

namespace filinggen::intake {

struct WorkbookData {
  DataNode root;
  std::map<std::string, std::string> cells;  // field path -> 人員!E7 (also for a field left empty)
  std::map<std::string, std::string> labels; // field path -> its row label or column header (公司名稱)
  std::set<std::string> reported;            // fields whose cell was already reported wrong
};

// The data of `book` (read from `path`); problems only a workbook can have are reported
// here, the rest is left to the loader.
WorkbookData read_firm_workbook(const xlsx::Workbook& book, const std::string& path, const model::LoadOptions& options,
                                Diagnostics& diagnostics);

}  // namespace filinggen::intake
