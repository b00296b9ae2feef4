// What a valid self-assessment answer is (model/answer_rules.hpp), decided once for the
// YAML loader and the workbook reader; and the dates a person puts in a cell (intake/).
#include <gtest/gtest.h>

#include <cmath>

#include "intake/cell_dates.hpp"
#include "model/answer_rules.hpp"

using namespace filinggen;

namespace {

std::vector<std::string> codes(const model::AssessmentAnswer& a, std::optional<CivilDate> form_date = std::nullopt) {
  std::vector<std::string> out;
  for (const auto& p : model::answer_problems(a, form_date)) out.emplace_back(p.code.spelling());
  return out;
}

model::AssessmentAnswer answer(model::Answer value) { return {"SA-1", value, "", "", "", std::nullopt}; }

}  // namespace

TEST(AnswerRules, NonCompliantNeedsReasonPlanAndDue) {
  auto a = answer(model::Answer::non_compliant);
  EXPECT_EQ(codes(a), (std::vector<std::string>{"answer.no_reason", "answer.no_plan", "answer.no_due"}));
  a.explanation = "尚未導入";
  a.improvement_plan = "導入";
  a.improvement_due = CivilDate{2026, 6, 30};
  EXPECT_TRUE(codes(a, CivilDate{2026, 6, 30}).empty()) << "due on the form's own date is allowed";
  EXPECT_EQ(codes(a, CivilDate{2026, 7, 1}), std::vector<std::string>{"answer.due_before_form"});
}

TEST(AnswerRules, NotApplicableNeedsAReasonAndNoPlan) {
  auto a = answer(model::Answer::not_applicable);
  EXPECT_EQ(codes(a), std::vector<std::string>{"answer.no_reason"});
  a.explanation = "無此業務";
  a.improvement_plan = std::string("導入多因子驗證");
  a.improvement_due = CivilDate{2026, 6, 30};
  EXPECT_EQ(codes(a), (std::vector<std::string>{"answer.plan_unexpected", "answer.due_unexpected"}));
}

TEST(AnswerRules, TheMessageNamesTheItemAndTheAnswer) {
  auto a = answer(model::Answer::compliant);
  a.improvement_plan = std::string("導入多因子驗證");
  const auto problems = model::answer_problems(a, std::nullopt);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].message.find("項目「SA-1」為「符合」"), std::string::npos) << problems[0].message;
  EXPECT_EQ(problems[0].part, model::AnswerPart::improvement_plan);
}

TEST(CellDates, ExcelSerialsWithinTheYearsAFilingHolds) {
  EXPECT_EQ(intake::from_excel_serial(46203), (CivilDate{2026, 6, 30}));
  EXPECT_EQ(intake::from_excel_serial(46203.75), (CivilDate{2026, 6, 30})) << "the time of day is dropped";
  EXPECT_EQ(intake::from_excel_serial(2958465), (CivilDate{9999, 12, 31}));
  EXPECT_FALSE(intake::from_excel_serial(-1e9)) << "not the year 7190";
  EXPECT_FALSE(intake::from_excel_serial(0));
  EXPECT_FALSE(intake::from_excel_serial(2958466));
  EXPECT_FALSE(intake::from_excel_serial(std::nan("")));
}

TEST(CellDates, TypedGregorianAndRocDates) {
  EXPECT_EQ(intake::typed_date("2026-06-30"), (CivilDate{2026, 6, 30}));
  EXPECT_EQ(intake::typed_date("2026/6/30"), (CivilDate{2026, 6, 30}));
  EXPECT_EQ(intake::typed_date("中華民國115年6月30日"), (CivilDate{2026, 6, 30}));
  EXPECT_EQ(intake::typed_date("115年6月30日"), (CivilDate{2026, 6, 30}));
  EXPECT_FALSE(intake::typed_date("2026-02-30"));
  EXPECT_FALSE(intake::typed_date("下個月"));
}
