// What makes a sheet a form to be filled in: a hidden row naming the fields above their
// columns and a hidden column of row keys (the way back), dropdowns whose choices sit on
// a hidden sheet (a list formula: libxlsxwriter 1.1.4 overflows on long literal lists),
// marks for an answer to look at and for a required field left empty, and protection
// that leaves only the fields editable.
#include <map>

#include "xlsx/form_protocol.hpp"
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

// One field's cells of a sheet: a column, from the first to the last row holding it
// (rows between, such as an area's label row, hold no value and match no rule).
struct FieldRange {
  const PlannedCell* cell = nullptr;  // the first, for the field's settings
  int column = 0, first = 0, last = 0;
  int required_by_column = -1;
};

std::vector<FieldRange> field_ranges(const PlannedSheet& sheet) {
  std::map<int, FieldRange> by_column;
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    const int at = written_row(sheet, static_cast<int>(r));
    for (const auto& cell : sheet.rows[r].cells) {
      if (cell.field.name.empty()) continue;
      auto [it, fresh] = by_column.try_emplace(cell.column, FieldRange{&cell, cell.column, at, at});
      it->second.last = at;
      for (const auto& other : sheet.rows[r].cells)
        if (fresh && !cell.field.required_by.empty() && other.field.name == cell.field.required_by)
          it->second.required_by_column = other.column;
    }
  }
  std::vector<FieldRange> ranges;
  for (auto& [column, range] : by_column) ranges.push_back(range);
  return ranges;
}

// One validation for the whole column: libxlsxwriter 1.1.4 leaks a copy of each list
// formula it is given (fixed upstream in 1.1.6), so it is given one per column.
void add_dropdown(lxw_worksheet* ws, const FieldRange& field, const SheetContext& context) {
  auto range = context.choice_ranges.find(field.cell->field.choices);
  if (range == context.choice_ranges.end()) return;
  const std::string formula = "=" + range->second;
  const std::string message = "請從清單中選擇：" + joined(field.cell->field.choices) + "。";
  lxw_data_validation v{};
  v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
  v.value_formula = const_cast<char*>(formula.c_str());
  v.error_title = const_cast<char*>("自評結果");
  v.error_message = const_cast<char*>(message.c_str());
  worksheet_data_validation_range(ws, field.first, field.column, field.last, field.column, &v);
}

// =AND(OR($C11="不符合",$C11="不適用"),LEN(D11)=0), relative to the range's first row.
std::string required_condition(const FieldRange& field) {
  const std::string by = std::string("$").append(column_name(field.required_by_column)).append(std::to_string(field.first + 1));
  std::string any;
  for (const auto& value : field.cell->field.required_when)
    any.append(any.empty() ? "" : ",").append(by).append("=\"").append(value).append("\"");
  return std::string("=AND(OR(").append(any).append("),LEN(").append(cell_name(field.first, field.column)).append(")=0)");
}

void add_marks(lxw_worksheet* ws, const FieldRange& field, SheetContext& context) {
  if (!field.cell->field.flag.empty()) {
    const std::string value = "\"" + field.cell->field.flag + "\"";
    lxw_conditional_format f{};
    f.type = LXW_CONDITIONAL_TYPE_CELL;
    f.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
    f.value_string = const_cast<char*>(value.c_str());
    f.format = context.formats.flagged();
    worksheet_conditional_format_range(ws, field.first, field.column, field.last, field.column, &f);
  }
  if (field.required_by_column >= 0) {
    const std::string formula = required_condition(field);
    lxw_conditional_format f{};
    f.type = LXW_CONDITIONAL_TYPE_FORMULA;
    f.value_string = const_cast<char*>(formula.c_str());
    f.format = context.formats.missing();
    worksheet_conditional_format_range(ws, field.first, field.column, field.last, field.column, &f);
  }
}

}  // namespace

void write_form_fields(const PlannedSheet& sheet, SheetContext& context) {
  if (!sheet.has_fields()) return;
  lxw_worksheet* ws = context.worksheet;
  write_field_row(sheet, ws);
  for (const auto& field : field_ranges(sheet)) {
    if (!field.cell->field.choices.empty()) add_dropdown(ws, field, context);
    add_marks(ws, field, context);
  }
  // No password: the protection keeps the form's wording from being changed by
  // accident, while every field stays editable and rows can grow for long answers.
  lxw_protection options{};
  options.format_rows = 1;
  options.format_columns = 1;
  worksheet_protect(ws, nullptr, &options);
}

}  // namespace filinggen::xlsx
