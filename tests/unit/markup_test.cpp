#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "markup/markup.hpp"
#include "support/files.hpp"
#include "support/source_tree.hpp"

using namespace filinggen;

TEST(Markup, ParsesStylesParagraphsTablesAndFooter) {
  const std::string xml = R"(<document title="T" margin-top="20mm" orientation="landscape">
  <style name="body" size="13" align="justify" left-indent="2"/>
  <footer size="9">第 <pg /> 頁，共 <pgs /> 頁</footer>
  <p style="body" label="一、">修正<u>條文</u>
     對照</p>
  <spacer height="12"/>
  <table widths="3,2" size="11">
    <row header="true"><cell>修正條文</cell><cell><p align="center">說明</p></cell></row>
    <row min-height="40"><cell valign="middle">甲</cell><cell/></row>
  </table>
</document>)";
  Diagnostics d;
  auto doc = markup::parse_markup(xml, "t.xml", d);
  ASSERT_TRUE(doc) << (d.items().empty() ? "" : d.items()[0].str());
  EXPECT_GT(doc->page.width, doc->page.height);
  EXPECT_NEAR(doc->page.margin_top, 20 * 72 / 25.4, 0.001);
  ASSERT_TRUE(doc->footer);
  EXPECT_EQ(doc->footer->text, "第 {page} 頁，共 {pages} 頁");
  EXPECT_EQ(doc::fill_page_numbers(doc->footer->text, "2", "5"), "第 2 頁，共 5 頁");
  ASSERT_EQ(doc->blocks.size(), 3u);
  const auto& p = std::get<doc::Paragraph>(doc->blocks[0]);
  EXPECT_EQ(p.style.size, 13);
  EXPECT_EQ(p.style.label, "一、");
  ASSERT_EQ(p.spans.size(), 3u);
  EXPECT_EQ(p.spans[1].text, "條文");
  EXPECT_TRUE(p.spans[1].underline);
  EXPECT_EQ(p.spans[2].text, "對照") << "template line breaks are not text";
  const auto& t = std::get<doc::Table>(doc->blocks[2]);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_TRUE(t.rows[0].header);
  EXPECT_EQ(t.rows[0].cells[0].paragraphs[0].style.size, 11) << "cells inherit the table's style";
  EXPECT_EQ(t.rows[0].cells[1].paragraphs[0].style.align, doc::Align::center);
  EXPECT_EQ(t.rows[1].min_height, 40);
  EXPECT_EQ(t.rows[1].cells[0].valign, doc::VAlign::middle);
}

TEST(Markup, UnknownElementIsReportedWithItsLine) {
  Diagnostics d;
  auto doc = markup::parse_markup("<document>\n  <p>甲</p>\n  <img/>\n</document>", "t.xml", d);
  EXPECT_FALSE(doc);
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].str().rfind("t.xml:3:", 0), 0u) << d.items()[0].str();
}

TEST(Markup, MalformedXmlIsReported) {
  Diagnostics d;
  EXPECT_FALSE(markup::parse_markup("<document><p>甲</document>", "t.xml", d));
  EXPECT_TRUE(d.has_errors());
}

TEST(Templates, DataWithMarkupCharactersIsEscaped) {
  kainjow::mustache::data view;
  view.set("firm_name", "A&B <證券> \"公司\"");
  Diagnostics d;
  auto out = markup::render_template(test::source_path("tests/fixtures"), "escaping", view, d);
  ASSERT_TRUE(out);
  auto doc = markup::parse_markup(*out, "escaping", d);
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->title, "A&B <證券> \"公司\"");
  EXPECT_EQ(std::get<doc::Paragraph>(doc->blocks[0]).spans[0].text, "A&B <證券> \"公司\"");
}

TEST(Markup, TemplateMistakesAreReportedNotIgnored) {
  const std::string xml =
      "<document>\n"
      "  <p algn=\"center\">甲</p>\n"
      "  stray text\n"
      "  <table widths=\"3,x\"><row><cell>乙</cell><cell>丙</cell></row><p>丁</p></table>\n"
      "  <p line-height=\"1.5em\">戊</p>\n"
      "</document>";
  Diagnostics d;
  EXPECT_FALSE(markup::parse_markup(xml, "t.xml", d));
  std::string all;
  for (const auto& item : d.items()) all += item.str() + "\n";
  EXPECT_NE(all.find("t.xml:2:3: <p>: 不認得屬性「algn」"), std::string::npos) << all;
  EXPECT_NE(all.find("文字須放在 <p> 之中：「stray text」"), std::string::npos) << all;
  EXPECT_NE(all.find("widths=\"3,x\" 須為以逗號分隔的正數"), std::string::npos) << all;
  EXPECT_NE(all.find("<table> 之中只能放 <row>"), std::string::npos) << all;
  EXPECT_NE(all.find("屬性 line-height=\"1.5em\" 不是數字"), std::string::npos) << all;
}

TEST(Templates, OutputThatGrowsWithoutEndIsAnErrorNotAMachineOutOfMemory) {
  // Eight sections nested over a list of ten: 10^8 copies of 4 KB of text, 400 GB. The
  // rendering stops at its cap with a sentence instead.
  test::ScratchDir dir("template-output-cap");
  std::string text;
  for (int i = 0; i < 8; ++i) text += "{{#rows}}";
  text += std::string(4096, 'x') + "\n";  // kainjow hands its output over line by line
  for (int i = 0; i < 8; ++i) text += "{{/rows}}";
  std::ofstream(dir.path() / "grows.mustache") << text;
  kainjow::mustache::list rows;
  for (int i = 0; i < 10; ++i) rows.push_back(kainjow::mustache::data(std::string("row")));
  kainjow::mustache::data view;
  view.set("rows", rows);
  Diagnostics d;
  EXPECT_FALSE(markup::render_template(dir.path().string(), "grows", view, d));
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].code, "template.render");
  EXPECT_NE(d.items()[0].message.find("超過 64 MB"), std::string::npos) << d.items()[0].message;
}

TEST(Markup, BracesOfAMarginsTextAreNeverPageNumbers) {
  // What a template's {{firm_name}} gives for a firm named "{page}&{pages}有限公司".
  const std::string xml = R"(<document title="T"><header>{page}&amp;{pages}有限公司 第 <pg /> 頁</header>
  <footer>{{x}} <pg />/<pgs /></footer><p>x</p></document>)";
  Diagnostics d;
  auto doc = markup::parse_markup(xml, "t.xml", d);
  ASSERT_TRUE(doc) << (d.items().empty() ? "" : d.items()[0].str());
  EXPECT_EQ(doc::fill_page_numbers(doc->header->text, "2", "5"), "{page}&{pages}有限公司 第 2 頁");
  EXPECT_EQ(doc::fill_page_numbers(doc->footer->text, "2", "5"), "{{x}} 2/5");
}

// A template is parsed once per worker and kept while its text stays the same: edited,
// the next document uses the new text; a broken one is reported every time.
TEST(Templates, AnEditedTemplateIsReadAgainAndABrokenOneReportedEveryTime) {
  test::ScratchDir dir("template-kept");
  kainjow::mustache::data view;
  view.set("x", std::string("一"));
  Diagnostics d;
  std::ofstream(dir.path() / "t.mustache") << "甲{{x}}";
  EXPECT_EQ(markup::render_template(dir.path().string(), "t", view, d).value_or(""), "甲一");
  EXPECT_EQ(markup::render_template(dir.path().string(), "t", view, d).value_or(""), "甲一");
  std::ofstream(dir.path() / "t.mustache", std::ios::trunc) << "乙{{x}}";
  EXPECT_EQ(markup::render_template(dir.path().string(), "t", view, d).value_or(""), "乙一");
  EXPECT_TRUE(d.items().empty());
  std::ofstream(dir.path() / "t.mustache", std::ios::trunc) << "{{#x}}丙";
  EXPECT_FALSE(markup::render_template(dir.path().string(), "t", view, d));
  EXPECT_FALSE(markup::render_template(dir.path().string(), "t", view, d));
  ASSERT_EQ(d.items().size(), 2u);
  EXPECT_EQ(d.items()[1].code, "template.syntax");
}

// A template's partials are there from its first document on (a kept template keeps its
// own copy of them).
TEST(Templates, PartialsAreThereFromTheFirstDocument) {
  test::ScratchDir dir("template-partials");
  std::filesystem::create_directories(dir.path() / "partials");
  std::ofstream(dir.path() / "doc.mustache") << "前{{> sig}}後";
  std::ofstream(dir.path() / "partials" / "sig.mustache") << "簽{{name}}";
  kainjow::mustache::data view;
  view.set("name", std::string("王"));
  Diagnostics d;
  EXPECT_EQ(markup::render_template(dir.path().string(), "doc", view, d).value_or(""), "前簽王後");
  EXPECT_EQ(markup::render_template(dir.path().string(), "doc", view, d).value_or(""), "前簽王後");
  EXPECT_TRUE(d.items().empty());
}
