// What each cell of the firm workbook shows, from a firm file or for a new firm.
#include "intake/workbook_values.hpp"

#include <filesystem>
#include <map>

#include "model/enum_names.hpp"
#include "model/shared_data.hpp"
#include "text/text.hpp"

namespace filinggen::intake {
namespace fs = std::filesystem;
namespace {

Shown text(std::string t) { return {std::move(t), {}, {}}; }
Shown number(double x) { return {"", x, {}}; }
Shown date(const CivilDate& d) { return d.year > 0 ? Shown{"", {}, d} : Shown{}; }
Shown yes_no(bool b) { return text(b ? kMark : kNo); }

std::string joined_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out.append(out.empty() ? "" : "\n").append(l);
  return out;
}

template <typename E, std::size_t N>
Shown label(const std::array<model::EnumName<E>, N>& table, E value) {
  for (const auto& e : table)
    if (e.value == value) return text(std::string(e.label));
  return {};
}

// A reference to a shared file as the workbook in `dir` writes it: standard:NAME for the
// standard's own files, else a path relative to the workbook's folder.
std::string reference_to(const std::string& resolved, const std::string& dir, const model::LoadOptions& options) {
  const fs::path file = fs::absolute(resolved).lexically_normal();
  if (!options.standard_dir.empty() && file.parent_path() == fs::absolute(options.standard_dir).lexically_normal())
    return "standard:" + file.filename().string();
  return file.lexically_relative(fs::absolute(dir).lexically_normal()).generic_string();
}

SheetValues firm_values(const model::Firm& f) {
  SheetValues s;
  s.fields["id"] = text(f.id);
  s.fields["name"] = text(f.name);
  s.fields["kind"] = label(model::kFirmKinds, f.kind);
  s.fields["foreign_branch"] = yes_no(f.foreign_branch);
  s.fields[f.capital_basis == model::CapitalBasis::paid_in ? "paid_in_capital" : "allocated_operating_capital"] =
      number(static_cast<double>(f.capital_ntd));
  char md[8];
  std::snprintf(md, sizeof md, "%02d-%02d", f.fiscal_year_end.month, f.fiscal_year_end.day);
  s.fields["fiscal_year_end"] = text(md);
  if (f.security_unit) {
    s.fields["security_unit.name"] = text(f.security_unit->name);
    s.fields["security_unit.dedicated"] = yes_no(f.security_unit->dedicated);
    s.fields["security_unit.reports_to"] = text(f.security_unit->reports_to);
  }
  return s;
}

ShownRow person_row(const model::Person& p, std::size_t index, Diagnostics& diagnostics, const std::string& file) {
  ShownRow row{{"id", text(p.id)}, {"name", text(p.name)}, {"title", text(p.title)}};
  for (const auto role : p.roles) row["role:" + std::string(model::enum_code(model::kRoles, role))] = text(kMark);
  std::vector<std::string> others;
  for (const auto& d : p.other_duties) {
    if (d.kind != model::DutyKind::other) {
      row["duty:" + std::string(model::enum_code(model::kDutyKinds, d.kind))] = text(kMark);
    } else if (d.description.empty()) {
      diagnostics.warning("workbook.stray", {file, 0, 0}, "people[" + std::to_string(index) + "].duties",
                          "「" + p.name + "」兼辦其他職務，但資料沒有寫出是什麼職務（concurrent_other）；請在活頁簿的「兼辦其他職務」欄填上職務名稱。");
    } else {
      others.push_back(d.description);
    }
  }
  if (!others.empty()) row["duty:other"] = text(joined_lines(others));
  row["training.hours"] = number(p.training.hours);
  row["training.assessment_passed"] = yes_no(p.training.assessment_passed);
  return row;
}

std::string ordinal_paragraph(std::size_t i) { return "第" + text::chinese_number(static_cast<long long>(i + 1)) + "段"; }

// How a signatory is named in its row: by name, or by id where two people share the name.
Shown signatory_name(const model::FirmFile& firm, const std::string& person_id) {
  const model::Person* p = firm.person(person_id);
  if (!p) return text(person_id);
  int same = 0;
  for (const auto& other : firm.people) same += other.name == p->name;
  return text(same == 1 ? p->name : p->id);
}

SheetValues declaration_values(const model::FirmFile& firm, const std::vector<std::string>& statement) {
  const model::Declaration& d = firm.declaration;
  SheetValues s;
  if (d.year > 0) s.fields["year"] = number(d.year - kRocOffset);
  s.fields["date"] = date(d.date);
  s.fields["board_meeting.date"] = date(d.board_meeting.date);
  if (d.year > 0) {
    s.fields["board_meeting.directors_present"] = number(d.board_meeting.directors_present);
    s.fields["board_meeting.directors_objecting"] = number(d.board_meeting.directors_objecting);
  }
  s.fields["disclosure_date"] = date(d.disclosure_date);
  std::vector<ShownRow> signers;
  for (const auto& sig : d.signatories)
    signers.push_back({{"role", label(model::kSignatoryRoles, sig.role)}, {"person", signatory_name(firm, sig.person_id)}});
  if (signers.empty())
    for (const auto& role : model::kSignatoryRoles) signers.push_back({{"role", text(std::string(role.label))}});
  std::vector<ShownRow> paragraphs;
  const std::size_t rows = statement.size() + static_cast<std::size_t>(declaration_sheet().tables[1].blank_rows);
  for (std::size_t i = 0; i < rows; ++i) {
    ShownRow row{{"段次", text(ordinal_paragraph(i))}};
    if (i < statement.size()) row["statement"] = text(statement[i]);
    paragraphs.push_back(std::move(row));
  }
  s.tables = {signers, paragraphs};
  return s;
}

std::vector<ShownRow> checklist_rows(const model::Checklist& checklist, const model::SelfAssessment* sa) {
  std::map<std::string, const model::AssessmentAnswer*> answers;
  if (sa)
    for (const auto& a : sa->answers) answers[a.item_id] = &a;
  std::vector<ShownRow> rows;
  for (const auto& area : checklist.areas)
    for (const auto& item : area.items) {
      ShownRow row{{"item", text(item.id)}, {"檢查項目", text(item.text)}};
      if (auto a = answers.find(item.id); a != answers.end()) {
        row["answer"] = label(model::kAnswers, a->second->answer);
        row["explanation"] = text(a->second->explanation);
        row["evidence"] = text(a->second->evidence);
        row["improvement_plan"] = text(a->second->improvement_plan);
        if (a->second->improvement_due) row["improvement_due"] = date(*a->second->improvement_due);
      }
      rows.push_back(std::move(row));
    }
  return rows;
}

SheetValues assessment_values(const model::SelfAssessment* sa, const model::Checklist* checklist, const std::string& reference) {
  SheetValues s;
  s.fields["checklist"] = text(reference);
  if (sa) {
    s.fields["date"] = date(sa->date);
    s.fields["subject"] = text(sa->subject);
    for (const auto a : sa->applications)
      s.fields["applications:" + std::string(model::enum_code(model::kApplications, a))] = text(kMark);
  }
  s.tables = {checklist ? checklist_rows(*checklist, sa) : std::vector<ShownRow>{}};
  return s;
}

ShownRow entry_row(const model::RevisionEntry& e, const char* source) {
  return {{"source", text(source)},
          {"id", text(e.id)},
          {"code", text(e.code)},
          {"title", text(e.title)},
          {"kind", label(model::kRevisionKinds, e.kind)},
          {"current", text(e.current)},
          {"amended", text(e.amended)},
          {"explanation", text(joined_lines(e.explanation))}};
}

// Shared entries (with the firm's overrides applied), then the firm's own, then room for more.
SheetValues revisions_values(const model::Revisions* r, const std::optional<model::Revisions>& shared,
                             const std::string& reference) {
  SheetValues s;
  s.fields["amendments"] = text(reference);
  std::vector<ShownRow> rows;
  auto is_shared = [&](const std::string& id) {
    if (shared)
      for (const auto& e : shared->entries)
        if (e.id == id) return true;
    return false;
  };
  if (r) {
    s.fields["board_meeting"] = date(r->board_meeting);
    for (const auto& e : r->entries) rows.push_back(entry_row(e, is_shared(e.id) ? kSharedSource : kFirmSource));
  } else if (shared) {
    for (const auto& e : shared->entries) rows.push_back(entry_row(e, kSharedSource));
  }
  for (int i = 0; i < revisions_sheet().tables[0].blank_rows; ++i) rows.push_back({});
  s.tables = {rows};
  return s;
}

}  // namespace

WorkbookValues values_of_firm(const model::FirmFile& firm, const model::LoadOptions& options, const std::string& workbook_dir,
                              Diagnostics& diagnostics) {
  WorkbookValues v;
  v.firm_name = firm.firm.name;
  v.sheets[kFirmSheet] = firm_values(firm.firm);
  SheetValues people;
  std::vector<ShownRow> rows;
  for (std::size_t i = 0; i < firm.people.size(); ++i) rows.push_back(person_row(firm.people[i], i, diagnostics, firm.path));
  people.tables = {rows};
  v.sheets[kPeopleSheet] = people;
  v.sheets[kDeclarationSheet] = declaration_values(firm, firm.declaration.statement);
  const model::SelfAssessment* sa = firm.self_assessment ? &*firm.self_assessment : nullptr;
  const auto standard = model::newest_standard_references(options.standard_dir);
  const std::string checklist_ref = sa ? reference_to(sa->checklist_file, workbook_dir, options) : standard.checklist;
  std::optional<model::Checklist> checklist;
  if (!sa && !checklist_ref.empty())
    checklist = model::read_checklist_file(checklist_ref, workbook_dir, options, {firm.path, 0, 0}, "", diagnostics);
  v.sheets[kAssessmentSheet] = assessment_values(sa, sa ? &sa->checklist : (checklist ? &*checklist : nullptr), checklist_ref);
  const model::Revisions* r = firm.revisions ? &*firm.revisions : nullptr;
  std::string amendments_ref = standard.amendments;
  if (r) amendments_ref = r->amendments_file.empty() ? "" : reference_to(r->amendments_file, workbook_dir, options);
  std::optional<model::Revisions> shared;
  if (!amendments_ref.empty())
    shared = model::read_amendments_file(amendments_ref, workbook_dir, options, {firm.path, 0, 0}, "", diagnostics);
  v.sheets[kRevisionsSheet] = revisions_values(r, shared, amendments_ref);
  return v;
}

WorkbookValues blank_values(const std::string& firm_id, const std::vector<std::string>& statement,
                            const model::LoadOptions& options, Diagnostics& diagnostics) {
  model::FirmFile blank;
  blank.firm.id = firm_id;
  blank.firm.fiscal_year_end = {12, 31};
  WorkbookValues v = values_of_firm(blank, options, ".", diagnostics);
  SheetValues& firm = v.sheets[kFirmSheet];
  firm.fields = {{"id", text(firm_id)}, {"foreign_branch", text(kNo)}, {"fiscal_year_end", text("12-31")}};
  v.sheets[kDeclarationSheet] = declaration_values(blank, statement);
  v.sheets[kDeclarationSheet].fields.clear();
  return v;
}

}  // namespace filinggen::intake
