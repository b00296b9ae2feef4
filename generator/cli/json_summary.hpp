#pragma once
// The --json summary of validate and generate: one JSON document on stdout at the end
// of the run, for year-end scripts. Its structure is documented in docs/batch.md and
// stable within its format_version (fields may be added, never renamed or removed).
#include <optional>
#include <string>
#include <vector>

#include "batch/batch.hpp"

namespace filinggen::cli {

inline constexpr int kSummaryFormatVersion = 1;

struct SummaryTotals {
  std::size_t firms = 0, generated = 0, up_to_date = 0, valid = 0, failed = 0, not_started = 0;
};

class JsonSummary {
 public:
  explicit JsonSummary(std::string command) : command_(std::move(command)) {}
  // One firm as it is reported (only its summary is kept, not its files' bytes).
  void add(const batch::FirmOutcome& outcome);
  // A --firms id that no input has.
  void add_missing_firm(const std::string& firm_id) { missing_.push_back(firm_id); }
  std::string text(const SummaryTotals& totals, const std::string& out_dir, const std::string& manifest,
                   int exit_code) const;

 private:
  std::string command_;
  std::vector<std::string> firms_;  // each firm's JSON object
  std::vector<std::string> missing_;
};

}  // namespace filinggen::cli
