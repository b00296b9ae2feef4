#pragma once
// The --json summary of validate and generate: one JSON document on stdout at the end
// of the run, for year-end scripts. Its structure is documented in docs/batch.md and
// stable within its format_version (fields may be added, never renamed or removed).
#include <optional>
#include <string>
#include <vector>

#include "batch/batch.hpp"

namespace filinggen::cli {

// 2: the finding counts spelled errors/warnings/info, as in findings.json and the manifest.
inline constexpr int kSummaryFormatVersion = 2;

class JsonSummary {
 public:
  explicit JsonSummary(std::string command) : command_(std::move(command)) {}
  // One firm as it is reported (only its summary is kept, not its files' bytes).
  void add(const batch::FirmOutcome& outcome);
  // A --firms id that no input has.
  void add_missing_firm(const std::string& firm_id) { missing_.push_back(firm_id); }
  std::string text(const batch::BatchTotals& totals, const std::string& out_dir, const std::string& manifest,
                   int exit_code) const;

 private:
  std::string command_;
  std::vector<std::string> firms_;  // each firm's JSON object
  std::vector<std::string> missing_;
};

}  // namespace filinggen::cli
