#pragma once
// The form protocol: how a workbook filinggen writes marks what a reader takes back. The
// writer (form_fields.cpp, workbook_writer.cpp) and every reader (the intake stage) use
// these names and functions, so the two sides cannot drift apart.
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "xlsx/xlsx.hpp"

namespace filinggen::xlsx {

// The name of the hidden worksheet that holds the dropdowns' choices.
inline constexpr const char* kChoicesSheet = "選項";
// First cell of the hidden row that names the form fields above their columns.
inline constexpr const char* kFieldRowMarker = "filinggen-fields";
// The workbook's defined name that keeps the document's key (doc::Document::key).
inline constexpr const char* kDocumentKeyName = "filinggen_document";
// The field name of the hidden column that keeps each row's key (e.g. a checklist item id).
inline constexpr const char* kKeyField = "key";

// A string constant as formulas write it: "a""b" for a"b.
std::string formula_string(std::string_view text);
// Its text again ("=" in front allowed); a formula that is not a string constant as it is.
std::string formula_string_text(std::string_view formula);

// A sheet of a workbook that is a form: its field name -> column, from the hidden row.
struct FormSheet {
  const Sheet* sheet = nullptr;
  std::map<std::string, int> columns;
  std::optional<int> column(const std::string& field) const;
};

// The first visible sheet whose hidden field row names the key column and every field
// of `fields`; nothing when the workbook has none.
std::optional<FormSheet> find_form(const Workbook& book, std::initializer_list<const char*> fields);

// The document key the writer stored in the workbook's defined name; nothing when the
// name is missing (a workbook not written by filinggen, or one whose name was deleted).
std::optional<std::string> document_key(const Workbook& book);

}  // namespace filinggen::xlsx
