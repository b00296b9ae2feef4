// self_assessment: the 資訊安全自評表 answers, against a shared checklist file.
#include <algorithm>
#include <map>
#include <set>

#include "model/answer_rules.hpp"
#include "model/load_sections.hpp"

namespace filinggen::model {
namespace {

// The sign-off lines printed at the foot of the form when the checklist names none.
const std::vector<std::string> kDefaultSignOff{"填表人", "單位主管", "資訊安全主管"};

// sign_off: the role titles of the form's sign-off lines, each once.
std::vector<std::string> read_sign_off(Fields& top, const FileContext& ctx) {
  top.has("sign_off");  // known, even when absent, for the typo hint of finish()
  if (!top.child("sign_off").IsDefined()) return kDefaultSignOff;
  std::vector<std::string> roles;
  auto items = top.list("sign_off", Need::required, 1);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string field = top.path_of("sign_off") + "[" + std::to_string(i) + "]";
    auto role = text_item(items[i], field, ctx);
    if (!role) continue;
    if (std::find(roles.begin(), roles.end(), *role) != roles.end())
      ctx.error(items[i], field, "sign_off.twice", "「" + *role + "」重複列出；每個簽章欄只列一次。");
    else
      roles.push_back(*role);
  }
  return roles;
}

}  // namespace

Checklist read_checklist(const YamlNode& root, const FileContext& ctx) {
  Checklist checklist;
  Fields top(root, "", ctx);
  if (!top.ok()) return checklist;
  checklist.version = read_data_version(top);
  checklist.title = top.text("title").value_or("");
  std::set<std::string> ids;
  auto areas = top.list("areas", Need::required, 1);
  for (std::size_t a = 0; a < areas.size(); ++a) {
    Fields area(areas[a], "areas[" + std::to_string(a) + "]", ctx);
    ChecklistArea out{area.text("code").value_or(""), area.text("title").value_or(""), {}};
    auto items = area.list("items", Need::required, 1);
    for (std::size_t i = 0; i < items.size(); ++i) {
      Fields item(items[i], area.path_of("items") + "[" + std::to_string(i) + "]", ctx);
      ChecklistItem entry{item.code("id").value_or(""), item.text("text").value_or("")};
      if (!entry.id.empty() && !ids.insert(entry.id).second)
        item.error_at("id", "checklist.duplicate", "檢查項目編號「" + entry.id + "」重複。");
      item.finish();
      out.items.push_back(std::move(entry));
    }
    area.finish();
    checklist.areas.push_back(std::move(out));
  }
  checklist.sign_off = read_sign_off(top, ctx);
  top.finish();
  return checklist;
}

namespace {

std::vector<Application> read_applications(Fields& f, const FileContext& ctx) {
  std::vector<Application> out;
  auto items = f.list("applications", Need::required, 1);
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto v = items[i].IsScalar() ? enum_from_code(kApplications, items[i].Scalar()) : std::nullopt;
    if (v && std::find(out.begin(), out.end(), *v) != out.end())
      ctx.error(items[i], f.path_of("applications") + "[" + std::to_string(i) + "]", "application.twice",
                "「" + items[i].Scalar() + "」重複列出。");
    else if (v)
      out.push_back(*v);
    else
      ctx.error(items[i], f.path_of("applications") + "[" + std::to_string(i) + "]", "value.choice",
                "不是可用的申請項目；可用的值為：" + enum_choices(kApplications) + "。");
  }
  return out;
}

const char* yaml_key(AnswerPart part) {
  switch (part) {
    case AnswerPart::answer: return "answer";
    case AnswerPart::explanation: return "explanation";
    case AnswerPart::improvement_plan: return "improvement_plan";
    case AnswerPart::improvement_due: return "improvement_due";
  }
  return "answer";
}

// Every field read as optional; what the answer needs is answer_rules.hpp's to decide.
AssessmentAnswer read_answer(const YamlNode& node, const std::string& path,
                             const std::optional<CivilDate>& form_date, const FileContext& ctx) {
  AssessmentAnswer answer;
  Fields f(node, path, ctx);
  answer.item_id = f.code("item").value_or("");
  const auto choice = f.choice("answer", kAnswers);
  answer.answer = choice.value_or(Answer::compliant);
  answer.explanation = f.text("explanation", Need::optional).value_or("");
  answer.evidence = f.text("evidence", Need::optional).value_or("");
  answer.improvement_plan = f.text("improvement_plan", Need::optional).value_or("");
  answer.improvement_due = f.date("improvement_due", Need::optional);
  // An unreadable answer or date is reported already; the rules need readable ones.
  const bool unreadable_due = f.child("improvement_due").IsDefined() && !answer.improvement_due;
  if (choice)
    for (const auto& problem : answer_problems(answer, form_date))
      if (!(problem.part == AnswerPart::improvement_due && unreadable_due))
        f.error_at(yaml_key(problem.part), problem.code, problem.message);
  f.finish();
  return answer;
}

void check_answers_cover_checklist(const SelfAssessment& sa, const std::vector<YamlNode>& nodes,
                                   Fields& f, const FileContext& ctx) {
  std::map<std::string, int> seen;
  std::set<std::string> known;
  for (const auto& area : sa.checklist.areas)
    for (const auto& item : area.items) known.insert(item.id);
  for (std::size_t i = 0; i < sa.answers.size(); ++i) {
    const auto& id = sa.answers[i].item_id;
    const std::string field = f.path_of("answers") + "[" + std::to_string(i) + "].item";
    if (id.empty()) continue;
    if (!known.count(id))
      ctx.error(nodes[i], field, "answer.unknown_item", "自評表中沒有編號「" + id + "」的檢查項目。");
    else if (seen[id]++)
      ctx.error(nodes[i], field, "answer.duplicate", "檢查項目「" + id + "」已經回答過一次。");
  }
  std::string missing;
  std::size_t count = 0;
  for (const auto& id : known)
    if (!seen.count(id)) missing += (count++ ? "、" : "") + id;
  if (count > 0)
    f.error_at("answers", "answer.missing",
               "自評表的每一項都須回答，尚有 " + std::to_string(count) + " 項未回答：" + missing + "。");
}

}  // namespace

std::optional<SelfAssessment> read_self_assessment(Fields& top, const std::string& base_dir,
                                                   const FileContext& ctx) {
  auto node = top.mapping("self_assessment", Need::optional);
  if (!node) return std::nullopt;
  SelfAssessment sa;
  Fields f(*node, "self_assessment", ctx);
  bool checklist_read = false;
  if (auto ref = f.text("checklist")) {
    const auto path = resolve_reference(base_dir, *ref, f.child("checklist"), f.path_of("checklist"), ctx);
    sa.checklist_file = path.value_or("");  // what a batch's input digest covers
    if (auto root = path ? read_shared_file(*path, f.child("checklist"), f.path_of("checklist"), ctx) : std::nullopt) {
      FileContext shared{*path, ctx.diagnostics, ctx.texts};
      sa.checklist = read_checklist(*root, shared);
      checklist_read = true;
    }
  }
  const auto date = f.date("date");
  sa.date = date.value_or(CivilDate{});
  sa.applications = read_applications(f, ctx);
  sa.subject = f.text("subject").value_or("");
  auto nodes = f.list("answers", Need::required, 1);
  for (std::size_t i = 0; i < nodes.size(); ++i)
    sa.answers.push_back(read_answer(nodes[i], f.path_of("answers") + "[" + std::to_string(i) + "]", date, ctx));
  // Without its checklist every answer would be "no such item": the one error said above is enough.
  if (checklist_read) check_answers_cover_checklist(sa, nodes, f, ctx);
  f.finish();
  return sa;
}

}  // namespace filinggen::model
