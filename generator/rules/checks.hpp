#pragma once
// Private to the rules stage: the checks, one per area of the regulation; each adds its
// findings and fills its part of the figures.
#include "model/firm.hpp"
#include "rules/finding_list.hpp"
#include "rules/rule_set.hpp"

namespace filinggen::rules {

void check_staffing(const model::FirmFile& file, const StaffingRule& rule, Figures& figures, FindingList& findings);
void check_training(const model::FirmFile& file, const TrainingRule& rule, Figures& figures, FindingList& findings);
void check_declaration(const model::FirmFile& file, const DeclarationRule& rule, Figures& figures,
                       FindingList& findings);
// After the others: compares the answers with what they found.
void check_self_assessment(const model::FirmFile& file, const RuleSet& rules, FindingList& findings);

}  // namespace filinggen::rules
