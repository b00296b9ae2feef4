// The xlsx stage: widths of CJK text, the tree on a sheet's grid, the workbook's cells,
// rich-text runs and bytes read back, and the markup a workbook reads (media, sheet,
// form fields). The openpyxl and LibreOffice checks are in tests/xlsx/.
#include <gtest/gtest.h>
#include <zip.h>

#include <pugixml.hpp>

#include <filesystem>
#include <fstream>

#include "filings/laid_out.hpp"
#include "markup/markup.hpp"
#include "model/load.hpp"
#include "support/files.hpp"
#include "support/source_tree.hpp"
#include "xlsx/sheet_plan.hpp"
#include "xlsx/xlsx.hpp"

using namespace filinggen;
namespace fs = std::filesystem;

namespace {

doc::Document parse(const std::string& body, Diagnostics& d, const std::string& attributes = "") {
  auto tree = markup::parse_markup("<document sheet=\"表\"" + attributes + ">" + body + "</document>", "test", d);
  return tree.value_or(doc::Document{});
}

doc::Document parse_ok(const std::string& body) {
  Diagnostics d;
  doc::Document tree = parse(body, d);
  for (const auto& e : d.items()) ADD_FAILURE() << e.str();
  return tree;
}

struct SheetRun {
  std::string text;
  bool underline = false, strike = false;
  bool operator==(const SheetRun&) const = default;
};

// The workbook's bytes on disk, for the readers.
struct WrittenBook {
  test::ScratchDir dir;
  fs::path path;
  explicit WrittenBook(const std::string& bytes, const std::string& name = "book.xlsx")
      : dir("xlsx-test-" + name), path(dir.write(name, bytes)) {}
  std::string part(const std::string& name) const {
    zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, nullptr);
    zip_stat_t st;
    std::string out;
    if (z && zip_stat(z, name.c_str(), 0, &st) == 0) {
      zip_file_t* f = zip_fopen(z, name.c_str(), 0);
      out.resize(st.size);
      zip_fread(f, out.data(), st.size);
      zip_fclose(f);
    }
    if (z) zip_discard(z);
    return out;
  }
  // Every rich shared string as its runs.
  std::vector<std::vector<SheetRun>> rich_strings() const {
    pugi::xml_document xml;
    const std::string bytes = part("xl/sharedStrings.xml");
    xml.load_buffer(bytes.data(), bytes.size());
    std::vector<std::vector<SheetRun>> out;
    for (auto si : xml.child("sst").children("si")) {
      std::vector<SheetRun> runs;
      for (auto r : si.children("r"))
        runs.push_back({r.child("t").text().get(), bool(r.child("rPr").child("u")), bool(r.child("rPr").child("strike"))});
      if (!runs.empty()) out.push_back(runs);
    }
    return out;
  }
};

std::string write(const doc::Document& tree, CivilDate created = {2026, 3, 10}) {
  Diagnostics d;
  auto bytes = xlsx::write_workbook(tree, {created, "測試公司", "filinggen test"}, d);
  for (const auto& e : d.items()) ADD_FAILURE() << e.str();
  return bytes.value_or("");
}

}  // namespace

TEST(XlsxWidth, EastAsianWideCharactersCountTwo) {
  EXPECT_EQ(xlsx::display_width("ab1"), 3);
  EXPECT_EQ(xlsx::display_width("修正條文"), 8);
  EXPECT_EQ(xlsx::display_width("，。（"), 6);  // fullwidth punctuation
  EXPECT_EQ(xlsx::display_width("林𥚃"), 4);    // beyond the BMP, still wide
  EXPECT_EQ(xlsx::display_width("ｱ"), 1);      // halfwidth katakana
}

TEST(XlsxWidth, WrappedHeightGrowsWithTheLines) {
  const std::string line(30, 'a');
  const double one = xlsx::wrapped_height("短", 20, 11);
  EXPECT_GT(xlsx::wrapped_height(line + line + line, 20, 11), 3 * one * 0.9);
  EXPECT_GT(xlsx::wrapped_height("一\n二\n三", 20, 11), 2.5 * one);
  EXPECT_GT(xlsx::wrapped_height("短", 20, 16), one);
}

TEST(XlsxMarkup, MediaFieldsDatesCountsAndKeys) {
  const doc::Document tree = parse_ok(
      "<p media=\"print\">只印</p><p media=\"sheet\">只在試算表</p>"
      "<table widths=\"1,2\" sheet-widths=\"1,2,1\">"
      "<row><cell span=\"all\">區</cell></row>"
      "<row key=\"SA-1\"><cell media=\"print\">□符合</cell><cell media=\"sheet\" field=\"answer\" "
      "choices=\"符合|不符合|不適用\" flag=\"不符合\">符合</cell><cell field=\"explanation\" "
      "required-if=\"answer=不符合|不適用\">說明</cell><cell media=\"sheet\" field=\"due\" date=\"2026-06-30\">115年</cell></row>"
      "<row><cell count=\"answer=符合\">1</cell><cell count=\"key\" span=\"2\" media=\"sheet\">1</cell>"
      "<cell media=\"print\">1</cell></row>"
      "</table><table widths=\"1\" sheet=\"第二頁\" media=\"sheet\"><row><cell>x</cell></row></table>");
  ASSERT_EQ(tree.blocks.size(), 4u);
  const auto& table = std::get<doc::Table>(tree.blocks[2]);
  const auto& item = table.rows[1];
  EXPECT_EQ(item.key, "SA-1");
  EXPECT_EQ(item.cells[1].field.name, "answer");
  EXPECT_EQ(item.cells[1].field.choices, (std::vector<std::string>{"符合", "不符合", "不適用"}));
  EXPECT_EQ(item.cells[1].field.flag, "不符合");
  EXPECT_EQ(item.cells[2].field.required_by, "answer");
  EXPECT_EQ(item.cells[2].field.required_when, (std::vector<std::string>{"不符合", "不適用"}));
  EXPECT_EQ(item.cells[3].date, (CivilDate{2026, 6, 30}));
  ASSERT_TRUE(table.rows[2].cells[0].count);
  EXPECT_EQ(table.rows[2].cells[0].count->value, std::optional<std::string>("符合"));
  EXPECT_FALSE(table.rows[2].cells[1].count->value) << "count=\"key\": every row with a value";
  EXPECT_EQ(std::get<doc::Table>(tree.blocks[3]).sheet, "第二頁");

  const doc::Document printed = doc::for_medium(tree, doc::Medium::print);
  ASSERT_EQ(printed.blocks.size(), 2u);
  const auto& print_table = std::get<doc::Table>(printed.blocks[1]);
  EXPECT_EQ(print_table.rows[0].cells[0].span, 2) << "span=all: the printed columns";
  EXPECT_EQ(print_table.rows[1].cells.size(), 2u);
  EXPECT_EQ(print_table.column_weights.size(), 2u);

  const doc::Document sheet = doc::for_medium(tree, doc::Medium::sheet);
  ASSERT_EQ(sheet.blocks.size(), 3u);
  const auto& sheet_table = std::get<doc::Table>(sheet.blocks[1]);
  EXPECT_EQ(sheet_table.rows[0].cells[0].span, 3) << "span=all: the sheet's columns";
  EXPECT_EQ(sheet_table.rows[1].cells.size(), 3u);
  EXPECT_EQ(sheet_table.column_weights, (std::vector<double>{1, 2, 1}));
}

TEST(XlsxMarkup, MistakesAreReported) {
  const std::pair<const char*, const char*> cases[] = {
      {"<table widths=\"1\" sheet=\"一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二\"><row><cell/></row></table>",
       "工作表名稱須為 1 至 31 個字"},
      {"<p sheet=\"a/b\">x</p>", "不能含有"},
      {"<p media=\"paper\">x</p>", "media=\"paper\" 不是可用的值"},
      {"<table widths=\"1,1\" sheet-widths=\"1,1,1\"><row><cell/><cell/></row></table>", "在試算表中共佔 2 欄"},
      {"<table widths=\"1\"><row><cell date=\"2026-02-30\">x</cell></row></table>", "真實日期"},
      {"<table widths=\"1\"><row><cell required-if=\"answer\" field=\"x\">x</cell></row></table>", "欄位=值"},
      {"<table widths=\"1\"><row><cell choices=\"a|b\">x</cell></row></table>", "須與 field 一起使用"},
  };
  for (const auto& [body, message] : cases) {
    Diagnostics d;
    parse(body, d);
    ASSERT_TRUE(d.has_errors()) << body;
    EXPECT_NE(d.items()[0].message.find(message), std::string::npos) << d.items()[0].str();
  }
}

TEST(XlsxPlan, NarrowerTablesSpreadOverTheGrid) {
  const doc::Document tree = doc::for_medium(parse_ok(
      "<p>標題</p><table widths=\"1,1,1,1\"><row header=\"true\"><cell>甲</cell><cell>乙</cell><cell>丙</cell><cell>丁</cell></row>"
      "<row key=\"k1\"><cell>1</cell><cell>2</cell><cell>3</cell><cell>4</cell></row></table>"
      "<table widths=\"1,1\"><row><cell>左</cell><cell>右</cell></row></table>"), doc::Medium::sheet);
  const auto sheets = xlsx::plan_sheets(tree);
  ASSERT_EQ(sheets.size(), 1u);
  const auto& s = sheets[0];
  EXPECT_EQ(s.name, "表");
  ASSERT_EQ(s.column_widths.size(), 5u) << "four columns and the hidden key column";
  EXPECT_EQ(s.key_column, 4);
  EXPECT_EQ(s.rows[0].cells[0].span, 4) << "a paragraph spans the sheet";
  EXPECT_EQ(s.header_first, 2);  // after the title and a blank row
  EXPECT_EQ(s.header_last, 2);
  const auto& halves = s.rows.back().cells;
  ASSERT_EQ(halves.size(), 2u);
  EXPECT_EQ(halves[0].column, 0);
  EXPECT_EQ(halves[0].span, 2);
  EXPECT_EQ(halves[1].column, 2);
  EXPECT_EQ(halves[1].span, 2);
}

TEST(XlsxWorkbook, CellsRichTextDatesAndSheets) {
  const doc::Document tree = parse_ok(
      "<table widths=\"1,1\"><row header=\"true\"><cell>修正條文</cell><cell>日期</cell></row>"
      "<row><cell>現行<u>修正</u>文字<s>刪除</s></cell><cell date=\"2026-03-10\">中華民國115年3月10日</cell></row>"
      "<row><cell>=1+1</cell><cell>@SUM(A1)</cell></row></table>"
      "<p sheet=\"第二頁\">第二頁內容</p>");
  WrittenBook book(write(tree));
  Diagnostics d;
  auto read = xlsx::read_workbook(book.path.string(), d);
  ASSERT_TRUE(read) << (d.items().empty() ? "" : d.items()[0].str());
  ASSERT_EQ(read->sheets.size(), 2u);
  EXPECT_EQ(read->sheets[0].name, "表");
  EXPECT_EQ(read->sheets[1].name, "第二頁");
  const auto& s = read->sheets[0];
  ASSERT_TRUE(s.at(0, 0));
  EXPECT_EQ(s.at(0, 0)->text, "修正條文");
  EXPECT_EQ(s.at(1, 0)->text, "現行修正文字刪除");
  ASSERT_TRUE(s.at(1, 1) && s.at(1, 1)->number);
  EXPECT_EQ(*s.at(1, 1)->number, 46091) << "2026-03-10 as Excel's day number";
  EXPECT_EQ(s.at(2, 0)->text, "=1+1");
  EXPECT_FALSE(s.at(2, 0)->number);
  EXPECT_EQ(book.part("xl/worksheets/sheet1.xml").find("<f>"), std::string::npos) << "no formula from text";
  const auto rich = book.rich_strings();
  ASSERT_EQ(rich.size(), 1u);
  EXPECT_EQ(rich[0], (std::vector<SheetRun>{{"現行"}, {"修正", true}, {"文字"}, {"刪除", false, true}}));
  EXPECT_EQ(read->sheets[1].at(0, 0)->text, "第二頁內容");
}

TEST(XlsxWorkbook, IdenticalInputIdenticalBytes) {
  const doc::Document tree = parse_ok("<p>聲明書</p>");
  const std::string a = write(tree), b = write(tree), later = write(tree, {2027, 1, 5});
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a, b);
  EXPECT_NE(a, later) << "the created date is in the properties";
}

TEST(XlsxWorkbook, RevisionTableUnderlinesAreTheTreesSpans) {
  auto loaded = model::load_firm_file(test::source_path("data/firms/hengyi-securities.yaml"));
  ASSERT_TRUE(loaded.firm);
  const filings::Resources resources{test::source_path("templates"), &test::project_fonts(), std::nullopt};
  Diagnostics d;
  auto laid = filings::lay_out("revision-table", *loaded.firm, nullptr, resources, d);
  ASSERT_TRUE(laid);
  // The underlined text of the tree, in order, against the workbook's underlined runs
  // in order (a long cell continues on further rows, so cells are not compared one by one).
  auto without_breaks = [](const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i)
      if (s.compare(i, 3, "\u2028") == 0) i += 2;
      else if (s[i] != '\n') out.push_back(s[i]);
    return out;
  };
  std::string expected;
  for (const auto& block : doc::for_medium(laid->tree, doc::Medium::sheet).blocks)
    if (const auto* t = std::get_if<doc::Table>(&block))
      for (const auto& row : t->rows)
        for (const auto& cell : row.cells)
          for (const auto& p : cell.paragraphs)
            for (const auto& span : p.spans)
              if (span.underline) expected += without_breaks(span.text);
  ASSERT_GT(expected.size(), 100u);
  WrittenBook book(write(laid->tree));
  std::string written;
  for (const auto& runs : book.rich_strings())
    for (const auto& r : runs)
      if (r.underline) written += without_breaks(r.text);
  EXPECT_EQ(written, expected);
}

TEST(XlsxReader, NotAWorkbook) {
  Diagnostics d;
  EXPECT_FALSE(xlsx::read_workbook(test::source_path("data/firms/hengyi-securities.yaml"), d));
  ASSERT_TRUE(d.has_errors());
  EXPECT_NE(d.items()[0].message.find("不是 Excel 活頁簿"), std::string::npos);
  EXPECT_EQ(xlsx::cell_name(11, 3), "D12");
  EXPECT_EQ(xlsx::column_name(26), "AA");
}

TEST(XlsxPlan, ARowTallerThanExcelAllowsContinuesBelow) {
  std::string article;
  for (int i = 1; i <= 60; ++i) article += "第" + std::to_string(i) + "項：公司應訂定行動裝置管理辦法並定期檢討。<br/>";
  std::string underlined(600 * 3, ' ');  // one paragraph of 600 characters, longer than a row
  underlined.clear();
  for (int i = 0; i < 600; ++i) underlined += "修";
  const doc::Document tree = doc::for_medium(parse_ok(
      "<table widths=\"1,1\"><row header=\"true\"><cell>修正條文</cell><cell>現行條文</cell></row>"
      "<row><cell>" + article + "<u>" + underlined + "</u></cell><cell>本點新增</cell></row></table>"), doc::Medium::sheet);
  const auto sheets = xlsx::plan_sheets(tree);
  const auto& rows = sheets.at(0).rows;
  ASSERT_GT(rows.size(), 3u) << "the long cell continues on further rows";
  std::string joined;
  std::size_t underlined_chars = 0;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& cell = rows[r].cells.at(0);
    double width = 0;
    for (int c = cell.column; c < cell.column + cell.span; ++c) width += sheets[0].column_widths[c];
    EXPECT_LE(xlsx::wrapped_height(cell.plain(), width, cell.size), 409) << "row " << r;
    joined += cell.plain();
    for (const auto& run : cell.runs)
      if (run.underline) underlined_chars += run.text.size() / 3;
    EXPECT_EQ(rows[r].cells.at(1).plain(), r == 1 ? "本點新增" : "") << "other cells are not repeated";
  }
  EXPECT_EQ(underlined_chars, 600u) << "the underline continues with its text";
  EXPECT_NE(joined.find("第60項"), std::string::npos);
  EXPECT_EQ(sheets[0].header_first, 0);
}
