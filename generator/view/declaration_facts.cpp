// The facts behind a declaration, for the workbook's second sheet (and any template
// that wants them): dates as ISO for real date cells, and each person's training.
#include <sstream>

#include "model/duty_words.hpp"
#include "model/enum_names.hpp"
#include "text/text.hpp"
#include "view/view.hpp"

namespace filinggen::view {
namespace mustache = kainjow::mustache;
namespace {

// 15 -> "15", 14.5 -> "14.5"
std::string hours_text(double hours) {
  std::ostringstream out;
  out << hours;
  return out.str();
}

std::string roles_text(const model::Person& person) {
  std::string out;
  for (auto role : person.roles) out += (out.empty() ? "" : "、") + std::string(model::enum_label(model::kRoles, role));
  return out;
}

// Whether the person plans or runs information security: their duties and assessment
// mean something; for everyone else only the awareness hours count.
bool in_security(const model::Person& person) {
  for (auto role : person.roles)
    if (role == model::Role::security_officer || role == model::Role::security_head || role == model::Role::security_staff)
      return true;
  return false;
}

mustache::data training(const model::FirmFile& file) {
  const std::string none = "－";
  mustache::data list{mustache::data::type::list};
  for (const auto& person : file.people) {
    const bool security = in_security(person);
    mustache::data p;
    p.set("name", person.name);
    p.set("title", person.title);
    p.set("roles", roles_text(person));
    p.set("duties", security ? model::duties_text(person) : none);
    p.set("hours", hours_text(person.training.hours));
    p.set("assessment", !security ? none : person.training.assessment_passed ? std::string("通過") : std::string("未通過"));
    list.push_back(p);
  }
  return list;
}

}  // namespace

void add_declaration_facts(const model::FirmFile& file, mustache::data& v) {
  const auto& d = file.declaration;
  v.set("date_iso", d.date.iso());
  v.set("board_date_iso", d.board_meeting.date.iso());
  v.set("board_date_full", text::roc_date(d.board_meeting.date));
  v.set("disclosure_date_iso", d.disclosure_date.iso());
  v.set("people", training(file));
  // The information-security unit, where the data names it: 資訊安全部（專責單位，由資訊安全長督導）.
  if (const auto& unit = file.firm.security_unit) {
    mustache::data u;
    u.set("name", unit->name);
    u.set("kind", unit->dedicated ? "專責單位" : "非專責單位");
    u.set("reports_to", unit->reports_to);
    u.set("text", unit->name + "（" + (unit->dedicated ? "專責單位" : "非專責單位") +
                      (unit->reports_to.empty() ? "" : "，由" + unit->reports_to + "督導") + "）");
    v.set("security_unit", u);
  }
}

}  // namespace filinggen::view
