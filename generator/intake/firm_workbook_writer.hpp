#pragma once
// Private to intake: the firm workbook's bytes from what its cells show.
#include <optional>
#include <string>

#include "base/diagnostic.hpp"
#include "intake/firm_workbook.hpp"
#include "intake/workbook_values.hpp"

namespace filinggen::intake {

std::optional<std::string> write_firm_workbook(const WorkbookValues& values, const FirmWorkbookOptions& options,
                                               Diagnostics& diagnostics);

}  // namespace filinggen::intake
