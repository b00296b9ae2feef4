#pragma once
// The model stage's surface: read a firm's data file, check it, report every problem.
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.hpp"
#include "model/firm.hpp"

namespace filinggen::model {

struct LoadResult {
  std::optional<FirmFile> firm;  // empty when the file has errors
  Diagnostics diagnostics;
};

// What a load needs beyond the file.
struct LoadOptions {
  // Where a reference written standard:NAME leads (docs/data-format.md): the standard's
  // data that filinggen ships, wherever it is installed. Empty: such references are errors.
  std::string standard_dir;
};

// Loads `path` (YAML or JSON) with the shared files it refers to. Unknown fields,
// missing fields, wrong types, unreal dates and broken references are all errors.
LoadResult load_firm_file(const std::string& path, const LoadOptions& options = {});

// The same, from text already in memory (`display_path` names it in messages;
// relative references resolve against its folder).
LoadResult load_firm_text(const std::string& text, const std::string& display_path, const LoadOptions& options = {});

// The firm id a data file declares, read without checking the rest (for --firms and
// --shard on a file that does not load); the file's stem when it has none.
std::string declared_firm_id(const std::string& path);

// A data file of the standard that filinggen ships (data/standard/), as --version names it.
struct StandardFile {
  std::string kind;       // amendments, checklist
  std::string file;       // amendments-2025-04-11.yaml: what standard:NAME takes
  std::string version;    // "2025-04-11"
  std::string effective;  // ISO date, as written
};
// The amendments and checklists of `dir`, by file name; problems in `diagnostics`.
std::vector<StandardFile> standard_files(const std::string& dir, Diagnostics& diagnostics);

// True when `id` is safe as a file or folder name on every system (a firm id, which
// names the firm's output folder).
bool is_safe_identifier(const std::string& id);

}  // namespace filinggen::model
