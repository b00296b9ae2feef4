#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "model/load.hpp"
#include "test_support.hpp"

using namespace filinggen;
using filinggen::test::source_path;

namespace {

std::string messages(const Diagnostics& d) {
  std::string out;
  for (const auto& item : d.items()) out += item.str() + "\n";
  return out;
}

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
  EXPECT_EQ(f.people[0].duties, model::Duties::concurrent_it);
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

TEST(Loader, DeclarationDateMustFollowTheFiscalYearEnd) {
  std::ifstream in(source_path("tests/fixtures/minimal-firm.yaml"));
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string june = buffer.str();
  june.replace(june.find("\"12-31\""), 7, "\"06-30\"");
  june.replace(june.find("date: 2026-03-10\n  statement"), 16, "date: 2025-09-10");
  june.replace(june.find("{date: 2026-03-10"), 17, "{date: 2025-09-10");
  june.replace(june.find("disclosure_date: 2026-03-20"), 27, "disclosure_date: 2025-09-20");
  auto fine = model::load_firm_text(june, "june.yaml");
  EXPECT_TRUE(fine.firm) << messages(fine.diagnostics) << "a fiscal year ending in June is declared in the autumn";

  std::string early = buffer.str();
  early.replace(early.find("date: 2026-03-10\n  statement"), 16, "date: 2025-12-31");
  auto result = model::load_firm_text(early, "early.yaml");
  EXPECT_NE(messages(result.diagnostics).find("early.yaml:16:9: declaration.date: 聲明書日期（2025-12-31）應在所聲明的會計年度結束（2025-12-31）之後"),
            std::string::npos) << messages(result.diagnostics);
}
