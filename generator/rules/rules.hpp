#pragma once
// The rules stage's surface: a firm's data checked against the regulation's rules in
// force for the year it files for, as findings and computed figures.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/firm.hpp"
#include "rules/finding.hpp"
#include "rules/rule_set.hpp"

namespace filinggen::rules {

// The day that picks a firm's rules version: the last day of the fiscal year covered.
CivilDate rules_day(const model::FirmFile& file);

// The last day to disclose the declaration of a fiscal year ending `fiscal_year_end`.
CivilDate disclosure_deadline(const CivilDate& fiscal_year_end, int months);

// Checks `file` against `rules` (the version in force on rules_day(file)).
FirmReport check_firm(const model::FirmFile& file, const RuleSet& rules);
// The same against the version of `library` in force on rules_day(file); nothing, with
// the reason in `diagnostics`, when no version was in force then.
std::optional<FirmReport> check_in_force(const model::FirmFile& file, const RuleLibrary& library,
                                         Diagnostics& diagnostics);
// Whether the declaration's statement is written from the computed figures ({{name}}),
// so that it cannot be printed without a rules version. The unit's names are the data's,
// not computed: a statement that uses only them prints without rules.
bool uses_figures(const model::FirmFile& file);

// The figures as printed, by name (capital, tier, staff_zh, security_hours_zh, …;
// docs/templates.md lists them), for the templates and a declaration's paragraphs.
using FigureTexts = std::vector<std::pair<std::string, std::string>>;
FigureTexts figure_texts(const FirmReport& report);
// The unit's name and whom it reports to (security_unit, security_unit_reports_to),
// straight from the data, when it gives them: part of figure_texts, and all a statement
// has when no rules version was in force.
FigureTexts unit_texts(const std::optional<model::SecurityUnit>& unit);
bool is_unit_text(const std::string& name);
const std::string* find_figure(const FigureTexts& texts, const std::string& name);
// The names written {{name}} in a paragraph, and the paragraph with them filled in
// (an unknown name is left as written; check_firm reports it).
std::vector<std::string> placeholders(const std::string& paragraph);
std::string fill_figures(const std::string& paragraph, const FigureTexts& texts);

// The reports as the documented JSON document (docs/rules.md), with the inputs that
// could not be checked and their problems.
struct UncheckedInput {
  std::string input;
  Diagnostics diagnostics;
};
std::string findings_json(const std::vector<FirmReport>& reports, const std::vector<UncheckedInput>& unchecked);

}  // namespace filinggen::rules
