#pragma once
// The xlsx stage: a document tree as an Excel workbook (libxlsxwriter), beside the PDF
// writer and reading the same tree, so a workbook and its PDF cannot disagree; and a
// reader of the cells of a workbook (libzip + pugixml), for a form filled in elsewhere.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/civil_date.hpp"
#include "base/diagnostic.hpp"
#include "markup/document.hpp"

namespace filinggen::xlsx {

// 民國115年3月10日: under the zh-TW locale ([$-404]) Excel and LibreOffice give e as the
// ROC year. ([$-30404] is read by LibreOffice as the Japanese era.)
inline constexpr const char* kRocDateFormat = "[$-404]\"民國\"e\"年\"m\"月\"d\"日\"";

struct WorkbookOptions {
  CivilDate created;          // the document properties' dates: identical input, identical bytes
  std::string company;        // document property
  std::string generator;      // e.g. "filinggen 0.1.0", in the properties' comments
  std::string font = "標楷體";  // the face of every cell (the Kai style of the PDF)
};

// The workbook's bytes, or nothing with the reason in `diagnostics`.
std::optional<std::string> write_workbook(const doc::Document& tree, const WorkbookOptions& options,
                                          Diagnostics& diagnostics);

// --- reading ---------------------------------------------------------------

// "D" for column 3, "D12" for row 11, column 3 (both from 0).
std::string column_name(int column);
std::string cell_name(int row, int column);

struct CellValue {
  std::string text;              // the string, or the number as written
  std::optional<double> number;  // set when the cell holds a number (dates are numbers)
  bool formula = false;          // a formula: text and number are its last computed value
};

// Cells merged into one (rows and columns from 0, inclusive).
struct CellRange {
  int first_row = 0, first_column = 0, last_row = 0, last_column = 0;
  bool contains(int row, int column) const {
    return row >= first_row && row <= last_row && column >= first_column && column <= last_column;
  }
};

struct Sheet {
  std::string name;
  bool hidden = false;
  std::map<std::pair<int, int>, CellValue> cells;  // (row, column) from 0
  std::vector<CellRange> merged;
  const CellValue* at(int row, int column) const;
};

struct Workbook {
  std::vector<Sheet> sheets;
  std::map<std::string, std::string> defined_names;  // name -> its formula, e.g. "\"hengyi\""
  const Sheet* sheet(const std::string& name) const;
};

// Every sheet's cell values (shared, inline and rich strings as plain text). A file that
// is not an .xlsx workbook is reported, naming the file.
std::optional<Workbook> read_workbook(const std::string& path, Diagnostics& diagnostics);

}  // namespace filinggen::xlsx
