#pragma once
// Shared by the rules tests: a small firm file written from a few parameters, loaded
// through the real loader (so findings carry real positions), and checked against the
// rules file of data/standard/.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "model/load.hpp"
#include "rules/rules.hpp"
#include "support/diagnostics.hpp"
#include "support/source_tree.hpp"

namespace filinggen::test {

struct FirmSpec {
  std::string kind = "securities";
  bool foreign_branch = false;
  long long capital = 3'000'000'000;
  std::string fiscal_year_end = "12-31";
  std::string unit;  // firm.security_unit as a flow mapping, e.g. {name: 資訊安全部, dedicated: true}; empty: none
  int year = 2025;
  std::string board = "2026-03-10";
  std::string date;  // of the declaration; empty: the board's
  std::string disclosure = "2026-03-20";
  // The people after the four co-signers (p-sec is security_officer + security_staff).
  std::vector<std::string> people;
  std::string officer_roles = "[security_officer, security_staff]";
  std::string officer_duties = "concurrent_it";
  std::string officer_training = "{hours: 16, assessment_passed: true}";
  std::string extra;               // appended at the end of the file (e.g. a self_assessment)
};

inline std::string firm_yaml(const FirmSpec& s) {
  std::string y = "schema_version: 1\nfirm:\n  id: rules-test\n  name: 規則測試證券股份有限公司\n  kind: " + s.kind + "\n";
  if (s.foreign_branch)
    y += "  foreign_branch: true\n  allocated_operating_capital: " + std::to_string(s.capital) + "\n";
  else
    y += "  paid_in_capital: " + std::to_string(s.capital) + "\n";
  y += "  fiscal_year_end: \"" + s.fiscal_year_end + "\"\n";
  if (!s.unit.empty()) y += "  security_unit: " + s.unit + "\n";
  y += "people:\n";
  y += "  - {id: p-sec, name: 林資安, title: 資訊部經理, roles: " + s.officer_roles + ", duties: " + s.officer_duties +
       ", training: " + s.officer_training + "}\n";
  y += "  - {id: p-chair, name: 陳董事, title: 董事長, roles: [chairman], duties: dedicated, training: {hours: 3, assessment_passed: false}}\n";
  y += "  - {id: p-gm, name: 王總經, title: 總經理, roles: [general_manager], duties: dedicated, training: {hours: 3, assessment_passed: false}}\n";
  y += "  - {id: p-audit, name: 李稽核, title: 稽核主管, roles: [chief_auditor], duties: dedicated, training: {hours: 3, assessment_passed: false}}\n";
  for (const auto& p : s.people) y += "  - " + p + "\n";
  y += "declaration:\n  year: " + std::to_string(s.year) + "\n  date: " + (s.date.empty() ? s.board : s.date) +
       "\n  statement:\n    - 本公司資訊安全制度之設計及執行係屬有效。\n";
  y += "  board_meeting: {date: " + s.board + ", directors_present: 7, directors_objecting: 0}\n";
  y += "  disclosure_date: " + s.disclosure + "\n  signatories:\n";
  y += "    - {role: security_officer, person: p-sec}\n    - {role: chairman, person: p-chair}\n";
  y += "    - {role: general_manager, person: p-gm}\n    - {role: chief_auditor, person: p-audit}\n";
  return y + s.extra;
}

inline model::FirmFile load_spec(const FirmSpec& spec) {
  auto result = model::load_firm_text(firm_yaml(spec), source_path("tests/fixtures/rules-test.yaml"));
  EXPECT_TRUE(result.firm) << messages(result.diagnostics) << firm_yaml(spec);
  return result.firm ? *result.firm : model::FirmFile{};
}

inline const rules::RuleSet& current_rules() {
  static const rules::RuleSet set = [] {
    Diagnostics d;
    auto loaded = rules::load_rule_set(source_path("data/standard/rules-2025-04-11.yaml"), d);
    if (!loaded) throw std::runtime_error("data/standard/rules-2025-04-11.yaml: " + messages(d));
    return *loaded;
  }();
  return set;
}

inline rules::FirmReport check(const FirmSpec& spec) { return rules::check_firm(load_spec(spec), current_rules()); }

// The findings of `rule`, errors and warnings (not notes).
inline std::vector<rules::Finding> findings_of(const rules::FirmReport& r, const std::string& rule) {
  std::vector<rules::Finding> out;
  for (const auto& f : r.findings)
    if (f.rule == rule) out.push_back(f);
  return out;
}

inline std::string all_findings(const rules::FirmReport& r) {
  std::string out;
  for (const auto& f : r.findings) out += f.rule + " " + f.field + ": " + f.message + "\n";
  return out;
}

}  // namespace filinggen::test
