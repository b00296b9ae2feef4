// Document markup -> document tree. The vocabulary is small on purpose:
//   <document> <style> <footer> <p> <u> <br/> <spacer> <table> <row> <cell>
// See docs/markup.md.
#include <pugixml.hpp>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <map>
#include <set>

#include "markup/markup.hpp"

namespace filinggen::markup {
namespace {

// The attributes each element takes; any other is reported, so a typo cannot pass.
const std::set<std::string> kParagraphAttributes = {
    "style", "font", "size", "align", "line-height", "indent", "left-indent",
    "space-before", "space-after", "label", "keep-with-next"};

std::set<std::string> with_paragraph(std::set<std::string> own) {
  own.insert(kParagraphAttributes.begin(), kParagraphAttributes.end());
  return own;
}

const std::map<std::string, std::set<std::string>> kAttributes = {
    {"document", {"title", "author", "subject", "lang", "orientation", "margin-top", "margin-right",
                  "margin-bottom", "margin-left"}},
    {"style", with_paragraph({"name"})},
    {"footer", kParagraphAttributes},
    {"p", kParagraphAttributes},
    {"table", with_paragraph({"widths"})},
    {"row", with_paragraph({"header", "min-height"})},
    {"cell", with_paragraph({"valign"})},
    {"spacer", {"height"}},
    {"u", {}},
    {"br", {}},
};

struct Parser {
  std::string source_name;
  const std::string& markup;
  Diagnostics& diagnostics;
  std::map<std::string, doc::ParagraphStyle> styles;

  SourcePos pos(const pugi::xml_node& node) const {
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

  void error(const pugi::xml_node& node, const std::string& message) {
    diagnostics.error("markup.invalid", pos(node), std::string("<") + node.name() + ">", message);
  }

  void check_attributes(const pugi::xml_node& node) {
    auto allowed = kAttributes.find(node.name());
    if (allowed == kAttributes.end()) return;
    for (pugi::xml_attribute attr : node.attributes())
      if (!allowed->second.count(attr.name()))
        error(node, std::string("不認得屬性「") + attr.name() + "」；請檢查拼字（見 docs/markup.md）。");
  }

  // Children other than the expected elements (and whitespace) are mistakes in a template.
  void only_children(const pugi::xml_node& node, const char* wanted) {
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
  double number(const pugi::xml_node& node, const char* attribute, double fallback) {
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
  double length(const pugi::xml_node& node, const char* attribute, double fallback) {
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

  doc::Align align(const pugi::xml_node& node, doc::Align fallback) {
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

  doc::ParagraphStyle style(const pugi::xml_node& node, doc::ParagraphStyle base) {
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
    return base;
  }

  // Inline content: text, <u>, <br/>. Whitespace between tags is the template's, not text:
  // runs of whitespace containing a newline are dropped (Chinese needs no spaces).
  void spans(const pugi::xml_node& node, bool underline, std::vector<doc::Span>& out) {
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        std::string text = collapse(child.value());  // U+2028 from data is kept: a line break
        if (!text.empty()) out.push_back({text, underline});
      } else if (std::strcmp(child.name(), "u") == 0) {
        check_attributes(child);
        spans(child, true, out);
      } else if (std::strcmp(child.name(), "br") == 0) {
        check_attributes(child);
        out.push_back({"\n", false});
      } else if (child.type() == pugi::node_element) {
        error(child, "段落中不能放這個標記；可用的是 <u> 與 <br/>。");
      }
    }
  }

  static std::string collapse(const std::string& text) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
      std::size_t j = i;
      while (j < text.size() && std::strchr(" \t\r\n", text[j])) ++j;
      if (j > i) {
        if (text.substr(i, j - i).find('\n') == std::string::npos) out += text.substr(i, j - i);
        i = j;
      } else {
        out += text[i++];
      }
    }
    return out;
  }

  doc::Paragraph paragraph(const pugi::xml_node& node, const doc::ParagraphStyle& base) {
    doc::Paragraph p{style(node, base), {}};
    spans(node, false, p.spans);
    return p;
  }

  doc::Cell cell(const pugi::xml_node& node, const doc::ParagraphStyle& base) {
    doc::Cell c;
    std::string v = node.attribute("valign").value();
    c.valign = v == "middle" ? doc::VAlign::middle : v == "bottom" ? doc::VAlign::bottom : doc::VAlign::top;
    if (!v.empty() && v != "top" && v != "middle" && v != "bottom")
      error(node, "valign=\"" + v + "\" 不是可用的值（top、middle、bottom）。");
    doc::ParagraphStyle cell_style = style(node, base);
    bool has_blocks = false;
    for (pugi::xml_node child : node.children("p")) {
      has_blocks = true;
      c.paragraphs.push_back(paragraph(child, cell_style));
    }
    if (has_blocks) only_children(node, "p");
    if (!has_blocks) c.paragraphs.push_back(paragraph(node, cell_style));
    return c;
  }

  doc::Table table(const pugi::xml_node& node, const doc::ParagraphStyle& base) {
    doc::Table t;
    std::string widths = node.attribute("widths").value();
    for (std::size_t i = 0; i < widths.size();) {
      std::size_t j = widths.find(',', i);
      if (j == std::string::npos) j = widths.size();
      const std::string item = widths.substr(i, j - i);
      double w = 0;
      auto [ptr, ec] = std::from_chars(item.data(), item.data() + item.size(), w);
      if (ec != std::errc{} || ptr != item.data() + item.size() || w <= 0)
        error(node, "widths=\"" + widths + "\" 須為以逗號分隔的正數，例如 3,2,2。");
      t.column_weights.push_back(w);
      i = j + 1;
    }
    only_children(node, "row");
    t.space_before = length(node, "space-before", 0);
    t.space_after = length(node, "space-after", 0);
    doc::ParagraphStyle cell_style = style(node, base);
    cell_style.space_before = base.space_before;  // the table's spacing is not its cells'
    cell_style.space_after = base.space_after;
    for (pugi::xml_node r : node.children("row")) {
      doc::Row row;
      row.header = r.attribute("header").as_bool();
      row.min_height = length(r, "min-height", 0);
      doc::ParagraphStyle row_style = style(r, cell_style);
      only_children(r, "cell");
      for (pugi::xml_node c : r.children("cell")) row.cells.push_back(cell(c, row_style));
      if (row.cells.size() != t.column_weights.size())
        error(r, "此列有 " + std::to_string(row.cells.size()) + " 格，但表格宣告了 " +
                     std::to_string(t.column_weights.size()) + " 欄（widths）。");
      t.rows.push_back(std::move(row));
    }
    if (t.column_weights.empty()) error(node, "表格須以 widths 屬性宣告各欄寬度比例。");
    return t;
  }

  void page_setup(const pugi::xml_node& node, doc::PageSetup& page) {
    const std::string orientation = node.attribute("orientation").value();
    if (orientation == "landscape") std::swap(page.width, page.height);
    else if (!orientation.empty() && orientation != "portrait")
      error(node, "orientation=\"" + orientation + "\" 不是可用的值（portrait、landscape）。");
    page.margin_top = length(node, "margin-top", page.margin_top);
    page.margin_right = length(node, "margin-right", page.margin_right);
    page.margin_bottom = length(node, "margin-bottom", page.margin_bottom);
    page.margin_left = length(node, "margin-left", page.margin_left);
  }

  // The footer is one line of text with {page} and {pages}; no underline or breaks.
  doc::Footer footer(const pugi::xml_node& node, const doc::ParagraphStyle& base) {
    doc::Paragraph p = paragraph(node, base);
    doc::Footer f{p.style, ""};
    for (const auto& span : p.spans) {
      if (span.underline || span.text == "\n") error(node, "頁尾只能放文字。");
      f.text += span.text;
    }
    return f;
  }

  doc::Document document(const pugi::xml_node& root) {
    doc::Document d;
    check_attributes(root);
    d.title = root.attribute("title").value();
    d.author = root.attribute("author").value();
    d.subject = root.attribute("subject").value();
    if (auto lang = root.attribute("lang")) d.language = lang.value();
    page_setup(root, d.page);
    doc::ParagraphStyle base;
    for (pugi::xml_node child : root.children()) {
      if (child.type() == pugi::node_pcdata && !collapse(child.value()).empty())
        error(root, "文字須放在 <p> 之中：「" + collapse(child.value()) + "」。");
      if (child.type() != pugi::node_element) continue;
      const std::string name = child.name();
      if (name == "style") styles[child.attribute("name").value()] = style(child, base);
      else if (name == "footer") d.footer = footer(child, base);
      else if (name == "p") d.blocks.push_back(paragraph(child, base));
      else if (name == "table") d.blocks.push_back(table(child, base));
      else if (name == "spacer") {
        check_attributes(child);
        d.blocks.push_back(doc::Spacer{length(child, "height", 0)});
      }
      else error(child, "不認得這個標記；文件中可用的是 <style>、<footer>、<p>、<table>、<spacer>。");
    }
    return d;
  }
};

}  // namespace

std::optional<doc::Document> parse_markup(const std::string& markup, const std::string& source_name,
                                          Diagnostics& diagnostics) {
  pugi::xml_document xml;
  pugi::xml_parse_result parsed = xml.load_buffer(markup.data(), markup.size(),
                                                  pugi::parse_default | pugi::parse_ws_pcdata);
  Parser parser{source_name, markup, diagnostics, {}};
  if (!parsed) {
    int line = 1, column = 1;
    for (std::ptrdiff_t i = 0; i < parsed.offset && i < static_cast<std::ptrdiff_t>(markup.size()); ++i)
      if (markup[i] == '\n') { ++line; column = 1; } else ++column;
    diagnostics.error("markup.syntax", {source_name, line, column}, "",
                      std::string("範本產生的文件標記不是正確的 XML：") + parsed.description());
    return std::nullopt;
  }
  pugi::xml_node root = xml.document_element();
  if (std::strcmp(root.name(), "document") != 0) {
    parser.error(root, "文件標記的最外層須為 <document>。");
    return std::nullopt;
  }
  const std::size_t before = diagnostics.error_count();
  doc::Document d = parser.document(root);
  if (diagnostics.error_count() > before) return std::nullopt;
  return d;
}

}  // namespace filinggen::markup
