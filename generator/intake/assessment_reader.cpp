// The 自評表 sheet as the firm file's self_assessment: the form's date, subject and
// applications, and one answer per checklist item row. A sheet left as init wrote it
// (the checklist preloaded, nothing answered) is no self-assessment at all.
#include "intake/section_reader.hpp"
#include "model/enum_names.hpp"

namespace filinggen::intake {
namespace {

constexpr const char* kAnswerParts[] = {"answer", "explanation", "evidence", "improvement_plan", "improvement_due"};

DataNode read_applications(SectionReader& r, const LocatedSheet& sheet, bool& filled) {
  DataNode applications = DataNode::sequence(true);
  bool placed = false;
  for (const auto& application : model::kApplications) {
    const std::string key = "applications:" + std::string(application.code);
    const int row = sheet.field_rows.at(key);
    if (!placed) r.place("self_assessment.applications", sheet, row, kValueColumn);
    placed = true;
    auto mark = r.values.read(sheet, row, kValueColumn, field_spec(*sheet.spec, key), "self_assessment.applications");
    if (!mark) continue;
    filled = true;
    if (mark->text == "true") applications.push(DataNode::scalar(std::string(application.code)));
  }
  return applications;
}

}  // namespace

std::optional<DataNode> read_self_assessment(SectionReader& r, const LocatedSheet& sheet) {
  DataNode sa = DataNode::mapping();
  r.place("self_assessment", sheet, 0, 0);
  bool filled = false;
  r.field(sheet, "self_assessment", "checklist", sa);
  for (const char* key : {"date", "subject"})
    if (r.field(sheet, "self_assessment", key, sa)) filled = true;
  DataNode applications = read_applications(r, sheet, filled);
  if (!applications.items.empty()) sa.add("applications", std::move(applications));

  const LocatedTable& table = sheet.tables.front();
  r.place("self_assessment.answers", sheet, table.header_row, table.columns.at("answer"));
  DataNode answers = DataNode::sequence();
  for (const int row : table.rows) {
    const std::string at = "self_assessment.answers[" + std::to_string(answers.items.size()) + "]";
    const std::string item = r.text(sheet, table, row, "item", at + ".item");
    DataNode answer = DataNode::mapping();
    for (const char* part : kAnswerParts)
      if (auto v = r.cell(sheet, table, row, part, at + "." + part)) {
        answer.add(part, *v);
        filled = true;
      }
    if (item.empty()) {
      if (!answer.fields.empty())
        r.values.error("workbook.stray", sheet, row, table.columns.at("item"), at + ".item",
                       "這一列填有自評結果，卻沒有項目編號；請勿刪除項目編號，或把內容填到對應項目的列。");
      continue;
    }
    r.place(at, sheet, row, table.columns.at("answer"));
    answer.fields.insert(answer.fields.begin(), {"item", DataNode::scalar(item)});
    answers.push(std::move(answer));
  }
  if (!filled) return std::nullopt;
  sa.add("answers", std::move(answers));
  return sa;
}

}  // namespace filinggen::intake
