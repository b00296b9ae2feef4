#pragma once
// What a valid answer of the self-assessment is, in one place for every way an answer
// comes in (the firm file's YAML, a filled-in workbook), so the two cannot disagree.
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic_codes.hpp"
#include "model/firm.hpp"

namespace filinggen::model {

// The parts of an answer a problem is about.
enum class AnswerPart { answer, explanation, improvement_plan, improvement_due };

struct AnswerProblem {
  AnswerPart part;
  DiagnosticCode code;
  std::string message;  // a sentence naming the item and what to do
};

// 不符合 needs a reason, an improvement plan and the date it is to be done by, a date not
// before the form's (`form_date`, when known); 不適用 needs a reason; only 不符合 has a plan.
std::vector<AnswerProblem> answer_problems(const AssessmentAnswer& answer, const std::optional<CivilDate>& form_date);

}  // namespace filinggen::model
