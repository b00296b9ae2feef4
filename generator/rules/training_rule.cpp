// CC-13000 training, every year: those who plan and run information security (heads and
// the most senior officer included) at least the security hours and a passed assessment;
// every other user of information systems at least the awareness hours.
#include <algorithm>

#include "rules/checks.hpp"
#include "rules/wording.hpp"
#include "rules/rule_ids.hpp"

namespace filinggen::rules {
namespace {

bool plans_or_runs_security(const model::Person& p, const TrainingRule& rule) {
  return std::any_of(p.roles.begin(), p.roles.end(), [&](model::Role r) {
    return std::find(rule.security_roles.begin(), rule.security_roles.end(), r) != rule.security_roles.end();
  });
}

// Returns whether the person met the rule.
bool check_security_person(const model::FirmFile& file, const model::Person& p, const TrainingRule& rule,
                           FindingList& findings) {
  bool met = true;
  const std::string field = person_field(file, p) + ".training";
  if (p.training.hours < rule.security_hours) {
    met = false;
    findings.add(FindingSeverity::error, rule.control, rule_id::kTrainingSecurityHours, field + ".hours",
                 person_label(p) + "負責規劃與執行資訊安全工作，本年度資訊安全專業課程訓練" + hours_text(p.training.hours) +
                     "小時，未達規定之" + hours_text(rule.security_hours) + "小時。");
  }
  if (rule.assessment_required && !p.training.assessment_passed) {
    met = false;
    findings.add(FindingSeverity::error, rule.control, rule_id::kTrainingAssessment, field + ".assessment_passed",
                 person_label(p) + "負責規劃與執行資訊安全工作，本年度未通過評量；此類人員每年應參加" +
                     hours_text(rule.security_hours) + "小時以上專業訓練並通過評量。");
  }
  return met;
}

}  // namespace

void check_training(const model::FirmFile& file, const TrainingRule& rule, Figures& figures, FindingList& findings) {
  figures.security_hours = rule.security_hours;
  figures.other_hours = rule.other_hours;
  for (const auto& p : file.people) {
    if (plans_or_runs_security(p, rule)) {
      ++figures.security_people;
      if (check_security_person(file, p, rule, findings)) ++figures.security_trained;
    } else {
      ++figures.other_people;
      if (p.training.hours >= rule.other_hours) {
        ++figures.other_trained;
        continue;
      }
      findings.add(FindingSeverity::error, rule.control, rule_id::kTrainingOtherHours,
                   person_field(file, p) + ".training.hours",
                   person_label(p) + "本年度資訊安全宣導課程" + hours_text(p.training.hours) + "小時，未達使用資訊系統之從業人員每年" +
                       hours_text(rule.other_hours) + "小時之規定。");
    }
  }
}

}  // namespace filinggen::rules
