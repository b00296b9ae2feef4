#include "batch/ordered_writer.hpp"

#include <filesystem>

#include "batch/output_folder.hpp"

namespace filinggen::batch {
namespace fs = std::filesystem;

bool OrderedWriter::take(FirmJob& job) {
  if (!job.loaded) return true;
  auto [owner, fresh] = folder_owner_.emplace(job.outcome.firm_id, job.outcome.input);
  if (!fresh) refuse_taken_id(job, owner->second);
  else if (mode_ == Mode::generate) return write(job);
  return true;
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

// The firm's files go through one descriptor of its folder, opened without following a
// link: a folder swapped for a link after the check below still cannot redirect them.
bool OrderedWriter::write(FirmJob& job) {
  FirmOutcome& outcome = job.outcome;
  if (job.rendered.empty()) return true;
  const std::string& root = folder_->path();
  const std::string folder = (fs::path(root) / outcome.firm_id).string();
  auto refuse = [&](bool outside, const std::string& at, const std::string& error) {
    if (outside) outcome.diagnostics.error("output.outside", {at, 0, 0}, "", error);
    else outcome.diagnostics.error("output.write", {at, 0, 0}, "", error);
    job.rendered.clear();
    return true;
  };
  std::string error;
  if (!folder_->hold(error)) {
    if (error.empty()) {  // stopped while another run held the folder
      job.rendered.clear();
      return false;
    }
    return refuse(false, folder, error);
  }
  // First of all, before anything is removed or written there: the firm's folder must
  // not be a link (this check says where it leads; the descriptor is what holds).
  if (!stays_inside(root, folder, error)) return refuse(true, folder, error);
  bool linked = false;
  const Descriptor firm_folder = folder_->open_firm_folder(outcome.firm_id, error, linked);
  if (!firm_folder) return refuse(linked, folder, error);
  // A killed earlier run may have left temporary files in this firm's folder (only this
  // firm's run writes there, under the lock, so none of them is in use).
  remove_stale_temporaries(firm_folder.get());
  for (auto& r : job.rendered) {
    if (!write_atomically_at(firm_folder.get(), folder, fs::path(r.path).filename().string(), r.bytes,
                             outcome.diagnostics))
      break;
    outcome.written.push_back(r.path);
    outcome.files.push_back({r.document, r.format, fs::path(r.path).lexically_relative(root).generic_string(),
                             r.sha256, r.bytes.size(), r.pages});
  }
  job.rendered.clear();
  job.rendered.shrink_to_fit();
  return true;
}

}  // namespace filinggen::batch
