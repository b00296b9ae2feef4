// A planned worksheet's cells: text (rich where underlined or struck), real dates, live
// counts; merged cells; every column's width and every row's height (no autofit in Excel).
#include <cmath>
#include <string_view>

#include "xlsx/form_protocol.hpp"
#include "xlsx/sheet_writer.hpp"
#include "xlsx/xlsx.hpp"

namespace filinggen::xlsx {
namespace {

bool rich(const PlannedCell& cell) {
  for (const auto& run : cell.runs)
    if (run.underline || run.strike) return true;
  return false;
}

CellLook look_of(const PlannedCell& cell) {
  return {cell.role, cell.align, cell.bold, cell.size, !cell.field.name.empty(), cell.date.has_value()};
}

// The formula of a count (see doc::FieldCount), e.g. =COUNTIF('自評表'!$C$10:$C$40,"符合").
std::string count_formula(const doc::FieldCount& count, const FieldColumns& fields) {
  auto found = fields.find(count.field);
  if (found == fields.end()) return "";
  const std::string range = range_reference(found->second);
  if (!count.value) return "=COUNTA(" + range + ")";
  if (!count.value->empty()) return "=COUNTIF(" + range + "," + formula_string(*count.value) + ")";
  auto keys = fields.find(kKeyField);
  if (keys == fields.end()) return "";
  return "=COUNTIFS(" + range_reference(keys->second) + ",\"<>\"," + range + ",\"\")";
}

lxw_error write_rich(lxw_worksheet* ws, int row, const PlannedCell& cell, CellFormats& formats, lxw_format* format) {
  std::vector<lxw_rich_string_tuple> tuples;
  for (const auto& run : cell.runs)
    tuples.push_back({formats.run({cell.size, cell.bold, run.underline, run.strike}), const_cast<char*>(run.text.c_str())});
  std::vector<lxw_rich_string_tuple*> pointers;
  for (auto& t : tuples) pointers.push_back(&t);
  pointers.push_back(nullptr);
  if (tuples.size() == 1)  // libxlsxwriter wants two fragments at least; one is plain text with the run's look
    return worksheet_write_string(ws, row, cell.column, cell.runs.front().text.c_str(), format);
  return worksheet_write_rich_string(ws, row, cell.column, pointers.data(), format);
}

lxw_error write_cell(lxw_worksheet* ws, int row, const PlannedCell& cell, SheetContext& context) {
  lxw_format* format = context.formats.cell(look_of(cell));
  if (cell.span > 1) {
    lxw_error merged = worksheet_merge_range(ws, row, cell.column, row, cell.column + cell.span - 1, "", format);
    if (merged != LXW_NO_ERROR) return merged;
  }
  if (cell.count) {
    const std::string formula = count_formula(*cell.count, context.fields);
    if (!formula.empty())
      return worksheet_write_formula_num(ws, row, cell.column, formula.c_str(), format, std::atof(cell.plain().c_str()));
  }
  if (cell.date) {
    lxw_datetime when{cell.date->year, cell.date->month, cell.date->day, 0, 0, 0};
    return worksheet_write_datetime(ws, row, cell.column, &when, format);
  }
  if (cell.runs.empty()) return worksheet_write_blank(ws, row, cell.column, format);
  if (rich(cell)) return write_rich(ws, row, cell, context.formats, format);
  // Always a string cell: text beginning with = + - @ stays text, never a formula.
  return worksheet_write_string(ws, row, cell.column, cell.plain().c_str(), format);
}

double row_height(const PlannedRow& row, const PlannedSheet& sheet) {
  if (row.cells.empty()) return 8;  // a blank row between blocks
  double height = row.min_height;
  for (const auto& cell : row.cells) {
    double width = 0;
    for (int c = cell.column; c < cell.column + cell.span; ++c) width += sheet.column_widths[c];
    height = std::max(height, wrapped_height(cell.plain(), width, cell.size));
  }
  return std::min(409.0, std::ceil(height));  // Excel's tallest row
}

void set_columns(const PlannedSheet& sheet, lxw_worksheet* ws) {
  for (std::size_t c = 0; c < sheet.column_widths.size(); ++c) {
    lxw_row_col_options hidden{};
    hidden.hidden = static_cast<int>(c) == sheet.key_column;
    worksheet_set_column_opt(ws, c, c, sheet.column_widths[c], nullptr, &hidden);
  }
}

}  // namespace

int written_row(const PlannedSheet& sheet, int planned_row) { return planned_row + (sheet.has_fields() ? 1 : 0); }

std::string range_reference(const FieldColumn& field) {
  const std::string column = column_name(field.column);
  return "'" + field.sheet + "'!$" + column + "$" + std::to_string(field.first_row + 1) + ":$" + column + "$" +
         std::to_string(field.last_row + 1);
}

FieldColumns field_columns(const std::vector<PlannedSheet>& sheets) {
  FieldColumns fields;
  for (const auto& sheet : sheets)
    for (std::size_t r = 0; r < sheet.rows.size(); ++r)
      for (const auto& cell : sheet.rows[r].cells) {
        if (cell.field.name.empty()) continue;
        const int row = written_row(sheet, static_cast<int>(r));
        auto [it, fresh] = fields.try_emplace(cell.field.name, FieldColumn{sheet.name, cell.column, row, row});
        if (!fresh) it->second.last_row = row;
      }
  for (const auto& sheet : sheets)  // the keys, as field "key" of the hidden column
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
      if (sheet.rows[r].key.empty()) continue;
      const int row = written_row(sheet, static_cast<int>(r));
      auto [it, fresh] = fields.try_emplace(kKeyField, FieldColumn{sheet.name, sheet.key_column, row, row});
      if (!fresh) it->second.last_row = row;
    }
  return fields;
}

bool write_sheet(const PlannedSheet& sheet, SheetContext& context) {
  lxw_worksheet* ws = context.worksheet;
  set_columns(sheet, ws);
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    const PlannedRow& row = sheet.rows[r];
    const int at = written_row(sheet, static_cast<int>(r));
    worksheet_set_row(ws, at, row_height(row, sheet), nullptr);
    for (const auto& cell : row.cells) {
      lxw_error error = write_cell(ws, at, cell, context);
      if (error != LXW_NO_ERROR) {
        const std::string why = error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED
                                    ? "文字超過 Excel 儲存格的上限（32,767 字元）；請縮短資料中的這段文字。"
                                    : std::string("無法寫入試算表儲存格：") + lxw_strerror(error);
        context.diagnostics.error("xlsx.cell", {context.source, 0, 0}, sheet.name + "!" + cell_name(at, cell.column), why);
        return false;
      }
    }
    if (sheet.key_column >= 0 && !row.key.empty())
      worksheet_write_string(ws, at, sheet.key_column, row.key.c_str(), nullptr);
  }
  return true;
}

}  // namespace filinggen::xlsx
