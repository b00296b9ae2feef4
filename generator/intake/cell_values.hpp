#pragma once
// Private to intake: one cell of the firm workbook as the value a firm file would hold
// there. What the loader checks (a number's range, a date's reality) is left to it, so
// a workbook and a YAML file get the same sentences; what only a workbook can get wrong
// (a value typed past its dropdown, a formula never calculated) is reported here, naming
// the cell; so is text that breaks the data's decoded-text rule (base/text_safety.hpp).
#include <optional>
#include <string>

#include "base/diagnostic.hpp"
#include "intake/firm_data.hpp"
#include "intake/firm_sheets.hpp"
#include "intake/located_sheet.hpp"

namespace filinggen::intake {

class CellValues {
 public:
  CellValues(std::string path, Diagnostics& diagnostics) : path_(std::move(path)), diagnostics_(diagnostics) {}

  // The cell's value; nothing for an empty cell, or after reporting a wrong one.
  std::optional<DataNode> read(const LocatedSheet& sheet, int row, int column, const CellSpec& spec,
                               const std::string& field);
  // The cell's text, checked for control characters and length; "" when empty or wrong.
  std::string text(const LocatedSheet& sheet, int row, int column, const std::string& field);

  void error(DiagnosticCode code, const LocatedSheet& sheet, int row, int column, const std::string& field,
             const std::string& message);
  bool reported(const std::string& field) const;  // an error was reported for `field`
  const std::vector<std::string>& reported_fields() const { return reported_; }
  void mark_reported(const std::string& field) { reported_.push_back(field); }
  Diagnostics& diagnostics() { return diagnostics_; }

 private:
  std::optional<DataNode> convert(const xlsx::CellValue& v, const std::string& text, const CellSpec& spec);

  std::string path_;
  Diagnostics& diagnostics_;
  std::vector<std::string> reported_;
  const LocatedSheet* sheet_ = nullptr;
  int row_ = 0, column_ = 0;
  std::string field_;
};

}  // namespace filinggen::intake
