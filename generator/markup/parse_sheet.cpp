// The part of the vocabulary that only a workbook reads (see docs/markup.md, "Workbooks"):
// media="print|sheet", sheet="名稱", and the form fields of a cell (field, choices, flag,
// required-if, date, count) and of a row (key).
#include "markup/parser.hpp"

namespace filinggen::markup {
namespace {

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::size_t i = 0;
  for (std::size_t j; (j = text.find(separator, i)) != std::string::npos; i = j + 1) parts.push_back(text.substr(i, j - i));
  parts.push_back(text.substr(i));
  return parts;
}

std::size_t code_points(const std::string& utf8) {
  std::size_t n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

doc::Medium Parser::medium(const pugi::xml_node& node) {
  const std::string v = node.attribute("media").value();
  if (v.empty() || v == "all") return doc::Medium::both;
  if (v == "print") return doc::Medium::print;
  if (v == "sheet") return doc::Medium::sheet;
  error(node, "media=\"" + v + "\" 不是可用的值（print：只印在 PDF；sheet：只放在試算表）。");
  return doc::Medium::both;
}

// Excel's rules for a worksheet name: 1 to 31 characters, none of []:*?/\ .
std::string Parser::sheet_name(const pugi::xml_node& node) {
  const std::string name = node.attribute("sheet").value();
  if (!node.attribute("sheet")) return "";
  if (name.empty() || code_points(name) > 31)
    error(node, "sheet=\"" + name + "\"：工作表名稱須為 1 至 31 個字。");
  if (name.find_first_of("[]:*?/\\") != std::string::npos)
    error(node, "sheet=\"" + name + "\"：工作表名稱不能含有 [ ] : * ? / \\ 等字元。");
  return name;
}

doc::FormField Parser::form_field(const pugi::xml_node& node) {
  doc::FormField f;
  f.name = node.attribute("field").value();
  if (auto choices = node.attribute("choices")) f.choices = split(choices.value(), '|');
  f.flag = node.attribute("flag").value();
  if (auto required = node.attribute("required-if")) {
    // required-if="answer=不符合|不適用": required when the row's field answer holds one of these.
    const std::string text = required.value();
    const std::size_t eq = text.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == text.size())
      error(node, "required-if=\"" + text + "\" 須寫成 欄位=值|值，例如 answer=不符合|不適用。");
    else {
      f.required_by = text.substr(0, eq);
      f.required_when = split(text.substr(eq + 1), '|');
    }
  }
  if (f.name.empty() && (!f.choices.empty() || !f.flag.empty() || !f.required_by.empty()))
    error(node, "choices、flag 與 required-if 須與 field 一起使用。");
  return f;
}

std::optional<CivilDate> Parser::cell_date(const pugi::xml_node& node) {
  auto attr = node.attribute("date");
  if (!attr || !*attr.value()) return std::nullopt;
  auto date = CivilDate::parse_iso(attr.value());
  if (!date) error(node, std::string("date=\"") + attr.value() + "\" 須為 YYYY-MM-DD 格式的真實日期。");
  return date;
}

std::optional<doc::FieldCount> Parser::field_count(const pugi::xml_node& node) {
  auto attr = node.attribute("count");
  if (!attr) return std::nullopt;
  const std::string text = attr.value();
  const std::size_t eq = text.find('=');
  if (text.empty() || eq == 0) {
    error(node, "count=\"" + text + "\" 須寫成 欄位=值（例如 answer=符合）或 欄位（例如 key）。");
    return std::nullopt;
  }
  if (eq == std::string::npos) return doc::FieldCount{text, std::nullopt};
  return doc::FieldCount{text.substr(0, eq), text.substr(eq + 1)};
}

}  // namespace filinggen::markup
