#pragma once
// Private to intake: what the readers of the workbook's sections share — the cells read,
// the place of every field, and a mapping filled field by field.
#include <map>
#include <optional>
#include <string>

#include "intake/cell_values.hpp"
#include "intake/firm_workbook_reader.hpp"
#include "intake/located_sheet.hpp"

namespace filinggen::intake {

struct SectionReader {
  CellValues values;
  WorkbookData& data;
  const model::LoadOptions& options;
  std::string path;

  // The labelled row `key` of `sheet` into `into` (at its dotted key), as field
  // `section.key`; the value, or nothing when empty or wrong.
  std::optional<DataNode> field(const LocatedSheet& sheet, const std::string& section, const std::string& key,
                                DataNode& into);
  // A table cell (row, the column of `key`) as `field`.
  std::optional<DataNode> cell(const LocatedSheet& sheet, const LocatedTable& table, int row, const std::string& key,
                               const std::string& field);
  std::string text(const LocatedSheet& sheet, const LocatedTable& table, int row, const std::string& key,
                   const std::string& field);
  void place(const std::string& field, const LocatedSheet& sheet, int row, int column);
};

const CellSpec& column_spec(const TableSpec& table, const std::string& key);
const CellSpec& field_spec(const SheetSpec& sheet, const std::string& key);
// Sets `value` at a dotted key of a mapping (security_unit.name), making the mappings between.
void set_dotted(DataNode& mapping, const std::string& key, DataNode value);

// The two optional sections (assessment_reader.cpp, revisions_reader.cpp).
std::optional<DataNode> read_self_assessment(SectionReader& reader, const LocatedSheet& sheet);
std::optional<DataNode> read_revisions(SectionReader& reader, const LocatedSheet& sheet);

}  // namespace filinggen::intake
