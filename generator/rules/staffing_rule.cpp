// CC-13000 staffing: the firm's tier by capital (a foreign branch's allocated operating
// capital, never its parent's), then the dedicated unit the top tier needs, the head,
// the number of security staff and the duties each may hold besides.
#include <algorithm>

#include "model/duty_words.hpp"
#include "model/enum_names.hpp"
#include "rules/checks.hpp"
#include "rules/wording.hpp"
#include "rules/rule_ids.hpp"

namespace filinggen::rules {
namespace {

bool holds(const model::Person& p, model::Role role) {
  return std::find(p.roles.begin(), p.roles.end(), role) != p.roles.end();
}

template <typename T>
bool contains(const std::vector<T>& list, const T& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

const StaffingTier& tier_of(const StaffingRule& rule, long long capital) {
  for (const auto& tier : rule.tiers)
    if (capital >= tier.min_capital) return tier;
  return rule.tiers.back();  // the loader makes the last tier start at 0
}

std::string head_word(const StaffingTier& tier) { return tier.dedicated_unit ? "專責主管" : "資訊安全主管"; }
std::string staff_word(const StaffingTier& tier) { return tier.dedicated_unit ? "專責人員" : "資訊安全人員"; }

// 目前未配置, or 目前僅曾冠霖（資訊安全處經理）一名: who is there, by name.
std::string shortfall(const std::vector<const model::Person*>& present, const std::string& word) {
  if (present.empty()) return "目前未配置，資料中無人列為" + word;
  std::string names;
  for (const auto* p : present) names += (names.empty() ? "" : "、") + person_label(*p);
  return "目前僅" + names + people_count(static_cast<int>(present.size()));
}

// The tier's rule on other duties, in the regulation's words.
std::string duties_rule(const StaffingTier& tier) {
  const std::string who = head_word(tier) + "及" + staff_word(tier);
  if (tier.duties_allowed.empty()) return who + "應專門負責資訊安全相關工作，不得兼辦資訊或其他與職務有利益衝突之業務";
  std::string allowed;
  for (auto kind : tier.duties_allowed) allowed += (allowed.empty() ? "" : "、") + std::string(model::enum_label(model::kDutyKinds, kind));
  return who + "除兼辦" + allowed + "外，不得兼辦其他與職務有利益衝突之業務";
}

// Where the unit is in the file, else where the people are: what a head-count finding
// points at when there is no person to point at.
std::string unit_or(const model::FirmFile& file, const std::string& otherwise) {
  return file.firm.security_unit ? "firm.security_unit" : otherwise;
}

// The ≥ NT$20 billion tier needs a dedicated unit, not security people inside another one.
void check_unit(const model::FirmFile& file, const StaffingRule& rule, const StaffingTier& tier, const Figures& figures,
                FindingList& findings) {
  if (!tier.dedicated_unit) return;
  const auto& unit = file.firm.security_unit;
  if (!unit)
    findings.add(FindingSeverity::error, rule.control, rule_id::kStaffingUnit, "firm.security_unit",
                 capital_phrase(figures) + "，應設置資訊安全專責單位；資料中未載明本公司之資訊安全單位。");
  else if (!unit->dedicated)
    findings.add(FindingSeverity::error, rule.control, rule_id::kStaffingUnit, "firm.security_unit.dedicated",
                 capital_phrase(figures) + "，應設置資訊安全專責單位；「" + unit->name +
                     "」並非專門負責資訊安全之專責單位，不符規定。");
}

// One finding for each duty a security head or staff member holds that the tier does not
// allow: 利益衝突 where that is the ground, the dedication of the top tier where it is
// not, and a request to confirm for a duty the rules file names neither way.
void check_duties(const model::FirmFile& file, const StaffingRule& rule, const StaffingTier& tier,
                  const Figures& figures, FindingList& findings) {
  for (const auto& p : file.people) {
    if (!holds(p, model::Role::security_head) && !holds(p, model::Role::security_staff)) continue;
    const std::string who = (holds(p, model::Role::security_head) ? head_word(tier) : staff_word(tier)) + person_label(p);
    for (std::size_t j = 0; j < p.other_duties.size(); ++j) {
      const model::Duty& duty = p.other_duties[j];
      const bool unnamed = duty.kind == model::DutyKind::other && duty.description.empty();
      if (contains(tier.duties_allowed, duty.kind)) continue;
      std::string field = person_field(file, p) + ".duties[" + std::to_string(j) + "]";
      if (!file.positions.count(field)) field = person_field(file, p) + ".duties";  // one word: duties: concurrent_it
      const std::string where = capital_phrase(figures) + "，" + duties_rule(tier);
      if (unnamed)
        findings.add(FindingSeverity::error, rule.control, rule_id::kStaffingDuties, field,
                     who + "登載為兼辦其他職務，但未載明為何種職務；" + where + "。請寫明所兼辦之職務，以判斷有無利益衝突。");
      else if (contains(rule.conflicting_duties, duty.kind))
        findings.add(FindingSeverity::error, rule.control, rule_id::kStaffingDuties, field,
                     who + "兼辦" + model::duty_label(duty) + "，與資訊安全職務有利益衝突；" + where + "。");
      else if (tier.duties_allowed.empty())
        findings.add(FindingSeverity::error, rule.control, rule_id::kStaffingDuties, field,
                     who + "兼辦" + model::duty_label(duty) + "；" + where + "。");
      else
        findings.add(FindingSeverity::warning, rule.control, rule_id::kStaffingDuties, field,
                     who + "兼辦" + model::duty_label(duty) + "；" + where + "，請確認此職務與資訊安全職務無利益衝突。");
    }
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
  figures.security_unit = file.firm.security_unit;
  figures.required_heads = tier.min_heads;
  figures.required_staff = tier.min_staff;

  // A person who is both head and staff counts once, as the head.
  std::vector<const model::Person*> heads, staff;
  for (const auto& p : file.people) {
    const bool head = holds(p, model::Role::security_head), is_staff = holds(p, model::Role::security_staff);
    if (head) heads.push_back(&p);
    if (is_staff && !head) staff.push_back(&p);
    if (head && is_staff)
      findings.add(FindingSeverity::info, rule.control, rule_id::kStaffingCountedOnce, person_field(file, p) + ".roles",
                   person_label(p) + "同時列為資訊安全主管及資訊安全人員，依規定僅以主管計，不計入資訊安全人員人數。");
  }
  figures.heads = static_cast<int>(heads.size());
  figures.staff = static_cast<int>(staff.size());
  check_unit(file, rule, tier, figures, findings);

  // A head count points at the unit when the data has one, else at the people counted.
  const std::string unit = file.firm.security_unit ? "「" + file.firm.security_unit->name + "」" : "";
  if (figures.heads < tier.min_heads)
    findings.add(FindingSeverity::error, rule.control, rule_id::kStaffingHead,
                 unit_or(file, heads.empty() ? "people" : person_field(file, *heads.front())),
                 capital_phrase(figures) + "，" + (!unit.empty() ? unit + "應" : tier.dedicated_unit ? "應設資訊安全專責單位並" : "應") +
                     "配置" + head_word(tier) + "至少" + people_count(tier.min_heads) + "，" + shortfall(heads, head_word(tier)) + "。");
  if (figures.staff < tier.min_staff)
    findings.add(FindingSeverity::error, rule.control, rule_id::kStaffingStaff,
                 unit_or(file, staff.empty() ? "people" : person_field(file, *staff.front())),
                 capital_phrase(figures) + "，" + (unit.empty() ? "應" : unit + "應") + "配置至少" + people_count(tier.min_staff) +
                     staff_word(tier) + "，" + shortfall(staff, staff_word(tier)) + "。");
  check_duties(file, rule, tier, figures, findings);
}

}  // namespace filinggen::rules
