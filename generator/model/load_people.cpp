// people: everyone the filings name, with roles, duties and training (CC-13000).
#include <algorithm>
#include <set>

#include "model/duty_words.hpp"
#include "model/load_sections.hpp"

namespace filinggen::model {
namespace {

std::string item_path(const std::string& list, std::size_t index) {
  return list + "[" + std::to_string(index) + "]";
}

std::vector<Role> read_roles(Fields& f, const FileContext& ctx) {
  std::vector<Role> roles;
  auto items = f.list("roles", Need::required, 1);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string field = item_path(f.path_of("roles"), i);
    auto role = items[i].IsScalar() ? enum_from_code(kRoles, items[i].Scalar()) : std::nullopt;
    if (role && std::find(roles.begin(), roles.end(), *role) != roles.end())
      ctx.error(items[i], field, "role.twice", "「" + items[i].Scalar() + "」重複列出。");
    else if (role)
      roles.push_back(*role);
    else
      ctx.error(items[i], field, "value.choice",
                "不是可用的身分；可用的身分為：" + enum_choices(kRoles) + "。");
  }
  return roles;
}

// The old one-word values of `duties`, still read: concurrent_other named no duty.
const std::string kDutyChoices =
    "請填 dedicated（專責），或列出所兼辦的職務，例如 [it]；可列的職務為：it（資訊職務）、internal_audit（內部稽核職務）、"
    "compliance（法令遵循職務）、business（業務單位職務）、risk（風險管理職務），其他職務請寫成「- other: 職務名稱」。";

std::optional<Duty> read_duty(const YamlNode& item, const std::string& field, const FileContext& ctx) {
  if (item.IsMap()) {
    Fields f(item, field, ctx);
    auto text = f.text("other");
    f.finish();
    if (text) return Duty{DutyKind::other, *text};
    return std::nullopt;
  }
  const auto kind = item.IsScalar() ? enum_from_code(kDutyKinds, item.Scalar()) : std::nullopt;
  if (kind == DutyKind::other)
    ctx.error(item, field, "value.choice", "其他職務請寫明為何種職務，寫成「- other: 職務名稱」，例如「- other: 客服中心主管」。");
  else if (kind)
    return Duty{*kind, ""};
  else
    ctx.error(item, field, "value.choice", "不是可用的兼辦職務；" + kDutyChoices);
  return std::nullopt;
}

// duties: `dedicated`, or the duties held besides the roles: [it], [internal_audit],
// [it, {other: 客服中心主管}]. The old values concurrent_it ([it]) and concurrent_other
// (an other duty the data does not name) keep loading; one kind alone (`it`) is a list
// of one.
std::vector<Duty> read_duties(Fields& f, const FileContext& ctx) {
  std::vector<Duty> duties;
  if (f.has("duties") && f.child("duties").IsSequence()) {
    auto items = f.list("duties", Need::required);
    if (items.empty())
      f.error_at("duties", "list.short", "未列出任何兼辦職務；若無其他職務，請填 dedicated（專責）。");
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string field = item_path(f.path_of("duties"), i);
      if (ctx.positions) (*ctx.positions)[field] = ctx.pos(items[i]);
      auto duty = read_duty(items[i], field, ctx);
      if (duty && std::find(duties.begin(), duties.end(), *duty) != duties.end())
        ctx.error(items[i], field, "duty.twice", "「" + duty_label(*duty) + "」重複列出。");
      else if (duty)
        duties.push_back(*duty);
    }
    return duties;
  }
  auto word = f.text("duties");
  if (!word || *word == "dedicated") return duties;
  if (*word == "concurrent_it") return {Duty{DutyKind::it, ""}};
  if (*word == "concurrent_other") return {Duty{DutyKind::other, ""}};
  const auto kind = enum_from_code(kDutyKinds, *word);
  if (kind && *kind != DutyKind::other) return {Duty{*kind, ""}};
  f.error_at("duties", "value.choice", "「" + *word + "」不是可用的值；" + kDutyChoices);
  return duties;
}

Training read_training(Fields& person, const FileContext& ctx) {
  Training training;
  auto node = person.mapping("training");
  if (!node) return training;
  Fields f(*node, person.path_of("training"), ctx);
  training.hours = f.number("hours", Need::required, 0, 8784).value_or(0);  // hours in a leap year
  training.assessment_passed = f.boolean("assessment_passed").value_or(false);
  f.finish();
  return training;
}

Person read_person(const YamlNode& node, const std::string& path, const FileContext& ctx) {
  Person person;
  Fields f(node, path, ctx);
  person.pos = f.pos();
  if (!f.ok()) return person;
  if (auto v = f.identifier("id")) person.id = *v;
  if (auto v = f.text("name")) person.name = *v;
  if (auto v = f.text("title")) person.title = *v;
  person.roles = read_roles(f, ctx);
  person.other_duties = read_duties(f, ctx);
  person.training = read_training(f, ctx);
  f.finish();
  return person;
}

}  // namespace

std::vector<Person> read_people(Fields& top, const FileContext& ctx) {
  std::vector<Person> people;
  auto items = top.list("people", Need::required, 1);
  std::set<std::string> seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string path = item_path("people", i);
    Person person = read_person(items[i], path, ctx);
    if (!person.id.empty() && !seen.insert(person.id).second)
      ctx.diagnostics->error("person.duplicate", person.pos, path + ".id",
                             "人員代號「" + person.id + "」重複；每位人員的代號必須不同。");
    people.push_back(std::move(person));
  }
  return people;
}

}  // namespace filinggen::model
