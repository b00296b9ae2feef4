#pragma once
// The firm workbook (docs/data-format.md, "The firm workbook"): a firm's data as an
// Excel workbook, read wherever a firm file is read and checked by the same loader, so
// that every message names the sheet and cell with the field (人員!E7: people[3]…).
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.hpp"
#include "model/load.hpp"

namespace filinggen::intake {

// True for a path the firm workbook reader takes (.xlsx).
bool is_workbook_path(const std::string& path);

// A firm file (YAML, JSON) or a firm workbook, by its extension.
model::LoadResult load_firm_data(const std::string& path, const model::LoadOptions& options = {});

// The firm id a data file or workbook declares, read without checking the rest.
std::string declared_firm_id(const std::string& path);

// import: the workbook's data as a firm file's YAML text (what `load_firm_data` checks);
// nothing when it has errors.
struct FirmText {
  std::optional<std::string> text;
  Diagnostics diagnostics;
};
FirmText firm_yaml_of_workbook(const std::string& path, const model::LoadOptions& options = {});

// import --in-place: the firm file `firm_path` with the workbook's data, only the values
// that changed rewritten and its comments kept; nothing when the workbook has errors, is
// another firm's, or the file's layout cannot be edited so (then --out writes it whole).
FirmText updated_firm_file(const std::string& workbook_path, const std::string& firm_path,
                           const model::LoadOptions& options = {});

// What a written workbook records besides the data.
struct FirmWorkbookOptions {
  std::time_t created = 0;  // the document properties' date: identical input, identical bytes
  std::string generator;    // "filinggen 0.1.0", in the properties' comments
};

// The bytes of a workbook, or nothing with the reason.
struct WorkbookBytes {
  std::optional<std::string> bytes;
  Diagnostics diagnostics;
};

// init --xlsx: a blank workbook for a new firm, with the default statement paragraphs
// and the standard's newest checklist and amendments preloaded.
WorkbookBytes blank_firm_workbook(const std::string& firm_id, const std::vector<std::string>& statement,
                                  const model::LoadOptions& load, const FirmWorkbookOptions& options);
// export: the workbook of an existing firm file, to be written into `workbook_dir`
// (references to shared files are written relative to it). A file with errors is not
// exported.
WorkbookBytes export_firm_workbook(const std::string& firm_path, const std::string& workbook_dir,
                                   const model::LoadOptions& load, const FirmWorkbookOptions& options);

}  // namespace filinggen::intake
