// CC-13000 staffing: the firm's tier by capital (a foreign branch's allocated operating
// capital, never its parent's), then the head, the number of security staff and the
// duties each may hold besides.
#include <algorithm>

#include "model/enum_names.hpp"
#include "rules/checks.hpp"
#include "rules/wording.hpp"
#include "rules/rule_ids.hpp"

namespace filinggen::rules {
namespace {

bool holds(const model::Person& p, model::Role role) {
  return std::find(p.roles.begin(), p.roles.end(), role) != p.roles.end();
}

const StaffingTier& tier_of(const StaffingRule& rule, long long capital) {
  for (const auto& tier : rule.tiers)
    if (capital >= tier.min_capital) return tier;
  return rule.tiers.back();  // the loader makes the last tier start at 0
}

std::string head_word(const StaffingTier& tier) { return tier.dedicated_unit ? "專責主管" : "資訊安全主管"; }
std::string staff_word(const StaffingTier& tier) { return tier.dedicated_unit ? "專責人員" : "資訊安全人員"; }

std::string shortfall(int actual) {
  return actual == 0 ? "目前未配置" : "目前僅" + people_count(actual);
}

// The duties a security person may hold besides, for the tier, in a sentence.
std::string allowed_duties(const StaffingTier& tier) {
  const bool it_allowed = std::find(tier.duties_allowed.begin(), tier.duties_allowed.end(),
                                    model::Duties::concurrent_it) != tier.duties_allowed.end();
  return it_allowed ? "資訊安全主管及資訊安全人員除資訊職務外，不得兼辦其他職務"
                    : "專責主管及專責人員應專職，不得兼辦資訊或其他職務";
}

void check_duties(const model::FirmFile& file, const StaffingRule& rule, const StaffingTier& tier,
                  const Figures& figures, FindingList& findings) {
  for (const auto& p : file.people) {
    if (!holds(p, model::Role::security_head) && !holds(p, model::Role::security_staff)) continue;
    if (std::find(tier.duties_allowed.begin(), tier.duties_allowed.end(), p.duties) != tier.duties_allowed.end())
      continue;
    const std::string role = holds(p, model::Role::security_head) ? head_word(tier) : staff_word(tier);
    findings.add(FindingSeverity::error, rule.control, rule_id::kStaffingDuties, person_field(file, p) + ".duties",
                 role + person_label(p) + "登載為「" + std::string(model::enum_label(model::kDuties, p.duties)) +
                     "」；" + capital_phrase(figures) + "，" + allowed_duties(tier) + "。");
  }
}

}  // namespace

void check_staffing(const model::FirmFile& file, const StaffingRule& rule, Figures& figures, FindingList& findings) {
  if (rule.tiers.empty()) return;
  const StaffingTier& tier = tier_of(rule, file.firm.capital_ntd);
  figures.capital = file.firm.capital_ntd;
  figures.allocated_capital = file.firm.capital_basis == model::CapitalBasis::allocated_operating;
  figures.capital_text = amount_text(file.firm.capital_ntd);
  figures.tier = tier.name;
  figures.dedicated_unit = tier.dedicated_unit;
  figures.required_heads = tier.min_heads;
  figures.required_staff = tier.min_staff;

  // A person who is both head and staff counts once, as the head.
  for (const auto& p : file.people) {
    const bool head = holds(p, model::Role::security_head), staff = holds(p, model::Role::security_staff);
    if (head) ++figures.heads;
    if (staff && !head) ++figures.staff;
    if (head && staff)
      findings.add(FindingSeverity::info, rule.control, rule_id::kStaffingCountedOnce, person_field(file, p) + ".roles",
                   person_label(p) + "同時列為資訊安全主管及資訊安全人員，依規定僅以主管計，不計入資訊安全人員人數。");
  }
  const std::string capital_field = figures.allocated_capital ? "firm.allocated_operating_capital" : "firm.paid_in_capital";
  if (figures.heads < tier.min_heads)
    findings.add(FindingSeverity::error, rule.control, rule_id::kStaffingHead, capital_field,
                 capital_phrase(figures) + "，" + (tier.dedicated_unit ? "應設資訊安全專責單位並" : "應") + "配置" +
                     head_word(tier) + "至少" + people_count(tier.min_heads) + "，" +
                     shortfall(figures.heads) + (figures.heads == 0 ? "（people 中無人具 security_head 身分）。" : "。"));
  if (figures.staff < tier.min_staff)
    findings.add(FindingSeverity::error, rule.control, rule_id::kStaffingStaff, capital_field,
                 capital_phrase(figures) + "，應配置至少" + people_count(tier.min_staff) + staff_word(tier) + "，" +
                     shortfall(figures.staff) + "。");
  check_duties(file, rule, tier, figures, findings);
}

}  // namespace filinggen::rules
