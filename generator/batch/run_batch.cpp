// A batch: each firm prepared (loaded, checked, rendered in memory) by a worker thread,
// then, in input order on the calling thread, refused if its id is taken, written, and
// reported. Writing and reporting in input order is what makes --jobs N print and write
// exactly what --jobs 1 does.
#include <algorithm>
#include <filesystem>
#include <map>

#include "batch/batch.hpp"
#include "batch/input_digest.hpp"
#include "batch/parallel_runner.hpp"
#include "batch/sha256.hpp"

namespace filinggen::batch {
namespace fs = std::filesystem;
namespace {

bool uses_figures(const model::FirmFile& file) {
  for (const auto& paragraph : file.declaration.statement)
    if (!rules::placeholders(paragraph).empty()) return true;
  return false;
}

// Whether every file the last run recorded for this firm is still there as written.
bool still_as_written(const ManifestFirm& entry, const std::string& out_dir) {
  for (const auto& file : entry.files) {
    const std::string path = (fs::path(out_dir) / file.path).string();
    std::error_code ec;
    if (fs::file_size(path, ec) != file.size || ec) return false;
    if (sha256_of_file(path) != file.sha256) return false;
  }
  return true;
}

bool up_to_date(const FirmOutcome& outcome, const std::string& out_dir, const RunPlan& plan) {
  if (plan.force || !plan.previous) return false;
  const ManifestFirm* entry = plan.previous->find(outcome.firm_id);
  return entry && entry->status == "ok" && entry->input == outcome.input &&
         entry->input_digest == outcome.input_digest && !entry->files.empty() && still_as_written(*entry, out_dir);
}

// The documents and findings.json, unless the last run's files are up to date.
void render_or_keep(const model::FirmFile& file, const std::string& out_dir, const Environment& env,
                    const RunPlan& plan, FirmOutcome& outcome) {
  if (!plan.run_digest.empty()) {
    outcome.input_digest = firm_digest(plan.run_digest, file);
    if (up_to_date(outcome, out_dir, plan)) {
      outcome.up_to_date = true;
      outcome.files = plan.previous->find(outcome.firm_id)->files;
      return;
    }
  }
  render_filings(file, out_dir, env, outcome);
  // After the documents, so a firm whose documents failed gets nothing new at all.
  if (outcome.diagnostics.has_errors()) outcome.rendered.clear();
  else if (outcome.report) render_findings(*outcome.report, out_dir, outcome);
}

// The rules' findings; for generate, findings.json and (unless --strict stops a firm
// with an error finding) the documents.
void check_and_render(const model::FirmFile& file, Mode mode, const std::string& out_dir, const Environment& env,
                      const RunPlan& plan, FirmOutcome& outcome) {
  if (env.rules) {
    Diagnostics problems;
    outcome.report = check_rules(file, env, problems);
    // No rules version for the year: check cannot check, and --strict or a statement
    // written from the figures cannot go on; otherwise the documents are still made.
    if (!outcome.report && (mode == Mode::check || env.strict || uses_figures(file))) {
      for (Diagnostic d : problems.items()) {
        if (mode == Mode::generate && !env.strict) d.message += "聲明內容以 {{…}} 代入依規則計算之數據，須有規則版本才能產生。";
        outcome.diagnostics.add(std::move(d));
      }
      return;
    }
    for (Diagnostic d : problems.items()) {
      d.severity = Severity::warning;
      d.message += "本次未做法規檢查，文件照常產生。";
      outcome.diagnostics.add(std::move(d));
    }
  }
  if (mode != Mode::generate) return;
  if (env.strict && outcome.report && outcome.report->has_errors()) {
    render_findings(*outcome.report, out_dir, outcome);
    outcome.diagnostics.error("rules.strict", {outcome.input, 0, 0}, "",
                              "依 --strict，法規檢查有 " + std::to_string(outcome.report->count(rules::FindingSeverity::error)) +
                                  " 項錯誤，不產生本公司的文件；缺失見 findings.json 或 filinggen check。");
    return;
  }
  render_or_keep(file, out_dir, env, plan, outcome);
}

// A worker's half: everything but writing. Runs on several threads at once; touches
// only its own outcome and what the run shares read-only.
FirmOutcome prepare(const std::string& input, Mode mode, const std::string& out_dir, const Environment& env,
                    const RunPlan& plan) {
  FirmOutcome outcome;
  try {
    auto file = load_checked(input, env, outcome);
    outcome.loaded = file.has_value();
    if (!plan.selects(outcome.loaded ? outcome.firm_id : declared_firm_id(input))) {
      outcome.selected = false;
      return outcome;
    }
    outcome.load_diagnostics = outcome.diagnostics;
    if (file && mode != Mode::validate) check_and_render(*file, mode, out_dir, env, plan, outcome);
    for (auto& r : outcome.rendered) r.sha256 = sha256_hex(r.bytes);
  } catch (const std::exception& e) {
    outcome.rendered.clear();
    outcome.diagnostics.error("generate.failed", {input, 0, 0}, "", std::string("處理本公司時發生內部錯誤：") + e.what());
  } catch (...) {
    outcome.rendered.clear();
    outcome.diagnostics.error("generate.failed", {input, 0, 0}, "", "處理本公司時發生無法辨識的內部錯誤。");
  }
  return outcome;
}

// The calling thread's half, in input order: write what the worker rendered.
void write_rendered(const std::string& out_dir, FirmOutcome& outcome) {
  const std::string folder = (fs::path(out_dir) / outcome.firm_id).string();
  // First of all, before anything is removed or written there: the firm's folder must
  // not be a link that leads out of the output folder.
  if (std::string error; !outcome.rendered.empty() && !stays_inside(out_dir, folder, error)) {
    outcome.diagnostics.error("output.outside", {folder, 0, 0}, "", error);
    outcome.rendered.clear();
    return;
  }
  // A killed earlier run may have left temporary files in this firm's folder (only this
  // firm's run writes there, so none of them is in use).
  if (!outcome.firm_id.empty()) remove_stale_temporaries(folder);
  for (auto& r : outcome.rendered) {
    std::string error;
    if (!write_atomically(r.path, r.bytes, error)) {
      outcome.diagnostics.error("output.write", {r.path, 0, 0}, "", error);
      break;
    }
    outcome.written.push_back(r.path);
    outcome.files.push_back({r.document, r.format, fs::path(r.path).lexically_relative(out_dir).generic_string(),
                             r.sha256, r.bytes.size(), r.pages});
  }
  outcome.rendered.clear();
  outcome.rendered.shrink_to_fit();
}

}  // namespace

bool RunPlan::selects(const std::string& firm_id) const {
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

BatchResult run_batch(const std::vector<std::string>& inputs, Mode mode, const std::string& out_dir,
                      const Environment& env, const RunPlan& plan,
                      const std::function<void(const FirmOutcome&)>& done) {
  std::map<std::string, std::string> folder_owner;  // firm id -> the input that has it
  auto work = [&](std::size_t i) { return prepare(inputs[i], mode, out_dir, env, plan); };
  auto take = [&](FirmOutcome&& outcome) {
    if (!outcome.selected) return true;
    if (outcome.loaded) {
      auto [owner, fresh] = folder_owner.emplace(outcome.firm_id, outcome.input);
      if (!fresh) {
        // As if the firm had stopped after loading: nothing checked, rendered or written.
        outcome.diagnostics = outcome.load_diagnostics;
        outcome.report.reset();
        outcome.rendered.clear();
        outcome.files.clear();
        outcome.up_to_date = false;
        outcome.loaded = false;  // the folder is the first file's: this one is not in the manifest
        outcome.diagnostics.error("firm.id_twice", {outcome.input, 0, 0}, "firm.id",
                                  "公司代號「" + outcome.firm_id + "」已由「" + owner->second +
                                      "」使用；兩個資料檔會寫入同一個資料夾，請改用不同的代號。");
      } else if (mode == Mode::generate) {
        write_rendered(out_dir, outcome);
      }
    }
    done(outcome);
    return !(plan.fail_fast && !outcome.ok());
  };
  BatchResult result;
  result.not_started = run_in_order(inputs.size(), plan.jobs, 2 * static_cast<std::size_t>(std::max(1u, plan.jobs)), work, take);
  return result;
}

}  // namespace filinggen::batch
