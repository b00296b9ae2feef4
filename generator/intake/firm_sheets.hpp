#pragma once
// The firm workbook's layout, defined once for the writer (init --xlsx, export) and the
// reader (validate, check, generate, import): which sheets it has, the labelled rows of
// each, the tables with their headers, and what each cell holds. A cell is found by its
// label or header, as a YAML value is found by its key, so the reader and a person (or
// another program) filling the workbook in need nothing hidden.
#include <optional>
#include <string>
#include <vector>

namespace filinggen::intake {

inline constexpr const char* kFirmSheet = "公司";
inline constexpr const char* kPeopleSheet = "人員";
inline constexpr const char* kDeclarationSheet = "聲明書";
inline constexpr const char* kAssessmentSheet = "自評表";
inline constexpr const char* kRevisionsSheet = "修正條文";
inline constexpr const char* kGuideSheet = "填寫說明";
// The workbook's defined name that says it is a firm workbook, and of which layout.
inline constexpr const char* kFirmWorkbookName = "filinggen_firm_workbook";
inline constexpr const char* kFirmWorkbookLayout = "1";

// What a cell holds, and so how it is written, validated and read.
enum class CellKind {
  text,          // one line of text
  paragraphs,    // text with line breaks
  lines,         // a list of texts, one per line in the cell
  whole_number,  // 0, 1, 2, … (counts, NT$ amounts)
  decimal,       // hours
  roc_year,      // 114: the year covered, in the ROC calendar as the filings print it
  date,          // a date cell, shown in ROC
  month_day,     // 12-31
  choice,        // one of `choices`, from a dropdown
  mark,          // 是 or empty: a role held, a duty held, an application made
  yes_no,        // 是 or 否
  person,        // a name of the 人員 sheet, from a dropdown
};

struct Choice {
  const char* label;  // in the cell: 證券商
  const char* value;  // in the data: securities
};

// One cell's meaning: a labelled row's value, or a table's column.
struct CellSpec {
  const char* label;  // the row label (column A) or the column header
  const char* key;    // the field below its section: "paid_in_capital", "training.hours"
  CellKind kind = CellKind::text;
  bool required = false;
  const char* message = "";  // the input message shown on the cell, and the 說明 column
  std::vector<Choice> choices = {};
  double width = 12;  // column width (tables)
};

// A table of a sheet: a title row, a header row, then one row per item.
struct TableSpec {
  const char* title;  // in column A above the header: 聯名出具人
  std::vector<CellSpec> columns;
  int blank_rows = 0;  // empty rows the writer prepares below the data, for new items
};

// A sheet: labelled rows (label in A, value in B, help in C), then tables.
struct SheetSpec {
  const char* name;
  const char* title;     // row 1
  const char* section;   // the firm file's section: firm, declaration, …
  std::vector<CellSpec> fields;
  std::vector<TableSpec> tables;
  std::vector<double> widths;  // of columns A, B, …
  bool help_column = true;     // the labelled rows' help text in column C (else only as input messages)
};

const SheetSpec& firm_sheet();
const SheetSpec& people_sheet();
const SheetSpec& declaration_sheet();
const SheetSpec& assessment_sheet();
const SheetSpec& revisions_sheet();
// The data sheets in the workbook's order.
std::vector<const SheetSpec*> data_sheets();

// The choice of a cell kind whose values are fixed (mark, yes_no).
const std::vector<Choice>& choices_of(const CellSpec& cell);
std::optional<std::string> value_of_label(const CellSpec& cell, const std::string& label);
std::optional<std::string> label_of_value(const CellSpec& cell, const std::string& value);
// 「A」、「B」 for messages.
std::string choice_list(const CellSpec& cell);

inline constexpr const char* kMark = "是";
inline constexpr const char* kNo = "否";
inline constexpr const char* kSharedSource = "共用";
inline constexpr const char* kFirmSource = "本公司";

// The firm file's ROC-year offset: 民國114年 is 2025.
inline constexpr int kRocOffset = 1911;

}  // namespace filinggen::intake
