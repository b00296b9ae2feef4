// filinggen validate / generate: a batch over the inputs, reported firm by firm in input
// order, with the manifest (generate) and the --json summary.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>
#include <thread>

#include "batch/input_digest.hpp"
#include "cli/batch_command.hpp"
#include "cli/check_command.hpp"
#include "cli/json_summary.hpp"
#include "cli/progress.hpp"

namespace filinggen::cli {
namespace fs = std::filesystem;
namespace {

// The last run's manifest, when there is one and it can be read (else every firm is redone).
std::optional<batch::Manifest> previous_manifest(const std::string& path) {
  if (!fs::exists(path)) return std::nullopt;
  std::string error;
  auto manifest = batch::read_manifest(path, error);
  if (!manifest) std::cerr << "注意：" << error << "本次不沿用上次的結果，全部公司重新產生。\n";
  return manifest;
}

// Human lines for one firm (stdout: what was done; stderr: what went wrong).
void print_firm(const Options& options, const batch::FirmOutcome& outcome) {
  report(outcome.diagnostics);
  const bool talk = !options.quiet && !options.json;
  if (outcome.ok()) {
    if (!talk) return;
    if (options.command == Command::validate) std::cout << "資料正確：" << outcome.input << '\n';
    for (const auto& path : outcome.written) std::cout << "已產生：" << path << '\n';
    if (outcome.up_to_date)
      std::cout << "已是最新，未重寫：" << outcome.firm_id << "（" << outcome.files.size() << " 個檔案與上次產生時相同）\n";
    if (outcome.report) print_findings_line(*outcome.report, std::cout);
  } else {
    if (talk)
      for (const auto& path : outcome.written) std::cout << "已產生：" << path << '\n';  // findings.json
    std::cerr << "失敗：" << outcome.input << "（" << outcome.diagnostics.error_count() << " 項錯誤"
              << (options.command == Command::generate ? "，未產生文件" : "") << "）\n";
  }
}

batch::ManifestOptions manifest_options(const batch::Environment& env) {
  return {env.formats, env.documents, env.strict, env.source_date_epoch};
}

}  // namespace

unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

batch::RunPlan run_plan(const Options& options) {
  batch::RunPlan plan;
  plan.jobs = options.jobs ? options.jobs : default_jobs();
  plan.fail_fast = options.fail_fast;
  plan.force = options.force;
  plan.firms = options.firms;
  plan.shard_index = options.shard_index;
  plan.shard_count = options.shard_count;
  return plan;
}

int run_batch_command(const Options& options, const std::vector<std::string>& inputs, const batch::Environment& env) {
  const bool generating = options.command == Command::generate;
  batch::RunPlan plan = run_plan(options);
  const std::string manifest_path =
      generating ? (fs::path(options.out_dir) / batch::manifest_name(options.shard_index, options.shard_count)).string()
                 : "";
  std::optional<batch::Manifest> previous;
  if (generating) {
    previous = previous_manifest(manifest_path);
    plan.previous = previous ? &*previous : nullptr;
    std::vector<std::string> faces;
    for (std::size_t i = 0; i < env.fonts->face_count(); ++i) faces.push_back(env.fonts->face(static_cast<int>(i)).path());
    plan.run_digest = batch::run_digest({env.templates_dir, options.fonts_config, faces,
                                         env.rules ? options.rules_dir : "", manifest_options(env)});
    batch::remove_stale_temporaries(options.out_dir, fs::path(manifest_path).filename().string());
  }

  JsonSummary summary(generating ? "generate" : "validate");
  SummaryTotals totals;
  std::vector<batch::ManifestFirm> entries;
  std::set<std::string> seen_ids;
  ProgressBar bar(inputs.size(), !options.quiet);
  const batch::BatchResult result = batch::run_batch(
      inputs, generating ? batch::Mode::generate : batch::Mode::validate, options.out_dir, env, plan,
      [&](const batch::FirmOutcome& outcome) {
        bar.clear();
        print_firm(options, outcome);
        bar.advance();
        ++totals.firms;
        if (!outcome.ok()) ++totals.failed;
        else if (!generating) ++totals.valid;
        else if (outcome.up_to_date) ++totals.up_to_date;
        else ++totals.generated;
        if (!outcome.firm_id.empty()) seen_ids.insert(outcome.firm_id);
        if (options.json) summary.add(outcome);
        if (auto entry = batch::manifest_entry(outcome)) entries.push_back(std::move(*entry));
      });
  bar.clear();
  totals.not_started = result.not_started;
  if (result.not_started > 0)
    std::cerr << "依 --fail-fast，於第一家失敗的公司後停止；其後 " << result.not_started
              << " 個資料檔未處理，也未寫出任何檔案。\n";
  for (const auto& id : options.firms)
    if (result.not_started == 0 && !seen_ids.count(id)) {
      std::cerr << "找不到公司代號「" << id << "」：所給的資料檔中沒有這家公司（--firms）。\n";
      summary.add_missing_firm(id);
      ++totals.failed;
    }

  bool manifest_written = true;
  std::string manifest_reported;  // for --json: the manifest written, if any
  if (generating) {
    const bool partial = !options.firms.empty() || result.not_started > 0;
    const batch::Manifest next =
        batch::next_manifest(plan.previous, std::move(entries), partial, manifest_options(env));
    // A run that wrote nothing into a folder with no manifest leaves the folder as it was.
    const bool wrote_files = std::any_of(next.firms.begin(), next.firms.end(), [](const auto& f) { return !f.files.empty(); });
    if (wrote_files || previous) {
      std::string error;
      manifest_written = batch::write_atomically(manifest_path, batch::manifest_json(next), error);
      if (!manifest_written) std::cerr << manifest_path << ": " << error << "（清單檔未更新）\n";
      else manifest_reported = manifest_path;
    }
  }

  const std::size_t good = totals.generated + totals.up_to_date + totals.valid;
  int code = kAllGood;
  if (totals.failed > 0 || result.not_started > 0 || !manifest_written)
    code = (options.command == Command::validate || good == 0) ? kNothingDone : kSomeFailed;
  if (options.json) {
    std::cout << summary.text(totals, options.out_dir, manifest_reported, code);
  } else if (!options.quiet) {
    std::cout << "共 " << totals.firms << " 家公司：" << good << " 家完成";
    if (totals.up_to_date > 0) std::cout << "（其中 " << totals.up_to_date << " 家已是最新，未重寫）";
    std::cout << "，" << totals.failed << " 家失敗";
    if (result.not_started > 0) std::cout << "，" << result.not_started << " 個資料檔未處理";
    std::cout << "。\n";
  }
  return code;
}

}  // namespace filinggen::cli
