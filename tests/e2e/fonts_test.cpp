// End to end, fonts: names beyond the BMP, collections and CFF faces, and the font
// objects as poppler, qpdf and MuPDF read them.
#include "e2e/e2e_support.hpp"
#include "e2e/pdf_pages.hpp"

using namespace filinggen::e2e;
namespace fs = std::filesystem;
using Fonts = ToolTest;

namespace {

const std::string kExtensionB = quoted(kSource + "/tests/fixtures/extension-b-firm.yaml");

}  // namespace

TEST_F(Fonts, NamesBeyondTheBmpPrintInTheKaiStyleAndReadBack) {
  Outcome r = generate(kExtensionB, dir_ / "out");
  ASSERT_EQ(r.status, 0) << r.out;
  const fs::path pdf = dir_ / "out" / "extension-b-securities" / "declaration.pdf";
  const std::string text = pdf_text(pdf);
  EXPECT_NE(text.find("林𥚃"), std::string::npos) << text;
  EXPECT_NE(text.find("陳𠀋雄"), std::string::npos) << text;
  EXPECT_NE(text.find("𠀋興證券股份有限公司"), std::string::npos) << text;
  bool ext_b = false;
  for (const auto& line : pdf_fonts(pdf)) ext_b = ext_b || line.find("TW-Kai-Ext-B") != std::string::npos;
  EXPECT_TRUE(ext_b) << "drawn from the Kai face of plane 2 (TW-Kai-Ext-B)";
  expect_embedded_subsets_with_to_unicode(pdf, "CID TrueType");
  expect_clean_structure(pdf);
}

TEST_F(Fonts, EverySampleDeclarationPassesQpdfAndMupdf) {
  ASSERT_EQ(generate(quoted(kSource + "/data/firms"), dir_ / "out").status, 0);
  for (const auto& firm : fs::directory_iterator(dir_ / "out")) {
    if (!firm.is_directory()) continue;  // manifest.json
    for (const auto& file : fs::directory_iterator(firm.path())) {
      if (file.path().extension() != ".pdf") continue;  // findings.json
      expect_embedded_subsets_with_to_unicode(file.path(), "CID TrueType");
      expect_clean_structure(file.path());
    }
  }
}

TEST_F(Fonts, ACffFaceFromACollectionIsEmbeddedAsCidFontType0) {
  const std::string config = quoted(kSource + "/tests/fixtures/fonts-noto/fonts.yaml");
  Outcome r = generate(kExtensionB, dir_ / "a", "", "--fonts " + config);
  ASSERT_EQ(r.status, 0) << r.out;
  const fs::path pdf = dir_ / "a" / "extension-b-securities" / "declaration.pdf";
  std::size_t most = 0;
  bool distinct = false;
  const auto faces = face_names(pdf, &most, &distinct);
  ASSERT_EQ(faces, std::set<std::string>{"NotoSerifCJKtc-Regular"}) << "Noto Serif CJK TC has every character, plane 2 included";
  EXPECT_LE(most, 2u) << "the declaration's shared subset and the firm's own";
  EXPECT_TRUE(distinct);
  expect_embedded_subsets_with_to_unicode(pdf, "CID Type 0C");
  expect_clean_structure(pdf);
  EXPECT_NE(pdf_text(pdf).find("林𥚃"), std::string::npos);
  ASSERT_EQ(generate(kExtensionB, dir_ / "b", "", "--fonts " + config).status, 0);
  EXPECT_TRUE(read_text(pdf) == read_text(dir_ / "b" / "extension-b-securities" / "declaration.pdf"))
      << "byte-identical run to run";
}

TEST_F(Fonts, AMissingFaceInACollectionIsAClearError) {
  const fs::path config = dir_ / "fonts.yaml";
  std::ofstream(config) << "roles:\n  kai:\n    - {file: /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc, "
                           "family: No Such Family}\n";
  Outcome r = generate(kExtensionB, dir_ / "out", "", "--fonts " + quoted(config.string()));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("沒有字族「No Such Family」"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(dir_ / "out" / "extension-b-securities"));
}

// A byte that is not UTF-8 (a Big5 file's 中 is A4 A4) in a firm's name never reaches
// the writer: the loader refuses the file, naming the line, the column and the byte, and
// nothing is written.
TEST_F(Fonts, AStrayByteInANameDoesNotCrashTheWriter) {
  std::string firm = read_text(kSource + "/tests/fixtures/minimal-firm.yaml");
  const std::string name = "測試證券股份有限公司";
  firm.replace(firm.find(name), name.size(), "測試證券\xA4\xA4股份有限公司");
  const fs::path stray = dir_ / "stray.yaml";
  std::ofstream(stray, std::ios::binary) << firm;
  Outcome r = generate(quoted(stray.string()), dir_ / "out");
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find(stray.string() + ":5:13: 此檔案不是 UTF-8 編碼：第 5 行有無法辨識的位元組 0xA4。"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("失敗：" + stray.string() + "（1 項錯誤，未產生文件）"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(dir_ / "out") && !fs::is_empty(dir_ / "out")) << "something was written";
}

// The font subsets a kind of document shares come from its template and the standard's
// shared data, never from the firm that happened to need them first: a firm's PDFs are
// the same bytes alone, after every other sample firm, and with two jobs.
TEST_F(Fonts, AFirmsPdfsDoNotDependOnWhichFirmsRanBeforeIt) {
  const std::string firm = "hengyi-securities";
  ASSERT_EQ(generate(quoted(kSource + "/data/firms/" + firm + ".yaml"), dir_ / "alone").status, 0);
  ASSERT_EQ(generate(quoted(kSource + "/data/firms"), dir_ / "serial", "", "--jobs 1").status, 0);
  ASSERT_EQ(generate(quoted(kSource + "/data/firms"), dir_ / "parallel", "", "--jobs 2").status, 0);
  int compared = 0;
  for (const auto& file : fs::directory_iterator(dir_ / "alone" / firm)) {
    if (file.path().extension() != ".pdf") continue;
    const std::string name = file.path().filename().string();
    const std::string bytes = read_text(file.path());
    EXPECT_FALSE(bytes.empty()) << name;
    EXPECT_TRUE(bytes == read_text(dir_ / "serial" / firm / name)) << name << ": alone and after the other firms";
    EXPECT_TRUE(bytes == read_text(dir_ / "parallel" / firm / name)) << name << ": --jobs 1 and --jobs 2";
    ++compared;
  }
  EXPECT_EQ(compared, 4) << "three documents and the board pack";
}
