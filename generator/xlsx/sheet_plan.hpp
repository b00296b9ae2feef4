#pragma once
// Private to xlsx: the document tree placed on a grid of worksheets (sheet_plan.cpp),
// before any libxlsxwriter call, so placement is tested apart from writing.
#include <string>
#include <vector>

#include "markup/document.hpp"

namespace filinggen::xlsx {

struct TextRun {
  std::string text;
  bool underline = false;
  bool strike = false;
};

enum class CellRole { text, title, table, table_header, table_label };

struct PlannedCell {
  int column = 0;
  int span = 1;
  std::vector<TextRun> runs;  // paragraphs joined by line breaks
  CellRole role = CellRole::text;
  doc::Align align = doc::Align::left;
  bool bold = false;
  double size = 11;  // pt
  doc::FormField field;
  std::optional<CivilDate> date;
  std::optional<doc::FieldCount> count;
  std::string plain() const;  // the runs' text
};

struct PlannedRow {
  std::vector<PlannedCell> cells;
  std::string key;
  double min_height = 0;  // pt
};

struct PlannedSheet {
  std::string name;
  std::vector<double> column_widths;  // Excel's width units (a half-width character is one)
  std::vector<PlannedRow> rows;
  int header_first = -1, header_last = -1;  // the first table's header rows: frozen, repeated in print
  int key_column = -1;                      // hidden column of the rows' keys; -1: none
  bool has_fields() const;
};

std::vector<PlannedSheet> plan_sheets(const doc::Document& sheet_view);

// Width of text in Excel's units: East Asian wide and fullwidth characters count two (ICU).
double display_width(const std::string& utf8);
// Height (pt) that shows every line of `text` wrapped in `width` units at `size` pt.
double wrapped_height(const std::string& text, double width, double size);

}  // namespace filinggen::xlsx
