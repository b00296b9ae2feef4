// Layout on small pages with the project's fonts (CJK ideographs advance one em).
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "layout/layout.hpp"
#include "layout/line_box.hpp"
#include "layout_support.hpp"
#include "support/source_tree.hpp"
#include "text/text.hpp"

using namespace filinggen;

namespace {

doc::Paragraph paragraph(const std::string& text, double size = 10) {
  doc::Paragraph p;
  p.style.size = size;
  p.style.line_height = 1.5;
  p.spans.push_back({text, false});
  return p;
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// 100 pt of content width: ten 10 pt ideographs per line; 15 pt per line.
doc::Document small_document() {
  doc::Document d;
  d.page = {120, 120, 10, 10, 10, 10};
  return d;
}

std::optional<layout::PagedDocument> lay_out(const doc::Document& d) {
  Diagnostics diagnostics;
  auto out = layout::layout_document(d, test::project_fonts(), diagnostics);
  for (const auto& item : diagnostics.items()) ADD_FAILURE() << item.str();
  return out;
}

}  // namespace

TEST(Layout, FillsLinesToTheMeasureAndPaginates) {
  doc::Document d = small_document();
  d.blocks.push_back(paragraph(repeat("資", 200)));  // 20 lines of 10; 6 lines a page
  auto out = lay_out(d);
  ASSERT_TRUE(out);
  ASSERT_EQ(out->pages.size(), 4u);
  for (std::size_t i = 0; i < 3; ++i) {
    auto lines = test::lines_of(out->pages[i]);
    ASSERT_EQ(lines.size(), 6u) << "page " << i + 1;
    for (const auto& line : lines) {
      EXPECT_EQ(line.text, repeat("資", 10));
      EXPECT_GE(line.y, 10);
      EXPECT_LE(line.y, 110);
    }
  }
  EXPECT_EQ(test::lines_of(out->pages[3]).size(), 2u);
}

TEST(Layout, JustifiedLinesEndAtTheRightMargin) {
  doc::Document d = small_document();
  auto p = paragraph("本公司資訊安全制度，A1 設計及執行係屬有效，能合理確保目標之達成。");
  p.style.align = doc::Align::justify;
  d.blocks.push_back(p);
  auto out = lay_out(d);
  ASSERT_TRUE(out);
  const auto& runs = out->pages[0].runs;
  double rightmost = 0;
  for (const auto& r : runs)
    for (const auto& g : r.glyphs) rightmost = std::max(rightmost, r.x + g.x);
  EXPECT_LE(rightmost, 110.0 - 9.0 + 0.01);  // the last glyph starts within one em of the margin
  EXPECT_GE(rightmost, 110.0 - 10.0 - 0.01);
}

TEST(Layout, FooterCarriesPageNumberAndCount) {
  doc::Document d = small_document();
  d.footer = doc::Footer{{}, "第 {page} 頁，共 {pages} 頁"};
  d.footer->style.size = 6;
  d.blocks.push_back(paragraph(repeat("聲明", 70)));
  auto out = lay_out(d);
  ASSERT_TRUE(out);
  ASSERT_EQ(out->pages.size(), 3u);
  auto last = test::lines_of(out->pages[1]).back();
  EXPECT_EQ(last.text, "第 2 頁，共 3 頁");
  EXPECT_GT(last.y, 110);  // in the bottom margin
}

TEST(Layout, TableRowTallerThanThePageSplitsAndRepeatsItsHeader) {
  doc::Document d = small_document();
  doc::Table t;
  t.column_weights = {1, 1};
  doc::Row header;
  header.header = true;
  header.cells = {doc::Cell{{paragraph("修正")}}, doc::Cell{{paragraph("現行")}}};
  doc::Row body;
  body.cells = {doc::Cell{{paragraph(repeat("修", 40))}}, doc::Cell{{paragraph("現")}}};
  t.rows = {header, body};
  d.blocks.push_back(t);
  auto out = lay_out(d);
  ASSERT_TRUE(out);
  ASSERT_GE(out->pages.size(), 2u);
  std::string all;
  for (const auto& page : out->pages) {
    auto lines = test::lines_of(page);
    ASSERT_FALSE(lines.empty());
    EXPECT_EQ(lines.front().text.rfind("修正", 0), 0u) << "header repeated at the top of every page";
    for (std::size_t i = 1; i < lines.size(); ++i) all += lines[i].text;
    for (const auto& run : page.runs) EXPECT_LE(run.y, 110.0) << "nothing set below the bottom margin";
  }
  // Every character of the split cell appears exactly once across the pages.
  std::size_t count = 0;
  for (std::size_t at = all.find("修"); at != std::string::npos; at = all.find("修", at + 1)) ++count;
  EXPECT_EQ(count, 40u);
}

TEST(Layout, RowThatFitsOnTheNextPageMovesWhole) {
  doc::Document d = small_document();
  d.blocks.push_back(paragraph(repeat("前", 40)));  // 4 lines: 60 pt of 100
  doc::Table t;
  t.column_weights = {1};
  doc::Row row;
  row.min_height = 56;  // a seal box does not split
  row.cells = {doc::Cell{{paragraph("董事長")}}};
  t.rows = {row};
  d.blocks.push_back(t);
  auto out = lay_out(d);
  ASSERT_TRUE(out);
  ASSERT_EQ(out->pages.size(), 2u);
  EXPECT_EQ(test::lines_of(out->pages[1]).front().text, "董事長");
}

TEST(Layout, HangingLabelSitsInTheIndent) {
  doc::Document d = small_document();
  auto p = paragraph(repeat("資", 16));
  p.style.left_indent = 2;
  p.style.label = "一、";
  d.blocks.push_back(p);
  auto out = lay_out(d);
  ASSERT_TRUE(out);
  auto lines = test::lines_of(out->pages[0]);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "一、" + repeat("資", 8));
  EXPECT_DOUBLE_EQ(lines[0].left, 10);
  EXPECT_DOUBLE_EQ(lines[1].left, 30);  // continuation aligned after the label
}

TEST(Layout, UnderlinedSpanGetsARuleUnderItsGlyphsOnly) {
  doc::Document d = small_document();
  doc::Paragraph p = paragraph("");
  p.style.align = doc::Align::left;
  p.spans = {{"現行", false}, {"修正", true}, {"條文", false}};
  d.blocks.push_back(p);
  auto out = lay_out(d);
  ASSERT_TRUE(out);
  ASSERT_EQ(out->pages[0].rules.size(), 1u);
  const auto& rule = out->pages[0].rules[0];
  EXPECT_NEAR(rule.x1, 30, 0.01);
  EXPECT_NEAR(rule.x2, 50, 0.01);
}

TEST(Layout, CharacterNoFaceHasIsAnErrorNotABlankBox) {
  doc::Document d = small_document();
  d.blocks.push_back(paragraph("資安\uE000聲明"));  // a private-use character
  Diagnostics diagnostics;
  auto out = layout::layout_document(d, test::project_fonts(), diagnostics);
  EXPECT_FALSE(out);
  ASSERT_TRUE(diagnostics.has_errors());
  EXPECT_NE(diagnostics.items()[0].message.find("U+E000"), std::string::npos);
}

TEST(Fonts, NamesBeyondBig5FallBackToAFaceThatHasThem) {
  const auto& fonts = test::project_fonts();
  auto kai = fonts.face_for("kai", U'資');
  auto rare = fonts.face_for("kai", U'堃');
  ASSERT_TRUE(kai);
  ASSERT_TRUE(rare);
  EXPECT_NE(*kai, *rare) << "堃 is not in Big5, so the first Kai face lacks it";
  EXPECT_NE(fonts.face(*rare).path().find("TW-Kai"), std::string::npos);
}

TEST(Fonts, AnUnreadableFaceIsReportedWithItsPath) {
  std::string error;
  font::FaceSource source;
  source.path = "/usr/share/fonts/truetype/no-such-face.ttf";
  auto face = font::FontFace::open(source, error);
  EXPECT_FALSE(face);
  EXPECT_NE(error.find("no-such-face.ttf"), std::string::npos);
}

TEST(Layout, NoParagraphLeavesASingleLineAtAPageEdge) {
  // 6 lines fit a page. After 3 lines, a 4-line paragraph would leave 1 line over (a
  // widow); after 5, a 3-line one would leave 1 line behind (an orphan).
  for (int before : {3, 4, 5}) {  // 4: a 3-line paragraph with 2 lines fitting moves whole
    doc::Document d = small_document();
    d.blocks.push_back(paragraph(repeat("前", before * 10)));
    d.blocks.push_back(paragraph(repeat("後", before == 3 ? 40 : 30)));
    auto out = lay_out(d);
    ASSERT_TRUE(out);
    ASSERT_EQ(out->pages.size(), 2u);
    for (const auto& page : out->pages) {
      std::size_t later = 0;
      for (const auto& line : test::lines_of(page)) later += line.text.find("後") == 0;
      EXPECT_TRUE(later == 0 || later >= 2) << "before=" << before << ": " << later << " line(s) alone";
    }
  }
}

TEST(Layout, LineBreaksFromTheDataStartNewLines) {
  doc::Document d = small_document();
  auto p = paragraph(text::line_breaks_as_separators("（一）甲乙\n（二）丙\n"));
  p.style.align = doc::Align::left;
  d.blocks.push_back(p);
  auto out = lay_out(d);
  ASSERT_TRUE(out);
  auto lines = test::lines_of(out->pages[0]);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "（一）甲乙");
  EXPECT_EQ(lines[1].text, "（二）丙");
}

TEST(Layout, TableOfHeaderRowsOnlyIsStillDrawn) {
  doc::Document d = small_document();
  doc::Table t;
  t.column_weights = {1};
  doc::Row header;
  header.header = true;
  header.cells = {doc::Cell{{paragraph("修正條文")}}};
  t.rows = {header};
  d.blocks.push_back(t);
  auto out = lay_out(d);
  ASSERT_TRUE(out);
  ASSERT_EQ(test::lines_of(out->pages[0]).size(), 1u);
  EXPECT_EQ(out->pages[0].rules.size(), 4u);
}

// The memo of set paragraphs (layout/paragraph_memo.cpp): a paragraph set again is the
// same lines; another width, another decoration or other fonts are set anew; a paragraph
// that cannot be set is reported every time, never kept.
namespace {

std::string described(const std::vector<layout::LineBox>& lines) {
  std::ostringstream out;
  for (const auto& line : lines) {
    out << "line " << line.height << " rules " << line.rules.size() << ":";
    for (const auto& run : line.runs) {
      out << " [" << run.text << " @" << run.x;
      for (const auto& g : run.glyphs) out << " " << g.id << "/" << g.x;
      out << "]";
    }
    out << "\n";
  }
  return out.str();
}

std::string set(const doc::Paragraph& p, double width, const font::FontSet& fonts, Diagnostics& d) {
  std::vector<layout::LineBox> lines;
  if (!layout::set_paragraph(p, width, fonts, d, lines)) return "failed";
  return described(lines);
}

}  // namespace

TEST(ParagraphMemo, AParagraphSetAgainIsTheSameLinesAndAnyChangeIsSetAnew) {
  const auto& fonts = test::project_fonts();
  Diagnostics d;
  const doc::Paragraph p = paragraph(repeat("資訊安全", 8));
  const std::string first = set(p, 100, fonts, d);
  EXPECT_EQ(set(p, 100, fonts, d), first);
  const std::string narrower = set(p, 50, fonts, d);
  EXPECT_NE(narrower, first);
  EXPECT_GT(std::count(narrower.begin(), narrower.end(), '\n'), std::count(first.begin(), first.end(), '\n'));
  doc::Paragraph underlined = p;
  underlined.spans[0].underline = true;
  EXPECT_NE(set(underlined, 100, fonts, d), first);
  EXPECT_NE(set(underlined, 100, fonts, d).find("rules 1"), std::string::npos);
  doc::Paragraph indented = p;
  indented.style.first_indent = 2;
  EXPECT_NE(set(indented, 100, fonts, d), first);
  EXPECT_TRUE(d.items().empty());

  Diagnostics other;  // the same fonts loaded again are another set: set anew, the same lines
  auto again = font::FontSet::load(test::source_path("fonts/fonts.yaml"), other);
  ASSERT_TRUE(again);
  EXPECT_NE(again->id(), fonts.id());
  EXPECT_EQ(set(p, 100, *again, other), first);

  const doc::Paragraph unprintable = paragraph("甲\U0010FFFD乙");
  Diagnostics bad;
  EXPECT_EQ(set(unprintable, 100, fonts, bad), "failed");
  EXPECT_EQ(set(unprintable, 100, fonts, bad), "failed");
  EXPECT_EQ(bad.items().size(), 2u) << "reported each time";
}
