// Attributes, lengths and paragraph styles of document markup (see docs/markup.md).
#include <algorithm>
#include <charconv>
#include <cstring>
#include <set>

#include "markup/parser.hpp"

namespace filinggen::markup {
namespace {

// The attributes each element takes; any other is reported, so a typo cannot pass.
const std::set<std::string> kParagraphAttributes = {
    "style", "font", "size", "align", "line-height", "indent", "left-indent",
    "space-before", "space-after", "label", "keep-with-next", "weight"};

std::set<std::string> with_paragraph(std::set<std::string> own) {
  own.insert(kParagraphAttributes.begin(), kParagraphAttributes.end());
  return own;
}

const std::map<std::string, std::set<std::string>> kAttributes = {
    {"document", {"title", "author", "subject", "keywords", "lang", "orientation", "margin-top", "margin-right",
                  "margin-bottom", "margin-left", "sheet", "key"}},
    {"style", with_paragraph({"name"})},
    {"footer", kParagraphAttributes},
    {"header", kParagraphAttributes},
    {"p", with_paragraph({"bookmark", "bookmark-level", "media", "sheet"})},
    {"table", with_paragraph({"widths", "sheet-widths", "media", "sheet"})},
    {"row", with_paragraph({"header", "min-height", "bookmark", "bookmark-level", "media", "key"})},
    {"cell", with_paragraph({"valign", "span", "media", "field", "choices", "flag", "required-if", "date", "count"})},
    {"spacer", {"height", "media"}},
    {"u", {}},
    {"s", {}},
    {"br", {}},
    {"checkbox", {"checked"}},
};

}  // namespace

SourcePos Parser::pos(const pugi::xml_node& node) const {
  // pugixml gives a byte offset; count lines up to it.
  // pugixml points at the element's name; the reader looks for its '<'.
  const auto name_offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(node.offset_debug(), 1));
  const std::size_t offset = name_offset - 1;
  int line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < markup.size(); ++i) {
    if (markup[i] == '\n') { ++line; column = 1; }
    else if ((static_cast<unsigned char>(markup[i]) & 0xC0) != 0x80) ++column;
  }
  return {source_name, line, column};
}

void Parser::error(const pugi::xml_node& node, const std::string& message) {
  diagnostics.error("markup.invalid", pos(node), std::string("<") + node.name() + ">", message);
}

void Parser::check_attributes(const pugi::xml_node& node) {
  auto allowed = kAttributes.find(node.name());
  if (allowed == kAttributes.end()) return;
  for (pugi::xml_attribute attr : node.attributes())
    if (!allowed->second.count(attr.name()))
      error(node, std::string("不認得屬性「") + attr.name() + "」；請檢查拼字（見 docs/markup.md）。");
}

// Children other than the expected elements (and whitespace) are mistakes in a template.
void Parser::only_children(const pugi::xml_node& node, const char* wanted) {
  for (pugi::xml_node child : node.children()) {
    const bool blank = (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) &&
                       collapse(child.value()).find_first_not_of(" \t") == std::string::npos;
    if (child.type() == pugi::node_comment || blank) continue;
    if (child.type() == pugi::node_element && std::strcmp(child.name(), wanted) == 0) continue;
    error(node, std::string("<") + node.name() + "> 之中只能放 <" + wanted + ">。");
    return;
  }
}

// A plain number (em counts, line-height multiples).
double Parser::number(const pugi::xml_node& node, const char* attribute, double fallback) {
  pugi::xml_attribute attr = node.attribute(attribute);
  if (!attr) return fallback;
  const std::string text = attr.value();
  double value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || ptr != text.data() + text.size() || value < 0) {
    error(node, std::string("屬性 ") + attribute + "=\"" + text + "\" 不是數字。");
    return fallback;
  }
  return value;
}

// "12", "12pt" or "25mm" -> pt
double Parser::length(const pugi::xml_node& node, const char* attribute, double fallback) {
  pugi::xml_attribute attr = node.attribute(attribute);
  if (!attr) return fallback;
  std::string text = attr.value();
  double scale = 1;
  if (text.size() > 2 && text.compare(text.size() - 2, 2, "mm") == 0) { scale = 72.0 / 25.4; text.resize(text.size() - 2); }
  else if (text.size() > 2 && text.compare(text.size() - 2, 2, "pt") == 0) text.resize(text.size() - 2);
  double value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || ptr != text.data() + text.size() || value < 0) {
    error(node, std::string("屬性 ") + attribute + "=\"" + attr.value() + "\" 不是長度。");
    return fallback;
  }
  return value * scale;
}

doc::Align Parser::align(const pugi::xml_node& node, doc::Align fallback) {
  std::string v = node.attribute("align").value();
  if (v.empty()) return fallback;
  if (v == "left") return doc::Align::left;
  if (v == "center") return doc::Align::center;
  if (v == "right") return doc::Align::right;
  if (v == "justify") return doc::Align::justify;
  if (v == "distribute") return doc::Align::distribute;
  error(node, "align=\"" + v + "\" 不是可用的對齊方式。");
  return fallback;
}

doc::ParagraphStyle Parser::style(const pugi::xml_node& node, doc::ParagraphStyle base) {
  check_attributes(node);
  if (auto name = node.attribute("style")) {
    auto found = styles.find(name.value());
    if (found == styles.end()) error(node, std::string("沒有名為「") + name.value() + "」的樣式。");
    else base = found->second;
  }
  if (auto v = node.attribute("font")) base.font = v.value();
  base.size = length(node, "size", base.size);
  base.align = align(node, base.align);
  base.line_height = number(node, "line-height", base.line_height);
  base.first_indent = number(node, "indent", base.first_indent);
  base.left_indent = number(node, "left-indent", base.left_indent);
  if (base.line_height < 0.5) error(node, "line-height 太小，文字行會互相重疊。");
  base.space_before = length(node, "space-before", base.space_before);
  base.space_after = length(node, "space-after", base.space_after);
  if (auto v = node.attribute("label")) base.label = v.value();
  if (auto v = node.attribute("keep-with-next")) base.keep_with_next = v.as_bool();
  if (auto v = node.attribute("weight")) {
    const std::string weight = v.value();
    if (weight != "normal" && weight != "heavy") error(node, "weight=\"" + weight + "\" 不是可用的值（normal、heavy）。");
    base.heavy = weight == "heavy";
  }
  return base;
}

std::optional<doc::Bookmark> Parser::bookmark(const pugi::xml_node& node) {
  auto title = node.attribute("bookmark");
  if (!title) {
    if (node.attribute("bookmark-level")) error(node, "bookmark-level 須與 bookmark 一起使用。");
    return std::nullopt;
  }
  doc::Bookmark b{title.value(), 1};
  const std::string level = node.attribute("bookmark-level").value();
  if (level == "2") b.level = 2;
  else if (!level.empty() && level != "1") error(node, "bookmark-level=\"" + level + "\" 須為 1 或 2。");
  if (b.title.empty()) error(node, "bookmark 不能是空白。");
  return b;
}

}  // namespace filinggen::markup
