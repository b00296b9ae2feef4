// declaration: the co-signed information-security declaration of CC-12000.
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

Signatory read_signatory(const YamlNode& node, const std::string& path,
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
  }
  f.finish();
  return signatory;
}

}  // namespace

// Only what makes the declaration readable is checked here: each co-signer names a
// person of the file. Who must sign, in which roles, and the order and timing of the
// dates are the regulation's, so the rules stage reports them as findings with their
// control code (rules/declaration_rule.cpp), and the firm is still checked in full.
Declaration read_declaration(Fields& top, const std::vector<Person>& people, const FileContext& ctx) {
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

  auto nodes = f.list("signatories", Need::required, 1);
  for (std::size_t i = 0; i < nodes.size(); ++i)
    decl.signatories.push_back(
        read_signatory(nodes[i], "declaration.signatories[" + std::to_string(i) + "]", people, ctx));
  f.finish();
  return decl;
}

}  // namespace filinggen::model
