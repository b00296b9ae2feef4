#pragma once
// The intake stage, the way back: a workbook filinggen wrote, filled in elsewhere (Excel,
// LibreOffice, …), read back into the firm's data. It reads cells through the form
// protocol of xlsx/ and checks answers by the same rules as the YAML loader.
#include <optional>
#include <string>

#include "base/diagnostic.hpp"
#include "model/load.hpp"

namespace filinggen::intake {

// import-assessment: the answers of a filled-in self-assessment workbook (FILLED.xlsx,
// written by generate --format xlsx) merged into the firm file's text: its
// self_assessment.answers replaced, every other line kept. Nothing when any answer is
// wrong (each error names the sheet and cell) or the result would not load.
struct ImportResult {
  std::optional<std::string> firm_text;
  Diagnostics diagnostics;
};
ImportResult import_assessment(const std::string& workbook_path, const std::string& firm_path,
                               const model::LoadOptions& load = {});

}  // namespace filinggen::intake
