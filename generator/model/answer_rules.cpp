#include "model/answer_rules.hpp"

#include "model/enum_names.hpp"

namespace filinggen::model {

std::vector<AnswerProblem> answer_problems(const AssessmentAnswer& a, const std::optional<CivilDate>& form_date) {
  std::vector<AnswerProblem> problems;
  const std::string item = "項目「" + a.item_id + "」";
  const std::string label(enum_label(kAnswers, a.answer));
  auto add = [&](AnswerPart part, DiagnosticCode code, std::string message) {
    problems.push_back({part, code, std::move(message)});
  };
  if (a.answer != Answer::compliant && a.explanation.empty())
    add(AnswerPart::explanation, "answer.no_reason",
        a.answer == Answer::non_compliant ? item + "為「不符合」，請填寫說明。"
                                          : item + "為「不適用」，請在說明中寫明不適用的理由。");
  if (a.answer == Answer::non_compliant) {
    if (a.improvement_plan.empty()) add(AnswerPart::improvement_plan, "answer.no_plan", item + "為「不符合」，請填寫改善計畫。");
    if (!a.improvement_due)
      add(AnswerPart::improvement_due, "answer.no_due", item + "為「不符合」，請填寫改善計畫的預定完成日期。");
    else if (form_date && *a.improvement_due < *form_date)
      add(AnswerPart::improvement_due, "answer.due_before_form",
          item + "的改善完成期限（" + a.improvement_due->roc() + "）早於自評表填表日期（" + form_date->roc() +
              "）；改善期限應在填表日當日或之後。");
    return problems;
  }
  if (!a.improvement_plan.empty())
    add(AnswerPart::improvement_plan, "answer.plan_unexpected",
        item + "為「" + label + "」，不需要改善計畫；請刪除改善計畫，或將結果改為「不符合」。");
  if (a.improvement_due)
    add(AnswerPart::improvement_due, "answer.due_unexpected",
        item + "為「" + label + "」，不需要改善完成期限；請刪除期限，或將結果改為「不符合」。");
  return problems;
}

}  // namespace filinggen::model
