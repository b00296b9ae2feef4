// filinggen validate / generate: the batch run, reported firm by firm in input order,
// the totals, and the --json summary.
#include <algorithm>
#include <iostream>
#include <thread>

#include "base/terminal_text.hpp"
#include "cli/batch_command.hpp"
#include "cli/check_command.hpp"
#include "cli/interruption.hpp"
#include "cli/json_summary.hpp"
#include "cli/progress.hpp"

namespace filinggen::cli {
namespace {

// Human lines for one firm (stdout: what was done; stderr: what went wrong).
void print_firm(const Options& options, const batch::FirmOutcome& outcome) {
  report(outcome.diagnostics);
  const bool talk = !options.quiet && !options.json;
  if (outcome.ok()) {
    if (!talk) return;
    if (options.command == Command::validate) std::cout << "資料正確：" << printable(outcome.input) << '\n';
    for (const auto& path : outcome.written) std::cout << "已產生：" << printable(path) << '\n';
    if (outcome.up_to_date)
      std::cout << "已是最新，未重寫：" << printable(outcome.firm_id) << "（" << outcome.files.size() << " 個檔案與上次產生時相同）\n";
    if (outcome.report) print_findings_line(*outcome.report, std::cout);
  } else {
    if (talk)
      for (const auto& path : outcome.written) std::cout << "已產生：" << printable(path) << '\n';  // findings.json
    std::cerr << "失敗：" << printable(outcome.input) << "（" << outcome.diagnostics.error_count() << " 項錯誤"
              << (options.command == Command::generate ? "，未產生文件" : "") << "）\n";
  }
}

void print_totals(const batch::BatchTotals& totals) {
  const std::size_t good = totals.generated + totals.up_to_date + totals.valid;
  std::cout << "共 " << totals.firms << " 家公司：" << good << " 家完成";
  if (totals.up_to_date > 0) std::cout << "（其中 " << totals.up_to_date << " 家已是最新，未重寫）";
  std::cout << "，" << totals.failed << " 家失敗";
  if (totals.not_started > 0) std::cout << "，" << totals.not_started << " 個資料檔未處理";
  std::cout << "。\n";
}

int exit_code(const Options& options, const batch::BatchResult& result) {
  const batch::BatchTotals& t = result.totals;
  const std::size_t good = t.generated + t.up_to_date + t.valid;
  if (t.failed == 0 && t.not_started == 0 && !result.manifest_problems.has_errors()) return kAllGood;
  return (options.command == Command::validate || good == 0) ? kNothingDone : kSomeFailed;
}

}  // namespace

batch::Choices batch_choices(const Options& options) {
  batch::Choices choices;
  choices.output = {options.documents, options.formats, options.duplex};
  choices.strict = options.strict;
  choices.jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  choices.fail_fast = options.fail_fast;
  choices.force = options.force;
  choices.firms = options.firms;
  choices.shard_index = options.shard_index;
  choices.shard_count = options.shard_count;
  return choices;
}

int run_batch_command(const Options& options, const std::vector<std::string>& inputs,
                      const batch::Surroundings& surroundings, const batch::Choices& choices) {
  const bool generating = options.command == Command::generate;
  JsonSummary summary(generating ? "generate" : "validate");
  ProgressBar bar(inputs.size(), !options.quiet);
  batch::BatchEvents events;
  events.notice = [&](const std::string& text) {
    bar.clear();
    std::cerr << "注意：" << printable(text) << '\n';
  };
  events.firm = [&](const batch::FirmOutcome& outcome) {
    bar.clear();
    print_firm(options, outcome);
    bar.advance();
    if (options.json) summary.add(outcome);
    flush_or_stop();
  };
  const batch::BatchResult result =
      batch::run_batch(generating ? batch::Mode::generate : batch::Mode::validate, inputs, options.out_dir,
                       surroundings, choices, events);
  bar.clear();
  if (result.stop_signal) report_interruption(result, generating);
  else if (result.totals.not_started > 0)
    std::cerr << "依 --fail-fast，於第一家失敗的公司後停止；其後 " << result.totals.not_started
              << " 個資料檔未處理，也未寫出任何檔案。\n";
  for (const auto& id : result.missing_firm_ids) {
    std::cerr << "找不到公司代號「" << printable(id) << "」：所給的資料檔中沒有這家公司（--firms）。\n";
    summary.add_missing_firm(id);
  }
  if (result.manifest_problems.has_errors()) {
    report(result.manifest_problems);
    std::cerr << "清單檔未更新。\n";
  }

  const int code = result.stop_signal ? interrupted_exit_code(result.stop_signal) : exit_code(options, result);
  if (options.json) std::cout << summary.text(result.totals, options.out_dir, result.manifest, code);
  else if (!options.quiet) print_totals(result.totals);
  return code;
}

}  // namespace filinggen::cli
