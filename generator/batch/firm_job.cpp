// One firm's job: load -> check the rules -> (generate) the filings stage renders its
// files in memory, or the last run's files are kept when its inputs have not changed.
// Any failure stops this firm only.
#include "batch/firm_job.hpp"

#include <filesystem>

#include "batch/input_digest.hpp"
#include "batch/sha256.hpp"
#include "intake/firm_workbook.hpp"
#include "model/load.hpp"

namespace filinggen::batch {
namespace fs = std::filesystem;
namespace {

std::optional<model::FirmFile> load_checked(const std::string& input, const Surroundings& surroundings,
                                            FirmOutcome& outcome) {
  model::LoadResult loaded = intake::load_firm_data(input, {surroundings.standard_dir});
  outcome.diagnostics.append(loaded.diagnostics);
  if (!loaded.firm) return std::nullopt;
  outcome.firm_id = loaded.firm->firm.id;
  if (surroundings.resources.fonts)
    filings::check_font_coverage(*loaded.firm, *surroundings.resources.fonts, outcome.diagnostics);
  if (outcome.diagnostics.has_errors()) return std::nullopt;
  return std::move(loaded.firm);
}

std::string firm_path(const RunContext& run, const std::string& firm_id, const std::string& name) {
  return (fs::path(run.out_dir) / firm_id / name).string();
}

// DIR/<firm-id>/findings.json (the JSON of docs/rules.md).
void add_findings_file(const rules::FirmReport& report, const RunContext& run, FirmJob& job) {
  job.rendered.push_back(
      {firm_path(run, report.firm_id, "findings.json"), "findings", "json", rules::findings_json({report}, {}), 0, ""});
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

const ManifestFirm* up_to_date_entry(const FirmJob& job, const RunContext& run) {
  if (run.choices.force || !run.previous) return nullptr;
  const ManifestFirm* entry = run.previous->find(job.outcome.firm_id);
  const bool same = entry && entry->status == "ok" && entry->input == job.outcome.input &&
                    entry->input_digest == job.input_digest && !entry->files.empty() &&
                    still_as_written(*entry, run.out_dir);
  return same ? entry : nullptr;
}

// The documents and findings.json, unless the last run's files are up to date.
void render_or_keep(const model::FirmFile& file, const RunContext& run, FirmJob& job) {
  FirmOutcome& outcome = job.outcome;
  if (!run.run_digest.empty()) {
    job.input_digest = firm_digest(run.run_digest, file);
    if (const ManifestFirm* entry = up_to_date_entry(job, run)) {
      outcome.up_to_date = true;
      outcome.files = entry->files;
      return;
    }
  }
  const rules::FirmReport* report = outcome.report ? &*outcome.report : nullptr;
  auto files = filings::render_firm(file, report, run.surroundings.resources, run.choices.output, outcome.diagnostics);
  // A firm whose documents failed gets nothing new at all, not even its findings.
  if (!files || outcome.diagnostics.has_errors()) return;
  for (auto& f : *files)
    job.rendered.push_back({firm_path(run, file.firm.id, f.name), f.document, f.format, std::move(f.bytes), f.pages, ""});
  if (outcome.report) add_findings_file(*outcome.report, run, job);
}

// The rules' findings; false when the firm cannot go on without them.
bool check(const model::FirmFile& file, const RunContext& run, FirmOutcome& outcome) {
  if (!run.surroundings.rules) return true;
  Diagnostics problems;
  outcome.report = rules::check_in_force(file, *run.surroundings.rules, problems);
  // No rules version for the year: check cannot check, and --strict or a statement
  // written from the figures cannot go on; otherwise the documents are still made.
  if (!outcome.report && (run.mode == Mode::check || run.choices.strict || rules::uses_figures(file))) {
    for (Diagnostic d : problems.items()) {
      if (run.mode == Mode::generate && !run.choices.strict)
        d.message += "聲明內容以 {{…}} 代入依規則計算之數據，須有規則版本才能產生。";
      outcome.diagnostics.add(std::move(d));
    }
    return false;
  }
  for (Diagnostic d : problems.items()) {
    d.severity = Severity::warning;
    d.message += "本次未做法規檢查，文件照常產生。";
    outcome.diagnostics.add(std::move(d));
  }
  return true;
}

// For generate: findings.json and (unless --strict stops a firm with an error finding)
// the documents.
void check_and_render(const model::FirmFile& file, const RunContext& run, FirmJob& job) {
  FirmOutcome& outcome = job.outcome;
  if (!check(file, run, outcome) || run.mode != Mode::generate) return;
  if (run.choices.strict && outcome.report && outcome.report->has_errors()) {
    add_findings_file(*outcome.report, run, job);
    outcome.diagnostics.error("rules.strict", {outcome.input, 0, 0}, "",
                              "依 --strict，法規檢查有 " + std::to_string(outcome.report->count(rules::FindingSeverity::error)) +
                                  " 項錯誤，不產生本公司的文件；缺失見 findings.json 或 filinggen check。");
    return;
  }
  render_or_keep(file, run, job);
}

void fail(FirmJob& job, const std::string& input, const std::string& message) {
  job.rendered.clear();
  job.outcome.diagnostics.error("generate.failed", {input, 0, 0}, "", message);
}

}  // namespace

FirmJob prepare_firm(const std::string& input, const RunContext& run) {
  FirmJob job;
  job.outcome.input = input;
  try {
    auto file = load_checked(input, run.surroundings, job.outcome);
    job.loaded = file.has_value();
    if (!run.choices.selects(job.loaded ? job.outcome.firm_id : intake::declared_firm_id(input))) {
      job.selected = false;
      return job;
    }
    job.load_diagnostics = job.outcome.diagnostics;
    if (file && run.mode != Mode::validate) check_and_render(*file, run, job);
    for (auto& r : job.rendered) r.sha256 = sha256_hex(r.bytes);
  } catch (const std::exception& e) {
    fail(job, input, std::string("處理本公司時發生內部錯誤：") + e.what());
  } catch (...) {
    fail(job, input, "處理本公司時發生無法辨識的內部錯誤。");
  }
  return job;
}

}  // namespace filinggen::batch
