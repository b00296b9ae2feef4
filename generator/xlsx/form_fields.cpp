// What makes a sheet a form to be filled in: a hidden row naming the fields above their
// columns and a hidden column of row keys (the way back), dropdowns whose choices sit on
// a hidden sheet (a list formula: libxlsxwriter 1.1.4 overflows on long literal lists),
// marks for an answer to look at and for a required field left empty, and protection
// that leaves only the fields editable.
#include "xlsx/sheet_writer.hpp"
#include "xlsx/xlsx.hpp"

namespace filinggen::xlsx {
namespace {

void write_field_row(const PlannedSheet& sheet, lxw_worksheet* ws) {
  worksheet_write_string(ws, 0, 0, kFieldRowMarker, nullptr);
  for (const auto& row : sheet.rows)
    for (const auto& cell : row.cells)
      if (!cell.field.name.empty()) worksheet_write_string(ws, 0, cell.column, cell.field.name.c_str(), nullptr);
  if (sheet.key_column >= 0) worksheet_write_string(ws, 0, sheet.key_column, kKeyField, nullptr);
  lxw_row_col_options hidden{};
  hidden.hidden = 1;
  worksheet_set_row_opt(ws, 0, LXW_DEF_ROW_HEIGHT, nullptr, &hidden);
}

std::string joined(const std::vector<std::string>& choices) {
  std::string out;
  for (const auto& c : choices) out.append(out.empty() ? "" : "、").append(c);
  return out;
}

void add_dropdown(lxw_worksheet* ws, int row, const PlannedCell& cell, const SheetContext& context) {
  auto range = context.choice_ranges.find(cell.field.choices);
  if (range == context.choice_ranges.end()) return;
  const std::string formula = "=" + range->second;
  const std::string message = "請從清單中選擇：" + joined(cell.field.choices) + "。";
  lxw_data_validation v{};
  v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
  v.value_formula = const_cast<char*>(formula.c_str());
  v.error_title = const_cast<char*>("自評結果");
  v.error_message = const_cast<char*>(message.c_str());
  worksheet_data_validation_cell(ws, row, cell.column, &v);
}

// The field of the same row that `cell` depends on, as a column-absolute reference.
std::string required_condition(const PlannedRow& row, int at, const PlannedCell& cell) {
  for (const auto& other : row.cells) {
    if (other.field.name != cell.field.required_by) continue;
    const std::string by = std::string("$").append(column_name(other.column)).append(std::to_string(at + 1));
    std::string any;
    for (const auto& value : cell.field.required_when) any.append(any.empty() ? "" : ",").append(by).append("=\"").append(value).append("\"");
    return std::string("=AND(OR(").append(any).append("),LEN(").append(cell_name(at, cell.column)).append(")=0)");
  }
  return "";
}

void add_marks(lxw_worksheet* ws, int at, const PlannedRow& row, const PlannedCell& cell, SheetContext& context) {
  if (!cell.field.flag.empty()) {
    const std::string value = "\"" + cell.field.flag + "\"";
    lxw_conditional_format f{};
    f.type = LXW_CONDITIONAL_TYPE_CELL;
    f.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
    f.value_string = const_cast<char*>(value.c_str());
    f.format = context.formats.flagged();
    worksheet_conditional_format_cell(ws, at, cell.column, &f);
  }
  if (!cell.field.required_by.empty()) {
    const std::string formula = required_condition(row, at, cell);
    if (formula.empty()) return;
    lxw_conditional_format f{};
    f.type = LXW_CONDITIONAL_TYPE_FORMULA;
    f.value_string = const_cast<char*>(formula.c_str());
    f.format = context.formats.missing();
    worksheet_conditional_format_cell(ws, at, cell.column, &f);
  }
}

}  // namespace

void write_form_fields(const PlannedSheet& sheet, SheetContext& context) {
  if (!sheet.has_fields()) return;
  lxw_worksheet* ws = context.worksheet;
  write_field_row(sheet, ws);
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    const int at = written_row(sheet, static_cast<int>(r));
    for (const auto& cell : sheet.rows[r].cells) {
      if (cell.field.name.empty()) continue;
      if (!cell.field.choices.empty()) add_dropdown(ws, at, cell, context);
      add_marks(ws, at, sheet.rows[r], cell, context);
    }
  }
  // No password: the protection keeps the form's wording from being changed by
  // accident, while every field stays editable and rows can grow for long answers.
  lxw_protection options{};
  options.format_rows = 1;
  options.format_columns = 1;
  worksheet_protect(ws, nullptr, &options);
}

}  // namespace filinggen::xlsx
