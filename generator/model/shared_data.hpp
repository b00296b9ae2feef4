#pragma once
// The standard's shared files read on their own (not through a firm file): the firm
// workbook shows the checklist's items and the amendments' entries, and compares what
// a person changed in an entry with the shared text to find the firm's overrides.
#include <optional>
#include <string>

#include "base/diagnostic.hpp"
#include "model/firm.hpp"
#include "model/load.hpp"

namespace filinggen::model {

// `reference` as a firm file writes it (standard:NAME, or a path relative to
// `base_dir`); problems are reported at `at`, the place that names the file.
std::optional<Checklist> read_checklist_file(const std::string& reference, const std::string& base_dir,
                                             const LoadOptions& options, const SourcePos& at,
                                             const std::string& field, Diagnostics& diagnostics);
std::optional<Revisions> read_amendments_file(const std::string& reference, const std::string& base_dir,
                                              const LoadOptions& options, const SourcePos& at,
                                              const std::string& field, Diagnostics& diagnostics);

// The newest checklist and amendments of the standard data folder, as standard:NAME
// references (what init writes); empty when the folder has none.
struct StandardReferences {
  std::string checklist;
  std::string amendments;
};
StandardReferences newest_standard_references(const std::string& standard_dir);

}  // namespace filinggen::model
