// The font subsets a kind of document shares in a run: which characters they hold, that
// they are made once, and that a PDF drawing from them reads back as one with subsets of
// its own only.
#include <gtest/gtest.h>

#include "filings/catalogue.hpp"
#include "filings/kind_fonts.hpp"
#include "filings/printed_characters.hpp"
#include "markup/markup.hpp"
#include "pdf/shared_fonts.hpp"
#include "support/files.hpp"
#include "support/pdf_text.hpp"
#include "support/process.hpp"
#include "support/source_tree.hpp"

using namespace filinggen;

namespace {

bool has(const std::set<char32_t>& set, char32_t c) { return set.count(c) > 0; }

std::optional<layout::PagedDocument> laid_out(const std::string& body) {
  Diagnostics d;
  auto tree = markup::parse_markup("<document title=\"t\"><p>" + body + "</p></document>", "t.xml", d);
  if (!tree) return std::nullopt;
  return layout::layout_document(*tree, test::project_fonts(), d);
}

}  // namespace

TEST(PrintedCharacters, ATemplateGivesItsTextNotItsTagsOrComments) {
  const auto chars = filings::template_characters(
      "{{! 註 }}<p style=\"甲\">乙{{name}}丙</p><!-- 丁 -->\n<footer>第 {page} 頁</footer>{{#x}}戊{{/x}}");
  for (char32_t c : std::u32string_view(U"乙丙第頁戊0123456789")) EXPECT_TRUE(has(chars, c)) << static_cast<unsigned>(c);
  for (char32_t c : std::u32string_view(U"註甲丁pagestyl{}")) EXPECT_FALSE(has(chars, c)) << static_cast<unsigned>(c);
}

TEST(PrintedCharacters, SharedDataGivesItsWordingNotItsCommentsOrKeys) {
  const auto chars = filings::data_characters("# 註解\nitems:\n  - text: 資訊 # 說明\n    id: a#b 甲\n");
  for (char32_t c : std::u32string_view(U"資訊甲")) EXPECT_TRUE(has(chars, c));
  for (char32_t c : std::u32string_view(U"註解說明itemsabd#")) EXPECT_FALSE(has(chars, c));
}

TEST(SharedFonts, AGlyphIsDrawnFromTheSharedSubsetOnlyForTheSameText) {
  pdf::PreparedFont shared;
  shared.use.text_of = {{5, "林"}, {7, "兀"}};
  const auto split = pdf::split_use(pdf::FaceUse{{{5, "林"}, {7, "⺎"}, {9, "堃"}}}, &shared);
  EXPECT_TRUE(split.any_shared);
  EXPECT_EQ(split.own.text_of, (std::map<font::GlyphId, std::string>{{7, "⺎"}, {9, "堃"}}));
  const auto alone = pdf::split_use(pdf::FaceUse{{{5, "林"}}}, nullptr);
  EXPECT_FALSE(alone.any_shared);
  EXPECT_EQ(alone.own.text_of.size(), 1u);
}

// Once per run: the same kind and shared file give the same subsets, made once; another
// shared file gives others. The declaration's hold its template's words.
TEST(SharedFonts, AKindsSubsetsAreMadeOncePerRun) {
  filings::Resources resources{test::source_path("templates"), &test::project_fonts(), std::nullopt};
  const filings::DocumentKind* declaration = nullptr;
  const filings::DocumentKind* checklist = nullptr;
  for (const auto& kind : filings::catalogue()) {
    if (std::string(kind.name) == "declaration") declaration = &kind;
    if (std::string(kind.name) == "self-assessment") checklist = &kind;
  }
  ASSERT_TRUE(declaration && checklist);
  model::FirmFile firm;
  auto first = resources.kind_fonts->of_document(*declaration, firm, resources);
  ASSERT_TRUE(first);
  filings::Resources copy = resources;  // another worker's
  EXPECT_EQ(first, copy.kind_fonts->of_document(*declaration, firm, copy));
  const auto& fonts = test::project_fonts();
  const int kai = *fonts.face_for("kai", U'聲');
  const pdf::PreparedFont* subset = first->of(kai);
  ASSERT_TRUE(subset);
  EXPECT_EQ(subset->use.text_of.at(*fonts.face(kai).glyph(U'聲')), "聲");
  EXPECT_FALSE(subset->program.empty());
  filings::Resources elsewhere = resources;  // shares the cache, not its templates
  elsewhere.templates_dir = test::source_path("tests/fixtures");
  auto other = elsewhere.kind_fonts->of_document(*declaration, firm, elsewhere);
  ASSERT_TRUE(other);
  EXPECT_NE(other, first);
  EXPECT_FALSE(other->of(kai)) << "no declaration template there: nothing shared";

  model::SelfAssessment assessment;
  assessment.checklist_file = test::source_path("data/standard/self-assessment-2025-04-11.yaml");
  firm.self_assessment = assessment;
  auto with_checklist = resources.kind_fonts->of_document(*checklist, firm, resources);
  ASSERT_TRUE(with_checklist && with_checklist->of(kai));
  EXPECT_GT(with_checklist->of(kai)->use.text_of.size(), subset->use.text_of.size());
}

// A page drawn partly from a shared subset reads back as the same text as the page with
// its own subset only; the bytes are the same from run to run; qpdf finds no fault.
TEST(SharedFonts, APdfDrawnFromASharedSubsetReadsBackTheSame) {
  const std::string words = "聲明書陳堃銘恆益證券";
  auto pages = laid_out(words);
  ASSERT_TRUE(pages);
  const auto& fonts = test::project_fonts();
  Diagnostics d;
  auto shared = pdf::share_fonts(filings::shared_glyphs({U'聲', U'明', U'書', U'證'}, fonts), fonts, d);
  ASSERT_TRUE(shared);
  const pdf::PdfOptions options{{2026, 3, 10}, "filinggen test"};
  const auto alone = pdf::write_pdf(*pages, fonts, options, d);
  const auto with_shared = pdf::write_pdf(*pages, fonts, options, d, shared.get());
  ASSERT_TRUE(alone && with_shared) << d.items().size();
  EXPECT_EQ(*with_shared, *pdf::write_pdf(*pages, fonts, options, d, shared.get()));
  EXPECT_NE(*alone, *with_shared);

  test::ScratchDir dir("shared-fonts");
  const std::string a = dir.write("alone.pdf", *alone), b = dir.write("shared.pdf", *with_shared);
  EXPECT_EQ(test::pdftotext(a), test::pdftotext(b));
  EXPECT_NE(test::pdftotext(b).find(words), std::string::npos);
  EXPECT_EQ(test::run("qpdf --check " + test::quoted(b)).status, 0);
  const std::string listed = test::run("pdffonts " + test::quoted(b)).out;
  EXPECT_EQ(std::count(listed.begin(), listed.end(), '\n'), 2 + 3) << "Kai shared, Kai own, TW-Kai own:\n" << listed;
}
