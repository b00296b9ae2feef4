// End to end, the revision comparison table and the self-assessment form: the PDF's
// characters (MuPDF's structured text, one position per glyph) read back against the
// data, and against what layout reports it drew (underlines, borders, check boxes).
#include <cmath>
#include <map>
#include <set>

#include "filings/laid_out.hpp"
#include "e2e/e2e_support.hpp"
#include "model/enum_names.hpp"
#include "model/load.hpp"
#include "support/source_tree.hpp"
#include "text/text.hpp"

using namespace filinggen;
using namespace filinggen::e2e;
namespace fs = std::filesystem;
using Documents = ToolTest;

namespace {

struct PdfChar {
  std::size_t page = 0;
  double x = 0, y = 0;  // glyph origin, from the page's top-left
  char32_t c = 0;
};

std::string attribute(const std::string& line, const std::string& name) {
  const std::size_t at = line.find(" " + name + "=\"");
  if (at == std::string::npos) return "";
  const std::size_t begin = at + name.size() + 3;
  return line.substr(begin, line.find('"', begin) - begin);
}

char32_t decode_entity(const std::string& c) {
  if (c.rfind("&#x", 0) == 0) return static_cast<char32_t>(std::stoul(c.substr(3), nullptr, 16));
  static const std::map<std::string, char32_t> named = {
      {"&amp;", U'&'}, {"&lt;", U'<'}, {"&gt;", U'>'}, {"&quot;", U'"'}, {"&apos;", U'\''}};
  if (auto n = named.find(c); n != named.end()) return n->second;
  const auto cps = text::to_code_points(c);
  return cps.empty() ? 0 : cps[0];
}

// Every glyph MuPDF finds, with its page and origin.
std::vector<PdfChar> pdf_chars(const fs::path& pdf) {
  std::istringstream xml(run("mutool draw -q -F stext -o - " + quoted(pdf.string()) + " 2>/dev/null | grep -E '<page |<char '").out);
  std::vector<PdfChar> chars;
  std::size_t page = 0;
  for (std::string line; std::getline(xml, line);) {
    if (line.find("<page ") != std::string::npos) { ++page; continue; }
    chars.push_back({page - 1, std::stod(attribute(line, "x")), std::stod(attribute(line, "y")),
                     decode_entity(attribute(line, "c"))});
  }
  return chars;
}

std::string squeezed(const std::string& s) {
  std::u32string out;
  for (char32_t c : text::to_code_points(s))
    if (c != U' ' && c != U'\n' && c != U'\u3000' && c != U'\u2028') out += c;
  return text::to_utf8(out);
}

model::FirmFile load(const std::string& id) {
  auto loaded = model::load_firm_file(kSource + "/data/firms/" + id + ".yaml");
  EXPECT_TRUE(loaded.firm) << id;
  return std::move(*loaded.firm);
}

filings::LaidOutDocument lay_out(const std::string& document, const model::FirmFile& file) {
  const filings::Resources resources{kSource + "/templates", &test::project_fonts(), std::nullopt};
  Diagnostics d;
  auto laid = filings::lay_out(document, file, nullptr, resources, d);
  EXPECT_TRUE(laid) << (d.items().empty() ? "" : d.items()[0].str());
  return std::move(*laid);
}

// The text of each table column, page after page, top to bottom: the characters inside
// the column, below the header row and inside the content area.
std::vector<std::string> column_texts(const filings::LaidOutDocument& laid, const std::vector<PdfChar>& chars,
                                      const doc::Table& table) {
  const auto& page = laid.tree.page;
  const double width = page.width - page.margin_left - page.margin_right;
  double sum = 0;
  for (double w : table.column_weights) sum += w;
  std::vector<double> edges{page.margin_left};
  for (double w : table.column_weights) edges.push_back(edges.back() + width * w / sum);
  std::map<std::size_t, std::pair<double, double>> header_band;  // page -> the header row's top and bottom
  for (std::size_t p = 0; p < laid.pages.pages.size(); ++p) {
    std::set<double> ys;
    for (const auto& r : laid.pages.pages[p].rules)
      if (r.kind == layout::RuleKind::border && r.y1 == r.y2) ys.insert(std::round(r.y1 * 100) / 100);
    if (ys.size() >= 2) header_band[p] = {*ys.begin(), *std::next(ys.begin())};
  }
  std::vector<std::vector<PdfChar>> columns(table.column_weights.size());
  for (const auto& c : chars) {
    if (c.y < page.margin_top || c.y > page.height - page.margin_bottom) continue;
    auto band = header_band.find(c.page);
    if (band != header_band.end() && c.y >= band->second.first && c.y <= band->second.second) continue;
    if (band == header_band.end() || c.y < band->second.first) continue;  // the title block above the table
    for (std::size_t i = 0; i + 1 < edges.size(); ++i)
      if (c.x >= edges[i] && c.x < edges[i + 1]) columns[i].push_back(c);
  }
  std::vector<std::string> texts;
  for (auto& column : columns) {
    std::stable_sort(column.begin(), column.end(), [](const PdfChar& a, const PdfChar& b) {
      if (a.page != b.page) return a.page < b.page;
      if (std::fabs(a.y - b.y) > 0.5) return a.y < b.y;
      return a.x < b.x;
    });
    std::u32string s;
    for (const auto& c : column) s += c.c;
    texts.push_back(squeezed(text::to_utf8(s)));
  }
  return texts;
}

const doc::Table& widest_table(const doc::Document& tree) {
  const doc::Table* found = nullptr;
  for (const auto& block : tree.blocks)
    if (auto t = std::get_if<doc::Table>(&block); t && (!found || t->rows.size() > found->rows.size())) found = t;
  EXPECT_TRUE(found);
  return *found;
}

const std::vector<std::string> kFirms = {"hengyi-securities", "hongyue-securities", "heju-futures",
                                         "jiahan-securities-taipei"};

}  // namespace

TEST_F(Documents, EveryRevisionCellReadsBackAsTheData) {
  ASSERT_EQ(generate(quoted(kSource + "/data/firms"), dir_ / "out", "", "--documents revision-table").status, 0);
  for (const auto& id : kFirms) {
    const model::FirmFile file = load(id);
    ASSERT_TRUE(file.revisions) << id;
    const auto laid = lay_out("revision-table", file);
    const fs::path pdf = dir_ / "out" / id / "revision-table.pdf";
    const auto columns = column_texts(laid, pdf_chars(pdf), widest_table(laid.tree));
    const std::string whole = pdf_text(pdf);
    ASSERT_EQ(columns.size(), 3u);
    const std::string unit(model::enum_label(model::kArticleUnits, file.revisions->article_unit));
    std::size_t at[3] = {0, 0, 0};  // entries appear in order in every column
    for (const auto& e : file.revisions->entries) {
      const std::string amended = e.kind == model::RevisionKind::deleted ? "本" + unit + "刪除" : squeezed(e.amended);
      const std::string current = e.kind == model::RevisionKind::added ? "本" + unit + "新增" : squeezed(e.current);
      std::string explanation;
      for (std::size_t i = 0; i < e.explanation.size(); ++i)
        explanation += text::chinese_list_label(static_cast<long long>(i + 1)) + squeezed(e.explanation[i]);
      const std::string expected[3] = {amended, current, explanation};
      for (int c = 0; c < 3; ++c) {
        const std::size_t found = columns[static_cast<std::size_t>(c)].find(expected[c], at[c]);
        EXPECT_NE(found, std::string::npos) << id << " " << e.id << " column " << c << ": " << expected[c];
        if (found != std::string::npos) at[c] = found + expected[c].size();
      }
      // The label row spans the three columns.
      EXPECT_NE(whole.find(squeezed(e.code + e.title)), std::string::npos) << id << " label of " << e.id;
    }
  }
}

TEST_F(Documents, UnderlinesLieUnderExactlyTheChangedPhrases) {
  const std::string id = "hengyi-securities";
  ASSERT_EQ(generate(quoted(kSource + "/data/firms/" + id + ".yaml"), dir_ / "out").status, 0);
  const model::FirmFile file = load(id);
  std::string phrases;  // every inserted span of every amended entry, one after another
  for (const auto& e : file.revisions->entries) {
    if (e.kind != model::RevisionKind::amended) continue;
    for (const auto& span : text::diff_revision(e.current, e.amended).inserted)
      phrases += squeezed(e.amended.substr(span.begin, span.end - span.begin)) + "|";
  }
  const auto chars = pdf_chars(dir_ / "out" / id / "revision-table.pdf");
  const auto laid = lay_out("revision-table", file);
  std::size_t underlined = 0, rules = 0;
  for (std::size_t p = 0; p < laid.pages.pages.size(); ++p)
    for (const auto& rule : laid.pages.pages[p].rules) {
      if (rule.kind != layout::RuleKind::underline) continue;
      ++rules;
      std::u32string above;  // the glyphs whose origin lies on the rule's line, within it
      for (const auto& c : chars)
        if (c.page == p && c.y < rule.y1 && c.y > rule.y1 - 6 && c.x >= rule.x1 - 0.01 && c.x < rule.x2 - 0.01)
          above += c.c;
      const std::string text = squeezed(text::to_utf8(above));
      EXPECT_FALSE(text.empty()) << "an underline with no text above it on page " << p + 1;
      EXPECT_NE(phrases.find(text), std::string::npos) << "underlined but not changed: " << text;
      underlined += text::to_code_points(text).size();
    }
  std::size_t changed = 0;
  for (char32_t c : text::to_code_points(phrases)) changed += c != U'|';
  EXPECT_GT(rules, 10u);
  EXPECT_EQ(underlined, changed) << "every changed character is underlined once, and nothing else";
}

TEST_F(Documents, TheHeaderRowRepeatsOnEveryPageOfALongTable) {
  ASSERT_EQ(generate(quoted(kSource + "/data/firms/hengyi-securities.yaml"), dir_ / "out").status, 0);
  const fs::path pdf = dir_ / "out" / "hengyi-securities" / "revision-table.pdf";
  std::size_t count = 0;
  for (const auto& raw : test::raw_pages(pdf)) {
    const std::string page = squeezed(raw);
    ++count;
    EXPECT_NE(page.find("修正條文"), std::string::npos) << "page " << count;
    EXPECT_NE(page.find("現行條文"), std::string::npos) << "page " << count;
    EXPECT_NE(page.find("第" + std::to_string(count) + "頁，共"), std::string::npos) << "page " << count;
    if (count > 1) {
      EXPECT_NE(page.find("恆益證券股份有限公司"), std::string::npos) << "running header, page " << count;
    }
  }
  EXPECT_GE(count, 5u) << "the sample's table runs over several pages";
}

TEST_F(Documents, TheOutlineListsEachControlCodeAndEachArea) {
  ASSERT_EQ(generate(quoted(kSource + "/data/firms/hengyi-securities.yaml"), dir_ / "out").status, 0);
  const model::FirmFile file = load("hengyi-securities");
  const std::string table = run("mutool show " + quoted((dir_ / "out/hengyi-securities/revision-table.pdf").string()) + " outline").out;
  for (const auto& e : file.revisions->entries)
    EXPECT_NE(table.find(e.code + " " + e.title), std::string::npos) << e.id << "\n" << table;
  const std::string form = run("mutool show " + quoted((dir_ / "out/hengyi-securities/self-assessment.pdf").string()) + " outline").out;
  for (const auto& area : file.self_assessment->checklist.areas)
    EXPECT_NE(form.find(area.code), std::string::npos) << area.code << "\n" << form;
}

TEST_F(Documents, TheFormShowsEveryItemAndTicksEachAnswer) {
  ASSERT_EQ(generate(quoted(kSource + "/data/firms"), dir_ / "out", "", "--documents self-assessment").status, 0);
  for (const auto& id : {"hengyi-securities", "hongyue-securities"}) {
    const model::FirmFile file = load(id);
    const auto& form = *file.self_assessment;
    const fs::path pdf = dir_ / "out" / id / "self-assessment.pdf";
    const std::string text = pdf_text(pdf);
    const auto laid = lay_out("self-assessment", file);
    const auto columns = column_texts(laid, pdf_chars(pdf), widest_table(laid.tree));
    ASSERT_EQ(columns.size(), 5u) << "項次 | 檢查項目 | 自評結果 | 說明 | 佐證資料";
    EXPECT_NE(text.find(squeezed(form.checklist.title)), std::string::npos) << id;
    std::map<model::Answer, int> counts;
    for (const auto& a : form.answers) {
      ++counts[a.answer];
      EXPECT_NE(columns[3].find(squeezed(a.explanation)), std::string::npos) << id << " " << a.item_id;
      if (!a.evidence.empty()) {
        EXPECT_NE(columns[4].find(squeezed(a.evidence)), std::string::npos) << id << " evidence of " << a.item_id;
      }
      if (a.answer == model::Answer::non_compliant) {
        EXPECT_NE(text.find(squeezed(a.improvement_plan)), std::string::npos) << id << " plan of " << a.item_id;
        EXPECT_NE(text.find(text::roc_date(*a.improvement_due)), std::string::npos) << id << " due date";
      }
    }
    for (const auto& area : form.checklist.areas)
      for (const auto& item : area.items) EXPECT_NE(columns[1].find(squeezed(item.text)), std::string::npos) << item.id;
    EXPECT_NE(text.find("符合" + std::to_string(counts[model::Answer::compliant]) + "項"), std::string::npos) << id;
    EXPECT_NE(text.find("不符合" + std::to_string(counts[model::Answer::non_compliant]) + "項"), std::string::npos) << id;
    for (const auto& title : form.checklist.sign_off) EXPECT_NE(text.find(title), std::string::npos) << title;
    // Ticks, as layout drew them: one per answer and one per application applied for.
    std::size_t ticks = 0, boxes = 0;
    for (const auto& page : laid.pages.pages)
      for (const auto& path : page.paths) (path.closed ? boxes : ticks) += 1;
    EXPECT_EQ(ticks, form.answers.size() + form.applications.size()) << id;
    std::size_t items = 0;
    for (const auto& area : form.checklist.areas) items += area.items.size();
    EXPECT_EQ(boxes, 3 * items + 4) << id << ": three boxes per item, four application kinds";
  }
}
