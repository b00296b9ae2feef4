// Document markup -> document tree. The vocabulary is small on purpose:
//   <document> <style> <header> <footer> <p> <u> <s> <br/> <checkbox/> <spacer>
//   <table> <row> <cell>
// See docs/markup.md. This file: the document and its page; the rest in parse_*.cpp.
#include <cstring>

#include "markup/markup.hpp"
#include "markup/parser.hpp"

namespace filinggen::markup {

void Parser::page_setup(const pugi::xml_node& node, doc::PageSetup& page) {
  const std::string orientation = node.attribute("orientation").value();
  if (orientation == "landscape") std::swap(page.width, page.height);
  else if (!orientation.empty() && orientation != "portrait")
    error(node, "orientation=\"" + orientation + "\" 不是可用的值（portrait、landscape）。");
  page.margin_top = length(node, "margin-top", page.margin_top);
  page.margin_right = length(node, "margin-right", page.margin_right);
  page.margin_bottom = length(node, "margin-bottom", page.margin_bottom);
  page.margin_left = length(node, "margin-left", page.margin_left);
}

doc::Document Parser::document(const pugi::xml_node& root) {
  doc::Document d;
  check_attributes(root);
  d.title = root.attribute("title").value();
  d.author = root.attribute("author").value();
  d.subject = root.attribute("subject").value();
  d.keywords = root.attribute("keywords").value();
  if (auto lang = root.attribute("lang")) d.language = lang.value();
  if (root.attribute("sheet")) d.sheet = sheet_name(root);
  d.key = root.attribute("key").value();
  page_setup(root, d.page);
  doc::ParagraphStyle base;
  for (pugi::xml_node child : root.children()) {
    if (child.type() == pugi::node_pcdata && !collapse(child.value()).empty())
      error(root, "文字須放在 <p> 之中：「" + collapse(child.value()) + "」。");
    if (child.type() != pugi::node_element) continue;
    const std::string name = child.name();
    if (name == "style") styles[child.attribute("name").value()] = style(child, base);
    else if (name == "footer") d.footer = margin_text(child, base);
    else if (name == "header") d.header = margin_text(child, base);
    else if (name == "p") d.blocks.push_back(paragraph(child, base));
    else if (name == "table") d.blocks.push_back(table(child, base));
    else if (name == "spacer") {
      check_attributes(child);
      d.blocks.push_back(doc::Spacer{length(child, "height", 0), medium(child)});
    }
    else error(child, "不認得這個標記；文件中可用的是 <style>、<header>、<footer>、<p>、<table>、<spacer>。");
  }
  return d;
}

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
