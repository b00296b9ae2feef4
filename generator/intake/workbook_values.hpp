#pragma once
// Private to intake: what the firm workbook shows in each cell, in the workbook's own
// words (證券商, 是, 民國 dates as dates), made from a loaded firm file (export) or
// blank with the standard's checklist and amendments (init --xlsx).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/civil_date.hpp"
#include "base/diagnostic.hpp"
#include "intake/firm_sheets.hpp"
#include "model/firm.hpp"
#include "model/load.hpp"

namespace filinggen::intake {

// A cell's content: text, or a number, or a date.
struct Shown {
  std::string text;
  std::optional<double> number;
  std::optional<CivilDate> date;
};
using ShownRow = std::map<std::string, Shown>;  // a column's key -> content

struct SheetValues {
  std::map<std::string, Shown> fields;       // a labelled row's key -> content
  std::vector<std::vector<ShownRow>> tables;  // per table of the spec, its rows
};

struct WorkbookValues {
  std::string firm_name;  // the document properties' company
  std::map<std::string, SheetValues> sheets;  // by sheet name
};

// The values of a loaded firm file, for a workbook in `workbook_dir` (where references
// to shared files that are not the standard's are written relative to).
WorkbookValues values_of_firm(const model::FirmFile& firm, const model::LoadOptions& options,
                              const std::string& workbook_dir, Diagnostics& diagnostics);

// A new firm's: its id, the default statement paragraphs, the standard's newest
// checklist and amendments (when the standard folder has them).
WorkbookValues blank_values(const std::string& firm_id, const std::vector<std::string>& statement,
                            const model::LoadOptions& options, Diagnostics& diagnostics);

}  // namespace filinggen::intake
