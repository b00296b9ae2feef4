// A firm checked against one version of the rules: every area in turn, then the
// self-assessment against what the others found.
#include <algorithm>

#include "rules/checks.hpp"
#include "rules/rule_ids.hpp"
#include "rules/rules.hpp"

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
    for (const auto& name : placeholders(statement[i]))
      if (!find_figure(texts, name))
        findings.add(FindingSeverity::error, rule.control, rule_id::kStatementFigure,
                     "declaration.statement[" + std::to_string(i) + "]",
                     "聲明內容中的「{{" + name + "}}」不是可代入的數據名稱，將照原樣印出；可用的名稱見 docs/templates.md。");
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

std::optional<FirmReport> check_in_force(const model::FirmFile& file, const RuleLibrary& library,
                                         Diagnostics& diagnostics) {
  const CivilDate day = rules_day(file);
  const RuleSet* in_force = library.in_force(day);
  if (!in_force) {
    diagnostics.error("rules.not_in_force", file.position("declaration.year"), "declaration.year",
                      "會計年度終了日（" + day.iso() + "）時尚無生效的規則版本可供檢查；" +
                          "請在規則資料夾加入當時有效的 rules-*.yaml，或確認聲明年度。");
    return std::nullopt;
  }
  return check_firm(file, *in_force);
}

bool uses_figures(const model::FirmFile& file) {
  for (const auto& paragraph : file.declaration.statement)
    if (!placeholders(paragraph).empty()) return true;
  return false;
}

}  // namespace filinggen::rules
