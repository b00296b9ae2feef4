#include <map>

#include "batch/batch.hpp"

namespace filinggen::batch {
namespace {

bool uses_figures(const model::FirmFile& file) {
  for (const auto& paragraph : file.declaration.statement)
    if (!rules::placeholders(paragraph).empty()) return true;
  return false;
}

// The rules' findings; for generate, findings.json and (unless --strict stops a firm
// with an error finding) the documents.
void check_and_write(const model::FirmFile& file, Mode mode, const std::string& out_dir, const Environment& env,
                     FirmOutcome& outcome) {
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
    write_findings(*outcome.report, out_dir, outcome);
    outcome.diagnostics.error("rules.strict", {outcome.input, 0, 0}, "",
                              "依 --strict，法規檢查有 " + std::to_string(outcome.report->count(rules::FindingSeverity::error)) +
                                  " 項錯誤，不產生本公司的文件；缺失見 findings.json 或 filinggen check。");
    return;
  }
  write_filings(file, out_dir, env, outcome);
  // After the documents, so a firm whose documents failed gets nothing new at all.
  if (outcome.report && !outcome.diagnostics.has_errors()) write_findings(*outcome.report, out_dir, outcome);
}

}  // namespace

void run_batch(const std::vector<std::string>& inputs, Mode mode, const std::string& out_dir,
               const Environment& env, const std::function<void(const FirmOutcome&)>& done) {
  std::map<std::string, std::string> folder_owner;  // firm id -> the input that has it
  for (const auto& input : inputs) {
    FirmOutcome outcome;
    auto file = load_checked(input, env, outcome);
    if (file) {
      auto [owner, fresh] = folder_owner.emplace(file->firm.id, input);
      if (!fresh)
        outcome.diagnostics.error("firm.id_twice", {input, 0, 0}, "firm.id",
                                  "公司代號「" + file->firm.id + "」已由「" + owner->second +
                                      "」使用；兩個資料檔會寫入同一個資料夾，請改用不同的代號。");
      else if (mode != Mode::validate)
        check_and_write(*file, mode, out_dir, env, outcome);
    }
    done(outcome);
  }
}

}  // namespace filinggen::batch
