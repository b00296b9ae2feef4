#pragma once
// One version of the regulation's rules as data (data/standard/rules-*.yaml): the
// thresholds, tiers, hours, roles and deadlines a firm's filings are checked against.
// A new amendment of the standard is a new file, never a code change.
#include <optional>
#include <string>
#include <vector>

#include "base/civil_date.hpp"
#include "model/firm.hpp"

namespace filinggen::rules {

// A CC-13000 staffing tier: firms with at least `min_capital` (and less than the next
// tier up) need these people, with these duties allowed.
struct StaffingTier {
  std::string name;              // as printed, e.g. 200億以上
  long long min_capital = 0;     // NT$, inclusive
  bool dedicated_unit = false;   // a dedicated unit (專責單位) with a dedicated head
  int min_heads = 0;             // people holding security_head
  int min_staff = 0;             // security_staff who are not also the head
  // What security_head and security_staff may hold besides; empty: nothing (專責).
  std::vector<model::DutyKind> duties_allowed;
};

// CC-13000 staffing: the tiers, highest capital first, the last from NT$0.
struct StaffingRule {
  std::string control;  // CC-13000
  std::vector<StaffingTier> tiers;
  // The duties that conflict with information-security work (利益衝突), whatever the
  // tier: a finding about one says so. Another duty a tier does not allow is refused
  // for the dedicated tiers and left to the firm to confirm for the others.
  std::vector<model::DutyKind> conflicting_duties;
};

// CC-13000 training: those who plan and run information security (the `security_roles`)
// need `security_hours` and, if asked, a passed assessment; everyone else `other_hours`.
struct TrainingRule {
  std::string control;  // CC-13000
  std::vector<model::Role> security_roles;
  double security_hours = 0;
  bool assessment_required = false;
  double other_hours = 0;
};

// CC-12000 declaration: who co-signs, and how soon after the fiscal year it is disclosed.
struct DeclarationRule {
  std::string control;  // CC-12000
  std::vector<model::SignatoryRole> co_signers;  // each once, by different people
  int disclosure_months = 3;  // after the fiscal year end, month ends kept
};

// A checklist item whose answer must agree with computed facts: 符合 while one of the
// rules fails is a contradiction.
struct AnswerCheck {
  std::string item;                // a checklist item id, e.g. SA-13000-02
  std::vector<std::string> rules;  // rule ids, e.g. CC-13000.staffing.head
};

struct RuleSet {
  std::string file;      // where it was read from
  std::string standard;  // 證券商內部控制制度標準規範
  std::string version;   // "2025-04-11"
  CivilDate effective;
  StaffingRule staffing;
  TrainingRule training;
  DeclarationRule declaration;
  std::vector<AnswerCheck> answer_checks;
};

// Every version known, oldest first.
struct RuleLibrary {
  std::vector<RuleSet> versions;
  // The version in force on `day` (the latest effective on or before it), or null.
  const RuleSet* in_force(const CivilDate& day) const;
};

// Reads one rules file; problems go to `diagnostics` as file:line:col: field: message.
std::optional<RuleSet> load_rule_set(const std::string& path, Diagnostics& diagnostics);
// Reads every rules-*.yaml of `dir`; two versions with one effective date are an error.
RuleLibrary load_rule_library(const std::string& dir, Diagnostics& diagnostics);

}  // namespace filinggen::rules
