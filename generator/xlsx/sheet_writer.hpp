#pragma once
// Private to xlsx: one planned worksheet written through libxlsxwriter
// (sheet_writer.cpp: cells, merges, rich text, sizes; form_fields.cpp: the form's
// dropdowns, marks, formulas and protection; print_setup.cpp: the printed page).
#include <xlsxwriter.h>

#include <map>
#include <string>
#include <vector>

#include "base/diagnostic.hpp"
#include "xlsx/cell_formats.hpp"
#include "xlsx/sheet_plan.hpp"

namespace filinggen::xlsx {

// Where a form field's cells are: one column of one sheet, from first to last row.
struct FieldColumn {
  std::string sheet;
  int column = 0;
  int first_row = 0, last_row = 0;  // rows as written
};
using FieldColumns = std::map<std::string, FieldColumn>;

// The row a planned row is written at: a sheet with form fields keeps a hidden row on
// top that names them, so a filled-in copy can be read back.
int written_row(const PlannedSheet& sheet, int planned_row);
FieldColumns field_columns(const std::vector<PlannedSheet>& sheets);

// "'自評表'!$C$10:$C$40"
std::string range_reference(const FieldColumn& field);

struct SheetContext {
  lxw_worksheet* worksheet;
  CellFormats& formats;
  const FieldColumns& fields;
  const std::map<std::vector<std::string>, std::string>& choice_ranges;  // a list -> its range
  Diagnostics& diagnostics;
  std::string source;  // names the workbook in messages
};

bool write_sheet(const PlannedSheet& sheet, SheetContext& context);
void write_form_fields(const PlannedSheet& sheet, SheetContext& context);
void set_up_printing(const PlannedSheet& sheet, const doc::Document& document, lxw_worksheet* worksheet);

}  // namespace filinggen::xlsx
