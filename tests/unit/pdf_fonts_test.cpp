// The PDF's own font objects and content streams, on their own.
#include <gtest/gtest.h>

#include "pdf/content_stream.hpp"
#include "pdf/font_objects.hpp"
#include "pdf/pdf_number.hpp"

using namespace filinggen;

TEST(PdfFonts, WidthsListOnlyWhatDiffersFromTheDefaultInRunsOfCodes) {
  const auto groups = pdf::w_groups({{1, 1000}, {2, 500}, {3, 512.5}, {5, 600}, {6, 1000}});
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].first, 2);
  EXPECT_EQ(groups[0].second, (std::vector<double>{500, 512.5}));
  EXPECT_EQ(groups[1].first, 5);
  EXPECT_EQ(groups[1].second, (std::vector<double>{600}));
}

TEST(PdfFonts, ToUnicodeWritesPlaneTwoAsSurrogatePairs) {
  const std::string cmap = pdf::to_unicode_cmap({{1, "林"}, {2, "𥚃"}, {3, ""}, {4, "ffi"}});
  EXPECT_NE(cmap.find("3 beginbfchar\n<0001> <6797>\n<0002> <D855DE83>\n<0004> <006600660069>\nendbfchar"),
            std::string::npos) << cmap;
  EXPECT_NE(cmap.find("<0000> <FFFF>"), std::string::npos);
  EXPECT_EQ(cmap.find("<0003>"), std::string::npos) << "a glyph with no text of its own gets no entry";
}

TEST(PdfFonts, ToUnicodeBlocksHoldAtMostAHundredEntries) {
  std::map<std::uint16_t, std::string> texts;
  for (std::uint16_t code = 1; code <= 101; ++code) texts[code] = "字";
  const std::string cmap = pdf::to_unicode_cmap(texts);
  EXPECT_NE(cmap.find("100 beginbfchar"), std::string::npos);
  EXPECT_NE(cmap.find("1 beginbfchar\n<0065>"), std::string::npos);
}

TEST(PdfFonts, SubsetTagsDependOnTheGlyphSetOnly) {
  const std::string tag = pdf::subset_tag("ZenKai-Medium", {30, 10, 20});
  ASSERT_EQ(tag.size(), 6u);
  for (char c : tag) EXPECT_TRUE(c >= 'A' && c <= 'Z') << tag;
  EXPECT_EQ(tag, pdf::subset_tag("ZenKai-Medium", {10, 20, 30, 20}));
  EXPECT_NE(tag, pdf::subset_tag("ZenKai-Medium", {10, 20, 31}));
  EXPECT_NE(tag, pdf::subset_tag("TW-Kai-981", {10, 20, 30}));
}

TEST(PdfFonts, NumbersIgnoreTheLocaleAndTrailingZeros) {
  EXPECT_EQ(pdf::pdf_number(12.5), "12.5");
  EXPECT_EQ(pdf::pdf_number(1000.0), "1000");
  EXPECT_EQ(pdf::pdf_number(-0.0001), "0");
  EXPECT_EQ(pdf::pdf_number(841.89), "841.89");
}

TEST(PdfContent, GlyphsAreDrawnByCodeWithAdjustmentsToTheirPlaces) {
  layout::Page page{200, 100, {}, {}, {}};
  layout::GlyphRun run;
  run.x = 10;
  run.y = 20;
  run.size = 10;
  run.glyphs = {{7, 0, 0, "林"}, {9, 15, 0, "𥚃"}};  // the second 5 pt further than its advance
  page.runs.push_back(run);
  page.rules.push_back({10, 30, 40, 30, 0.5});
  pdf::EmbeddedFont font{"F1", {}, std::make_shared<pdf::FontCodes>(pdf::FontCodes{{{7, 1}, {9, 2}}, {{1, 1000}, {2, 1000}}})};
  const std::string content = pdf::page_content(page, {{0, pdf::face_fonts({font})}});
  EXPECT_NE(content.find("0.5 w\n10 70 m 40 70 l S"), std::string::npos) << content;
  EXPECT_NE(content.find("/F1 10 Tf\n1 0 0 1 10 80 Tm\n[<0001>-500<0002>] TJ"), std::string::npos) << content;
}

TEST(PdfContent, AGlyphWithoutAnEmbeddedCodeIsRefused) {
  layout::Page page{200, 100, {}, {}, {}};
  layout::GlyphRun run;
  run.glyphs = {{42, 0, 0, "字"}};
  page.runs.push_back(run);
  pdf::EmbeddedFont font{"F1", {}, std::make_shared<pdf::FontCodes>()};
  EXPECT_THROW(pdf::page_content(page, {{0, pdf::face_fonts({font})}}), std::logic_error);
}

// A run whose glyphs come from a document's own subset and the shared one switches font
// inside the run, and the adjustments still put each glyph where layout placed it; the
// own subset is tried first, so a glyph both have is drawn from it.
TEST(PdfContent, ARunSwitchesBetweenTheOwnAndTheSharedSubset) {
  layout::Page page{200, 100, {}, {}, {}};
  layout::GlyphRun run;
  run.x = 10;
  run.y = 20;
  run.size = 10;
  run.glyphs = {{7, 0, 0, "陳"}, {9, 10, 0, "堃"}, {8, 25, 0, "銘"}};  // 銘 5 pt further than its advance
  page.runs.push_back(run);
  pdf::EmbeddedFont own{"F1", {}, std::make_shared<pdf::FontCodes>(pdf::FontCodes{{{9, 1}, {8, 2}}, {{1, 1000}, {2, 1000}}})};
  pdf::EmbeddedFont shared{"F2", {}, std::make_shared<pdf::FontCodes>(pdf::FontCodes{{{7, 5}, {8, 6}}, {{5, 1000}, {6, 1000}}})};
  const std::string content = pdf::page_content(page, {{0, pdf::face_fonts({own, shared})}});
  EXPECT_NE(content.find("/F2 10 Tf\n1 0 0 1 10 80 Tm\n[<0005>] TJ\n/F1 10 Tf\n[<0001>-500<0002>] TJ"), std::string::npos)
      << content;
}

TEST(PdfFonts, NumbersAppendedToABufferMatchTheirTextAlone) {
  std::string out = "x";
  for (double v : {12.5, 1000.0, -0.0001, 841.89, -3.25, 1e-9, 123456.7894})
    pdf::append_number(out, v), out += ' ';
  EXPECT_EQ(out, "x12.5 1000 0 841.89 -3.25 0 123456.789 ");
}
