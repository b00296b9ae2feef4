#pragma once
// The stable ids of the rules a finding names (in the report, the JSON and the rules
// file's answer_checks). An id never changes meaning; a new rule gets a new id.
#include <array>
#include <string_view>

namespace filinggen::rules::rule_id {

inline constexpr std::string_view kStaffingUnit = "staffing.unit";
inline constexpr std::string_view kStaffingHead = "staffing.head";
inline constexpr std::string_view kStaffingStaff = "staffing.staff";
inline constexpr std::string_view kStaffingDuties = "staffing.duties";
inline constexpr std::string_view kStaffingCountedOnce = "staffing.counted_once";
inline constexpr std::string_view kTrainingSecurityHours = "training.security_hours";
inline constexpr std::string_view kTrainingAssessment = "training.assessment";
inline constexpr std::string_view kTrainingOtherHours = "training.other_hours";
inline constexpr std::string_view kYearCovered = "declaration.year_covered";
inline constexpr std::string_view kCoSigners = "declaration.co_signers";
inline constexpr std::string_view kCoSignerRole = "declaration.co_signer_role";
inline constexpr std::string_view kBoardAfterYearEnd = "declaration.board_after_year_end";
inline constexpr std::string_view kBoardBeforeDisclosure = "declaration.board_before_disclosure";
inline constexpr std::string_view kDisclosureDeadline = "declaration.deadline";
inline constexpr std::string_view kStatementFigure = "declaration.statement_figure";
inline constexpr std::string_view kAnswerContradicts = "self_assessment.contradiction";

inline constexpr std::array<std::string_view, 16> kAll{
    kStaffingUnit, kStaffingHead, kStaffingStaff, kStaffingDuties, kStaffingCountedOnce,
    kTrainingSecurityHours, kTrainingAssessment, kTrainingOtherHours,
    kYearCovered, kCoSigners, kCoSignerRole, kBoardAfterYearEnd, kBoardBeforeDisclosure, kDisclosureDeadline,
    kStatementFigure, kAnswerContradicts};

// True when `id` names a rule, or a family of rules ("staffing" for every staffing.*).
inline bool is_known(std::string_view id) {
  for (auto known : kAll)
    if (known == id || (known.size() > id.size() && known.substr(0, id.size()) == id && known[id.size()] == '.'))
      return true;
  return false;
}

// True when the rule `rule` is `selector` or one of the family `selector`.
inline bool selects(std::string_view selector, std::string_view rule) {
  return rule == selector ||
         (rule.size() > selector.size() && rule.substr(0, selector.size()) == selector && rule[selector.size()] == '.');
}

}  // namespace filinggen::rules::rule_id
