// The firm workbook's sheets as the firm file's sections: 公司 -> firm, 人員 -> people,
// 聲明書 -> declaration, 自評表 -> self_assessment, 修正條文 -> revisions.
#include "intake/firm_workbook_reader.hpp"

#include <map>

#include "intake/section_reader.hpp"
#include "model/enum_names.hpp"

namespace filinggen::intake {

const CellSpec& column_spec(const TableSpec& table, const std::string& key) {
  for (const auto& c : table.columns)
    if (key == c.key) return c;
  return table.columns.front();
}

const CellSpec& field_spec(const SheetSpec& sheet, const std::string& key) {
  for (const auto& f : sheet.fields)
    if (key == f.key) return f;
  return sheet.fields.front();
}

void set_dotted(DataNode& mapping, const std::string& key, DataNode value) {
  const auto dot = key.find('.');
  if (dot == std::string::npos) {
    mapping.add(key, std::move(value));
    return;
  }
  const std::string head = key.substr(0, dot);
  for (auto& [k, v] : mapping.fields)
    if (k == head) return set_dotted(v, key.substr(dot + 1), std::move(value));
  set_dotted(mapping.add(head, DataNode::mapping()), key.substr(dot + 1), std::move(value));
}

void SectionReader::place(const std::string& field, const LocatedSheet& sheet, int row, int column) {
  data.cells.emplace(field, sheet.cell(row, column));
}

std::optional<DataNode> SectionReader::field(const LocatedSheet& sheet, const std::string& section,
                                             const std::string& key, DataNode& into) {
  const int row = sheet.field_rows.at(key);
  const std::string path_of = section + "." + key;
  place(path_of, sheet, row, kValueColumn);
  data.labels.emplace(path_of, field_spec(*sheet.spec, key).label);
  // security_unit is where its first field is.
  for (auto dot = key.find('.'); dot != std::string::npos; dot = key.find('.', dot + 1))
    place(section + "." + key.substr(0, dot), sheet, row, kValueColumn);
  const CellSpec& spec = field_spec(*sheet.spec, key);
  auto value = values.read(sheet, row, kValueColumn, spec, path_of);
  if (value) set_dotted(into, key, *value);
  return value;
}

std::optional<DataNode> SectionReader::cell(const LocatedSheet& sheet, const LocatedTable& table, int row,
                                            const std::string& key, const std::string& field) {
  const int column = table.columns.at(key);
  place(field, sheet, row, column);
  data.labels.emplace(field, column_spec(*table.spec, key).label);
  return values.read(sheet, row, column, column_spec(*table.spec, key), field);
}

std::string SectionReader::text(const LocatedSheet& sheet, const LocatedTable& table, int row,
                                const std::string& key, const std::string& field) {
  const int column = table.columns.at(key);
  place(field, sheet, row, column);
  data.labels.emplace(field, column_spec(*table.spec, key).label);
  return values.text(sheet, row, column, field);
}

namespace {

DataNode read_firm(SectionReader& r, const LocatedSheet& sheet) {
  DataNode firm = DataNode::mapping();
  r.place("firm", sheet, 0, 0);
  for (const auto& f : sheet.spec->fields) r.field(sheet, "firm", f.key, firm);
  return firm;
}

// A person's roles (a mark in each role's column) and duties (marks, and other duties
// in words, one per line); 專責 (dedicated) when no duty is marked.
void read_roles_and_duties(SectionReader& r, const LocatedSheet& sheet, const LocatedTable& table, int row,
                           const std::string& at, DataNode& person) {
  DataNode roles = DataNode::sequence(true), duties = DataNode::sequence(true);
  for (const auto& role : model::kRoles) {
    const std::string key = "role:" + std::string(role.code);
    if (role.code == model::kRoles.front().code) r.place(at + ".roles", sheet, row, table.columns.at(key));
    auto mark = r.cell(sheet, table, row, key, at + ".roles");
    if (mark && mark->text == "true") roles.push(DataNode::scalar(std::string(role.code)));
  }
  for (const auto& duty : model::kDutyKinds) {
    const std::string key = "duty:" + std::string(duty.code);
    const int column = table.columns.at(key);
    if (duty.code == model::kDutyKinds.front().code) r.place(at + ".duties", sheet, row, column);
    auto value = r.cell(sheet, table, row, key, at + ".duties");
    if (!value) continue;
    auto push = [&](DataNode item) {
      r.place(at + ".duties[" + std::to_string(duties.items.size()) + "]", sheet, row, column);
      duties.push(std::move(item));
    };
    if (duty.value == model::DutyKind::other) {
      for (auto& line : value->items) {
        DataNode other = DataNode::mapping();
        other.add("other", line);
        duties.flow = false;
        push(std::move(other));
      }
    } else if (value->text == "true") {
      push(DataNode::scalar(std::string(duty.code)));
    }
  }
  person.add("roles", std::move(roles));
  if (duties.items.empty()) person.add("duties", DataNode::scalar("dedicated"));
  else person.add("duties", std::move(duties));
}

DataNode read_people(SectionReader& r, const LocatedSheet& sheet, std::map<std::string, std::vector<std::string>>& ids_by_name) {
  const LocatedTable& table = sheet.tables.front();
  r.place("people", sheet, table.header_row, 0);
  DataNode people = DataNode::sequence();
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    const int row = table.rows[i];
    const std::string at = "people[" + std::to_string(i) + "]";
    r.place(at, sheet, row, table.columns.at("name"));
    DataNode person = DataNode::mapping();
    auto id = r.cell(sheet, table, row, "id", at + ".id");
    // A person the workbook names by row only gets an id of its row, for the signatories.
    const std::string person_id = id ? id->text : "person-" + std::to_string(row + 1);
    person.add("id", DataNode::scalar(person_id));
    if (auto name = r.cell(sheet, table, row, "name", at + ".name")) {
      person.add("name", *name);
      if (name->text != person_id) ids_by_name[name->text].push_back(person_id);
    }
    ids_by_name[person_id].push_back(person_id);
    if (auto title = r.cell(sheet, table, row, "title", at + ".title")) person.add("title", *title);
    read_roles_and_duties(r, sheet, table, row, at, person);
    DataNode training = DataNode::mapping();
    r.place(at + ".training", sheet, row, table.columns.at("training.hours"));
    for (const char* key : {"training.hours", "training.assessment_passed"})
      if (auto v = r.cell(sheet, table, row, key, at + "." + key)) set_dotted(person, key, *v);
    people.push(std::move(person));
  }
  return people;
}

// A signatory's name as the id of the one person of 人員 with that name (or that id).
std::optional<std::string> signatory_person(SectionReader& r, const LocatedSheet& sheet, int row, int column,
                                            const std::string& name, const std::string& field,
                                            const std::map<std::string, std::vector<std::string>>& ids_by_name) {
  auto found = ids_by_name.find(name);
  if (found != ids_by_name.end() && found->second.size() == 1) return found->second.front();
  r.values.error("workbook.person", sheet, row, column, field,
                 found == ids_by_name.end()
                     ? "「" + name + "」不在「人員」工作表中；請從清單中選擇，或先在「人員」中加上此人。"
                     : "「人員」工作表中有不只一位「" + name + "」；請在「人員」的代號欄為他們填上不同的代號，並在此填入代號。");
  return std::nullopt;
}

// `ids_by_name` is null when 人員 could not be read: then no signatory can be checked.
DataNode read_declaration(SectionReader& r, const LocatedSheet& sheet,
                          const std::map<std::string, std::vector<std::string>>* ids_by_name) {
  DataNode declaration = DataNode::mapping();
  r.place("declaration", sheet, 0, 0);
  for (const auto& f : sheet.spec->fields) r.field(sheet, "declaration", f.key, declaration);
  const LocatedTable& signers = sheet.tables[0];
  const LocatedTable& statement = sheet.tables[1];
  DataNode paragraphs = DataNode::sequence();
  r.place("declaration.statement", sheet, statement.header_row, statement.columns.at("statement"));
  for (const int row : statement.rows) {
    const std::string at = "declaration.statement[" + std::to_string(paragraphs.items.size()) + "]";
    if (auto text = r.cell(sheet, statement, row, "statement", at)) paragraphs.push(*text);
  }
  declaration.add("statement", std::move(paragraphs));
  DataNode signatories = DataNode::sequence();
  r.place("declaration.signatories", sheet, signers.header_row, 0);
  for (const int row : signers.rows) {
    const std::string at = "declaration.signatories[" + std::to_string(signatories.items.size()) + "]";
    r.place(at, sheet, row, signers.columns.at("role"));
    DataNode signatory = DataNode::mapping();
    if (auto role = r.cell(sheet, signers, row, "role", at + ".role")) signatory.add("role", *role);
    const std::string name = r.text(sheet, signers, row, "person", at + ".person");
    if (!name.empty() && !ids_by_name) r.values.mark_reported(at + ".person");
    if (!name.empty() && ids_by_name)
      if (auto id = signatory_person(r, sheet, row, signers.columns.at("person"), name, at + ".person", *ids_by_name))
        signatory.add("person", DataNode::scalar(*id));
    signatories.push(std::move(signatory));
  }
  declaration.add("signatories", std::move(signatories));
  return declaration;
}

}  // namespace

WorkbookData read_firm_workbook(const xlsx::Workbook& book, const std::string& path, const model::LoadOptions& options,
                                Diagnostics& diagnostics) {
  WorkbookData data;
  data.root = DataNode::mapping();
  data.root.add("schema_version", DataNode::scalar("1", true));
  SectionReader r{CellValues(path, diagnostics), data, options, path};
  auto firm = locate_sheet(book, firm_sheet(), path, true, diagnostics);
  auto people = locate_sheet(book, people_sheet(), path, true, diagnostics);
  auto declaration = locate_sheet(book, declaration_sheet(), path, true, diagnostics);
  auto assessment = locate_sheet(book, assessment_sheet(), path, false, diagnostics);
  auto revisions = locate_sheet(book, revisions_sheet(), path, false, diagnostics);
  std::map<std::string, std::vector<std::string>> ids_by_name;
  // A sheet that could not be read was reported: its section is not missing as well.
  if (firm) data.root.add("firm", read_firm(r, *firm));
  else r.values.mark_reported("firm");
  if (people) data.root.add("people", read_people(r, *people, ids_by_name));
  else r.values.mark_reported("people");
  if (declaration) data.root.add("declaration", read_declaration(r, *declaration, people ? &ids_by_name : nullptr));
  else r.values.mark_reported("declaration");
  if (assessment)
    if (auto section = read_self_assessment(r, *assessment)) data.root.add("self_assessment", std::move(*section));
  if (revisions)
    if (auto section = read_revisions(r, *revisions)) data.root.add("revisions", std::move(*section));
  data.reported.insert(r.values.reported_fields().begin(), r.values.reported_fields().end());
  return data;
}

}  // namespace filinggen::intake
