// declaration: the co-signed information-security declaration of CC-12000.
#include <algorithm>
#include <set>

#include "model/load_sections.hpp"

namespace filinggen::model {
namespace {

BoardMeeting read_board_meeting(Fields& decl, const FileContext& ctx) {
  BoardMeeting meeting;
  auto node = decl.mapping("board_meeting");
  if (!node) return meeting;
  Fields f(*node, decl.path_of("board_meeting"), ctx);
  if (auto v = f.date("date")) meeting.date = *v;
  meeting.directors_present = static_cast<int>(f.integer("directors_present", Need::required, 1, 99).value_or(0));
  auto objecting = f.integer("directors_objecting", Need::required, 0, 99);
  if (objecting) {
    meeting.directors_objecting = static_cast<int>(*objecting);
    if (meeting.directors_present > 0 && *objecting > meeting.directors_present)
      f.error_at("directors_objecting", "board.objecting",
                 "持反對意見的董事人數（" + std::to_string(*objecting) + "）不能多於出席董事人數（" +
                     std::to_string(meeting.directors_present) + "）。");
  }
  f.finish();
  return meeting;
}

std::string_view enum_code(SignatoryRole role) {
  for (const auto& e : kSignatoryRoles)
    if (e.value == role) return e.code;
  return {};
}

// A signatory role is one of the person's roles of the same name.
bool holds_role(const Person& person, SignatoryRole role) {
  const auto wanted = enum_from_code(kRoles, enum_code(role));
  return std::find(person.roles.begin(), person.roles.end(), *wanted) != person.roles.end();
}

Signatory read_signatory(const YAML::Node& node, const std::string& path,
                         const std::vector<Person>& people, const FileContext& ctx) {
  Signatory signatory{SignatoryRole::chairman, ""};
  Fields f(node, path, ctx);
  const auto role = f.choice("role", kSignatoryRoles);
  if (role) signatory.role = *role;
  if (auto v = f.identifier("person")) {
    signatory.person_id = *v;
    const Person* person = nullptr;
    for (const auto& p : people)
      if (p.id == *v) person = &p;
    if (!person)
      f.error_at("person", "signatory.unknown_person",
                 "找不到代號為「" + *v + "」的人員；請確認此代號已列在 people 清單中。");
    else if (role && !holds_role(*person, *role))
      f.error_at("person", "signatory.role_not_held",
                 "人員「" + *v + "」的 roles 中沒有「" + std::string(enum_code(signatory.role)) +
                     "」，不能以" + std::string(enum_label(kSignatoryRoles, signatory.role)) + "身分聯名；"
                     "請在該人員的 roles 加上此身分，或改由正確的人員聯名。");
  }
  f.finish();
  return signatory;
}

// Four co-signers, one in each role, four different people (CC-12000).
void check_signatories(const std::vector<Signatory>& signatories, const std::vector<YAML::Node>& nodes,
                       const std::string& path, const YAML::Node& decl_node, const FileContext& ctx) {
  std::set<SignatoryRole> roles;
  std::set<std::string> persons;
  for (std::size_t i = 0; i < signatories.size() && i < nodes.size(); ++i) {
    const std::string item = path + "[" + std::to_string(i) + "]";
    const auto& s = signatories[i];
    if (!roles.insert(s.role).second)
      ctx.error(nodes[i], item + ".role", "signatory.role_twice",
                "「" + std::string(enum_label(kSignatoryRoles, s.role)) + "」已列過一次；四位聯名人須各任一種身分。");
    if (!s.person_id.empty() && !persons.insert(s.person_id).second)
      ctx.error(nodes[i], item + ".person", "signatory.person_twice",
                "人員「" + s.person_id + "」已以其他身分聯名；聲明書須由四位不同的人聯名出具。");
  }
  for (const auto& entry : kSignatoryRoles)
    if (!nodes.empty() && !roles.count(entry.value))
      ctx.error(decl_node, path, "signatory.role_missing",
                "缺少「" + std::string(entry.label) + "」（" + std::string(entry.code) +
                    "）的聯名人；聲明書須由負責資訊安全之最高主管、董事長、總經理及稽核主管聯名出具。");
}

}  // namespace

Declaration read_declaration(Fields& top, const std::vector<Person>& people, const MonthDay& fiscal_year_end,
                             const FileContext& ctx) {
  Declaration decl;
  auto node = top.mapping("declaration");
  if (!node) return decl;
  Fields f(*node, "declaration", ctx);
  decl.year = static_cast<int>(f.integer("year", Need::required, 1912, 9999).value_or(0));
  if (auto v = f.date("date")) decl.date = *v;

  auto paragraphs = f.list("statement", Need::required, 1);
  for (std::size_t i = 0; i < paragraphs.size(); ++i)
    if (auto text = text_item(paragraphs[i], "declaration.statement[" + std::to_string(i) + "]", ctx))
      decl.statement.push_back(*text);

  decl.board_meeting = read_board_meeting(f, ctx);
  if (auto v = f.date("disclosure_date")) decl.disclosure_date = *v;

  auto nodes = f.list("signatories", Need::required, 4);
  for (std::size_t i = 0; i < nodes.size(); ++i)
    decl.signatories.push_back(
        read_signatory(nodes[i], "declaration.signatories[" + std::to_string(i) + "]", people, ctx));
  if (nodes.size() > 4)
    f.error_at("signatories", "signatory.count",
               "聯名人應為四位（負責資訊安全之最高主管、董事長、總經理、稽核主管），此處列了 " +
                   std::to_string(nodes.size()) + " 位。");
  check_signatories(decl.signatories, nodes, "declaration.signatories", *node, ctx);

  // A statement on a year is signed after that year ends.
  const CivilDate year_end = fiscal_year_end.in_year(decl.year > 0 ? decl.year : 2000);
  if (decl.year > 0 && decl.date.year > 0 && decl.date <= year_end)
    f.error_at("date", "declaration.date_early",
               "聲明書日期（" + decl.date.iso() + "）應在所聲明的會計年度結束（" + year_end.iso() + "）之後。");
  if (decl.board_meeting.date.year > 0 && decl.disclosure_date.year > 0 &&
      decl.disclosure_date < decl.board_meeting.date)
    f.error_at("disclosure_date", "declaration.disclosed_before_board",
               "揭露日期（" + decl.disclosure_date.iso() + "）早於董事會通過日期（" +
                   decl.board_meeting.date.iso() + "）；聲明書須先經董事會通過才能揭露。");
  f.finish();
  return decl;
}

}  // namespace filinggen::model
