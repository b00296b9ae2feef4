#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "model/enum_names.hpp"
#include "model/load.hpp"
#include "support/diagnostics.hpp"
#include "support/files.hpp"
#include "support/source_tree.hpp"

using namespace filinggen;
using filinggen::test::messages;
using filinggen::test::read_text;
using filinggen::test::ScratchDir;
using filinggen::test::source_path;

namespace {

model::FirmFile load_ok(const std::string& relative) {
  auto result = model::load_firm_file(source_path(relative));
  EXPECT_TRUE(result.firm) << messages(result.diagnostics);
  EXPECT_FALSE(result.diagnostics.has_errors()) << messages(result.diagnostics);
  return result.firm ? *result.firm : model::FirmFile{};
}

}  // namespace

TEST(Loader, EverySampleFirmLoadsCleanly) {
  std::size_t count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(source_path("data/firms"))) {
    auto firm = load_ok("data/firms/" + entry.path().filename().string());
    EXPECT_EQ(firm.declaration.signatories.size(), 4u) << entry.path();
    EXPECT_TRUE(firm.revisions) << entry.path();
    ++count;
  }
  EXPECT_GE(count, 4u);
}

TEST(Loader, ReadsTheFieldsOfAFirm) {
  auto f = load_ok("tests/fixtures/minimal-firm.yaml");
  EXPECT_EQ(f.firm.id, "test-securities");
  EXPECT_EQ(f.firm.name, "測試證券股份有限公司");
  EXPECT_EQ(f.firm.capital_ntd, 3'000'000'000LL);
  EXPECT_EQ(f.firm.capital_basis, model::CapitalBasis::paid_in);
  ASSERT_EQ(f.people.size(), 4u);
  EXPECT_EQ(f.people[0].roles.size(), 2u);
  // The old one-word value concurrent_it still loads, as the list [it].
  EXPECT_EQ(f.people[0].other_duties, (std::vector<model::Duty>{{model::DutyKind::it, ""}}));
  EXPECT_TRUE(f.people[1].other_duties.empty()) << "dedicated";
  EXPECT_DOUBLE_EQ(f.people[0].training.hours, 16);
  EXPECT_EQ(f.declaration.board_meeting.date, (CivilDate{2026, 3, 10}));
  EXPECT_EQ(f.declaration.board_meeting.directors_present, 7);
  EXPECT_EQ(f.declaration.signatories[2].role, model::SignatoryRole::general_manager);
  EXPECT_EQ(f.declaration.signatories[2].person_id, "p-gm");
  EXPECT_FALSE(f.self_assessment);
}

TEST(Loader, ForeignBranchUsesAllocatedOperatingCapital) {
  auto f = load_ok("data/firms/jiahan-securities-taipei.yaml");
  EXPECT_TRUE(f.firm.foreign_branch);
  EXPECT_EQ(f.firm.capital_basis, model::CapitalBasis::allocated_operating);
  EXPECT_GT(f.firm.capital_ntd, 0);
}

TEST(Loader, SharedAmendmentsWithOverridesAndOwnEntries) {
  auto f = load_ok("data/firms/heju-futures.yaml");
  ASSERT_TRUE(f.revisions);
  const auto& entries = f.revisions->entries;
  ASSERT_GE(entries.size(), 7u);
  EXPECT_EQ(f.revisions->version.effective, (CivilDate{2025, 4, 11}));
  bool overridden = false, own = false;
  for (const auto& e : entries) {
    if (e.id == "CC-21100-3") overridden = e.amended.find("期貨商") != std::string::npos;
    own = own || e.id == "HJ-13000-1";
  }
  EXPECT_TRUE(overridden) << "the firm's override replaces the shared text";
  EXPECT_TRUE(own) << "the firm's own entries follow the shared ones";
}

TEST(Loader, SelfAssessmentAnswersEveryChecklistItem) {
  auto f = load_ok("data/firms/hengyi-securities.yaml");
  ASSERT_TRUE(f.self_assessment);
  std::size_t items = 0;
  for (const auto& area : f.self_assessment->checklist.areas) items += area.items.size();
  EXPECT_EQ(f.self_assessment->answers.size(), items);
}

TEST(Loader, AcceptsJson) {
  const std::string json = R"({"schema_version": 1,
    "firm": {"id": "json-firm", "name": "測試期貨股份有限公司", "kind": "futures",
             "paid_in_capital": 500000000, "fiscal_year_end": "12-31"},
    "people": [
      {"id": "a", "name": "甲", "title": "資訊部經理", "roles": ["security_officer"], "duties": "concurrent_it",
       "training": {"hours": 15, "assessment_passed": true}},
      {"id": "b", "name": "乙", "title": "董事長", "roles": ["chairman"], "duties": "dedicated",
       "training": {"hours": 3, "assessment_passed": false}},
      {"id": "c", "name": "丙", "title": "總經理", "roles": ["general_manager"], "duties": "dedicated",
       "training": {"hours": 3, "assessment_passed": false}},
      {"id": "d", "name": "丁", "title": "稽核主管", "roles": ["chief_auditor"], "duties": "dedicated",
       "training": {"hours": 3, "assessment_passed": false}}],
    "declaration": {"year": 2025, "date": "2026-03-02", "statement": ["本公司資訊安全制度有效。"],
      "board_meeting": {"date": "2026-03-02", "directors_present": 5, "directors_objecting": 0},
      "disclosure_date": "2026-03-03",
      "signatories": [{"role": "security_officer", "person": "a"}, {"role": "chairman", "person": "b"},
                      {"role": "general_manager", "person": "c"}, {"role": "chief_auditor", "person": "d"}]}})";
  auto result = model::load_firm_text(json, "firm.json");
  ASSERT_TRUE(result.firm) << messages(result.diagnostics);
  EXPECT_EQ(result.firm->firm.kind, model::FirmKind::futures);
}

TEST(Loader, ReportsEveryErrorWithFileLineColumnAndField) {
  const std::string text =
      "schema_version: 1\n"
      "firm:\n"
      "  id: Bad Id\n"
      "  name: 測試\n"
      "  kind: bank\n"
      "  paid_in_capital: 1000\n"
      "  fiscal_year_end: \"12-31\"\n";
  auto result = model::load_firm_text(text, "firms/x.yaml");
  EXPECT_FALSE(result.firm);
  const std::string all = messages(result.diagnostics);
  EXPECT_NE(all.find("firms/x.yaml:3:7: firm.id: "), std::string::npos) << all;
  EXPECT_NE(all.find("firms/x.yaml:5:9: firm.kind: 「bank」不是可用的值"), std::string::npos) << all;
  EXPECT_NE(all.find("firms/x.yaml:1:1: people: 缺少必填欄位「people」"), std::string::npos) << all;
  EXPECT_NE(all.find("firms/x.yaml:1:1: declaration: 缺少必填欄位「declaration」"), std::string::npos) << all;
  EXPECT_EQ(result.diagnostics.error_count(), 4u) << all;
}

TEST(Loader, MissingFileIsReportedByName) {
  auto result = model::load_firm_file("/no/such/firm.yaml");
  ASSERT_EQ(result.diagnostics.items().size(), 1u);
  EXPECT_EQ(result.diagnostics.items()[0].str().rfind("/no/such/firm.yaml: 無法開啟此檔案", 0), 0u);
}

// duties: `dedicated`, a list naming each other duty, or one of the old words, which keep
// loading with their old meaning.
TEST(Loader, DutiesNameWhatElseAPersonDoes) {
  const std::string minimal = read_text(source_path("tests/fixtures/minimal-firm.yaml"));
  auto with_duties = [&](const std::string& duties) {
    std::string text = minimal;
    text.replace(text.find("duties: concurrent_it"), 21, "duties: " + duties);
    auto loaded = model::load_firm_text(text, "duties.yaml");
    EXPECT_TRUE(loaded.firm) << duties << "\n" << messages(loaded.diagnostics);
    return loaded.firm ? *loaded.firm : model::FirmFile{};
  };
  using model::Duty;
  using model::DutyKind;
  auto f = with_duties("[it, {other: 客服中心主管}]");
  EXPECT_EQ(f.people[0].other_duties, (std::vector<Duty>{{DutyKind::it, ""}, {DutyKind::other, "客服中心主管"}}));
  EXPECT_EQ(f.position("people[0].duties[1]").line, 10) << "each duty has its place, for the finding about it";
  EXPECT_GT(f.position("people[0].duties[1]").column, f.position("people[0].duties[0]").column);
  EXPECT_EQ(with_duties("[internal_audit, compliance, business, risk]").people[0].other_duties.size(), 4u);
  EXPECT_EQ(with_duties("internal_audit").people[0].other_duties, (std::vector<Duty>{{DutyKind::internal_audit, ""}}));
  EXPECT_EQ(with_duties("concurrent_other").people[0].other_duties, (std::vector<Duty>{{DutyKind::other, ""}}))
      << "the old word names no duty";
  EXPECT_TRUE(with_duties("dedicated").people[0].other_duties.empty());
}

// firm.security_unit is optional; when given, its name and whether it is dedicated.
TEST(Loader, TheSecurityUnitIsReadWhenGiven) {
  EXPECT_FALSE(load_ok("tests/fixtures/minimal-firm.yaml").firm.security_unit);
  auto hengyi = load_ok("data/firms/hengyi-securities.yaml");
  ASSERT_TRUE(hengyi.firm.security_unit);
  EXPECT_EQ(hengyi.firm.security_unit->name, "資訊安全部");
  EXPECT_TRUE(hengyi.firm.security_unit->dedicated);
  EXPECT_EQ(hengyi.firm.security_unit->reports_to, "資訊安全長");
  EXPECT_GT(hengyi.position("firm.security_unit.dedicated").line, 0);
}

// A declaration dated inside the year it covers is the regulation's concern, not the
// data's: it loads (so the rest of the firm is still checked), and the rules stage
// reports it (declaration.year_covered, tests/findings/). Deliberately changed: the
// loader used to refuse it as declaration.date_early.
TEST(Loader, DeclarationDatesAreLeftToTheRules) {
  const std::string minimal = read_text(source_path("tests/fixtures/minimal-firm.yaml"));
  std::string june = minimal;
  june.replace(june.find("\"12-31\""), 7, "\"06-30\"");
  june.replace(june.find("date: 2026-03-10\n  statement"), 16, "date: 2025-09-10");
  june.replace(june.find("{date: 2026-03-10"), 17, "{date: 2025-09-10");
  june.replace(june.find("disclosure_date: 2026-03-20"), 27, "disclosure_date: 2025-09-20");
  auto fine = model::load_firm_text(june, "june.yaml");
  EXPECT_TRUE(fine.firm) << messages(fine.diagnostics) << "a fiscal year ending in June is declared in the autumn";

  std::string early = minimal;
  early.replace(early.find("date: 2026-03-10\n  statement"), 16, "date: 2025-12-31");
  early.replace(early.find("disclosure_date: 2026-03-20"), 27, "disclosure_date: 2026-03-01");  // and before the board
  auto loaded = model::load_firm_text(early, "early.yaml");
  ASSERT_TRUE(loaded.firm) << messages(loaded.diagnostics);
  EXPECT_TRUE(loaded.diagnostics.items().empty()) << messages(loaded.diagnostics);
  EXPECT_EQ(loaded.firm->declaration.date, (CivilDate{2025, 12, 31}));
}

namespace {

// The minimal firm with `tail` (a revisions or self_assessment section) appended.
std::string minimal_firm_with(const std::string& tail) {
  return read_text(source_path("tests/fixtures/minimal-firm.yaml")) + tail;
}

std::size_t characters(const std::string& utf8) {
  std::size_t n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80 && c != '\n';
  return n;
}

const model::RevisionEntry* entry(const model::Revisions& r, const std::string& id) {
  for (const auto& e : r.entries)
    if (e.id == id) return &e;
  return nullptr;
}

const model::AssessmentAnswer* answer(const model::SelfAssessment& sa, const std::string& item) {
  for (const auto& a : sa.answers)
    if (a.item_id == item) return &a;
  return nullptr;
}

const std::string kAmendmentsHead =
    "schema_version: 1\n"
    "standard: 證券商內部控制制度標準規範\n"
    "version: \"2025-04-11\"\n"
    "effective: 2025-04-11\n";
const std::string kAddedEntry =
    "entries:\n"
    "  - id: CC-21100-2\n"
    "    code: CC-21100\n"
    "    title: 新興科技－雲端服務\n"
    "    kind: added\n"
    "    amended: 公司運用雲端服務時，應訂定雲端運算服務運作安全規範。\n"
    "    explanation: [本條新增。]\n";

}  // namespace

TEST(Loader, RevisionsNameTheBoardMeetingAndTheArticleUnit) {
  auto f = load_ok("data/firms/hengyi-securities.yaml");
  ASSERT_TRUE(f.revisions);
  EXPECT_EQ(f.revisions->board_meeting, (CivilDate{2025, 7, 24}));
  EXPECT_EQ(f.revisions->article_unit, model::ArticleUnit::point);
  EXPECT_EQ(model::enum_label(model::kArticleUnits, f.revisions->article_unit), "點");
  EXPECT_EQ(model::enum_label(model::kArticleUnits, model::ArticleUnit::article), "條");
  for (const auto& entry : std::filesystem::directory_iterator(source_path("data/firms"))) {
    auto firm = load_ok("data/firms/" + entry.path().filename().string());
    ASSERT_TRUE(firm.revisions) << entry.path();
    EXPECT_GT(firm.revisions->board_meeting.year, 0) << entry.path();
  }
}

TEST(Loader, ArticleUnitArticleNamesTheArticleInMessages) {
  ScratchDir dir("loader-article-unit");
  dir.write("amendments.yaml", kAmendmentsHead + "article_unit: article\n" + kAddedEntry);
  const std::string firm = minimal_firm_with(
      "revisions:\n"
      "  amendments: amendments.yaml\n"
      "  board_meeting: 2025-06-26\n");
  auto good = model::load_firm_text(firm, (dir / "firm.yaml").string());
  ASSERT_TRUE(good.firm) << messages(good.diagnostics);
  EXPECT_EQ(good.firm->revisions->article_unit, model::ArticleUnit::article);

  // An override may not give a new article a current text; the message says 本條新增.
  auto bad = model::load_firm_text(firm +
                                       "  overrides:\n"
                                       "    - code: CC-21100-2\n"
                                       "      current: 公司運用雲端服務時，應經權責主管核准。\n",
                                   (dir / "firm.yaml").string());
  const std::string all = messages(bad.diagnostics);
  EXPECT_EQ(bad.diagnostics.error_count(), 1u) << all;
  EXPECT_NE(all.find("revisions.overrides[0].current: 新增的條文沒有現行條文，請刪除 current（表中會印「本條新增」）"),
            std::string::npos) << all;
}

TEST(Loader, ArticleUnitDefaultsToPoint) {
  ScratchDir dir("loader-article-unit-default");
  dir.write("amendments.yaml", kAmendmentsHead + kAddedEntry);
  auto result = model::load_firm_text(minimal_firm_with("revisions:\n"
                                                        "  amendments: amendments.yaml\n"
                                                        "  board_meeting: 2025-06-26\n"),
                                      (dir / "firm.yaml").string());
  ASSERT_TRUE(result.firm) << messages(result.diagnostics);
  EXPECT_EQ(result.firm->revisions->article_unit, model::ArticleUnit::point);
}

TEST(Loader, BoardMeetingOfTheRevisionsIsARealDate) {
  const std::string head = "revisions:\n  amendments: ../../data/standard/amendments-2025-04-11.yaml\n";
  const std::string file = source_path("tests/fixtures/revisions.yaml");
  auto missing = model::load_firm_text(minimal_firm_with(head), file);
  EXPECT_NE(messages(missing.diagnostics).find("revisions.board_meeting: 缺少必填欄位「board_meeting」"),
            std::string::npos) << messages(missing.diagnostics);
  auto roc = model::load_firm_text(minimal_firm_with(head + "  board_meeting: 114-06-26\n"), file);
  EXPECT_NE(messages(roc.diagnostics).find("revisions.board_meeting: 「114-06-26」不是有效的日期"),
            std::string::npos) << messages(roc.diagnostics);
}

TEST(Loader, ImprovementDueOnlyForNonCompliantAnswers) {
  auto f = load_ok("data/firms/hengyi-securities.yaml");
  ASSERT_TRUE(f.self_assessment);
  const auto* fails = answer(*f.self_assessment, "SA-21100-15");
  ASSERT_TRUE(fails);
  EXPECT_EQ(fails->answer, model::Answer::non_compliant);
  EXPECT_FALSE(fails->improvement_plan.empty());
  EXPECT_EQ(fails->improvement_due, (CivilDate{2026, 6, 30}));
  for (const auto& a : f.self_assessment->answers)
    if (a.answer != model::Answer::non_compliant) {
      EXPECT_FALSE(a.improvement_due) << a.item_id;
      EXPECT_TRUE(a.improvement_plan.empty()) << a.item_id;
    }
}

TEST(Loader, ImprovementDueMayBeTheFormDateItself) {
  std::string text = read_text(source_path("tests/bad/due-before-form-date.yaml"));
  text.replace(text.find("improvement_due: 2026-04-30"), 27, "improvement_due: 2026-05-15");
  auto result = model::load_firm_text(text, source_path("tests/bad/due-on-form-date.yaml"));
  ASSERT_TRUE(result.firm) << messages(result.diagnostics);
  EXPECT_EQ(answer(*result.firm->self_assessment, "SA-21100-15")->improvement_due, (CivilDate{2026, 5, 15}));
}

TEST(Loader, SignOffLinesComeFromTheChecklistOrTheDefault) {
  auto f = load_ok("data/firms/hongyue-securities.yaml");
  ASSERT_TRUE(f.self_assessment);
  const std::vector<std::string> standard{"填表人", "單位主管", "資訊安全主管"};
  EXPECT_EQ(f.self_assessment->checklist.sign_off, standard);

  // The firm file of the test refers to checklist.yaml in the scratch folder.
  std::string firm = read_text(source_path("tests/bad/due-before-form-date.yaml"));
  firm.replace(firm.find("../../data/standard/self-assessment-2025-04-11.yaml"), 51, "checklist.yaml");
  firm.replace(firm.find("improvement_due: 2026-04-30"), 27, "improvement_due: 2026-06-30");
  const std::string checklist = read_text(source_path("data/standard/self-assessment-2025-04-11.yaml"));
  const std::string line = "sign_off: [填表人, 單位主管, 資訊安全主管]\n";
  ASSERT_NE(checklist.find(line), std::string::npos);
  ScratchDir dir("loader-sign-off");
  auto with = [&](const std::string& sign_off) {
    std::string text = checklist;
    text.replace(text.find(line), line.size(), sign_off);
    dir.write("checklist.yaml", text);
    return model::load_firm_text(firm, (dir / "firm.yaml").string());
  };

  auto absent = with("");
  ASSERT_TRUE(absent.firm) << messages(absent.diagnostics);
  EXPECT_EQ(absent.firm->self_assessment->checklist.sign_off, standard);

  auto own = with("sign_off:\n  - 填表人\n  - 資訊部經理\n  - 資訊安全長\n  - 稽核主管\n");
  ASSERT_TRUE(own.firm) << messages(own.diagnostics);
  EXPECT_EQ(own.firm->self_assessment->checklist.sign_off,
            (std::vector<std::string>{"填表人", "資訊部經理", "資訊安全長", "稽核主管"}));

  auto twice = with("sign_off: [填表人, 單位主管, 填表人]\n");
  EXPECT_NE(messages(twice.diagnostics).find("sign_off[2]: 「填表人」重複列出"), std::string::npos)
      << messages(twice.diagnostics);
  auto empty = with("sign_off: []\n");
  EXPECT_NE(messages(empty.diagnostics).find("sign_off: 至少需要 1 項"), std::string::npos)
      << messages(empty.diagnostics);
  auto typo = with("sign_of: [填表人]\n");
  EXPECT_NE(messages(typo.diagnostics).find("sign_of: 不認得這個欄位，可能是拼字錯誤。是否應為「sign_off」？"),
            std::string::npos) << messages(typo.diagnostics);
}

// The sample data is what the renderers of the comparison table and the self-assessment
// form are tried on: it must hold every case they print.
TEST(Loader, SampleDataHoldsEveryCaseOfTheTwoDocuments) {
  std::set<model::RevisionKind> kinds;
  std::set<model::Answer> answers;
  bool shortened = false, long_entry = false, due = false;
  for (const auto& file : std::filesystem::directory_iterator(source_path("data/firms"))) {
    auto f = load_ok("data/firms/" + file.path().filename().string());
    for (const auto& e : f.revisions->entries) {
      kinds.insert(e.kind);
      shortened = shortened || (e.current.find("（略）") != std::string::npos &&
                                e.amended.find("（略）") != std::string::npos);
    }
    if (f.self_assessment)
      for (const auto& a : f.self_assessment->answers) {
        answers.insert(a.answer);
        due = due || a.improvement_due.has_value();
      }
    if (f.firm.id == "hengyi-securities") {
      const auto* e = entry(*f.revisions, "HY-21100-1");
      ASSERT_TRUE(e);
      EXPECT_EQ(e->kind, model::RevisionKind::amended);
      long_entry = characters(e->amended) >= 1500 && characters(e->current) >= 600;
    }
  }
  EXPECT_EQ(kinds.size(), 3u) << "amended, added and deleted entries";
  EXPECT_EQ(answers.size(), 3u) << "符合, 不符合 and 不適用 answers";
  EXPECT_TRUE(shortened) << "an entry with （略） in both texts";
  EXPECT_TRUE(long_entry) << "hengyi-securities' HY-21100-1 runs longer than a page";
  EXPECT_TRUE(due) << "a 不符合 answer with its due date";
}

// Shared files are parsed once per process; a batch must still see a file as it is now,
// and every firm that uses a broken one must hear about it.
TEST(Loader, ASharedFileIsReadAgainWhenItChangesAndItsErrorsReachEveryFirm) {
  ScratchDir dir("loader-shared-cache");
  const std::string firm = minimal_firm_with(
      "revisions:\n"
      "  amendments: amendments.yaml\n"
      "  board_meeting: 2025-06-26\n");
  dir.write("amendments.yaml", kAmendmentsHead + "article_unit: article\n" + kAddedEntry);
  auto first = model::load_firm_text(firm, (dir / "firm.yaml").string());
  ASSERT_TRUE(first.firm) << messages(first.diagnostics);
  EXPECT_EQ(first.firm->revisions->article_unit, model::ArticleUnit::article);

  dir.write("amendments.yaml", kAmendmentsHead + "article_unit: point\n" + kAddedEntry);
  auto changed = model::load_firm_text(firm, (dir / "firm.yaml").string());
  ASSERT_TRUE(changed.firm) << messages(changed.diagnostics);
  EXPECT_EQ(changed.firm->revisions->article_unit, model::ArticleUnit::point);

  dir.write("amendments.yaml", kAmendmentsHead + "article_unit: [point\n");
  for (int firm_number = 0; firm_number < 2; ++firm_number) {
    auto broken = model::load_firm_text(firm, (dir / "firm.yaml").string());
    EXPECT_TRUE(broken.diagnostics.has_errors()) << "firm " << firm_number;
    EXPECT_NE(messages(broken.diagnostics).find("amendments.yaml"), std::string::npos) << messages(broken.diagnostics);
  }
}
