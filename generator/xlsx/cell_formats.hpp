#pragma once
// Private to xlsx: one lxw_format per distinct look, made once per workbook
// (libxlsxwriter keeps every format it is given, so they are shared, not repeated).
#include <xlsxwriter.h>

#include <map>
#include <string>
#include <tuple>

#include "xlsx/sheet_plan.hpp"

namespace filinggen::xlsx {

struct CellLook {
  CellRole role = CellRole::text;
  doc::Align align = doc::Align::left;
  bool bold = false;
  double size = 11;
  bool unlocked = false;  // a form field, editable when the sheet is protected
  bool date = false;
  auto operator<=>(const CellLook&) const = default;
};

struct RunLook {
  double size = 11;
  bool bold = false, underline = false, strike = false;
  auto operator<=>(const RunLook&) const = default;
};

class CellFormats {
 public:
  CellFormats(lxw_workbook* workbook, std::string font) : workbook_(workbook), font_(std::move(font)) {}
  lxw_format* cell(const CellLook& look);
  lxw_format* run(const RunLook& look);  // a fragment of a rich string
  lxw_format* flagged();                 // conditional format: a value to look at (不符合)
  lxw_format* missing();                 // conditional format: a required field left empty

 private:
  lxw_format* font_format();
  lxw_workbook* workbook_;
  std::string font_;
  std::map<CellLook, lxw_format*> cells_;
  std::map<RunLook, lxw_format*> runs_;
  lxw_format* flagged_ = nullptr;
  lxw_format* missing_ = nullptr;
};

}  // namespace filinggen::xlsx
