#include "xlsx/form_protocol.hpp"

namespace filinggen::xlsx {

std::string formula_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string formula_string_text(std::string_view formula) {
  if (!formula.empty() && formula.front() == '=') formula.remove_prefix(1);
  if (formula.size() < 2 || formula.front() != '"' || formula.back() != '"') return std::string(formula);
  std::string text(formula.substr(1, formula.size() - 2));
  for (std::size_t at = text.find("\"\""); at != std::string::npos; at = text.find("\"\"", at + 1)) text.erase(at, 1);
  return text;
}

std::optional<int> FormSheet::column(const std::string& field) const {
  auto found = columns.find(field);
  if (found == columns.end()) return std::nullopt;
  return found->second;
}

std::optional<FormSheet> find_form(const Workbook& book, std::initializer_list<const char*> fields) {
  for (const auto& sheet : book.sheets) {
    const auto* marker = sheet.at(0, 0);
    if (sheet.hidden || !marker || marker->text != kFieldRowMarker) continue;
    FormSheet form{&sheet, {}};
    for (const auto& [at, value] : sheet.cells)
      if (at.first == 0 && at.second > 0) form.columns[value.text] = at.second;
    bool complete = form.columns.count(kKeyField) > 0;
    for (const char* field : fields) complete = complete && form.columns.count(field) > 0;
    if (complete) return form;
  }
  return std::nullopt;
}

std::optional<std::string> document_key(const Workbook& book) {
  auto found = book.defined_names.find(kDocumentKeyName);
  if (found == book.defined_names.end()) return std::nullopt;
  return formula_string_text(found->second);
}

}  // namespace filinggen::xlsx
