// A whole validate, check or generate run: for generate, the last run's manifest read
// and the run's digest made first; each firm prepared by a worker thread, then refused,
// written and reported in input order on the calling thread (which is what makes
// --jobs N print and write exactly what --jobs 1 does); the manifest written last.
#include <algorithm>
#include <filesystem>
#include <set>

#include "batch/input_digest.hpp"
#include "batch/ordered_writer.hpp"
#include "batch/output_folder.hpp"
#include "batch/parallel_runner.hpp"
#include "batch/stop_signal.hpp"
#include "font/font.hpp"

namespace filinggen::batch {
namespace fs = std::filesystem;
namespace {

ManifestOptions manifest_options(const Surroundings& surroundings, const Choices& choices) {
  return {choices.output.formats, choices.output.documents, choices.strict, surroundings.resources.source_date_epoch,
          choices.output.duplex};
}

// The last run's manifest, when there is one and it can be read (else every firm is redone).
std::optional<Manifest> previous_manifest(const std::string& path, const BatchEvents& events) {
  if (!fs::exists(path)) return std::nullopt;
  Diagnostics problems;
  auto manifest = read_manifest(path, problems);
  if (events.notice)
    for (const auto& d : problems.items()) events.notice(d.str() + "本次不沿用上次的結果，全部公司重新產生。");
  return manifest;
}

std::string digest_of_run(const Surroundings& surroundings, const ManifestOptions& options) {
  std::vector<std::string> faces;
  const font::FontSet& fonts = *surroundings.resources.fonts;
  for (std::size_t i = 0; i < fonts.face_count(); ++i) faces.push_back(fonts.face(static_cast<int>(i)).path());
  return run_digest({surroundings.resources.templates_dir, surroundings.fonts_config, faces,
                     surroundings.rules ? surroundings.rules_dir : "", options});
}

void count(BatchTotals& totals, const FirmOutcome& outcome, Mode mode) {
  ++totals.firms;
  if (!outcome.ok()) ++totals.failed;
  else if (mode != Mode::generate) ++totals.valid;
  else if (outcome.up_to_date) ++totals.up_to_date;
  else ++totals.generated;
}

// The manifest of this run, merged under the folder's lock with the manifest as it is
// on disk now (a run that waited for this one, or ran before it, keeps its firms); a run
// that wrote nothing into a folder with no manifest leaves it as it was.
void write_manifest(OutputFolder& folder, const std::string& name, const Manifest* at_start,
                    std::vector<ManifestFirm> entries, bool partial, const ManifestOptions& options,
                    BatchResult& result) {
  const bool wrote_files = std::any_of(entries.begin(), entries.end(), [](const auto& f) { return !f.files.empty(); });
  const std::string path = (fs::path(folder.path()) / name).string();
  if (!wrote_files && !at_start) return;
  std::string error;
  if (!folder.hold(error)) {
    if (!error.empty()) result.manifest_problems.error("output.write", {path, 0, 0}, "", error);
    return;
  }
  std::optional<Manifest> now;
  if (fs::exists(path)) {
    Diagnostics unreadable;  // already reported at the start, or broken by hand since: rewritten
    now = read_manifest(path, unreadable);
  }
  const Manifest next = next_manifest(at_start, now ? &*now : nullptr, std::move(entries), partial, options);
  if (write_atomically_at(folder.fd(), folder.path(), name, manifest_json(next), result.manifest_problems))
    result.manifest = path;
}

}  // namespace

bool Choices::selects(const std::string& firm_id) const {
  if (!firms.empty() && std::find(firms.begin(), firms.end(), firm_id) == firms.end()) return false;
  return shard_count <= 1 || shard_of(firm_id, shard_count) == shard_index;
}

int shard_of(const std::string& firm_id, int count) {
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a 64: simple, fixed, the same on every machine
  for (unsigned char c : firm_id) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return static_cast<int>(hash % static_cast<std::uint64_t>(count)) + 1;
}

BatchResult run_batch(Mode mode, const std::vector<std::string>& inputs, const std::string& out_dir,
                      const Surroundings& surroundings, const Choices& choices, const BatchEvents& events) {
  const bool generating = mode == Mode::generate;
  const ManifestOptions options = manifest_options(surroundings, choices);
  RunContext run{mode, out_dir, surroundings, choices};
  std::optional<Manifest> previous;
  const std::string manifest_path =
      generating ? (fs::path(out_dir) / manifest_name(choices.shard_index, choices.shard_count)).string() : "";
  if (generating) {
    previous = previous_manifest(manifest_path, events);
    run.previous = previous ? &*previous : nullptr;
    run.run_digest = digest_of_run(surroundings, options);
  }
  // Opened and locked when the first file is written (a run that writes nothing leaves
  // the folder as it was); the manifest's leftover temporaries are removed then.
  const std::string manifest_file = manifest_name(choices.shard_index, choices.shard_count);
  OutputFolder folder(out_dir, manifest_file, events.notice);

  BatchResult result;
  std::vector<ManifestFirm> entries;
  std::set<std::string> seen_ids;
  OrderedWriter writer(mode, generating ? &folder : nullptr);
  bool stopped_before_writing = false;
  auto work = [&](std::size_t i) { return prepare_firm(inputs[i], run); };
  auto take = [&](FirmJob&& job) {
    if (!job.selected) return true;
    if (!writer.take(job)) {  // stopped while waiting for another run's lock
      stopped_before_writing = true;
      return false;
    }
    count(result.totals, job.outcome, mode);
    if (!job.outcome.firm_id.empty()) seen_ids.insert(job.outcome.firm_id);
    if (auto entry = manifest_entry(job)) entries.push_back(std::move(*entry));
    if (events.firm) events.firm(job.outcome);
    return !(choices.fail_fast && !job.outcome.ok());
  };
  const std::size_t window = 2 * static_cast<std::size_t>(std::max(1u, choices.jobs));
  result.totals.not_started = run_in_order(inputs.size(), choices.jobs, window, work, take) + stopped_before_writing;
  result.stop_signal = stop_requested();

  // A --firms id no input has is a failure, unless --fail-fast stopped before it.
  for (const auto& id : choices.firms)
    if (result.totals.not_started == 0 && !seen_ids.count(id)) {
      result.missing_firm_ids.push_back(id);
      ++result.totals.failed;
    }
  if (generating) {
    const bool partial = !choices.firms.empty() || result.totals.not_started > 0 || result.stop_signal;
    write_manifest(folder, manifest_file, run.previous, std::move(entries), partial, options, result);
  }
  return result;
}

}  // namespace filinggen::batch
