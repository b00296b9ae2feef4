// The views of the revision comparison table and the self-assessment form: the values a
// template prints, and the markup the shipped templates make of them.
#include <gtest/gtest.h>

#include "markup/markup.hpp"
#include "model/load.hpp"
#include "support/source_tree.hpp"
#include "text/text.hpp"
#include "view/view.hpp"

using namespace filinggen;
namespace mustache = kainjow::mustache;

namespace {

const model::FirmFile& hengyi() {
  static const model::FirmFile file = [] {
    auto loaded = model::load_firm_file(test::source_path("data/firms/hengyi-securities.yaml"));
    if (!loaded.firm) throw std::runtime_error("data/firms/hengyi-securities.yaml did not load");
    return std::move(*loaded.firm);
  }();
  return file;
}

std::string str(const mustache::data& data, const std::string& name) {
  const mustache::data* value = data.get(name);
  if (!value || !value->is_string()) throw std::runtime_error("no string value " + name);
  return value->string_value();
}

const mustache::list& items_of(const mustache::data& data, const std::string& name) {
  const mustache::data* value = data.get(name);
  if (!value || !value->is_list()) throw std::runtime_error("no list value " + name);
  return value->list_value();
}

const mustache::data& find(const mustache::list& items, const std::string& key, const std::string& value) {
  for (const auto& item : items)
    if (str(item, key) == value) return item;
  throw std::runtime_error("no item with " + key + " = " + value);
}

// Markup of a text cell read back: the text (entities decoded, U+2028 back to a line
// feed) and the byte spans of that text inside <tag>…</tag>. Any other tag fails.
struct ReadBack {
  std::string text;
  std::vector<text::ByteSpan> spans;
};
ReadBack read_back(std::string_view markup, const std::string& tag) {
  ReadBack out;
  const std::string open = "<" + tag + ">", close = "</" + tag + ">";
  const std::string separator = "\u2028";
  std::size_t span_start = std::string::npos;
  for (std::size_t i = 0; i < markup.size();) {
    const std::string_view rest = markup.substr(i);
    if (rest.starts_with(open)) {
      EXPECT_EQ(span_start, std::string::npos) << "nested <" << tag << ">";
      span_start = out.text.size();
      i += open.size();
    } else if (rest.starts_with(close)) {
      EXPECT_NE(span_start, std::string::npos) << "unopened </" << tag << ">";
      out.spans.push_back({span_start, out.text.size()});
      span_start = std::string::npos;
      i += close.size();
    } else if (rest.starts_with("<")) {
      ADD_FAILURE() << "unexpected tag at " << rest.substr(0, 20);
      return out;
    } else if (rest.starts_with("&")) {
      static const std::pair<const char*, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}};
      bool known = false;
      for (const auto& [entity, c] : kEntities)
        if (rest.starts_with(entity)) {
          out.text += c;
          i += std::string_view(entity).size();
          known = true;
        }
      if (!known) {
        ADD_FAILURE() << "unknown entity at " << rest.substr(0, 10);
        return out;
      }
    } else if (rest.starts_with(separator)) {
      out.text += '\n';
      i += separator.size();
    } else {
      EXPECT_NE(rest[0], '>') << "a raw > in markup";
      EXPECT_NE(rest[0], '"') << "a raw quote in markup";
      EXPECT_NE(rest[0], '\n') << "a raw line feed in markup (layout would drop it)";
      out.text += rest[0];
      ++i;
    }
  }
  EXPECT_EQ(span_start, std::string::npos) << "unclosed <" << tag << ">";
  return out;
}

// A firm file with only the parts a revision table needs.
model::FirmFile firm_with_entries(std::vector<model::RevisionEntry> entries, model::ArticleUnit unit) {
  model::FirmFile file;
  file.firm.id = "test-securities";
  file.firm.name = "測試證券股份有限公司";
  model::Revisions r;
  r.standard = "證券商內部控制制度標準規範";
  r.version = {"2025-04-11", {2025, 4, 11}};
  r.article_unit = unit;
  r.board_meeting = {2025, 7, 24};
  r.entries = std::move(entries);
  file.revisions = r;
  return file;
}

std::string render(const std::string& template_name, const mustache::data& view) {
  Diagnostics d;
  auto markup = markup::render_template(test::source_path("templates"), template_name, view, d);
  EXPECT_TRUE(markup) << (d.items().empty() ? "" : d.items()[0].str());
  return markup.value_or("");
}

doc::Document parsed(const std::string& template_name, const mustache::data& view) {
  Diagnostics d;
  auto document = markup::parse_markup(render(template_name, view), template_name, d);
  if (!document) throw std::runtime_error(template_name + ": " + (d.items().empty() ? "" : d.items()[0].str()));
  return std::move(*document);
}

const doc::Table& only_table(const doc::Document& document) {
  for (const auto& block : document.blocks)
    if (const auto* table = std::get_if<doc::Table>(&block)) return *table;
  throw std::runtime_error("no table");
}

std::string cell_text(const doc::Cell& cell) {
  std::string out;
  for (const auto& p : cell.paragraphs)
    for (const auto& span : p.spans) out += span.text;
  return out;
}

std::vector<std::string> underlined(const doc::Cell& cell) {
  std::vector<std::string> out;
  for (const auto& p : cell.paragraphs)
    for (const auto& span : p.spans)
      if (span.underline) out.push_back(span.text);
  return out;
}

}  // namespace

// --- revision table ----------------------------------------------------------

TEST(RevisionTableView, TitleBlockValues) {
  const auto v = view::revision_table_view(hengyi());
  EXPECT_EQ(str(v, "firm_name"), "恆益證券股份有限公司");
  EXPECT_EQ(str(v, "standard"), "證券商內部控制制度標準規範");
  EXPECT_EQ(str(v, "standard_date"), "中華民國114年4月11日");
  EXPECT_EQ(str(v, "board_date"), "114年7月24日");
  EXPECT_EQ(str(v, "unit"), "點");
  EXPECT_EQ(str(v, "control_codes"), "CC-12000, CC-13000, CC-21100");
  EXPECT_EQ(items_of(v, "entries").size(), hengyi().revisions->entries.size());
  EXPECT_EQ(str(v, "entry_count"), std::to_string(hengyi().revisions->entries.size()));
}

TEST(RevisionTableView, EntryLabelIsCodeSpaceTitle) {
  const auto v = view::revision_table_view(hengyi());
  const auto& e = find(items_of(v, "entries"), "id", "CC-13000-1");
  EXPECT_EQ(str(e, "label"), "CC-13000 安全組織－資訊安全人力資源配置");
  EXPECT_EQ(str(items_of(v, "entries").back(), "id"), "HY-21100-1") << "the firm's own entries come last";
}

TEST(RevisionTableView, AmendedTextUnderlinesExactlyTheDiffsSpans) {
  const auto v = view::revision_table_view(hengyi());
  int checked = 0;
  for (const auto& entry : hengyi().revisions->entries) {
    if (entry.kind != model::RevisionKind::amended) continue;
    const auto diff = text::diff_revision(entry.current, entry.amended);
    const auto& e = find(items_of(v, "entries"), "id", entry.id);

    const ReadBack amended = read_back(str(e, "amended"), "u");
    EXPECT_EQ(amended.text, entry.amended) << entry.id;
    EXPECT_EQ(amended.spans, diff.inserted) << entry.id;

    const ReadBack struck = read_back(str(e, "current_struck"), "s");
    EXPECT_EQ(struck.text, entry.current) << entry.id;
    EXPECT_EQ(struck.spans, diff.deleted) << entry.id;

    const ReadBack current = read_back(str(e, "current"), "s");
    EXPECT_EQ(current.text, entry.current) << entry.id;
    EXPECT_TRUE(current.spans.empty()) << entry.id << ": the plain current text strikes nothing";
    ++checked;
  }
  EXPECT_GE(checked, 5);
  // CC-13000-2 adds 十五小時以上 among other things: underlined, in one piece.
  const auto& e = find(items_of(v, "entries"), "id", "CC-13000-2");
  EXPECT_NE(str(e, "amended").find("<u>十五小時以上</u>"), std::string::npos) << str(e, "amended");
}

TEST(RevisionTableView, UnchangedSubItemsStayAsWritten) {
  const auto v = view::revision_table_view(hengyi());
  const auto& e = find(items_of(v, "entries"), "id", "CC-12000-1");
  const std::string amended = str(e, "amended");
  EXPECT_NE(amended.find("（一）（略）\u2028（二）（略）"), std::string::npos) << amended;
  EXPECT_EQ(amended.find("<u>（略）"), std::string::npos) << amended;
  EXPECT_EQ(amended.find('\n'), std::string::npos) << "data line breaks become U+2028";
}

TEST(RevisionTableView, MarkupCharactersAreEscaped) {
  model::RevisionEntry e;
  e.id = "T-1";
  e.code = "CC-99000";
  e.title = "A&B <測試>";
  e.kind = model::RevisionKind::amended;
  e.current = "甲&乙應<依>規定\"辦理\"。";
  e.amended = "甲&乙應<依>下列規定\"辦理\"：\n（一）A&B > C。";
  e.explanation = {"依<準則>修正。"};
  const auto file = firm_with_entries({e}, model::ArticleUnit::point);
  const auto v = view::revision_table_view(file);
  const auto& entry = items_of(v, "entries").at(0);
  const std::string amended = str(entry, "amended");
  EXPECT_NE(amended.find("甲&amp;乙應&lt;依&gt;"), std::string::npos) << amended;
  EXPECT_NE(amended.find("&quot;"), std::string::npos) << amended;
  const ReadBack back = read_back(amended, "u");
  EXPECT_EQ(back.text, e.amended);
  EXPECT_EQ(back.spans, text::diff_revision(e.current, e.amended).inserted);
  EXPECT_EQ(read_back(str(entry, "current"), "s").text, e.current);

  // The template prints the markup values raw and everything else escaped: the whole
  // document parses, and the title keeps its & and <.
  const std::string markup = render("revision-table.zh-TW", v);
  EXPECT_NE(markup.find("A&amp;B &lt;測試&gt;"), std::string::npos);
  Diagnostics d;
  auto parsed = markup::parse_markup(markup, "revision-table", d);
  EXPECT_TRUE(parsed) << (d.items().empty() ? "" : d.items()[0].str());
}

TEST(RevisionTableView, AddedAndDeletedProvisionsPrintPlainWithTheUnitsWord) {
  const auto v = view::revision_table_view(hengyi());
  const auto& added = find(items_of(v, "entries"), "id", "CC-21100-2");
  EXPECT_EQ(str(added, "current"), "本點新增");
  EXPECT_EQ(str(added, "current_struck"), "本點新增");
  EXPECT_EQ(str(added, "amended").find("<u>"), std::string::npos) << "a new provision is not underlined";
  EXPECT_TRUE(added.get("is_added")->is_true());
  const auto& deleted = find(items_of(v, "entries"), "id", "CC-21100-7");
  EXPECT_EQ(str(deleted, "amended"), "本點刪除");
  EXPECT_EQ(str(deleted, "current").find("<s>"), std::string::npos);
  EXPECT_TRUE(deleted.get("is_deleted")->is_true());

  model::RevisionEntry a;
  a.id = "A-1", a.code = "CC-1", a.title = "新增", a.kind = model::RevisionKind::added;
  a.amended = "新條文。", a.explanation = {"本條新增。"};
  model::RevisionEntry d = a;
  d.id = "D-1", d.kind = model::RevisionKind::deleted, d.amended.clear(), d.current = "舊條文。";
  const auto articles = view::revision_table_view(firm_with_entries({a, d}, model::ArticleUnit::article));
  EXPECT_EQ(str(items_of(articles, "entries").at(0), "current"), "本條新增");
  EXPECT_EQ(str(items_of(articles, "entries").at(1), "amended"), "本條刪除");
  EXPECT_EQ(str(articles, "unit"), "條");
}

TEST(RevisionTableView, ExplanationIsNumbered) {
  const auto v = view::revision_table_view(hengyi());
  const auto& points = items_of(find(items_of(v, "entries"), "id", "CC-13000-1"), "explanation");
  ASSERT_EQ(points.size(), 3u) << "the firm's override replaces the whole list";
  EXPECT_EQ(str(points[0], "label"), "一、");
  EXPECT_EQ(str(points[2], "label"), "三、");
  EXPECT_EQ(str(points[2], "text"), "明定資訊安全部人員出缺之補足期限，以確保人力配置持續符合規定。");
}

TEST(RevisionTableView, FirmWithOnlyItsOwnEntriesHasNoStandardLine) {
  model::RevisionEntry a;
  a.id = "A-1", a.code = "CC-1", a.title = "新增", a.kind = model::RevisionKind::added;
  a.amended = "新條文。", a.explanation = {"本點新增。"};
  auto file = firm_with_entries({a}, model::ArticleUnit::point);
  file.revisions->standard.clear();
  file.revisions->version = {};
  const auto v = view::revision_table_view(file);
  EXPECT_TRUE(v.get("has_standard")->is_false());
  EXPECT_EQ(str(v, "standard_date"), "");
  EXPECT_EQ(render("revision-table.zh-TW", v).find("（修正）"), std::string::npos);
}

TEST(RevisionTableView, TemplateRendersTheTable) {
  const std::string markup = render("revision-table.zh-TW", view::revision_table_view(hengyi()));
  EXPECT_NE(markup.find("<p style=\"title\">恆益證券股份有限公司<br/>內部控制制度修正條文對照表</p>"), std::string::npos);
  EXPECT_NE(markup.find("證券商內部控制制度標準規範（中華民國114年4月11日修正）"), std::string::npos);
  EXPECT_NE(markup.find("提報民國114年7月24日董事會"), std::string::npos);
  EXPECT_NE(markup.find("<cell>修正條文</cell><cell>現行條文</cell><cell>說明</cell>"), std::string::npos);
  EXPECT_NE(markup.find("bookmark=\"CC-13000 安全組織－資訊安全人力資源配置\""), std::string::npos);
  EXPECT_NE(markup.find("<cell span=\"3\">CC-13000 安全組織－資訊安全人力資源配置</cell>"), std::string::npos);
  EXPECT_NE(markup.find("<u>十五小時以上</u>"), std::string::npos);
  EXPECT_EQ(markup.find("<s>"), std::string::npos) << "the shipped template prints current plain";
  EXPECT_NE(markup.find("<cell>本點新增</cell>"), std::string::npos);
  EXPECT_NE(markup.find("<cell>本點刪除</cell>"), std::string::npos);
  EXPECT_NE(markup.find("<p style=\"point\" label=\"三、\">明定資訊安全部人員出缺"), std::string::npos);
  EXPECT_NE(markup.find("<header size=\"9\" align=\"right\">恆益證券股份有限公司　內部控制制度修正條文對照表</header>"),
            std::string::npos);
  // The template's own placeholders, marked before the data went in (docs/markup.md).
  EXPECT_NE(markup.find("第 <pg /> 頁，共 <pgs /> 頁"), std::string::npos);
  EXPECT_NE(markup.find("keywords=\"修正條文對照表, 內部控制制度, 證券商內部控制制度標準規範, CC-12000, CC-13000, CC-21100\""),
            std::string::npos);
  EXPECT_EQ(markup.find("{{"), std::string::npos);
}

TEST(RevisionTableView, MarkupTreeHasALabelRowAndATextRowPerEntry) {
  const auto& entries = hengyi().revisions->entries;
  const doc::Document document = parsed("revision-table.zh-TW", view::revision_table_view(hengyi()));
  EXPECT_EQ(document.title, "恆益證券股份有限公司 內部控制制度修正條文對照表");
  EXPECT_EQ(document.author, "恆益證券股份有限公司");
  ASSERT_TRUE(document.header);
  EXPECT_EQ(document.header->text, "恆益證券股份有限公司　內部控制制度修正條文對照表");
  ASSERT_TRUE(document.footer);
  const doc::Table& table = only_table(document);
  ASSERT_EQ(table.column_weights.size(), 3u);
  ASSERT_EQ(table.rows.size(), 1 + 2 * entries.size());
  EXPECT_TRUE(table.rows[0].header);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const doc::Row& label = table.rows[1 + 2 * i];
    const doc::Row& texts = table.rows[2 + 2 * i];
    const std::string title = entries[i].code + " " + entries[i].title;
    ASSERT_EQ(label.cells.size(), 1u);
    EXPECT_EQ(label.cells[0].span, 3);
    EXPECT_EQ(cell_text(label.cells[0]), title);
    ASSERT_TRUE(label.bookmark);
    EXPECT_EQ(label.bookmark->title, title);
    EXPECT_TRUE(label.keep_with_next) << "a label row stays with its entry";
    ASSERT_EQ(texts.cells.size(), 3u);
    EXPECT_EQ(texts.cells[2].paragraphs.size(), entries[i].explanation.size());
    EXPECT_EQ(texts.cells[2].paragraphs[0].style.label, "一、");
    if (entries[i].kind != model::RevisionKind::amended) {
      EXPECT_TRUE(underlined(texts.cells[0]).empty()) << entries[i].id;
      continue;
    }
    // What is underlined is what the diff inserted, piece by piece (line breaks aside).
    std::string inserted, drawn;
    for (const auto& span : text::diff_revision(entries[i].current, entries[i].amended).inserted)
      inserted += entries[i].amended.substr(span.begin, span.end - span.begin);
    for (const auto& piece : underlined(texts.cells[0])) drawn += piece;
    EXPECT_EQ(drawn, inserted) << entries[i].id;
    EXPECT_FALSE(drawn.empty()) << entries[i].id;
  }
}

// --- self-assessment ---------------------------------------------------------

TEST(SelfAssessmentView, HeaderValues) {
  const auto v = view::self_assessment_view(hengyi());
  EXPECT_EQ(str(v, "firm_name"), "恆益證券股份有限公司");
  EXPECT_EQ(str(v, "title"), "證券商申請增加業務種類、增加營業項目、設置分支機構及轉投資國內外事業資訊安全自評表");
  EXPECT_EQ(str(v, "date"), "中華民國115年5月15日");
  EXPECT_EQ(str(v, "checklist_date"), "中華民國114年4月11日");
  EXPECT_EQ(str(v, "applied"), "增加營業項目");
  const auto& apps = items_of(v, "applications");
  ASSERT_EQ(apps.size(), 4u);
  EXPECT_EQ(str(apps[0], "label"), "增加業務種類");
  EXPECT_EQ(str(apps[0], "checked"), "false");
  EXPECT_EQ(str(apps[1], "label"), "增加營業項目");
  EXPECT_EQ(str(apps[1], "checked"), "true");
  EXPECT_EQ(str(apps[2], "checked"), "false");
  EXPECT_EQ(str(apps[3], "label"), "轉投資國內外事業");
  EXPECT_EQ(str(apps[3], "checked"), "false");
}

TEST(SelfAssessmentView, CountsAndNumbering) {
  const auto v = view::self_assessment_view(hengyi());
  EXPECT_EQ(str(v, "count_compliant"), "22");
  EXPECT_EQ(str(v, "count_non_compliant"), "1");
  EXPECT_EQ(str(v, "count_not_applicable"), "2");
  EXPECT_EQ(str(v, "count_total"), "25");
  EXPECT_TRUE(v.get("has_unanswered")->is_false());
  const auto& areas = items_of(v, "areas");
  ASSERT_EQ(areas.size(), 6u);
  EXPECT_EQ(str(areas[0], "label"), "CC-12000 資訊安全政策");
  EXPECT_EQ(str(areas[2], "label"), "CC-21100 新興科技－雲端服務");
  EXPECT_EQ(str(items_of(areas[1], "items").at(0), "number"), "3") << "numbered through the whole form";
  EXPECT_EQ(str(items_of(areas[5], "items").back(), "number"), "25");
}

TEST(SelfAssessmentView, AnswersAndImprovementPlan) {
  const auto v = view::self_assessment_view(hengyi());
  const auto& iot = items_of(items_of(v, "areas").at(5), "items");
  const auto& item = find(iot, "id", "SA-21100-15");
  EXPECT_EQ(str(item, "compliant"), "false");
  EXPECT_EQ(str(item, "non_compliant"), "true");
  EXPECT_EQ(str(item, "not_applicable"), "false");
  EXPECT_EQ(str(item, "answer"), "不符合");
  const mustache::data* plan = item.get("improvement");
  ASSERT_TRUE(plan && plan->is_object());
  EXPECT_EQ(str(*plan, "due"), "中華民國115年6月30日");
  EXPECT_EQ(str(*plan, "plan").rfind("由資訊安全部會同總務部完成", 0), 0u);

  const auto& cloud = items_of(items_of(v, "areas").at(2), "items");
  const auto& na = find(cloud, "id", "SA-21100-02");
  EXPECT_EQ(str(na, "not_applicable"), "true");
  EXPECT_EQ(str(na, "evidence"), "－") << "no evidence given";
  EXPECT_TRUE(na.get("improvement")->is_false());
  EXPECT_EQ(str(find(cloud, "id", "SA-21100-01"), "compliant"), "true");
}

TEST(SelfAssessmentView, MissingAnswerLeavesEveryBoxEmpty) {
  model::FirmFile file = hengyi();
  auto& answers = file.self_assessment->answers;
  answers.erase(std::remove_if(answers.begin(), answers.end(),
                               [](const auto& a) { return a.item_id == "SA-13000-02"; }),
                answers.end());
  const auto v = view::self_assessment_view(file);
  const auto& item = find(items_of(items_of(v, "areas").at(1), "items"), "id", "SA-13000-02");
  EXPECT_EQ(str(item, "compliant"), "false");
  EXPECT_EQ(str(item, "non_compliant"), "false");
  EXPECT_EQ(str(item, "not_applicable"), "false");
  EXPECT_EQ(str(item, "answer"), "");
  EXPECT_EQ(str(item, "explanation"), "");
  EXPECT_EQ(str(v, "count_compliant"), "21");
  EXPECT_EQ(str(v, "count_unanswered"), "1");
  EXPECT_EQ(str(v, "count_total"), "25");
  EXPECT_NE(render("self-assessment.zh-TW", v).find("、未填答 1 項，共 25 項"), std::string::npos);
}

TEST(SelfAssessmentView, SignOffColumns) {
  auto v = view::self_assessment_view(hengyi());
  EXPECT_EQ(str(v, "sign_off_widths"), "1,1,1");
  const auto& titles = items_of(v, "sign_off");
  ASSERT_EQ(titles.size(), 3u);
  EXPECT_EQ(str(titles[2], "title"), "資訊安全主管");
  model::FirmFile file = hengyi();
  file.self_assessment->checklist.sign_off = {"填表人", "覆核人", "單位主管", "資訊安全主管"};
  EXPECT_EQ(str(view::self_assessment_view(file), "sign_off_widths"), "1,1,1,1");
}

TEST(SelfAssessmentView, TemplateRendersTheForm) {
  const std::string markup = render("self-assessment.zh-TW", view::self_assessment_view(hengyi()));
  EXPECT_NE(markup.find("<p style=\"title\">證券商申請增加業務種類、增加營業項目、設置分支機構及轉投資國內外事業資訊安全自評表</p>"),
            std::string::npos);
  EXPECT_NE(markup.find("label=\"公司名稱：\">恆益證券股份有限公司</p>"), std::string::npos);
  EXPECT_NE(markup.find("<checkbox checked=\"false\"/>增加業務種類"), std::string::npos);
  EXPECT_NE(markup.find("<checkbox checked=\"true\"/>增加營業項目"), std::string::npos);
  EXPECT_NE(markup.find("<checkbox checked=\"false\"/>設置分支機構"), std::string::npos);
  EXPECT_NE(markup.find("填表日期：\">中華民國115年5月15日"), std::string::npos);
  EXPECT_NE(markup.find("依中華民國114年4月11日修正之證券商內部控制制度標準規範"), std::string::npos);
  EXPECT_NE(markup.find("bookmark=\"CC-12000 資訊安全政策\""), std::string::npos);
  EXPECT_NE(markup.find("<cell span=\"all\">CC-12000 資訊安全政策</cell>"), std::string::npos);
  EXPECT_NE(markup.find("<row media=\"print\"><cell/><cell span=\"4\">改善計畫：由資訊安全部會同總務部"), std::string::npos);
  EXPECT_NE(markup.find("<br/>預定完成日期：中華民國115年6月30日</cell>"), std::string::npos);
  EXPECT_NE(markup.find("自評結果：符合 22 項、不符合 1 項、不適用 2 項，共 25 項。"), std::string::npos);
  EXPECT_EQ(markup.find("、未填答"), std::string::npos) << "every item is answered";
  EXPECT_NE(markup.find("<table widths=\"1,1,1\""), std::string::npos);
  EXPECT_NE(markup.find("<cell>填表人</cell><cell>單位主管</cell><cell>資訊安全主管</cell>"), std::string::npos);
  EXPECT_NE(markup.find("<row min-height=\"20mm\"><cell/><cell/><cell/></row>"), std::string::npos);
  EXPECT_NE(markup.find("<header size=\"9\" align=\"right\">恆益證券股份有限公司　資訊安全自評表</header>"),
            std::string::npos);
  // One plan row, for the one 不符合; 25 item rows with three boxes each.
  std::size_t plans = 0, boxes = 0;
  for (auto at = markup.find("改善計畫："); at != std::string::npos; at = markup.find("改善計畫：", at + 1)) ++plans;
  for (auto at = markup.find("<p><checkbox"); at != std::string::npos; at = markup.find("<p><checkbox", at + 1)) ++boxes;
  EXPECT_EQ(plans, 1u);
  EXPECT_EQ(boxes, 75u);
  EXPECT_EQ(markup.find("{{"), std::string::npos);
}

TEST(SelfAssessmentView, MarkupTreeHasAreasItemsAndPlans) {
  const doc::Document document =
      doc::for_medium(parsed("self-assessment.zh-TW", view::self_assessment_view(hengyi())), doc::Medium::print);
  EXPECT_EQ(document.title, "恆益證券股份有限公司 資訊安全自評表");
  ASSERT_TRUE(document.header);
  EXPECT_EQ(document.header->text, "恆益證券股份有限公司　資訊安全自評表");
  const doc::Table& table = only_table(document);
  ASSERT_EQ(table.column_weights.size(), 5u);
  // header + 6 area rows + 25 items + 1 plan
  ASSERT_EQ(table.rows.size(), 1u + 6 + 25 + 1);
  int areas = 0, items = 0, plans = 0;
  for (std::size_t i = 1; i < table.rows.size(); ++i) {
    const doc::Row& row = table.rows[i];
    if (row.bookmark) {
      ++areas;
      ASSERT_EQ(row.cells.size(), 1u);
      EXPECT_EQ(row.cells[0].span, 5);
      EXPECT_EQ(cell_text(row.cells[0]), row.bookmark->title);
    } else if (row.cells.size() == 2) {
      ++plans;
      EXPECT_EQ(row.cells[1].span, 4);
      EXPECT_TRUE(table.rows[i - 1].keep_with_next) << "the item stays with its plan";
      EXPECT_NE(cell_text(row.cells[1]).find("預定完成日期：中華民國115年6月30日"), std::string::npos);
    } else {
      ++items;
      ASSERT_EQ(row.cells.size(), 5u);
      EXPECT_EQ(cell_text(row.cells[0]), std::to_string(items));
      const auto& answer = row.cells[2].paragraphs;
      ASSERT_EQ(answer.size(), 3u);
      int ticked = 0;
      for (const auto& p : answer) {
        ASSERT_TRUE(p.spans.at(0).checkbox.has_value());
        ticked += *p.spans[0].checkbox ? 1 : 0;
      }
      EXPECT_EQ(ticked, 1) << "item " << items;
    }
  }
  EXPECT_EQ(areas, 6);
  EXPECT_EQ(items, 25);
  EXPECT_EQ(plans, 1);
}

TEST(SelfAssessmentView, EveryTemplateParsesForEverySampleFirm) {
  for (const char* id : {"hengyi-securities", "hongyue-securities", "heju-futures", "jiahan-securities-taipei"}) {
    auto loaded = model::load_firm_file(test::source_path(std::string("data/firms/") + id + ".yaml"));
    ASSERT_TRUE(loaded.firm) << id;
    std::vector<std::pair<std::string, mustache::data>> documents;
    if (loaded.firm->revisions) documents.emplace_back("revision-table.zh-TW", view::revision_table_view(*loaded.firm));
    if (loaded.firm->self_assessment)
      documents.emplace_back("self-assessment.zh-TW", view::self_assessment_view(*loaded.firm));
    for (const auto& [name, v] : documents) {
      Diagnostics d;
      auto parsed = markup::parse_markup(render(name, v), name, d);
      EXPECT_TRUE(parsed) << id << " " << name << ": " << (d.items().empty() ? "" : d.items()[0].str());
    }
  }
}

// The declaration's workbook sheet names the information-security unit where the data
// gives one, and each security person's other duties by name.
TEST(DeclarationView, TheFactsSheetNamesTheUnitAndTheDuties) {
  auto hengyi = model::load_firm_file(test::source_path("data/firms/hengyi-securities.yaml"));
  ASSERT_TRUE(hengyi.firm);
  const std::string markup = render("declaration.zh-TW", view::declaration_view(*hengyi.firm));
  EXPECT_NE(markup.find("<cell>資訊安全單位</cell><cell>資訊安全部（專責單位，由資訊安全長督導）</cell>"), std::string::npos) << markup;

  auto ruisheng = model::load_firm_file(test::source_path("data/firms/ruisheng-securities.yaml"));
  ASSERT_TRUE(ruisheng.firm);
  const std::string faulty = render("declaration.zh-TW", view::declaration_view(*ruisheng.firm));
  EXPECT_NE(faulty.find("資訊安全處（非專責單位，由資訊長督導）"), std::string::npos) << faulty;
  EXPECT_NE(faulty.find("<cell>兼辦內部稽核職務</cell>"), std::string::npos) << faulty;
  EXPECT_NE(faulty.find("<cell>兼辦資訊職務</cell>"), std::string::npos) << faulty;

  auto heju = model::load_firm_file(test::source_path("data/firms/heju-futures.yaml"));
  ASSERT_TRUE(heju.firm);
  EXPECT_EQ(render("declaration.zh-TW", view::declaration_view(*heju.firm)).find("資訊安全單位"), std::string::npos)
      << "no row for a unit the data does not give";
}
