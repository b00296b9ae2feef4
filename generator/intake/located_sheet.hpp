#pragma once
// Private to intake: where a sheet of the firm workbook keeps each labelled row and
// each table, found by label and header as a YAML reader finds keys. Rows may have moved
// and columns been reordered; what cannot be found is reported, naming the sheet.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.hpp"
#include "intake/firm_sheets.hpp"
#include "xlsx/xlsx.hpp"

namespace filinggen::intake {

struct LocatedTable {
  const TableSpec* spec = nullptr;
  int header_row = 0;
  std::map<std::string, int> columns;  // a column's key -> its column
  std::vector<int> rows;               // the rows below the header holding anything
};

struct LocatedSheet {
  const xlsx::Sheet* sheet = nullptr;
  const SheetSpec* spec = nullptr;
  std::map<std::string, int> field_rows;  // a labelled row's key -> its row
  std::vector<LocatedTable> tables;       // in the spec's order

  std::string cell(int row, int column) const;  // 人員!E7
  const xlsx::CellValue* value(int row, int column) const;
};

// The sheet as `spec` describes it; nothing (after reporting) when it is missing. Cells
// outside its rows and tables that hold a value, and merged cells, are reported.
std::optional<LocatedSheet> locate_sheet(const xlsx::Workbook& book, const SheetSpec& spec, const std::string& path,
                                         bool required, Diagnostics& diagnostics);

// A cell's text without \r, and without the spaces and line breaks around it.
std::string cell_text(const std::string& raw);

// The value column of labelled rows (B), and the column of their help text (C).
inline constexpr int kLabelColumn = 0;
inline constexpr int kValueColumn = 1;
inline constexpr int kHelpColumn = 2;
// The label of the labelled rows' header row.
inline constexpr const char* kFieldsHeader = "欄位";

}  // namespace filinggen::intake
