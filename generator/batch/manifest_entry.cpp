// What the manifest records of one firm of a run, and the manifest after a run.
#include "batch/firm_job.hpp"
#include "filinggen/version.hpp"

namespace filinggen::batch {

std::optional<ManifestFirm> manifest_entry(const FirmJob& job) {
  if (!job.loaded || !job.selected) return std::nullopt;
  const FirmOutcome& outcome = job.outcome;
  ManifestFirm entry;
  entry.firm_id = outcome.firm_id;
  entry.input = outcome.input;
  entry.input_digest = job.input_digest;
  entry.status = outcome.ok() ? "ok" : "failed";
  if (outcome.report)
    entry.findings = FindingCounts{outcome.report->count(rules::FindingSeverity::error),
                                   outcome.report->count(rules::FindingSeverity::warning),
                                   outcome.report->count(rules::FindingSeverity::info)};
  entry.files = outcome.files;
  return entry;
}

Manifest next_manifest(const Manifest* previous, std::vector<ManifestFirm> entries, bool partial,
                       const ManifestOptions& options) {
  Manifest next;
  next.filinggen_version = kVersion;
  next.options = options;
  next.firms = std::move(entries);
  next.sort_firms();
  // A run over some firms only leaves the others' files as they were, so their records
  // stay true; records made with other options do not describe this run's kind of output.
  if (partial && previous && previous->options == options) {
    std::vector<ManifestFirm> kept;
    for (const auto& firm : previous->firms)
      if (!next.find(firm.firm_id)) kept.push_back(firm);
    next.firms.insert(next.firms.end(), kept.begin(), kept.end());
    next.sort_firms();
  }
  return next;
}

}  // namespace filinggen::batch
