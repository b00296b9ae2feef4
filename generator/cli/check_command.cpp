#include "cli/check_command.hpp"
#include "cli/interruption.hpp"

#include <iostream>
#include <sstream>

#include "base/terminal_text.hpp"

#include "cli/commands.hpp"
#include "text/text.hpp"

namespace filinggen::cli {
namespace {

constexpr int kNoErrors = 0, kErrorFindings = 1, kInvalidInput = 2;

std::string counts(const rules::FirmReport& r) {
  return "錯誤 " + std::to_string(r.count(rules::FindingSeverity::error)) + " 項、警告 " +
         std::to_string(r.count(rules::FindingSeverity::warning)) + " 項、提示 " +
         std::to_string(r.count(rules::FindingSeverity::info)) + " 項";
}

void print_figures(const rules::FirmReport& r, std::ostream& out) {
  const rules::Figures& f = r.figures;
  const rules::FigureTexts words = rules::figure_texts(r);
  const std::string head = f.dedicated_unit ? "專責主管" : "資訊安全主管";
  const std::string staff = f.dedicated_unit ? "專責人員" : "資訊安全人員";
  out << "  依據：" << r.standard << " " << r.version << " 版（民國" << text::roc_date_short(r.effective)
      << "生效），檢查民國" << text::roc_year(f.fiscal_year_end) << "年度資料\n"
      << "  人力：" << (f.allocated_capital ? "指撥營運資金" : "實收資本額") << f.capital_text << "，屬「" << f.tier
      << "」級距；";
  if (f.required_heads > 0 || f.heads > 0)
    out << head << "應有 " << f.required_heads << " 名、現有 " << f.heads << " 名，";
  out << staff << "應有 " << f.required_staff << " 名、現有 " << f.staff << " 名\n";
  if (f.security_unit)
    out << "  單位：" << f.security_unit->name << "（" << (f.security_unit->dedicated ? "專責單位" : "非專責單位")
        << (f.security_unit->reports_to.empty() ? "" : "，由" + f.security_unit->reports_to + "督導") << "）\n";
  out
      << "  訓練：負責資訊安全者 " << f.security_people << " 人中 " << f.security_trained << " 人達 "
      << *rules::find_figure(words, "security_hours") << " 小時並通過評量；其他從業人員 " << f.other_people << " 人中 "
      << f.other_trained << " 人達 " << *rules::find_figure(words, "other_hours") << " 小時\n"
      << "  揭露：期限 " << text::roc_date_short(f.disclosure_deadline) << "，揭露日 "
      << text::roc_date_short(f.disclosure_date) << "\n";
}

void print_finding(const rules::Finding& f, std::ostream& out) {
  out << "  " << rules::severity_label(f.severity) << "  " << f.pos.str() << ": " << f.field << "  [" << f.control << " " << f.rule << "]\n"
      << "        " << f.message << '\n';
}

void print_report_text(const rules::FirmReport& r, std::ostream& out);

// Names, paths and messages come from data: the whole report is made printable at once.
void print_report(const rules::FirmReport& r, std::ostream& terminal) {
  std::ostringstream out;
  print_report_text(r, out);
  terminal << printable(out.str());
}

void print_report_text(const rules::FirmReport& r, std::ostream& out) {
  out << r.firm_name << "（" << r.firm_id << "）  " << r.input << '\n';
  print_figures(r, out);
  if (r.findings.empty()) {
    out << "  結果：未發現缺失。\n\n";
    return;
  }
  out << "  結果：" << counts(r) << "\n";
  for (const auto& f : r.findings) print_finding(f, out);
  out << '\n';
}

}  // namespace

std::optional<rules::RuleLibrary> load_rules(const Options& options, Diagnostics& diagnostics) {
  rules::RuleLibrary library = rules::load_rule_library(options.rules_dir, diagnostics);
  if (library.versions.empty() || diagnostics.has_errors()) return std::nullopt;
  return library;
}

int run_check(const std::vector<std::string>& inputs, const batch::Surroundings& surroundings,
              const batch::Choices& choices, bool json) {
  std::vector<rules::FirmReport> reports;
  std::vector<rules::UncheckedInput> invalid;
  batch::BatchEvents events;
  events.firm = [&](const batch::FirmOutcome& outcome) {
    if (outcome.report && outcome.ok()) {
      if (!json) print_report(*outcome.report, std::cout);
      reports.push_back(*outcome.report);
    } else {
      report(outcome.diagnostics);
      std::cerr << "無法檢查：" << printable(outcome.input) << "（資料有 " << outcome.diagnostics.error_count() << " 項錯誤）\n";
      invalid.push_back({outcome.input, outcome.diagnostics});
    }
    flush_or_stop();
  };
  const batch::BatchResult result = batch::run_batch(batch::Mode::check, inputs, "", surroundings, choices, events);
  const std::size_t not_started = result.totals.not_started;
  if (result.stop_signal) report_interruption(result, false);
  else if (not_started > 0)
    std::cerr << "依 --fail-fast，於第一個無法檢查的資料檔後停止；其後 " << not_started << " 個資料檔未檢查。\n";
  std::size_t with_errors = 0, with_findings = 0;
  for (const auto& r : reports) {
    with_errors += r.has_errors();
    with_findings += !r.findings.empty();
  }
  if (json) {
    std::cout << rules::findings_json(reports, invalid);
  } else {
    std::cout << "共 " << reports.size() + invalid.size() << " 家公司：" << reports.size() - with_findings << " 家未發現缺失，"
              << with_findings << " 家有缺失（其中 " << with_errors << " 家有錯誤）";
    if (!invalid.empty()) std::cout << "，" << invalid.size() << " 家資料有誤無法檢查";
    std::cout << "。\n";
  }
  if (result.stop_signal) return interrupted_exit_code(result.stop_signal);
  if (!invalid.empty() || not_started > 0) return kInvalidInput;
  return with_errors > 0 ? kErrorFindings : kNoErrors;
}

void print_findings_line(const rules::FirmReport& report, std::ostream& out) {
  out << "法規檢查：" << printable(report.firm_id) << "（依 " << report.version << " 版）"
      << (report.findings.empty() ? "未發現缺失" : counts(report)) << '\n';
}

}  // namespace filinggen::cli
