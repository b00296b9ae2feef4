// The 修正條文 sheet as the firm file's revisions. A shared entry's row shows the shared
// text; what a person changed there becomes the firm's override of that entry, field by
// field, as a firm file writes it. A row of 本公司 is one of the firm's own entries.
#include <filesystem>

#include "intake/section_reader.hpp"
#include "model/enum_names.hpp"
#include "model/shared_data.hpp"

namespace filinggen::intake {
namespace {

constexpr const char* kTextFields[] = {"title", "current", "amended"};

const model::RevisionEntry* shared_entry(const std::optional<model::Revisions>& shared, const std::string& id) {
  if (!shared) return nullptr;
  for (const auto& e : shared->entries)
    if (e.id == id) return &e;
  return nullptr;
}

std::string shared_text(const model::RevisionEntry& e, const std::string& key) {
  return key == "title" ? e.title : key == "current" ? e.current : e.amended;
}

std::vector<std::string> lines_of(const std::optional<DataNode>& v) {
  std::vector<std::string> out;
  if (v)
    for (const auto& item : v->items) out.push_back(item.text);
  return out;
}

struct RevisionRows {
  SectionReader& r;
  const LocatedSheet& sheet;
  const LocatedTable& table;
  const std::optional<model::Revisions>& shared;
  DataNode overrides = DataNode::sequence();
  DataNode entries = DataNode::sequence();

  // A shared entry's row: each field that differs from the shared text is overridden.
  void shared_row(int row, const model::RevisionEntry& e) {
    const std::string at = "revisions.overrides[" + std::to_string(overrides.items.size()) + "]";
    DataNode override_ = DataNode::mapping();
    override_.add("code", DataNode::scalar(e.id));
    r.place(at, sheet, row, table.columns.at("id"));
    const auto code = r.text(sheet, table, row, "code", at + ".code");
    const auto kind = r.cell(sheet, table, row, "kind", at + ".kind");
    if ((!code.empty() && code != e.code) ||
        (kind && kind->text != model::enum_code(model::kRevisionKinds, e.kind)))
      r.values.error("workbook.shared_entry", sheet, row, table.columns.at(code != e.code ? "code" : "kind"), at,
                     "共用條文「" + e.id + "」的規範代碼與類型不能修改；要改寫其文字，請直接修改標題、現行條文、修正條文或說明欄。");
    for (const char* key : kTextFields) {
      const std::string text = r.text(sheet, table, row, key, at + "." + key);
      if (text != shared_text(e, key)) override_.add(key, DataNode::scalar(text));
    }
    const auto explanation = r.cell(sheet, table, row, "explanation", at + ".explanation");
    if (lines_of(explanation) != e.explanation) override_.add("explanation", explanation.value_or(DataNode::sequence()));
    if (override_.fields.size() > 1) overrides.push(std::move(override_));
  }

  void firm_row(int row) {
    const std::string at = "revisions.entries[" + std::to_string(entries.items.size()) + "]";
    r.place(at, sheet, row, table.columns.at("id"));
    DataNode entry = DataNode::mapping();
    for (const char* key : {"id", "code", "title", "kind", "current", "amended", "explanation"})
      if (auto v = r.cell(sheet, table, row, key, at + "." + key)) entry.add(key, *v);
    entries.push(std::move(entry));
  }

  void read(int row) {
    const auto source = r.cell(sheet, table, row, "source", "revisions");
    const std::string id = r.text(sheet, table, row, "id", "revisions");
    const auto* e = shared_entry(shared, id);
    const bool is_shared = source ? source->text == "shared" : e != nullptr;
    if (!is_shared) return firm_row(row);
    if (e) return shared_row(row, *e);
    if (shared)
      r.values.error("workbook.shared_entry", sheet, row, table.columns.at("id"), "revisions",
                     "共用條文中沒有編號「" + id + "」；本公司自訂的條文，來源請選「" + kFirmSource + "」。");
  }
};

std::optional<model::Revisions> shared_amendments(SectionReader& r, const LocatedSheet& sheet,
                                                  const std::optional<DataNode>& reference) {
  if (!reference) return std::nullopt;
  const int row = sheet.field_rows.at("amendments");
  const SourcePos at{r.path, 0, 0, sheet.cell(row, kValueColumn)};
  const std::string base_dir = std::filesystem::path(r.path).parent_path().string();
  auto shared = model::read_amendments_file(reference->text, base_dir, r.options, at, "revisions.amendments",
                                            r.values.diagnostics());
  if (!shared) r.values.mark_reported("revisions.amendments");
  return shared;
}

}  // namespace

std::optional<DataNode> read_revisions(SectionReader& r, const LocatedSheet& sheet) {
  DataNode revisions = DataNode::mapping();
  r.place("revisions", sheet, 0, 0);
  const auto reference = r.field(sheet, "revisions", "amendments", revisions);
  const auto board_meeting = r.field(sheet, "revisions", "board_meeting", revisions);
  const auto shared = shared_amendments(r, sheet, reference);
  const LocatedTable& table = sheet.tables.front();
  RevisionRows rows{r, sheet, table, shared};
  for (const int row : table.rows) rows.read(row);
  if (!board_meeting && rows.overrides.items.empty() && rows.entries.items.empty()) return std::nullopt;
  if (!rows.overrides.items.empty()) revisions.add("overrides", std::move(rows.overrides));
  if (!rows.entries.items.empty()) revisions.add("entries", std::move(rows.entries));
  return revisions;
}

}  // namespace filinggen::intake
