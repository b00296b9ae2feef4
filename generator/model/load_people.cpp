// people: everyone the filings name, with roles, duties and training (CC-13000).
#include <algorithm>
#include <set>

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

Person read_person(const YAML::Node& node, const std::string& path, const FileContext& ctx) {
  Person person;
  Fields f(node, path, ctx);
  person.pos = f.pos();
  if (!f.ok()) return person;
  if (auto v = f.identifier("id")) person.id = *v;
  if (auto v = f.text("name")) person.name = *v;
  if (auto v = f.text("title")) person.title = *v;
  person.roles = read_roles(f, ctx);
  if (auto v = f.choice("duties", kDuties)) person.duties = *v;
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
