#pragma once
// Private to the rules stage: the findings of one firm as they are made, each placed at
// the field it is about, and the shared wording of their sentences.
#include <string>
#include <string_view>
#include <vector>

#include "model/firm.hpp"
#include "rules/finding.hpp"
#include "rules/rule_set.hpp"

namespace filinggen::rules {

class FindingList {
 public:
  explicit FindingList(const model::FirmFile& file) : file_(file) {}
  void add(FindingSeverity severity, const std::string& control, std::string_view rule, const std::string& field,
           std::string message);
  bool has(std::string_view rule_selector, FindingSeverity at_least = FindingSeverity::warning) const;
  const std::vector<Finding>& items() const { return items_; }
  std::vector<Finding> take() { return std::move(items_); }

 private:
  const model::FirmFile& file_;
  std::vector<Finding> items_;
};

// The checks, one per area of the regulation; each adds findings and fills its figures.
void check_staffing(const model::FirmFile& file, const StaffingRule& rule, Figures& figures, FindingList& findings);
void check_training(const model::FirmFile& file, const TrainingRule& rule, Figures& figures, FindingList& findings);
void check_declaration(const model::FirmFile& file, const DeclarationRule& rule, Figures& figures,
                       FindingList& findings);
void check_self_assessment(const model::FirmFile& file, const RuleSet& rules, FindingList& findings);

// --- wording -------------------------------------------------------------------
std::string amount_text(long long ntd);        // 新臺幣268億元, 新臺幣16.5億元, 新臺幣3,999,999,999元
std::string hours_text(double hours);          // 15, 14.5
std::string people_count(int n);               // 二名
std::string person_label(const model::Person& p);  // 楊子毅（資訊部副理）
std::string person_field(const model::FirmFile& file, const model::Person& p);  // people[2]
std::string capital_phrase(const Figures& f);  // 實收資本額新臺幣268億元屬「200億以上」級距

}  // namespace filinggen::rules
