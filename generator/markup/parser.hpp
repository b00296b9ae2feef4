#pragma once
// Private to markup: the parser of document markup, one file per part of the
// vocabulary (parse_style.cpp: attributes and styles; parse_inline.cpp: paragraphs and
// their inline content; parse_table.cpp: tables; markup_parser.cpp: the document).
#include <pugixml.hpp>

#include <map>
#include <string>
#include <vector>

#include "markup/document.hpp"
#include "base/diagnostic.hpp"

namespace filinggen::markup {

// Inline state passed down through nested <u> and <s>.
struct InlineState {
  bool underline = false, strike = false;
  bool margin = false;  // a header's or footer's text: <pg /> and <pgs /> are page numbers
};

struct Parser {
  std::string source_name;
  const std::string& markup;
  Diagnostics& diagnostics;
  std::map<std::string, doc::ParagraphStyle> styles;

  // parse_style.cpp
  SourcePos pos(const pugi::xml_node& node) const;
  void error(const pugi::xml_node& node, const std::string& message);
  void check_attributes(const pugi::xml_node& node);
  void only_children(const pugi::xml_node& node, const char* wanted);
  double number(const pugi::xml_node& node, const char* attribute, double fallback);
  double length(const pugi::xml_node& node, const char* attribute, double fallback);
  doc::Align align(const pugi::xml_node& node, doc::Align fallback);
  doc::ParagraphStyle style(const pugi::xml_node& node, doc::ParagraphStyle base);
  std::optional<doc::Bookmark> bookmark(const pugi::xml_node& node);

  // parse_inline.cpp
  static std::string collapse(const std::string& text);
  void spans(const pugi::xml_node& node, InlineState state, std::vector<doc::Span>& out);
  doc::Paragraph paragraph(const pugi::xml_node& node, const doc::ParagraphStyle& base);
  doc::Footer margin_text(const pugi::xml_node& node, const doc::ParagraphStyle& base);

  // parse_table.cpp
  doc::Cell cell(const pugi::xml_node& node, const doc::ParagraphStyle& base);
  doc::Table table(const pugi::xml_node& node, const doc::ParagraphStyle& base);
  void check_columns(const pugi::xml_node& node, const doc::Row& row, const doc::Table& t);

  // parse_sheet.cpp
  doc::Medium medium(const pugi::xml_node& node);
  std::string sheet_name(const pugi::xml_node& node);
  doc::FormField form_field(const pugi::xml_node& node);
  std::optional<CivilDate> cell_date(const pugi::xml_node& node);
  std::optional<doc::FieldCount> field_count(const pugi::xml_node& node);

  // markup_parser.cpp
  void page_setup(const pugi::xml_node& node, doc::PageSetup& page);
  doc::Document document(const pugi::xml_node& root);
};

}  // namespace filinggen::markup
