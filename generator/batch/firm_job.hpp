#pragma once
// Private to batch: one firm's job, the half a worker thread does (load, check, render
// in memory), and what the calling thread needs to write and record it afterwards.
#include <optional>
#include <string>
#include <vector>

#include "batch/batch.hpp"

namespace filinggen::batch {

// A file of a firm rendered by a worker, written later in input order.
struct RenderedFile {
  std::string path;  // out_dir/<firm-id>/<name>
  std::string document, format;
  std::string bytes;
  int pages = 0;
  std::string sha256;  // of `bytes`, computed by the worker
};

struct FirmJob {
  FirmOutcome outcome;
  bool selected = true;                // false: left out by --firms or --shard
  bool loaded = false;                 // the data loaded and is valid (and its id was not refused)
  Diagnostics load_diagnostics;        // the diagnostics as they were after loading
  std::vector<RenderedFile> rendered;  // to be written, then released
  std::string input_digest;            // input_digest.hpp; empty when not generating
};

// What every firm's job of one run shares, read-only.
struct RunContext {
  Mode mode;
  std::string out_dir;
  const Surroundings& surroundings;
  const Choices& choices;
  const Manifest* previous = nullptr;  // the last run's manifest in out_dir, for up-to-date firms
  std::string run_digest = {};         // input_digest.hpp; empty: no digests, nothing up to date
};

// Everything but writing; safe on several threads at once. Never throws: an internal
// failure is the firm's error.
FirmJob prepare_firm(const std::string& input, const RunContext& run);

// What the manifest says of a delivered firm (none for an input that did not load).
std::optional<ManifestFirm> manifest_entry(const FirmJob& job);

// The manifest after a run: this run's firms; of the manifest on disk now (read under
// the folder's lock, only when made with the same options), the firms this run did not
// handle when it covered only some (--firms, --fail-fast, a stop), and in any case the
// firms another run recorded since `at_start` (the manifest as this run found it).
Manifest next_manifest(const Manifest* at_start, const Manifest* on_disk, std::vector<ManifestFirm> entries,
                       bool partial, const ManifestOptions& options);

}  // namespace filinggen::batch
