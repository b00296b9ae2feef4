#pragma once
// The batch stage: many firms' data files in, their filings written, each firm's failure
// contained. It selects firms (--firms, --shard), runs them on worker threads, writes
// each firm's files atomically in input order, keeps the manifest and its digests for
// incremental runs and verify. It knows documents only through the filings stage; the
// CLI calls run_batch and prints what it reports.
#include <functional>
#include <string>
#include <vector>

#include "base/diagnostic.hpp"
#include "batch/manifest.hpp"
#include "filings/filings.hpp"
#include "rules/rules.hpp"

namespace filinggen::batch {

// DATA arguments -> firm files: a file is taken as is; a folder gives its *.yaml,
// *.yml and *.json files (not its subfolders), sorted by name.
std::vector<std::string> collect_inputs(const std::vector<std::string>& arguments, Diagnostics& diagnostics);

// Writes `bytes` to `path` through a temporary file in the same folder and a rename,
// so `path` is either the old file or the complete new one, never half of one; false,
// with the reason (output.write) in `diagnostics`, when it cannot. The file gets the mode
// the umask leaves of 0666.
bool write_atomically(const std::string& path, const std::string& bytes, Diagnostics& diagnostics);
// The same for a user's file rewritten in place (import-assessment --in-place): it keeps
// its mode and, where the system allows, its owner; a link is written through to the file
// it names; a read-only file is refused (output.write).
bool replace_in_place(const std::string& path, const std::string& bytes, Diagnostics& diagnostics);
// The same for a file that must not exist yet: refused (output.exists) when it does.
bool create_atomically(const std::string& path, const std::string& bytes, Diagnostics& diagnostics);

// What a run is given, the same for every firm; tests pass fixed values.
struct Surroundings {
  filings::Resources resources;               // templates, fonts, SOURCE_DATE_EPOCH
  std::string fonts_config;                   // the file resources.fonts came from (the run digest reads it)
  const rules::RuleLibrary* rules = nullptr;  // the regulation's rules; null: not checked
  std::string rules_dir;                      // the folder `rules` came from (the run digest reads it)
  std::string standard_dir;                   // where firm files' standard:NAME references lead
};

// What the user chose: which files to make, and how the batch runs (docs/batch.md).
struct Choices {
  filings::Selection output;       // --documents, --format, --duplex
  bool strict = false;             // --strict: no documents for a firm with an error finding
  unsigned jobs = 1;               // --jobs: worker threads
  bool fail_fast = false;          // --fail-fast: the firms after the first failed one are not started
  bool force = false;              // --force: redo firms whose files are up to date
  std::vector<std::string> firms;  // --firms: only these firm ids; empty: every firm
  int shard_index = 1, shard_count = 1;  // --shard K/N: only the firms of shard K

  bool selects(const std::string& firm_id) const;
};

enum class Mode { validate, check, generate };

// One firm as the batch reports it, in input order.
struct FirmOutcome {
  std::string input;
  std::string firm_id;
  std::vector<std::string> written;         // files written, in order
  std::vector<ManifestFile> files;          // the firm's files: written now, or up to date
  bool up_to_date = false;                  // the last run's files match and nothing was rewritten
  Diagnostics diagnostics;
  std::optional<rules::FirmReport> report;  // the rules' findings, when checked
  bool ok() const { return !diagnostics.has_errors(); }
};

struct BatchTotals {
  std::size_t firms = 0, generated = 0, up_to_date = 0, valid = 0, failed = 0, not_started = 0;
};

struct BatchResult {
  BatchTotals totals;
  std::vector<std::string> missing_firm_ids;  // --firms ids that no input has (counted as failed)
  int stop_signal = 0;                        // the signal that stopped the run (stop_signal.hpp); 0: none
  std::string manifest;                       // generate: the manifest written; empty: none
  Diagnostics manifest_problems;              // generate: why the manifest could not be written
};

// What the batch tells as it goes: each firm as soon as it and those before it are known
// (so --jobs N reports exactly as --jobs 1), and notices about the run itself.
struct BatchEvents {
  std::function<void(const FirmOutcome&)> firm;
  std::function<void(const std::string&)> notice;
};

// The whole run of validate, check or generate over `inputs`. For generate: the last
// run's manifest in `out_dir` decides which firms are up to date, each firm's files are
// written atomically into out_dir/<firm-id>/, and the manifest is written at the end.
// Firms are prepared by choices.jobs threads, at most 2 × jobs ahead of the one being
// reported, so memory does not grow with the batch. Two files with one firm id would
// write into one folder: the second is refused, naming the first. A second generate of
// the same manifest into out_dir waits for this one (a notice says so) and merges its
// manifest with this one's. A stop requested by a signal (stop_signal.hpp) ends the run
// after the firm being written; the manifest records what was done.
BatchResult run_batch(Mode mode, const std::vector<std::string>& inputs, const std::string& out_dir,
                      const Surroundings& surroundings, const Choices& choices, const BatchEvents& events);

// The shard (1..count) of a firm id: FNV-1a 64 of the id's bytes, modulo count, plus one.
int shard_of(const std::string& firm_id, int count);

}  // namespace filinggen::batch
