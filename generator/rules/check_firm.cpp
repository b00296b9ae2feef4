// A firm checked against one version of the rules: every area in turn, then the
// self-assessment against what the others found.
#include <algorithm>

#include "rules/checks.hpp"
#include "rules/rule_ids.hpp"
#include "rules/rules.hpp"
#include "text/text.hpp"

namespace filinggen::rules {

CivilDate rules_day(const model::FirmFile& file) {
  return file.firm.fiscal_year_end.in_year(file.declaration.year);
}

namespace {

// A {{name}} in a declaration paragraph that names no figure would print as written.
void check_statement_figures(const model::FirmFile& file, const DeclarationRule& rule, const FigureTexts& texts,
                             FindingList& findings) {
  const auto& statement = file.declaration.statement;
  for (std::size_t i = 0; i < statement.size(); ++i)
    for (const auto& name : placeholders(statement[i])) {
      if (find_figure(texts, name)) continue;
      const std::string field = "declaration.statement[" + std::to_string(i) + "]";
      if (is_unit_text(name))
        findings.add(FindingSeverity::error, rule.control, rule_id::kStatementFigure, field,
                     "聲明內容中的「{{" + name + "}}」代入資訊安全單位之" + (name == "security_unit" ? "名稱" : "督導者") +
                         "，但資料中未載明，將照原樣印出；請在公司資料寫明資訊安全單位。");
      else
        findings.add(FindingSeverity::error, rule.control, rule_id::kStatementFigure, field,
                     "聲明內容中的「{{" + name + "}}」不是可代入的數據名稱，將照原樣印出；可用的名稱見 docs/templates.md。");
    }
}

}  // namespace

FirmReport check_firm(const model::FirmFile& file, const RuleSet& rules) {
  FirmReport report;
  report.input = file.path;
  report.firm_id = file.firm.id;
  report.firm_name = file.firm.name;
  report.year = file.declaration.year;
  report.standard = rules.standard;
  report.version = rules.version;
  report.effective = rules.effective;
  FindingList findings(file);
  check_staffing(file, rules.staffing, report.figures, findings);
  check_training(file, rules.training, report.figures, findings);
  check_declaration(file, rules.declaration, report.figures, findings);
  check_self_assessment(file, rules, findings);
  check_statement_figures(file, rules.declaration, figure_texts(report), findings);
  report.findings = findings.take();
  // Errors first, then warnings, then notes; within each, in the order of the regulation.
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
  return report;
}

namespace {

// The fiscal year whose end was the last before `day`: the year a declaration dated
// `day` would state on.
int year_just_ended(const MonthDay& year_end, const CivilDate& day) {
  int year = day.year;
  while (year_end.in_year(year) >= day) --year;
  return year;
}

std::string roc_year_label(const CivilDate& year_end) { return "民國" + std::to_string(text::roc_year(year_end)) + "年度"; }

// No version for the firm's year: which versions there are, and what to do, the year
// first, since a wrong year is the likelier cause than a missing rules file.
std::string not_in_force_message(const model::FirmFile& file, const RuleLibrary& library, const CivilDate& day) {
  std::string versions;
  for (const auto& v : library.versions)
    versions += (versions.empty() ? "" : "、") + v.version + " 版（" + text::roc_date_short(v.effective) + "生效）";
  std::string message = "聲明年度為" + roc_year_label(day) + "，其會計年度終了日" + text::roc_date_short(day) +
                        "時尚無生效之規則版本可供檢查；現有規則版本：" + (versions.empty() ? "無" : versions) + "。";
  const CivilDate date = file.declaration.date;
  const int implied = date.year > 0 ? year_just_ended(file.firm.fiscal_year_end, date) : file.declaration.year;
  if (implied != file.declaration.year)
    message += "請先確認聲明年度：聲明書日期為" + text::roc_date_short(date) + "，其前剛終了之會計年度為" +
               roc_year_label(file.firm.fiscal_year_end.in_year(implied)) + "，聲明年度可能誤填。";
  else
    message += "請先確認聲明年度是否正確。";
  return message + "若年度無誤，請將該年度當時有效之規則檔放入規則資料夾（或以 --rules 指定其資料夾）後再檢查。";
}

}  // namespace

std::optional<FirmReport> check_in_force(const model::FirmFile& file, const RuleLibrary& library,
                                         Diagnostics& diagnostics) {
  const CivilDate day = rules_day(file);
  const RuleSet* in_force = library.in_force(day);
  if (!in_force) {
    diagnostics.error("rules.not_in_force", file.position("declaration.year"), "declaration.year",
                      not_in_force_message(file, library, day));
    return std::nullopt;
  }
  return check_firm(file, *in_force);
}

bool uses_figures(const model::FirmFile& file) {
  const FigureTexts unit = unit_texts(file.firm.security_unit);
  for (const auto& paragraph : file.declaration.statement)
    for (const auto& name : placeholders(paragraph))
      if (!is_unit_text(name) || !find_figure(unit, name)) return true;  // a unit the data lacks needs the check to say so
  return false;
}

}  // namespace filinggen::rules
