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

namespace {

bool recorded_alike(const Manifest* manifest, const ManifestFirm& firm) {
  const ManifestFirm* same = manifest ? manifest->find(firm.firm_id) : nullptr;
  return same && *same == firm;
}

}  // namespace

Manifest next_manifest(const Manifest* at_start, const Manifest* on_disk, std::vector<ManifestFirm> entries,
                       bool partial, const ManifestOptions& options) {
  Manifest next;
  next.filinggen_version = kVersion;
  next.options = options;
  next.firms = std::move(entries);
  next.sort_firms();
  // Records made with other options do not describe this run's kind of output.
  if (!on_disk || on_disk->options != options) return next;
  // A run over some firms only leaves the others' files as they were, so their records
  // stay true. A firm another run recorded while this one ran (not as this run found
  // it at its start) is kept whatever this run covered: its files are there.
  std::vector<ManifestFirm> kept;
  for (const auto& firm : on_disk->firms)
    if (!next.find(firm.firm_id) && (partial || !recorded_alike(at_start, firm))) kept.push_back(firm);
  next.firms.insert(next.firms.end(), kept.begin(), kept.end());
  next.sort_firms();
  return next;
}

}  // namespace filinggen::batch
