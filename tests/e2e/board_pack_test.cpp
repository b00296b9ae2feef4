// End to end, the board pack (DIR/<firm-id>/board-pack.pdf): read back with poppler,
// qpdf and MuPDF against the firm's documents written beside it. (The sample packs'
// golden page text: Cli.GoldenPagesOfEveryBoardPack in cli_test.cpp.)
#include <regex>
#include <set>

#include "e2e/e2e_support.hpp"
#include "e2e/pdf_pages.hpp"

using namespace filinggen::e2e;
namespace fs = std::filesystem;
using BoardPack = ToolTest;

namespace {

const std::string kShortfalls = "ruisheng-securities";  // the sample firm with findings

}  // namespace

// The pack is the cover, the contents, then each document's own pages (their text
// unchanged but for the footer), then the findings; page numbers run through it.
TEST_F(BoardPack, HoldsEachDocumentsPagesUnderOneOutlineNumberedThroughThePack) {
  const fs::path out = dir_ / "out";
  ASSERT_EQ(generate(quoted(kSource + "/data/firms/" + kShortfalls + ".yaml"), out).status, 0);
  const fs::path folder = out / kShortfalls;
  const fs::path pack = folder / "board-pack.pdf";
  ASSERT_TRUE(fs::exists(pack));
  expect_clean_structure(pack);

  const std::vector<std::string> pages = page_texts(pack);
  const std::size_t total = page_count(pack);
  ASSERT_EQ(pages.size(), total);
  const auto entries = outline(pack);
  ASSERT_FALSE(entries.empty());
  EXPECT_EQ(entries.front().depth, 1);
  EXPECT_NE(entries.front().title.find("董事會議資料"), std::string::npos) << entries.front().title;
  EXPECT_EQ(run("mutool show " + quoted(pack.string()) + " outline").out.rfind("-\t", 0), 0u)
      << "the top entry opens on the pack's parts";
  const auto documents = at_depth(entries, 2);
  ASSERT_EQ(documents.size(), 2 + kPackDocuments.size()) << "contents, three documents, findings";
  EXPECT_EQ(documents[0].title, "目錄");
  EXPECT_EQ(documents[0].page, 2u);

  std::size_t next = 3;  // the cover and one page of contents come first
  for (std::size_t i = 0; i < kPackDocuments.size(); ++i) {
    const fs::path part = folder / (kPackDocuments[i] + ".pdf");
    const auto part_pages = page_texts(part);
    EXPECT_EQ(documents[i + 1].page, next) << kPackDocuments[i];
    for (std::size_t p = 0; p < part_pages.size(); ++p)
      EXPECT_EQ(without_footer(pages[next - 1 + p]), without_footer(part_pages[p]))
          << kPackDocuments[i] << " page " << p + 1;
    // The document's own bookmarks, one level down, on the same pages of the pack.
    std::vector<OutlineEntry> own = at_depth(outline(part), 2), nested;
    for (const auto& e : entries)
      if (e.depth == 3 && e.page >= next && e.page < next + part_pages.size()) nested.push_back(e);
    ASSERT_EQ(nested.size(), own.size()) << kPackDocuments[i];
    for (std::size_t k = 0; k < own.size(); ++k) {
      EXPECT_EQ(nested[k].title, own[k].title);
      EXPECT_EQ(nested[k].page, own[k].page + next - 1) << own[k].title;
    }
    next += part_pages.size();
  }
  // The findings, a short document of their own at the end.
  EXPECT_EQ(documents.back().title, "法規檢查結果");
  EXPECT_EQ(documents.back().page, next);
  EXPECT_LT(next, total + 1);
  EXPECT_NE(pages[next - 1].find("法規檢查結果"), std::string::npos);
  EXPECT_NE(pages[next - 1].find("實收資本額新臺幣215億元"), std::string::npos) << "a finding's sentence";

  EXPECT_FALSE(std::regex_search(pages[0], kFooter)) << "the cover carries no page number";
  for (std::size_t p = 1; p < pages.size(); ++p) {
    std::smatch m;
    ASSERT_TRUE(std::regex_search(pages[p], m, kFooter)) << "page " << p + 1;
    EXPECT_EQ(std::stoul(m[1]), p + 1) << pages[p];
    EXPECT_EQ(std::stoul(m[2]), total);
  }
}

TEST_F(BoardPack, ContentsPointAtThePageEachDocumentStartsOn) {
  ASSERT_EQ(generate(quoted(kSource + "/data/firms"), dir_ / "out").status, 0);
  for (const char* firm : {"hengyi-securities", "ruisheng-securities", "heju-futures"}) {
    const fs::path pack = dir_ / "out" / firm / "board-pack.pdf";
    const auto pages = page_texts(pack);
    const auto lines = contents_lines(pack, 2);
    const auto documents = at_depth(outline(pack), 2);
    ASSERT_EQ(lines.size() + 1, documents.size()) << firm << ": every document but the contents itself";
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const auto& [title, page] = lines[i];
      EXPECT_EQ(title, documents[i + 1].title) << firm;
      EXPECT_EQ(page, documents[i + 1].page) << firm << " " << title;
      ASSERT_LE(page, pages.size());
      EXPECT_NE(pages[page - 1].find(title), std::string::npos) << firm << ": page " << page << " starts " << title;
      if (page - 1 > 2) {  // the page before, unless it is the contents listing the title
        EXPECT_EQ(pages[page - 2].find(title), std::string::npos) << firm << ": " << title << " starts no earlier";
      }
    }
  }
}

TEST_F(BoardPack, DuplexStartsEveryDocumentOnARightHandPage) {
  const fs::path out = dir_ / "out";
  ASSERT_EQ(generate(quoted(kSource + "/data/firms/" + kShortfalls + ".yaml"), out, "", "--duplex").status, 0);
  const fs::path pack = out / kShortfalls / "board-pack.pdf";
  expect_clean_structure(pack);
  const auto pages = page_texts(pack);
  const auto documents = at_depth(outline(pack), 2);
  ASSERT_EQ(documents.size(), 5u);
  std::set<std::size_t> starts;
  for (const auto& d : documents) {
    EXPECT_EQ(d.page % 2, 1u) << d.title << " starts on page " << d.page;
    starts.insert(d.page);
  }
  // A page before a document's start that the document before does not fill is blank,
  // says so, and is counted.
  std::size_t blanks = 0;
  for (std::size_t p = 1; p <= pages.size(); ++p) {
    const bool blank = pages[p - 1].find("本頁空白") != std::string::npos;
    if (blank) {
      ++blanks;
      EXPECT_TRUE(starts.count(p + 1)) << "blank page " << p << " comes right before a document";
      EXPECT_EQ(p % 2, 0u);
      EXPECT_EQ(without_footer(pages[p - 1]), "（本頁空白）");
    }
    if (p > 1) {
      std::smatch m;
      ASSERT_TRUE(std::regex_search(pages[p - 1], m, kFooter)) << "page " << p;
      EXPECT_EQ(std::stoul(m[1]), p);
    }
  }
  std::size_t simplex_pages = 0;
  {
    ASSERT_EQ(generate(quoted(kSource + "/data/firms/" + kShortfalls + ".yaml"), dir_ / "simplex").status, 0);
    simplex_pages = page_count(dir_ / "simplex" / kShortfalls / "board-pack.pdf");
  }
  EXPECT_GT(blanks, 0u);
  EXPECT_EQ(pages.size(), simplex_pages + blanks);
  const auto lines = contents_lines(pack, 3);  // the contents, after the cover's blank back
  ASSERT_EQ(lines.size(), 4u);
  for (std::size_t i = 0; i < lines.size(); ++i) EXPECT_EQ(lines[i].second, documents[i + 1].page);
}

// Fonts are shared: the pack is written once, so each face is embedded at most twice (the
// subset every pack of its documents shares, and one of the firm's own glyphs), not once
// per document.
TEST_F(BoardPack, EmbedsEachFaceAtMostTwice) {
  ASSERT_EQ(generate(quoted(kSource + "/data/firms"), dir_ / "out").status, 0);
  for (const char* firm : {"hengyi-securities", "ruisheng-securities"}) {
    const fs::path folder = dir_ / "out" / firm;
    std::size_t most = 0;
    bool distinct = false;
    const auto pack_faces = face_names(folder / "board-pack.pdf", &most, &distinct);
    EXPECT_LE(most, 2u) << run("pdffonts " + quoted((folder / "board-pack.pdf").string())).out;
    EXPECT_TRUE(distinct);
    for (const auto& part : kPackDocuments)
      for (const auto& face : face_names(folder / (part + ".pdf"))) EXPECT_TRUE(pack_faces.count(face)) << face;
    expect_embedded_subsets_with_to_unicode(folder / "board-pack.pdf", "CID");
  }
}

TEST_F(BoardPack, SameInputGivesTheSameBytes) {
  for (const std::string options : {"", "--duplex"}) {
    ASSERT_EQ(generate(quoted(kSource + "/data/firms/" + kShortfalls + ".yaml"), dir_ / "a", "", options).status, 0);
    ASSERT_EQ(generate(quoted(kSource + "/data/firms/" + kShortfalls + ".yaml"), dir_ / "b", "", options).status, 0);
    const std::string a = read_text(dir_ / "a" / kShortfalls / "board-pack.pdf");
    EXPECT_FALSE(a.empty());
    EXPECT_TRUE(a == read_text(dir_ / "b" / kShortfalls / "board-pack.pdf")) << options;
  }
}

// --documents board-pack writes only the pack, and the pack still holds every document;
// a list without board-pack, or --format without pdf, writes none.
TEST_F(BoardPack, DocumentsAndFormatOptions) {
  const std::string firm = quoted(kSource + "/data/firms/hengyi-securities.yaml");
  auto files = [](const fs::path& folder) {
    std::set<std::string> names;
    for (const auto& f : fs::directory_iterator(folder)) names.insert(f.path().filename().string());
    return names;
  };
  ASSERT_EQ(generate(firm, dir_ / "all").status, 0);
  ASSERT_EQ(generate(firm, dir_ / "pack", "", "--documents board-pack").status, 0);
  EXPECT_EQ(files(dir_ / "pack" / "hengyi-securities"), (std::set<std::string>{"board-pack.pdf", "findings.json"}));
  EXPECT_EQ(read_text(dir_ / "pack" / "hengyi-securities" / "board-pack.pdf"),
            read_text(dir_ / "all" / "hengyi-securities" / "board-pack.pdf"));

  ASSERT_EQ(generate(firm, dir_ / "one", "", "--documents declaration").status, 0);
  EXPECT_EQ(files(dir_ / "one" / "hengyi-securities"), (std::set<std::string>{"declaration.pdf", "findings.json"}));
  ASSERT_EQ(generate(firm, dir_ / "two", "", "--documents declaration,board-pack").status, 0);
  EXPECT_EQ(files(dir_ / "two" / "hengyi-securities"),
            (std::set<std::string>{"declaration.pdf", "board-pack.pdf", "findings.json"}));
  ASSERT_EQ(generate(firm, dir_ / "xlsx", "", "--format xlsx").status, 0);
  EXPECT_FALSE(fs::exists(dir_ / "xlsx" / "hengyi-securities" / "board-pack.pdf"));
  ASSERT_EQ(generate(firm, dir_ / "both", "", "--format pdf,xlsx --documents board-pack").status, 0);
  EXPECT_EQ(files(dir_ / "both" / "hengyi-securities"), (std::set<std::string>{"board-pack.pdf", "findings.json"}));
}

// A contents that takes more than one page (here: a team's template with a long
// preamble) moves every document on, and its numbers say so.
TEST_F(BoardPack, ContentsLongerThanAPageMovesTheDocumentsOn) {
  const fs::path templates = dir_ / "templates";
  fs::copy(kSource + "/templates", templates);
  const fs::path contents = templates / "board-pack-contents.zh-TW.mustache";
  std::string text = read_text(contents);
  const std::string table = "  <table widths=";
  ASSERT_NE(text.find(table), std::string::npos);
  text.insert(text.find(table), "  <spacer height=\"650\"/>\n");
  std::ofstream(contents, std::ios::binary) << text;

  const fs::path out = dir_ / "out";
  ASSERT_EQ(generate(quoted(kSource + "/data/firms/hengyi-securities.yaml"), out, "",
                     "--templates " + quoted(templates.string()))
                .status,
            0);
  const fs::path pack = out / "hengyi-securities" / "board-pack.pdf";
  const auto documents = at_depth(outline(pack), 2);
  ASSERT_EQ(documents.size(), 4u);
  EXPECT_EQ(documents[0].page, 2u);
  EXPECT_EQ(documents[1].page, 4u) << "the contents fill pages 2 and 3";
  const auto lines = contents_lines(pack, 3);
  ASSERT_EQ(lines.size(), 3u);
  for (std::size_t i = 0; i < lines.size(); ++i) EXPECT_EQ(lines[i].second, documents[i + 1].page) << lines[i].first;
  const auto pages = page_texts(pack);
  EXPECT_NE(pages[3].find(lines[0].first), std::string::npos);
}

// A template folder made before the pack (only the three documents' templates): the
// message says what the pack needs, and --documents without board-pack still works.
TEST_F(BoardPack, OlderTemplateFolderIsToldWhatThePackNeeds) {
  const fs::path templates = dir_ / "templates";
  fs::create_directories(templates);
  for (const auto& part : kPackDocuments)
    fs::copy(kSource + "/templates/" + part + ".zh-TW.mustache", templates / (part + ".zh-TW.mustache"));
  const std::string firm = quoted(kSource + "/data/firms/hengyi-securities.yaml");
  const std::string folder = "--templates " + quoted(templates.string());
  Outcome r = generate(firm, dir_ / "out", "", folder);
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("board-pack-cover.zh-TW.mustache"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("董事會議資料（board-pack）需要此範本"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(dir_ / "out" / "hengyi-securities" / "declaration.pdf")) << "all files or none";
  r = generate(firm, dir_ / "out", "", folder + " --documents declaration,revision-table,self-assessment");
  EXPECT_EQ(r.status, 0) << r.out;
}
