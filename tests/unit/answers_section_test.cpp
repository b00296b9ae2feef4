// Writing answers back into a firm file: only self_assessment.answers changes.
#include <gtest/gtest.h>

#include "model/answers_section.hpp"

using namespace filinggen;

namespace {

const std::string kFirm =
    "# 公司資料（註解保留）\n"
    "schema_version: 1\n"
    "self_assessment:\n"
    "  checklist: ../standard/x.yaml   # 版本\n"
    "  answers:\n"
    "    # 舊的答案\n"
    "    - item: A-1\n"
    "      answer: compliant\n"
    "      explanation: |\n"
    "        多行\n"
    "        說明\n"
    "  subject: 申請\n"
    "\n"
    "# 修正條文\n"
    "revisions:\n"
    "  board_meeting: 2025-07-24\n";

model::AssessmentAnswer answer(std::string id, model::Answer a, std::string explanation = "") {
  model::AssessmentAnswer out;
  out.item_id = std::move(id);
  out.answer = a;
  out.explanation = std::move(explanation);
  return out;
}

}  // namespace

TEST(AnswersSection, ReplacesOnlyTheAnswers) {
  auto plan = answer("A-2", model::Answer::non_compliant, "未完成: 尚缺");
  plan.improvement_plan = "第一步\n第二步";
  plan.improvement_due = CivilDate{2026, 9, 30};
  std::string error;
  auto text = model::replace_answers(kFirm, {answer("A-1", model::Answer::not_applicable, "無此業務"), plan}, error);
  ASSERT_TRUE(text) << error;
  EXPECT_EQ(*text,
            "# 公司資料（註解保留）\n"
            "schema_version: 1\n"
            "self_assessment:\n"
            "  checklist: ../standard/x.yaml   # 版本\n"
            "  answers:\n"
            "    - item: A-1\n"
            "      answer: not_applicable\n"
            "      explanation: 無此業務\n"
            "    - item: A-2\n"
            "      answer: non_compliant\n"
            "      explanation: \"未完成: 尚缺\"\n"
            "      improvement_plan: \"第一步\\n第二步\"\n"
            "      improvement_due: 2026-09-30\n"
            "  subject: 申請\n"
            "\n"
            "# 修正條文\n"
            "revisions:\n"
            "  board_meeting: 2025-07-24\n");
}

TEST(AnswersSection, TextYamlWouldMisreadIsQuoted) {
  std::string error;
  for (const std::string risky : {"yes", "123", "2026-01-01", "- 項目", "#註", "a: b", " 前空白", "=1+1", "@x", "null"}) {
    auto text = model::replace_answers("self_assessment:\n  answers: []\n", {answer("A", model::Answer::compliant, risky)}, error);
    ASSERT_TRUE(text);
    EXPECT_NE(text->find("explanation: \""), std::string::npos) << risky;
  }
  auto plain = model::replace_answers("self_assessment:\n  answers: []\n", {answer("A", model::Answer::compliant, "已完成，並經核准。")}, error);
  EXPECT_NE(plain->find("explanation: 已完成，並經核准。\n"), std::string::npos);
}

TEST(AnswersSection, AddsAnswersWhereThereWereNone) {
  std::string error;
  auto text = model::replace_answers("self_assessment:\n  date: 2026-05-15\n# 註解\nrevisions: {}\n",
                                     {answer("A", model::Answer::compliant)}, error);
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, "self_assessment:\n  date: 2026-05-15\n  answers:\n    - item: A\n      answer: compliant\n# 註解\nrevisions: {}\n");
  auto none = model::replace_answers("self_assessment:\n  answers:\n    - item: A\n      answer: compliant\n", {}, error);
  EXPECT_EQ(*none, "self_assessment:\n  answers: []\n");
}

TEST(AnswersSection, NoSelfAssessmentSection) {
  std::string error;
  EXPECT_FALSE(model::replace_answers("schema_version: 1\nfirm:\n  id: x\n", {}, error));
  EXPECT_NE(error.find("沒有 self_assessment"), std::string::npos);
}
