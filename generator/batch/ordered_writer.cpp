#include "batch/ordered_writer.hpp"

#include <filesystem>

#include "batch/output_folder.hpp"

namespace filinggen::batch {
namespace fs = std::filesystem;

void OrderedWriter::take(FirmJob& job) {
  if (!job.loaded) return;
  auto [owner, fresh] = folder_owner_.emplace(job.outcome.firm_id, job.outcome.input);
  if (!fresh) refuse_taken_id(job, owner->second);
  else if (mode_ == Mode::generate) write(job);
}

// As if the firm had stopped after loading: nothing checked, rendered or written, and
// not in the manifest (the folder is the first file's).
void OrderedWriter::refuse_taken_id(FirmJob& job, const std::string& owner) {
  FirmOutcome& outcome = job.outcome;
  outcome.diagnostics = job.load_diagnostics;
  outcome.report.reset();
  outcome.files.clear();
  outcome.up_to_date = false;
  job.rendered.clear();
  job.loaded = false;
  outcome.diagnostics.error("firm.id_twice", {outcome.input, 0, 0}, "firm.id",
                            "公司代號「" + outcome.firm_id + "」已由「" + owner +
                                "」使用；兩個資料檔會寫入同一個資料夾，請改用不同的代號。");
}

void OrderedWriter::write(FirmJob& job) {
  FirmOutcome& outcome = job.outcome;
  const std::string folder = (fs::path(out_dir_) / outcome.firm_id).string();
  // First of all, before anything is removed or written there: the firm's folder must
  // not be a link that leads out of the output folder.
  if (std::string error; !job.rendered.empty() && !stays_inside(out_dir_, folder, error)) {
    outcome.diagnostics.error("output.outside", {folder, 0, 0}, "", error);
    job.rendered.clear();
    return;
  }
  // A killed earlier run may have left temporary files in this firm's folder (only this
  // firm's run writes there, so none of them is in use).
  remove_stale_temporaries(folder);
  for (auto& r : job.rendered) {
    if (!write_atomically(r.path, r.bytes, outcome.diagnostics)) break;
    outcome.written.push_back(r.path);
    outcome.files.push_back({r.document, r.format, fs::path(r.path).lexically_relative(out_dir_).generic_string(),
                             r.sha256, r.bytes.size(), r.pages});
  }
  job.rendered.clear();
  job.rendered.shrink_to_fit();
}

}  // namespace filinggen::batch
