// The self-assessment form's view: 資訊安全自評表.
#include <array>
#include <map>

#include "model/enum_names.hpp"
#include "text/text.hpp"
#include "view/version_date.hpp"
#include "view/view.hpp"

namespace filinggen::view {
namespace mustache = kainjow::mustache;
namespace {

// Printed in 佐證資料 when an answer names no evidence.
constexpr const char* kNoEvidence = "－";

std::string flag(bool on) { return on ? "true" : "false"; }

// The four kinds of application, each with whether this form applies for it.
mustache::data applications(const model::SelfAssessment& sa) {
  mustache::data list{mustache::data::type::list};
  for (const auto& kind : model::kApplications) {
    bool applied = false;
    for (auto a : sa.applications) applied = applied || a == kind.value;
    mustache::data item;
    item.set("label", std::string(kind.label));
    item.set("checked", flag(applied));
    list.push_back(item);
  }
  return list;
}

// 增加營業項目、設置分支機構: the applied kinds in the checklist's order.
std::string applied_labels(const model::SelfAssessment& sa) {
  std::string out;
  for (const auto& kind : model::kApplications)
    for (auto a : sa.applications)
      if (a == kind.value) out += (out.empty() ? "" : "、") + std::string(kind.label);
  return out;
}

struct Counts {
  std::array<int, 3> by_answer{};  // in the order of model::Answer
  int unanswered = 0;
  int total = 0;
};

// One checklist item as a row; `answer` is null when the data has none (all boxes empty).
mustache::data item_row(const model::ChecklistItem& item, const model::AssessmentAnswer* answer, int number,
                        Counts& counts) {
  mustache::data v;
  v.set("number", std::to_string(number));
  v.set("id", item.id);
  v.set("text", text::line_breaks_as_separators(item.text));
  const auto is = [&](model::Answer a) { return answer && answer->answer == a; };
  v.set("compliant", flag(is(model::Answer::compliant)));
  v.set("non_compliant", flag(is(model::Answer::non_compliant)));
  v.set("not_applicable", flag(is(model::Answer::not_applicable)));
  v.set("answer", answer ? std::string(model::enum_label(model::kAnswers, answer->answer)) : std::string());
  v.set("explanation", answer ? text::line_breaks_as_separators(answer->explanation) : std::string());
  v.set("evidence", answer && !answer->evidence.empty() ? text::line_breaks_as_separators(answer->evidence)
                                                         : std::string(kNoEvidence));
  // The workbook's fields hold the data as it is (no placeholder), so it reads back unchanged.
  v.set("evidence_data", answer ? text::line_breaks_as_separators(answer->evidence) : std::string());
  const bool has_plan = answer && answer->answer == model::Answer::non_compliant;
  v.set("plan_data", has_plan ? text::line_breaks_as_separators(answer->improvement_plan) : std::string());
  v.set("due_data", has_plan && answer->improvement_due ? text::roc_date(*answer->improvement_due) : std::string());
  v.set("due_iso", has_plan && answer->improvement_due ? answer->improvement_due->iso() : std::string());
  if (answer && answer->answer == model::Answer::non_compliant) {
    mustache::data plan;
    plan.set("plan", text::line_breaks_as_separators(answer->improvement_plan));
    plan.set("due", answer->improvement_due ? text::roc_date(*answer->improvement_due) : std::string());
    v.set("improvement", plan);
  } else {
    v.set("improvement", false);
  }
  ++counts.total;
  if (answer)
    ++counts.by_answer[static_cast<std::size_t>(answer->answer)];
  else
    ++counts.unanswered;
  return v;
}

// The checklist's areas with their items numbered 1, 2, … through the whole form.
mustache::data areas(const model::SelfAssessment& sa, Counts& counts) {
  std::map<std::string, const model::AssessmentAnswer*> answers;
  for (const auto& a : sa.answers) answers.emplace(a.item_id, &a);
  mustache::data list{mustache::data::type::list};
  int number = 0;
  for (const auto& area : sa.checklist.areas) {
    mustache::data items{mustache::data::type::list};
    for (const auto& item : area.items) {
      auto found = answers.find(item.id);
      items.push_back(item_row(item, found == answers.end() ? nullptr : found->second, ++number, counts));
    }
    mustache::data v;
    v.set("code", area.code);
    v.set("title", area.title);
    v.set("label", area.code + " " + area.title);
    v.set("items", items);
    list.push_back(v);
  }
  return list;
}

mustache::data sign_off(const std::vector<std::string>& titles) {
  mustache::data list{mustache::data::type::list};
  for (const auto& title : titles) {
    mustache::data item;
    item.set("title", title);
    list.push_back(item);
  }
  return list;
}

// "1,1,1": one equal column per sign-off line, for <table widths="…">.
std::string equal_widths(std::size_t columns) {
  std::string out;
  for (std::size_t i = 0; i < columns; ++i) out += i ? ",1" : "1";
  return out;
}

}  // namespace

mustache::data self_assessment_view(const model::FirmFile& file) {
  const model::SelfAssessment& sa = file.self_assessment.value();
  Counts counts;
  mustache::data v;
  v.set("firm_name", file.firm.name);
  v.set("firm_id", file.firm.id);
  v.set("title", sa.checklist.title);
  v.set("checklist_date", text::roc_date(version_date(sa.checklist.version)));
  v.set("date", text::roc_date(sa.date));
  v.set("subject", text::line_breaks_as_separators(sa.subject));
  v.set("applications", applications(sa));
  v.set("applied", applied_labels(sa));
  v.set("areas", areas(sa, counts));
  v.set("count_compliant", std::to_string(counts.by_answer[static_cast<std::size_t>(model::Answer::compliant)]));
  v.set("count_non_compliant",
        std::to_string(counts.by_answer[static_cast<std::size_t>(model::Answer::non_compliant)]));
  v.set("count_not_applicable",
        std::to_string(counts.by_answer[static_cast<std::size_t>(model::Answer::not_applicable)]));
  v.set("count_unanswered", std::to_string(counts.unanswered));
  v.set("has_unanswered", counts.unanswered > 0);
  v.set("count_total", std::to_string(counts.total));
  v.set("sign_off", sign_off(sa.checklist.sign_off));
  v.set("sign_off_widths", equal_widths(sa.checklist.sign_off.size()));
  return v;
}

}  // namespace filinggen::view
