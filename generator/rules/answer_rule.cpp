// Self-assessment answers against the computed facts: 符合 on an item whose rule the data
// shows broken is a contradiction the firm must look at before filing the form. (That
// every item is answered, and 不符合/不適用 are explained, the loader already enforces.)
#include "model/enum_names.hpp"
#include "rules/checks.hpp"
#include "rules/rule_ids.hpp"

namespace filinggen::rules {
namespace {

const model::ChecklistArea* area_of(const model::Checklist& checklist, const std::string& item) {
  for (const auto& area : checklist.areas)
    for (const auto& i : area.items)
      if (i.id == item) return &area;
  return nullptr;
}

// The findings that break one of the check's rules.
std::vector<const Finding*> contradicting(const AnswerCheck& check, const std::vector<Finding>& findings) {
  std::vector<const Finding*> out;
  for (const auto& f : findings)
    for (const auto& rule : check.rules)
      if (f.severity != FindingSeverity::info && rule_id::selects(rule, f.rule)) {
        out.push_back(&f);
        break;
      }
  return out;
}

}  // namespace

void check_self_assessment(const model::FirmFile& file, const RuleSet& rules, FindingList& findings) {
  if (!file.self_assessment) return;
  const auto& sa = *file.self_assessment;
  const std::vector<Finding> facts = findings.items();  // the other rules' findings, already made
  for (const auto& check : rules.answer_checks) {
    const model::ChecklistArea* area = area_of(sa.checklist, check.item);
    if (!area) continue;  // another checklist version without this item
    for (std::size_t i = 0; i < sa.answers.size(); ++i) {
      const auto& answer = sa.answers[i];
      if (answer.item_id != check.item || answer.answer != model::Answer::compliant) continue;
      const auto facts_against = contradicting(check, facts);
      if (facts_against.empty()) continue;
      const std::string found = facts_against.size() > 1
                                    ? "有 " + std::to_string(facts_against.size()) + " 項相關缺失，其一："
                                    : "";
      findings.add(FindingSeverity::warning, area->code, rule_id::kAnswerContradicts,
                   "self_assessment.answers[" + std::to_string(i) + "].answer",
                   "自評表項目「" + check.item + "」自評為「符合」，但依資料計算" + found + (found.empty() ? "：" : "") +
                       facts_against.front()->message + "請確認自評結果及說明。");
    }
  }
}

}  // namespace filinggen::rules
