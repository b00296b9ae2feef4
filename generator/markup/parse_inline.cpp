// Paragraphs and their inline content: text, <u>, <s>, <br/>, <checkbox/>; and the
// one-line texts of the page margins (<header>, <footer>).
#include <cstring>

#include "markup/parser.hpp"

namespace filinggen::markup {

// Whitespace between tags is the template's, not text: runs of whitespace containing a
// newline are dropped (Chinese needs no spaces).
std::string Parser::collapse(const std::string& text) {
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

void Parser::spans(const pugi::xml_node& node, InlineState state, std::vector<doc::Span>& out) {
  for (pugi::xml_node child : node.children()) {
    const char* name = child.name();
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      std::string text = collapse(child.value());  // U+2028 from data is kept: a line break
      if (state.margin) text = doc::margin_literal(text);
      if (!text.empty()) out.push_back({text, state.underline, state.strike, std::nullopt});
    } else if (state.margin && (std::strcmp(name, "pg") == 0 || std::strcmp(name, "pgs") == 0)) {
      check_attributes(child);
      out.push_back({name[2] ? "{pages}" : "{page}", false, false, std::nullopt});
    } else if (std::strcmp(name, "u") == 0 || std::strcmp(name, "s") == 0) {
      check_attributes(child);
      InlineState inner = state;
      (name[0] == 'u' ? inner.underline : inner.strike) = true;
      spans(child, inner, out);
    } else if (std::strcmp(name, "br") == 0) {
      check_attributes(child);
      out.push_back({"\n", false, false, std::nullopt});
    } else if (std::strcmp(name, "checkbox") == 0) {
      check_attributes(child);
      if (child.first_child()) error(child, "<checkbox/> 不能有內容；核取方塊後的文字請寫在它之後。");
      out.push_back({"", false, false, child.attribute("checked").as_bool()});
    } else if (child.type() == pugi::node_element) {
      error(child, "段落中不能放這個標記；可用的是 <u>、<s>、<br/> 與 <checkbox/>。");
    }
  }
}

doc::Paragraph Parser::paragraph(const pugi::xml_node& node, const doc::ParagraphStyle& base) {
  doc::Paragraph p{style(node, base), {}, bookmark(node)};
  p.medium = medium(node);
  p.sheet = sheet_name(node);
  spans(node, {}, p.spans);
  return p;
}

// The footer and the running header are one line of text with the template's {page} and
// {pages} (render_template made them <pg /> and <pgs />; braces of text are doubled).
doc::Footer Parser::margin_text(const pugi::xml_node& node, const doc::ParagraphStyle& base) {
  doc::Paragraph p{style(node, base), {}, bookmark(node)};
  p.medium = medium(node);
  p.sheet = sheet_name(node);
  InlineState margin;
  margin.margin = true;
  spans(node, margin, p.spans);
  doc::Footer f{p.style, ""};
  for (const auto& span : p.spans) {
    if (span.underline || span.strike || span.checkbox || span.text == "\n")
      error(node, std::string(node.name()) == "header" ? "頁首只能放文字。" : "頁尾只能放文字。");
    f.text += span.text;
  }
  return f;
}

}  // namespace filinggen::markup
