// End to end: run build/filinggen as a user would, then read what it wrote with
// pdftotext, pdffonts, pdfinfo and qpdf.
#include <set>

#include "e2e/e2e_support.hpp"
#include "e2e/pdf_pages.hpp"
#include "model/load.hpp"
#include "text/text.hpp"

using namespace filinggen;
namespace fs = std::filesystem;

namespace {

using namespace filinggen::e2e;
using Cli = ToolTest;

const std::vector<std::string> kSampleFirms = {"hengyi-securities", "hongyue-securities", "heju-futures",
                                               "jiahan-securities-taipei"};

}  // namespace

TEST_F(Cli, GeneratesADeclarationForEverySampleFirm) {
  Outcome r = generate(quoted(kSource + "/data/firms"), dir_ / "out");
  ASSERT_EQ(r.status, 0) << r.out;
  for (const auto& id : kSampleFirms) {
    EXPECT_TRUE(fs::is_regular_file(dir_ / "out" / id / "declaration.pdf")) << id;
    EXPECT_NE(r.out.find(id + "/declaration.pdf"), std::string::npos) << "the tool says where it wrote";
    for (const auto& e : fs::directory_iterator(dir_ / "out" / id))
      EXPECT_EQ(e.path().filename().string().rfind('.', 0), std::string::npos) << "temporary file left: " << e.path();
  }
}

TEST_F(Cli, DeclarationShowsFirmSignatoriesAndRocDates) {
  ASSERT_EQ(generate(quoted(kSource + "/data/firms"), dir_ / "out").status, 0);
  for (const auto& id : kSampleFirms) {
    auto loaded = model::load_firm_file(kSource + "/data/firms/" + id + ".yaml");
    ASSERT_TRUE(loaded.firm) << id;
    const auto& firm = *loaded.firm;
    const std::string text = pdf_text(dir_ / "out" / id / "declaration.pdf");
    EXPECT_NE(text.find(firm.firm.name), std::string::npos) << id;
    EXPECT_NE(text.find("資訊安全整體執行情形聲明書"), std::string::npos) << id;
    for (const auto& s : firm.declaration.signatories) {
      const model::Person* p = firm.person(s.person_id);
      ASSERT_TRUE(p);
      EXPECT_NE(text.find(p->name), std::string::npos) << id << ": signatory " << p->name;
      EXPECT_NE(text.find(p->title), std::string::npos) << id << ": title " << p->title;
    }
    EXPECT_NE(text.find("日期：" + text::roc_date(firm.declaration.date)), std::string::npos) << id;
    EXPECT_NE(text.find("民國" + text::roc_date_short(firm.declaration.board_meeting.date) + "董事會通過"),
              std::string::npos) << id;
    EXPECT_NE(text.find("出席董事" + std::to_string(firm.declaration.board_meeting.directors_present) + "人中"),
              std::string::npos) << id;
    EXPECT_NE(text.find("民國" + std::to_string(firm.declaration.year - 1911) + "年度"), std::string::npos) << id;
    EXPECT_NE(text.find("第1頁，共"), std::string::npos) << id;
    for (const char* role : {"負責資訊安全之最高主管", "董事長", "總經理", "稽核主管", "簽章"})
      EXPECT_NE(text.find(role), std::string::npos) << id << ": " << role;
  }
}

TEST_F(Cli, NamesBeyondBig5AreDrawnFromTheFallbackFace) {
  ASSERT_EQ(generate(quoted(kSource + "/data/firms/hengyi-securities.yaml"), dir_ / "out").status, 0);
  const fs::path pdf = dir_ / "out" / "hengyi-securities" / "declaration.pdf";
  EXPECT_NE(pdf_text(pdf).find("陳堃銘"), std::string::npos);
  EXPECT_NE(run("pdffonts " + quoted(pdf.string())).out.find("TW-Kai"), std::string::npos);
}

TEST_F(Cli, EveryFontIsAnEmbeddedSubsetWithToUnicode) {
  ASSERT_EQ(generate(quoted(kSource + "/data/firms"), dir_ / "out").status, 0);
  for (const auto& id : kSampleFirms) {
    Outcome fonts = run("pdffonts " + quoted((dir_ / "out" / id / "declaration.pdf").string()));
    ASSERT_EQ(fonts.status, 0);
    std::istringstream lines(fonts.out);
    std::string line;
    std::getline(lines, line);
    std::getline(lines, line);  // header and rule
    int count = 0;
    while (std::getline(lines, line)) {
      if (line.empty()) continue;
      ++count;
      EXPECT_NE(line.find("CID TrueType"), std::string::npos) << line;
      EXPECT_NE(line.find("Identity-H"), std::string::npos) << line;
      EXPECT_NE(line.find("yes yes yes"), std::string::npos) << "emb sub uni: " << line;
      EXPECT_NE(line.find('+'), std::string::npos) << "subset prefix: " << line;
    }
    EXPECT_GE(count, 1) << fonts.out;
  }
}

TEST_F(Cli, PdfStructureChecksOutAndPagesAreA4) {
  ASSERT_EQ(generate(quoted(kSource + "/data/firms"), dir_ / "out").status, 0);
  for (const auto& id : kSampleFirms) {
    const std::string pdf = quoted((dir_ / "out" / id / "declaration.pdf").string());
    Outcome check = run("qpdf --check " + pdf);
    EXPECT_EQ(check.status, 0) << check.out;
    EXPECT_NE(check.out.find("No syntax or stream encoding errors"), std::string::npos) << check.out;
    Outcome info = run("pdfinfo " + pdf);
    EXPECT_NE(info.out.find("595.276 x 841.89 pts (A4)"), std::string::npos) << info.out;
  }
}

TEST_F(Cli, SameInputGivesByteIdenticalFiles) {
  ASSERT_EQ(generate(quoted(kSource + "/data/firms"), dir_ / "a").status, 0);
  ASSERT_EQ(generate(quoted(kSource + "/data/firms"), dir_ / "b").status, 0);
  int files = 0;
  for (const auto& id : kSampleFirms)
    for (const auto& file : fs::directory_iterator(dir_ / "a" / id)) {
      const std::string a = read_text(file.path());
      EXPECT_FALSE(a.empty());
      EXPECT_TRUE(a == read_text(dir_ / "b" / id / file.path().filename())) << file.path() << " differs between two runs";
      ++files;
    }
  EXPECT_GE(files, 10) << "every document of every sample firm";
}

TEST_F(Cli, CreationDateComesFromTheDataOrSourceDateEpoch) {
  const std::string firm = quoted(kSource + "/data/firms/hongyue-securities.yaml");
  ASSERT_EQ(generate(firm, dir_ / "a").status, 0);
  Outcome info = run("pdfinfo -isodates " + quoted((dir_ / "a/hongyue-securities/declaration.pdf").string()));
  EXPECT_NE(info.out.find("CreationDate:    2026-02-26"), std::string::npos) << info.out;
  ASSERT_EQ(generate(firm, dir_ / "b", "SOURCE_DATE_EPOCH=1767225600").status, 0);  // 2026-01-01
  info = run("pdfinfo -isodates " + quoted((dir_ / "b/hongyue-securities/declaration.pdf").string()));
  EXPECT_NE(info.out.find("CreationDate:    2026-01-01"), std::string::npos) << info.out;
}

TEST_F(Cli, InvalidInputWritesNothingAndExitsTwo) {
  const std::string bad = kSource + "/tests/bad/unknown-signatory-person.yaml";
  Outcome r = generate(quoted(bad), dir_ / "out");
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("unknown-signatory-person.yaml:24:37: declaration.signatories[3].person"), std::string::npos)
      << r.out;
  EXPECT_FALSE(fs::exists(dir_ / "out" / "test-securities"));
  EXPECT_EQ(run(quoted(kTool) + " validate " + quoted(bad)).status, 2);
}

TEST_F(Cli, OneBadFirmDoesNotStopTheOthers) {
  const std::string firms = quoted(kSource + "/data/firms/heju-futures.yaml") + " " +
                            quoted(kSource + "/tests/bad/unreal-date.yaml") + " " +
                            quoted(kSource + "/data/firms/hongyue-securities.yaml");
  Outcome r = generate(firms, dir_ / "out");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_TRUE(fs::exists(dir_ / "out" / "heju-futures" / "declaration.pdf"));
  EXPECT_TRUE(fs::exists(dir_ / "out" / "hongyue-securities" / "declaration.pdf"));
  EXPECT_FALSE(fs::exists(dir_ / "out" / "test-securities"));
  EXPECT_NE(r.out.find("2 家完成，1 家失敗"), std::string::npos) << r.out;
}

TEST_F(Cli, AFailedRunLeavesTheEarlierGoodFileUntouched) {
  const fs::path data = dir_ / "firm.yaml";
  fs::copy_file(kSource + "/tests/fixtures/minimal-firm.yaml", data);
  ASSERT_EQ(generate(quoted(data.string()), dir_ / "out").status, 0);
  const fs::path pdf = dir_ / "out" / "test-securities" / "declaration.pdf";
  const std::string good = read_text(pdf);
  ASSERT_FALSE(good.empty());
  std::string text = read_text(data);
  text.replace(text.find("directors_objecting: 0"), 22, "directors_objecting: x");
  std::ofstream(data) << text;
  EXPECT_EQ(generate(quoted(data.string()), dir_ / "out").status, 2);
  EXPECT_TRUE(read_text(pdf) == good);
}

TEST_F(Cli, UsageErrorsExitTwoWithAHint) {
  for (const std::string args : {"generate", "generate data/firms", "frobnicate", "validate --bogus x"}) {
    Outcome r = run(quoted(kTool) + " " + args);
    EXPECT_EQ(r.status, 2) << args;
    EXPECT_NE(r.out.find("--help"), std::string::npos) << args << ": " << r.out;
  }
  Outcome missing = generate(quoted((dir_ / "nowhere").string()), dir_ / "out");
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.out.find("找不到此檔案或資料夾"), std::string::npos) << missing.out;
}

TEST_F(Cli, HelpAndVersion) {
  Outcome help = run(quoted(kTool) + " --help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("filinggen generate DATA... --out DIR"), std::string::npos);
  EXPECT_NE(help.out.find("結束代碼"), std::string::npos);
  Outcome version = run(quoted(kTool) + " --version");
  EXPECT_EQ(version.status, 0);
  EXPECT_EQ(version.out.rfind("filinggen ", 0), 0u);
}

TEST_F(Cli, ValidateReportsEachFirm) {
  Outcome r = run(quoted(kTool) + " validate " + quoted(kSource + "/data/firms"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("5 家完成，0 家失敗"), std::string::npos) << r.out;
}

// Golden cases: the text of every page of each sample document, line by line, is kept
// in tests/golden/<firm-id>/<document>.txt for review. A change in wording, line
// breaking or pagination shows up as a diff there; after checking the new pages, accept
// it with FILINGGEN_ACCEPT=1 build/tests/e2e_tests --gtest_filter='Cli.Golden*'.
namespace {

// Compares `text` with a golden file; with FILINGGEN_ACCEPT set, writes it there first.
void expect_golden(const fs::path& golden, const std::string& text, const std::string& what) {
  if (std::getenv("FILINGGEN_ACCEPT") != nullptr) {
    fs::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << text;
  }
  EXPECT_TRUE(fs::exists(golden)) << golden << " missing: run with FILINGGEN_ACCEPT=1 and review";
  EXPECT_EQ(read_text(golden), text) << what << ": the page text changed; review and accept";
}

fs::path golden_file(const std::string& id, const std::string& document) {
  return fs::path(kSource) / "tests/golden" / id / (document + ".txt");
}

// A footer as a line of golden text: "\n第N頁，共T頁\n".
std::string footer_line(std::size_t page, std::size_t total) {
  std::string line = "\n第";
  line += std::to_string(page);
  line += "頁，共";
  line += std::to_string(total);
  line += "頁\n";
  return line;
}

}  // namespace

// The page text of every document of every sample firm, against tests/golden/<firm>/
// (the board pack's: the next test).
TEST_F(Cli, GoldenPageTextOfEverySampleDocument) {
  ASSERT_EQ(generate(quoted(kSource + "/data/firms"), dir_ / "out").status, 0);
  for (const auto& id : kSampleFirms) {
    std::set<std::string> produced;
    for (const auto& pdf : fs::directory_iterator(dir_ / "out" / id)) {
      if (pdf.path().extension() != ".pdf") continue;  // findings.json
      const std::string document = pdf.path().stem().string();
      produced.insert(document);
      if (document == "board-pack") continue;
      expect_golden(golden_file(id, document), test::golden_text(raw_pages(pdf.path())), id + "/" + document);
    }
    for (const auto& golden : fs::directory_iterator(fs::path(kSource) / "tests/golden" / id))
      EXPECT_TRUE(produced.count(golden.path().stem().string())) << golden.path() << " was not produced";
  }
}

// A pack's golden keeps the pack's own pages in full (cover, contents, blank pages,
// findings) and, for a page of a document inside it, which page it is and its footer
// (the numbering through the pack). The documents' pages themselves, read from the pack
// with pdftotext -f/-l at the pages the contents give, must be the document's own golden
// and its own PDF's text, the pack's footer (第N頁，共T頁) read as the document's own.
TEST_F(Cli, GoldenPagesOfEveryBoardPack) {
  ASSERT_EQ(generate(quoted(kSource + "/data/firms"), dir_ / "out").status, 0);
  for (const auto& id : kSampleFirms) {
    const fs::path folder = dir_ / "out" / id, pack = folder / "board-pack.pdf";
    const auto pages = raw_pages(pack), squeezed = page_texts(pack);
    const std::size_t total = pages.size();
    ASSERT_EQ(squeezed.size(), total) << id;
    ASSERT_GT(total, 2u) << id << ": a cover, the contents and the documents";
    const auto contents = contents_lines(pack, 2);
    std::vector<std::string> placed(total);  // "declaration page 2", …; empty: the pack's own page
    std::size_t listed = 0;
    for (const auto& document : kPackDocuments) {
      const fs::path own = folder / (document + ".pdf");
      if (!fs::exists(own)) continue;
      ASSERT_LT(listed, contents.size()) << id << ": " << document << " is not in the contents";
      const std::size_t first = contents[listed++].second, count = page_count(own);
      ASSERT_GT(count, 0u) << own;
      ASSERT_LE(first + count - 1, total) << id << ": " << document << " runs past the pack's end";
      const auto inside = raw_pages(pack, {first, first + count - 1});
      ASSERT_EQ(inside.size(), count) << id << ": " << document;
      std::string text;
      for (std::size_t k = 0; k < count; ++k) {
        std::string page = test::golden_text({inside[k]}, k + 1);
        const std::string in_pack = footer_line(first + k, total);
        const std::size_t at = page.find(in_pack);
        EXPECT_NE(at, std::string::npos) << id << ": page " << first + k << " lacks its footer\n" << page;
        if (at != std::string::npos) page.replace(at, in_pack.size(), footer_line(k + 1, count));
        text += page;
        placed[first + k - 1] = document + " page " + std::to_string(k + 1);
      }
      const std::string where = id + "/board-pack.pdf pages " + std::to_string(first) + "-" +
                                std::to_string(first + count - 1);
      EXPECT_EQ(text, read_text(golden_file(id, document))) << where << " are not " << document << ".txt";
      EXPECT_EQ(text, test::golden_text(raw_pages(own))) << where << " are not " << own;
    }
    std::string golden;
    for (std::size_t p = 1; p <= total; ++p) {
      if (placed[p - 1].empty()) {
        golden += test::golden_text({pages[p - 1]}, p);
        continue;
      }
      golden += "--- page " + std::to_string(p) + ": " + placed[p - 1] + "\n";
      std::smatch m;
      golden += std::regex_search(squeezed[p - 1], m, kFooter) ? m.str() + "\n" : "(no page number)\n";
    }
    expect_golden(golden_file(id, "board-pack"), golden, id + "/board-pack");
  }
}

TEST_F(Cli, TwoFilesWithOneFirmIdAreRefusedNotMerged) {
  // The copy sits beside a copy of the standard, so its relative references resolve.
  fs::create_directories(dir_ / "firms");
  fs::copy(kSource + "/data/standard", dir_ / "standard");
  const fs::path copy = dir_ / "firms" / "copy.yaml";
  fs::copy_file(kSource + "/data/firms/heju-futures.yaml", copy);
  std::string text = read_text(copy);
  text.replace(text.find("禾聚期貨股份有限公司"), std::string("禾聚期貨股份有限公司").size(), "另一期貨股份有限公司");
  std::ofstream(copy) << text;
  const std::string firms = quoted(kSource + "/data/firms/heju-futures.yaml") + " " + quoted(copy.string());
  Outcome r = generate(firms, dir_ / "out");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("公司代號「heju-futures」已由"), std::string::npos) << r.out;
  EXPECT_EQ(pdf_text(dir_ / "out/heju-futures/declaration.pdf").find("另一期貨"), std::string::npos)
      << "the second file must not overwrite the first firm's declaration";
  const std::string manifest = read_text(dir_ / "out" / "manifest.json");
  EXPECT_NE(manifest.find("\"firm_id\": \"heju-futures\""), std::string::npos) << manifest;
  EXPECT_EQ(manifest.find("\"firm_id\": \"heju-futures\""), manifest.rfind("\"firm_id\": \"heju-futures\""))
      << "the refused file is not in the manifest: " << manifest;
}

TEST_F(Cli, ABrokenTemplateIsReportedByNameAndNothingIsWritten) {
  fs::create_directories(dir_ / "templates");
  std::string tmpl = read_text(kSource + "/templates/declaration.zh-TW.mustache");
  tmpl.replace(tmpl.find("<p style=\"title\">"), 17, "<p styl=\"title\">");
  std::ofstream(dir_ / "templates" / "declaration.zh-TW.mustache") << tmpl;
  Outcome r = run(quoted(kTool) + " generate " + quoted(kSource + "/data/firms/heju-futures.yaml") + " --out " +
                  quoted((dir_ / "out").string()) + " --templates " + quoted((dir_ / "templates").string()));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("declaration.zh-TW.mustache（套用資料後）:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("不認得屬性「styl」"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(dir_ / "out" / "heju-futures"));
}
