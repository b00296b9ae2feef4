// The font stage with the project's real faces: coverage, shaping, collections and
// subsets of TrueType and CFF outlines.
#include <gtest/gtest.h>

#include "font/font.hpp"
#include "support/source_tree.hpp"

using namespace filinggen;

namespace {

const char* kKai = "/usr/share/fonts/truetype/arphic-bkai00mp/bkai00mp.ttf";
const char* kNotoSerif = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";

std::unique_ptr<font::FontFace> open_face(const std::string& path, unsigned index = 0, const std::string& family = "") {
  font::FaceSource source;
  source.path = path;
  source.index = index;
  source.family = family;
  std::string error;
  auto face = font::FontFace::open(source, error);
  EXPECT_TRUE(face) << error;
  return face;
}

}  // namespace

TEST(FontFace, ShapesIdeographsOneEmAndDigitsProportionally) {
  auto kai = open_face(kKai);
  ASSERT_TRUE(kai);
  EXPECT_EQ(kai->outlines(), font::Outlines::truetype);
  const auto glyphs = kai->shape(U"資1");
  ASSERT_EQ(glyphs.size(), 2u);
  EXPECT_NE(glyphs[0].glyph, 0u);
  EXPECT_DOUBLE_EQ(glyphs[0].advance, 1.0);
  EXPECT_LT(glyphs[1].advance, 0.75) << "a digit is narrower than an ideograph";
  EXPECT_EQ(glyphs[1].cluster, 1u);
  EXPECT_DOUBLE_EQ(kai->advance(glyphs[0].glyph), glyphs[0].advance);
}

TEST(FontFace, ReadsMetricsFromTheFace) {
  auto kai = open_face(kKai);
  ASSERT_TRUE(kai);
  const auto& m = kai->metrics();
  EXPECT_GT(m.ascent, 0.5);
  EXPECT_LT(m.descent, 0);
  EXPECT_LT(m.underline_offset, 0);
  EXPECT_GT(m.underline_thickness, 0);
  EXPECT_LT(m.bbox[0], m.bbox[2]);
}

TEST(FontFace, PicksAFaceOfACollectionByIndexOrFamily) {
  auto by_family = open_face(kNotoSerif, 0, "Noto Serif CJK TC");
  auto by_index = open_face(kNotoSerif, 3);
  ASSERT_TRUE(by_family && by_index);
  EXPECT_EQ(by_family->index(), 3u);
  EXPECT_EQ(by_family->family(), "Noto Serif CJK TC");
  EXPECT_EQ(by_index->family(), "Noto Serif CJK TC");
  EXPECT_EQ(by_index->outlines(), font::Outlines::cff);
  EXPECT_TRUE(by_index->has(U'\U00025683'));
}

TEST(FontFace, RefusesAnIndexBeyondTheCollection) {
  font::FaceSource source;
  source.path = kNotoSerif;
  source.index = 99;
  std::string error;
  EXPECT_FALSE(font::FontFace::open(source, error));
  EXPECT_NE(error.find("沒有第 99 號"), std::string::npos) << error;
}

TEST(FontFace, SubsetsTrueTypeInGlyphIdOrder) {
  auto kai = open_face(kKai);
  ASSERT_TRUE(kai);
  const auto glyphs = kai->shape(U"聲明書");
  std::vector<font::GlyphId> ids;
  for (const auto& g : glyphs) ids.push_back(g.glyph);
  std::string error;
  auto subset = kai->subset(ids, error);
  ASSERT_TRUE(subset) << error;
  EXPECT_EQ(subset->program.substr(0, 4), std::string("\0\1\0\0", 4)) << "a TrueType font file";
  ASSERT_EQ(subset->codes.size(), 3u);
  std::vector<font::GlyphId> sorted = ids;
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t i = 0; i < sorted.size(); ++i)
    EXPECT_EQ(subset->codes.at(sorted[i]), i + 1) << "glyph 0 stays .notdef; the rest keep their order";
  // The second subset of a face comes from its preprocessed copy: same answer.
  auto again = kai->subset(ids, error);
  ASSERT_TRUE(again) << error;
  EXPECT_EQ(again->codes, subset->codes);
}

TEST(FontFace, SubsetsCidKeyedCffKeepingCids) {
  auto noto = open_face(kNotoSerif, 3);
  ASSERT_TRUE(noto);
  const auto glyphs = noto->shape(U"林𥚃");
  std::vector<font::GlyphId> ids;
  for (const auto& g : glyphs) ids.push_back(g.glyph);
  std::string error;
  auto subset = noto->subset(ids, error);
  ASSERT_TRUE(subset) << error;
  EXPECT_TRUE(subset->cid_keyed);
  EXPECT_EQ(subset->registry, "Adobe");
  EXPECT_EQ(subset->ordering, "Identity");
  EXPECT_EQ(static_cast<unsigned char>(subset->program[0]), 1u) << "a bare CFF table (major version 1)";
  ASSERT_EQ(subset->codes.size(), 2u);
  // Noto CJK's CIDs are its glyph ids, so the codes are the source glyph ids, not 1 and 2.
  for (auto g : ids) EXPECT_EQ(subset->codes.at(g), g);
}

TEST(FontSet, FallsBackPerCharacterIncludingPlaneTwo) {
  const auto& fonts = test::project_fonts();
  auto common = fonts.face_for("kai", U'資');
  auto ext_b = fonts.face_for("kai", U'\U00025683');
  ASSERT_TRUE(common && ext_b);
  EXPECT_NE(fonts.face(*ext_b).path().find("TW-Kai-Ext-B"), std::string::npos);
  EXPECT_EQ(fonts.primary_face("kai"), common);
  EXPECT_FALSE(fonts.face_for("kai", U'\U0003134A')) << "Extension G: no configured face has it";
}
