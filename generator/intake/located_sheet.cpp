// Finding a firm workbook sheet's labelled rows and tables by their words.
#include "intake/located_sheet.hpp"

#include <algorithm>
#include <set>

namespace filinggen::intake {
namespace {

std::string text_at(const xlsx::Sheet& sheet, int row, int column) {
  const auto* v = sheet.at(row, column);
  return v ? cell_text(v->text) : "";
}

// The first line of a cell, cut short, for a message.
std::string excerpt(const std::string& text) {
  std::string line = cell_text(text.substr(0, text.find('\n')));
  if (line.size() > 60) {
    std::size_t cut = 60;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    line = line.substr(0, cut) + "…";
  }
  return line;
}

int last_row(const xlsx::Sheet& sheet) { return sheet.cells.empty() ? -1 : sheet.cells.rbegin()->first.first; }

std::string column_key(const CellSpec& c) { return *c.key ? c.key : c.label; }

SourcePos at(const std::string& path, const std::string& sheet, int row, int column) {
  return {path, 0, 0, sheet + "!" + xlsx::cell_name(row, column)};
}

std::optional<int> find_header(const xlsx::Sheet& sheet, const TableSpec& table) {
  for (int r = 0; r <= last_row(sheet); ++r)
    if (text_at(sheet, r, 0) == table.columns[0].label && text_at(sheet, r, 1) == table.columns[1].label) return r;
  return std::nullopt;
}

std::optional<LocatedTable> locate_table(const xlsx::Sheet& sheet, const TableSpec& table, const std::string& path,
                                         Diagnostics& diagnostics) {
  std::string headers;
  for (const auto& c : table.columns) headers.append("「").append(c.label).append("」");
  const auto header = find_header(sheet, table);
  if (!header) {
    diagnostics.error("workbook.header_missing", {path, 0, 0, sheet.name}, "",
                      "工作表「" + sheet.name + "」中找不到「" + table.title + "」表的標題列（" + headers +
                          "，自 A 欄起）；請勿刪除、改寫或移動標題列。");
    return std::nullopt;
  }
  LocatedTable located{&table, *header, {}, {}};
  for (const auto& [where, value] : sheet.cells) {
    if (where.first != *header) continue;
    for (const auto& c : table.columns)
      if (cell_text(value.text) == c.label) located.columns.emplace(column_key(c), where.second);
  }
  bool complete = true;
  for (const auto& c : table.columns)
    if (!located.columns.count(column_key(c))) {
      complete = false;
      diagnostics.error("workbook.header_missing", at(path, sheet.name, *header, 0), "",
                        std::string("「") + table.title + "」表的標題列中沒有「" + c.label + "」欄；請勿刪除或改寫標題。");
    }
  if (!complete) return std::nullopt;
  return located;
}

// The rows of each table: below its header, up to the next table's title row.
void collect_rows(const xlsx::Sheet& sheet, std::vector<LocatedTable>& tables) {
  for (std::size_t i = 0; i < tables.size(); ++i) {
    const int end = i + 1 < tables.size() ? tables[i + 1].header_row - 1 : last_row(sheet) + 1;
    std::set<int> rows;
    for (const auto& [where, value] : sheet.cells) {
      if (where.first <= tables[i].header_row || where.first >= end) continue;
      for (const auto& c : tables[i].spec->columns)
        if (*c.key && tables[i].columns.at(c.key) == where.second && !cell_text(value.text).empty()) rows.insert(where.first);
      if (value.formula && value.text.empty()) rows.insert(where.first);
    }
    tables[i].rows.assign(rows.begin(), rows.end());
  }
}

// Whether a value at (row, column) has a place: a labelled row's label, value or help,
// a title or header, or a table's column.
bool has_place(const LocatedSheet& s, int row, int column, const std::set<int>& field_rows) {
  if (row == 0) return true;  // the sheet's title
  if (field_rows.count(row)) return column <= kHelpColumn;
  for (std::size_t i = 0; i < s.tables.size(); ++i) {
    const auto& t = s.tables[i];
    if (row == t.header_row || (row == t.header_row - 1 && column == 0)) return true;
    const int end = i + 1 < s.tables.size() ? s.tables[i + 1].header_row - 1 : 1 << 30;
    if (row > t.header_row && row < end)
      for (const auto& [key, c] : t.columns)
        if (c == column) return true;
  }
  // The header row of the labelled rows (欄位 | 內容 | 說明).
  return !s.spec->fields.empty() && text_at(*s.sheet, row, kLabelColumn) == kFieldsHeader && column <= kHelpColumn;
}

void report_strays(const LocatedSheet& s, const std::string& path, Diagnostics& diagnostics) {
  std::set<int> field_rows;
  for (const auto& [key, row] : s.field_rows) field_rows.insert(row);
  int reported = 0;
  for (const auto& [where, value] : s.sheet->cells) {
    if (cell_text(value.text).empty() || has_place(s, where.first, where.second, field_rows)) continue;
    if (++reported > 5) break;
    diagnostics.error("workbook.stray", at(path, s.sheet->name, where.first, where.second), "",
                      "這個儲存格不在任何欄位或表格內，卻填有「" + excerpt(value.text) +
                          "」；filinggen 不知道它的意思。請刪除，或填到對應的欄位。");
  }
}

void report_merged(const LocatedSheet& s, const std::string& path, Diagnostics& diagnostics) {
  for (const auto& m : s.sheet->merged) {
    if (m.first_row == 0 && m.last_row == 0) continue;  // the sheet's title may span columns
    diagnostics.error("workbook.merged",
                      {path, 0, 0, s.sheet->name + "!" + xlsx::cell_name(m.first_row, m.first_column) + ":" +
                                       xlsx::cell_name(m.last_row, m.last_column)},
                      "", "這些儲存格已合併；合併後只有左上角的值會被讀到。請取消合併儲存格，每格各填一個值。");
  }
}

// A labelled row whose label was changed: named once, at its label, with the label it
// most likely had (the missing ones in order); a label deleted with its row, by name.
void report_changed_labels(LocatedSheet& s, const std::vector<int>& unknown_rows,
                           const std::vector<const CellSpec*>& missing, const std::string& path,
                           Diagnostics& diagnostics) {
  const std::string& name = s.sheet->name;
  for (std::size_t i = 0; i < unknown_rows.size(); ++i) {
    const int row = unknown_rows[i];
    s.field_rows.emplace("?" + std::to_string(row), row);  // its cells have a place: reported here
    const std::string label = text_at(*s.sheet, row, kLabelColumn);
    diagnostics.error("workbook.row_missing", at(path, name, row, kLabelColumn), "",
                      "「" + label + "」不是工作表「" + name + "」的欄位名稱" +
                          (i < missing.size() ? std::string("；是否應為「") + missing[i]->label + "」？" : "。") +
                          "請改回原來的欄位名稱，或刪除這一列。");
  }
  for (std::size_t i = unknown_rows.size(); i < missing.size(); ++i)
    diagnostics.error("workbook.row_missing", {path, 0, 0, name}, "",
                      "工作表「" + name + "」中找不到「" + missing[i]->label + "」一列（A 欄為欄位名稱）；請勿刪除該列或改寫其名稱。");
}

}  // namespace

std::string cell_text(const std::string& raw) {
  std::string out;
  for (char c : raw)
    if (c != '\r') out.push_back(c);
  const auto first = out.find_first_not_of(" \n\t");
  if (first == std::string::npos) return "";
  return out.substr(first, out.find_last_not_of(" \n\t") - first + 1);
}

std::string LocatedSheet::cell(int row, int column) const { return sheet->name + "!" + xlsx::cell_name(row, column); }

const xlsx::CellValue* LocatedSheet::value(int row, int column) const { return sheet->at(row, column); }

std::optional<LocatedSheet> locate_sheet(const xlsx::Workbook& book, const SheetSpec& spec, const std::string& path,
                                         bool required, Diagnostics& diagnostics) {
  const xlsx::Sheet* sheet = book.sheet(spec.name);
  if (!sheet) {
    if (required)
      diagnostics.error("workbook.sheet_missing", {path, 0, 0}, "",
                        std::string("活頁簿中沒有「") + spec.name + "」工作表；它可能被刪除或改名。請改回「" + spec.name +
                            "」，或以 filinggen init --xlsx 產生新的活頁簿對照填寫。");
    return std::nullopt;
  }
  LocatedSheet s{sheet, &spec, {}, {}};
  const std::size_t errors = diagnostics.error_count();
  for (const auto& table : spec.tables)
    if (auto t = locate_table(*sheet, table, path, diagnostics)) s.tables.push_back(*t);
  if (diagnostics.error_count() > errors) return std::nullopt;
  collect_rows(*sheet, s.tables);
  const int fields_end = s.tables.empty() ? last_row(*sheet) + 1 : s.tables.front().header_row - 1;
  std::vector<int> unknown_rows;  // labelled rows whose label is none of the sheet's
  for (int r = 0; r < fields_end; ++r) {
    const std::string label = text_at(*sheet, r, kLabelColumn);
    if (label.empty() || label == spec.title || label == kFieldsHeader) continue;
    bool known = false;
    for (const auto& f : spec.fields)
      if (label == f.label) {
        known = true;
        s.field_rows.emplace(f.key, r);
      }
    if (!known) unknown_rows.push_back(r);
  }
  std::vector<const CellSpec*> missing;
  for (const auto& f : spec.fields)
    if (!s.field_rows.count(f.key)) missing.push_back(&f);
  report_changed_labels(s, unknown_rows, missing, path, diagnostics);
  report_strays(s, path, diagnostics);
  report_merged(s, path, diagnostics);
  if (diagnostics.error_count() > errors) return std::nullopt;
  return s;
}

}  // namespace filinggen::intake
