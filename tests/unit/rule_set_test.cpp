// The rules as versioned data: the version in force for the year is the one applied,
// a made-up later version changes the findings without a code change, and a broken
// rules file is reported like a broken firm file.
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <set>

#include "rules/rule_ids.hpp"
#include "rules_support.hpp"
#include "support/files.hpp"

namespace filinggen {
namespace {
namespace fs = std::filesystem;
using test::FirmSpec;

class RuleVersions : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_.emplace("rules");
    dir_ = scratch_->path();
    fs::copy_file(test::source_path("data/standard/rules-2025-04-11.yaml"), dir_ / "rules-2025-04-11.yaml");
    fs::copy_file(test::source_path("tests/fixtures/rules/rules-2027-01-01.yaml"), dir_ / "rules-2027-01-01.yaml");
    library_ = rules::load_rule_library(dir_.string(), diagnostics_);
  }
  void TearDown() override { scratch_.reset(); }

  rules::FirmReport check(const FirmSpec& spec) {
    auto file = test::load_spec(spec);
    const rules::RuleSet* set = library_.in_force(rules::rules_day(file));
    EXPECT_TRUE(set);
    return set ? rules::check_firm(file, *set) : rules::FirmReport{};
  }

  std::optional<test::ScratchDir> scratch_;
  fs::path dir_;
  Diagnostics diagnostics_;
  rules::RuleLibrary library_;
};

TEST_F(RuleVersions, TheVersionInForceAtTheYearEndIsApplied) {
  ASSERT_FALSE(diagnostics_.has_errors()) << test::messages(diagnostics_);
  ASSERT_EQ(library_.versions.size(), 2u);
  EXPECT_EQ(library_.in_force(CivilDate{2025, 4, 10}), nullptr) << "nothing before the first version";
  EXPECT_EQ(library_.in_force(CivilDate{2025, 4, 11})->version, "2025-04-11");
  EXPECT_EQ(library_.in_force(CivilDate{2026, 12, 31})->version, "2025-04-11");
  EXPECT_EQ(library_.in_force(CivilDate{2027, 1, 1})->version, "2027-01-01");
}

// The same people, hours and dates: clean under 2025-04-11, short under 2027-01-01.
TEST_F(RuleVersions, AMadeUpLaterVersionChangesTheFindingsWithoutACodeChange) {
  FirmSpec s;  // 16 hours for the officer, 3 for the others, NT$30 億
  s.capital = 4'000'000'000;
  s.people = {"{id: p-head, name: 張主管, title: 協理, roles: [security_head], duties: dedicated, training: {hours: 16, assessment_passed: true}}"};
  s.disclosure = "2026-03-31";
  auto r2025 = check(s);
  EXPECT_EQ(r2025.version, "2025-04-11");
  EXPECT_EQ(r2025.figures.tier, "40億以上");
  EXPECT_TRUE(r2025.findings.empty()) << test::all_findings(r2025);

  s.year = 2027;
  s.board = "2028-02-20";
  s.disclosure = "2028-03-01";  // two months after 2027-12-31 is 2028-02-29
  auto r2027 = check(s);
  EXPECT_EQ(r2027.version, "2027-01-01");
  EXPECT_EQ(r2027.figures.tier, "未達50億");
  EXPECT_EQ(r2027.figures.disclosure_deadline, (CivilDate{2028, 2, 29}));
  EXPECT_EQ(test::findings_of(r2027, "training.security_hours").size(), 2u) << test::all_findings(r2027);
  EXPECT_EQ(test::findings_of(r2027, "training.other_hours").size(), 3u) << "3 hours is short of 4";
  auto late = test::findings_of(r2027, "declaration.deadline");
  ASSERT_EQ(late.size(), 1u);
  EXPECT_NE(late[0].message.find("後二個月之期限"), std::string::npos) << late[0].message;
  EXPECT_TRUE(test::findings_of(r2027, "staffing.head").empty()) << "no head needed below 50億";
}

// No version in force: the message names every version with its effective date, and
// points at the year first; a year that the declaration's own date contradicts is named.
TEST_F(RuleVersions, NoVersionInForceNamesTheVersionsAndTheYearFirst) {
  FirmSpec s;
  s.year = 2024;
  s.board = "2025-03-10";
  s.disclosure = "2025-03-20";
  auto file = test::load_spec(s);
  Diagnostics d;
  EXPECT_FALSE(rules::check_in_force(file, library_, d));
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].code, "rules.not_in_force");
  EXPECT_EQ(d.items()[0].field, "declaration.year");
  EXPECT_EQ(d.items()[0].message,
            "聲明年度為民國113年度，其會計年度終了日113年12月31日時尚無生效之規則版本可供檢查；"
            "現有規則版本：2025-04-11 版（114年4月11日生效）、2027-01-01 版（116年1月1日生效）。請先確認聲明年度是否正確。"
            "若年度無誤，請將該年度當時有效之規則檔放入規則資料夾（或以 --rules 指定其資料夾）後再檢查。");

  s.board = "2026-03-10";  // dated in 2026: the year just ended is 2025, which has rules
  s.disclosure = "2026-03-20";
  Diagnostics wrong_year;
  EXPECT_FALSE(rules::check_in_force(test::load_spec(s), library_, wrong_year));
  ASSERT_EQ(wrong_year.items().size(), 1u);
  EXPECT_NE(wrong_year.items()[0].message.find("請先確認聲明年度：聲明書日期為115年3月10日，其前剛終了之會計年度為民國114年度，聲明年度可能誤填。"),
            std::string::npos) << wrong_year.items()[0].message;
}

// The rules file says which duties conflict: the made-up version lists only internal
// audit and business, so there a risk-management duty is one to confirm, not a conflict.
TEST_F(RuleVersions, WhichDutiesConflictIsData) {
  FirmSpec s;
  s.year = 2027;
  s.board = "2028-02-20";
  s.disclosure = "2028-02-25";
  s.capital = 6'000'000'000;  // 50億以上 of the made-up version: IT allowed
  s.officer_roles = "[security_officer]";
  s.officer_training = "{hours: 20, assessment_passed: true}";
  s.people = {"{id: p-head, name: 張主管, title: 協理, roles: [security_head], duties: [risk], training: {hours: 20, assessment_passed: true}}",
              "{id: p-s1, name: 吳人員, title: 專員, roles: [security_staff], duties: [business], training: {hours: 20, assessment_passed: true}}"};
  auto r = check(s);
  ASSERT_EQ(r.version, "2027-01-01");
  auto duties = test::findings_of(r, "staffing.duties");
  ASSERT_EQ(duties.size(), 2u) << test::all_findings(r);
  // Errors first.
  EXPECT_EQ(duties[0].severity, rules::FindingSeverity::error);
  EXPECT_NE(duties[0].message.find("兼辦業務單位職務，與資訊安全職務有利益衝突"), std::string::npos) << duties[0].message;
  EXPECT_EQ(duties[1].severity, rules::FindingSeverity::warning) << duties[1].message;
  EXPECT_NE(duties[1].message.find("兼辦風險管理職務；"), std::string::npos) << duties[1].message;
  EXPECT_NE(duties[1].message.find("請確認此職務與資訊安全職務無利益衝突"), std::string::npos) << duties[1].message;
}

TEST_F(RuleVersions, TwoVersionsWithOneEffectiveDateAreRefused) {
  fs::copy_file(dir_ / "rules-2027-01-01.yaml", dir_ / "rules-copy.yaml");
  Diagnostics d;
  rules::load_rule_library(dir_.string(), d);
  ASSERT_TRUE(d.has_errors());
  EXPECT_EQ(d.items()[0].code, "rules.same_effective");
}

TEST(RuleSet, MistakesAreReportedWithTheirPositions) {
  const test::ScratchDir scratch("rules-bad");
  const fs::path path = scratch / "rules-bad.yaml";
  std::ofstream(path) << R"(schema_version: 1
standard: 證券商內部控制制度標準規範
version: "2030-01-01"
effective: 2030-01-01
staffing:
  control: CC-13000
  tiers:
    - {name: 低, min_capital: 0, min_heads: 0, min_staff: 1, duties_allowed: [dedicated]}
    - {name: 高, min_capital: 100, min_heads: 1, min_staff: 1, duties_allowed: [dedicated]}
training:
  control: CC-13000
  security_roles: [security_officer]
  security_hour: 15
  assessment_required: true
  other_hours: 3
declaration:
  control: CC-12000
  co_signers: [security_officer, chairman]
  disclosure_months: 3
answer_checks:
  - {item: SA-13000-02, rules: [staffing.heads]}
)";
  Diagnostics d;
  EXPECT_FALSE(rules::load_rule_set(path.string(), d));
  const std::string all = test::messages(d);
  EXPECT_NE(all.find(path.string() + ":9:"), std::string::npos) << all;                       // tier order
  EXPECT_NE(all.find("staffing.tiers[1].min_capital"), std::string::npos) << all;
  EXPECT_NE(all.find("training.security_hour: 不認得這個欄位"), std::string::npos) << all;     // typo
  EXPECT_NE(all.find("是否應為「security_hours」"), std::string::npos) << all;
  EXPECT_NE(all.find(":21:"), std::string::npos) << all;                                      // unknown rule id
  EXPECT_NE(all.find("「staffing.heads」不是已知的規則代號"), std::string::npos) << all;
}

// docs/rules.md lists every rule a finding can name, and no other.
TEST(RuleSet, EveryRuleIdIsDocumentedAndNoOther) {
  const std::string page = test::read_text(test::source_path("docs/rules.md"));
  std::set<std::string> documented;
  static const std::regex row(R"(\n\| `([a-z_]+\.[a-z_]+)` \| CC-|\n\| `([a-z_]+\.[a-z_]+)` \| the item)");
  for (auto it = std::sregex_iterator(page.begin(), page.end(), row); it != std::sregex_iterator(); ++it)
    documented.insert((*it)[1].matched ? (*it)[1].str() : (*it)[2].str());
  for (auto id : rules::rule_id::kAll) EXPECT_TRUE(documented.count(std::string(id))) << "not in docs/rules.md: " << id;
  for (const auto& id : documented) EXPECT_TRUE(rules::rule_id::is_known(id)) << "documented but not a rule: " << id;
  EXPECT_EQ(documented.size(), rules::rule_id::kAll.size());
}

TEST(RuleSet, TheShippedRulesLoadCleanly) {
  Diagnostics d;
  auto library = rules::load_rule_library(test::source_path("data/standard"), d);
  EXPECT_FALSE(d.has_errors()) << test::messages(d);
  ASSERT_EQ(library.versions.size(), 1u);
  const auto& set = library.versions[0];
  EXPECT_EQ(set.version, "2025-04-11");
  ASSERT_EQ(set.staffing.tiers.size(), 4u);
  EXPECT_EQ(set.staffing.tiers[0].min_capital, 20'000'000'000);
  EXPECT_EQ(set.training.security_hours, 15);
  EXPECT_EQ(set.declaration.co_signers.size(), 4u);
}

}  // namespace
}  // namespace filinggen
