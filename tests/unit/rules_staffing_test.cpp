// CC-13000 staffing and training at every boundary of the rules file in force.
#include "rules_support.hpp"

namespace filinggen {
namespace {
using test::check;
using test::findings_of;
using test::FirmSpec;

const std::string kHead = "{id: p-head, name: 張主管, title: 資訊安全部協理, roles: [security_head], duties: dedicated, training: {hours: 20, assessment_passed: true}}";
std::string staff(const std::string& id, const std::string& duties = "dedicated", const std::string& hours = "16",
                  const std::string& passed = "true") {
  return "{id: " + id + ", name: 吳人員, title: 資訊安全部專員, roles: [security_staff], duties: " + duties +
         ", training: {hours: " + hours + ", assessment_passed: " + passed + "}}";
}

const std::string kDedicatedUnit = "{name: 資訊安全部, dedicated: true, reports_to: 總經理}";

// A firm with a dedicated unit, one head and two security staff besides the officer, all
// dedicated: enough for every tier.
FirmSpec fully_staffed(long long capital) {
  FirmSpec s;
  s.capital = capital;
  s.unit = kDedicatedUnit;
  s.officer_roles = "[security_officer]";
  s.officer_duties = "dedicated";
  s.people = {kHead, staff("p-s1"), staff("p-s2")};
  return s;
}

struct TierCase {
  long long capital;
  const char* tier;
  int heads, staff;
};

std::ostream& operator<<(std::ostream& out, const TierCase& c) { return out << "NT$" << c.capital; }

class Tiers : public ::testing::TestWithParam<TierCase> {};

TEST_P(Tiers, CapitalPicksTheTierAtItsThreshold) {
  const auto& c = GetParam();
  auto r = check(fully_staffed(c.capital));
  EXPECT_EQ(r.figures.tier, c.tier) << c.capital;
  EXPECT_EQ(r.figures.required_heads, c.heads);
  EXPECT_EQ(r.figures.required_staff, c.staff);
  EXPECT_TRUE(r.findings.empty()) << test::all_findings(r);
}

INSTANTIATE_TEST_SUITE_P(Rules, Tiers, ::testing::Values(
    TierCase{20'000'000'000, "200億以上", 1, 2}, TierCase{19'999'999'999, "100億以上", 1, 2},
    TierCase{10'000'000'000, "100億以上", 1, 2}, TierCase{9'999'999'999, "40億以上", 1, 1},
    TierCase{4'000'000'000, "40億以上", 1, 1}, TierCase{3'999'999'999, "未達40億", 0, 1}));

// One staff and no head: enough below NT$4 billion, short of a head from NT$4 billion on.
TEST(RulesStaffing, AHeadIsNeededFromFourBillionExactly) {
  FirmSpec s;  // the officer is the only security person (security_staff)
  s.capital = 3'999'999'999;
  EXPECT_TRUE(check(s).findings.empty()) << test::all_findings(check(s));
  s.capital = 4'000'000'000;
  auto r = check(s);
  auto head = findings_of(r, "staffing.head");
  ASSERT_EQ(head.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(head[0].severity, rules::FindingSeverity::error);
  EXPECT_EQ(head[0].control, "CC-13000");
  // Deliberately changed: it pointed at firm.paid_in_capital, which read as "the capital
  // is wrong". With no unit in the data and no head to name, it points at the people.
  EXPECT_EQ(head[0].field, "people");
  EXPECT_EQ(head[0].pos.line, 9) << "the line of the people list";
  EXPECT_EQ(head[0].message, "實收資本額新臺幣40億元屬「40億以上」級距，應配置資訊安全主管至少一名，目前未配置，資料中無人列為資訊安全主管。");
}

// The case: a head and two staff, all dedicated, inside the IT department. The
// people pass; the unit does not, from NT$20 billion exactly.
TEST(RulesStaffing, TheTopTierNeedsADedicatedUnitFromTwentyBillionExactly) {
  FirmSpec s = fully_staffed(19'999'999'999);
  s.unit = "{name: 資訊部, dedicated: false, reports_to: 資訊長}";
  EXPECT_TRUE(check(s).findings.empty()) << test::all_findings(check(s));
  s.unit = "";
  EXPECT_TRUE(check(s).findings.empty()) << "below the top tier the data need not name a unit";

  s.capital = 20'000'000'000;
  s.unit = "{name: 資訊部, dedicated: false, reports_to: 資訊長}";
  auto r = check(s);
  auto unit = findings_of(r, "staffing.unit");
  ASSERT_EQ(unit.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(r.findings.size(), 1u) << "the people themselves are enough: " << test::all_findings(r);
  EXPECT_EQ(unit[0].severity, rules::FindingSeverity::error);
  EXPECT_EQ(unit[0].control, "CC-13000");
  EXPECT_EQ(unit[0].field, "firm.security_unit.dedicated");
  EXPECT_EQ(unit[0].pos.line, 8) << "the line of security_unit";
  EXPECT_EQ(unit[0].message,
            "實收資本額新臺幣200億元屬「200億以上」級距，應設置資訊安全專責單位；「資訊部」並非專門負責資訊安全之專責單位，不符規定。");

  s.unit = "";  // no unit in the data at all: pointed at the firm, where it belongs
  r = check(s);
  unit = findings_of(r, "staffing.unit");
  ASSERT_EQ(unit.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(unit[0].field, "firm.security_unit");
  EXPECT_EQ(unit[0].pos.line, 3) << "the firm's first line";
  EXPECT_NE(unit[0].message.find("資料中未載明本公司之資訊安全單位"), std::string::npos) << unit[0].message;

  s.unit = kDedicatedUnit;
  EXPECT_TRUE(check(s).findings.empty()) << test::all_findings(check(s));
  EXPECT_EQ(check(s).figures.security_unit->name, "資訊安全部");
}

// A head and one staff: enough below NT$10 billion, one staff short from it.
TEST(RulesStaffing, TwoStaffAreNeededFromTenBillionExactly) {
  FirmSpec s = fully_staffed(9'999'999'999);
  s.people = {kHead, staff("p-s1")};
  EXPECT_TRUE(findings_of(check(s), "staffing.staff").empty());
  s.capital = 10'000'000'000;
  auto r = check(s);
  auto short_staff = findings_of(r, "staffing.staff");
  ASSERT_EQ(short_staff.size(), 1u) << test::all_findings(r);
  // Deliberately changed: the message names who is there, and points at the unit.
  EXPECT_NE(short_staff[0].message.find("「資訊安全部」應配置至少二名資訊安全人員，目前僅吳人員（資訊安全部專員）一名"),
            std::string::npos) << short_staff[0].message;
  EXPECT_EQ(short_staff[0].field, "firm.security_unit");

  s.unit = "";  // without a unit in the data: at the one staff member there is
  r = check(s);
  short_staff = findings_of(r, "staffing.staff");
  ASSERT_EQ(short_staff.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(short_staff[0].field, "people[5]");
  EXPECT_EQ(short_staff[0].pos.line, 14);
}

// IT duties are allowed below NT$20 billion, not from it (the old one-word value).
TEST(RulesStaffing, DutiesAllowedChangeAtTwentyBillionExactly) {
  FirmSpec s = fully_staffed(19'999'999'999);
  s.people = {kHead, staff("p-s1", "concurrent_it"), staff("p-s2")};
  EXPECT_TRUE(findings_of(check(s), "staffing.duties").empty());
  s.capital = 20'000'000'000;
  auto r = check(s);
  auto duties = findings_of(r, "staffing.duties");
  ASSERT_EQ(duties.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(duties[0].severity, rules::FindingSeverity::error);
  EXPECT_EQ(duties[0].field, "people[5].duties");
  // Deliberately changed: the regulation's words for the top tier instead of 應專職.
  EXPECT_EQ(duties[0].message,
            "專責人員吳人員（資訊安全部專員）兼辦資訊職務；實收資本額新臺幣200億元屬「200億以上」級距，"
            "專責主管及專責人員應專門負責資訊安全相關工作，不得兼辦資訊或其他與職務有利益衝突之業務。");
  EXPECT_EQ(duties[0].message.find("與資訊安全職務有利益衝突"), std::string::npos) << "IT is refused for dedication, not as a conflict";

  s.people = {kHead, staff("p-s1", "[it]"), staff("p-s2")};  // the list form reads the same
  r = check(s);
  duties = findings_of(r, "staffing.duties");
  ASSERT_EQ(duties.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(duties[0].field, "people[5].duties[0]") << "the duty itself";
  s.capital = 19'999'999'999;
  EXPECT_TRUE(findings_of(check(s), "staffing.duties").empty());
}

// A duty the rules file lists as conflicting is refused in every tier, and the finding
// names the duty and the ground.
TEST(RulesStaffing, AConflictingDutyIsRefusedInEveryTierAsAConflict) {
  const struct { const char* duties; const char* label; } conflicts[] = {
      {"[internal_audit]", "內部稽核職務"}, {"[compliance]", "法令遵循職務"},
      {"[business]", "業務單位職務"}, {"[risk]", "風險管理職務"}, {"[it, internal_audit]", "內部稽核職務"}};
  for (long long capital : {3'999'999'999LL, 4'000'000'000LL, 9'999'999'999LL, 10'000'000'000LL, 19'999'999'999LL,
                            20'000'000'000LL}) {
    for (const auto& c : conflicts) {
      FirmSpec s = fully_staffed(capital);
      s.people = {kHead, staff("p-s1", c.duties), staff("p-s2")};
      auto r = check(s);
      auto duties = findings_of(r, "staffing.duties");
      const std::size_t expected = capital >= 20'000'000'000 && std::string(c.duties).find("it,") != std::string::npos ? 2 : 1;
      ASSERT_EQ(duties.size(), expected) << capital << " " << c.duties << "\n" << test::all_findings(r);
      const auto& conflict = duties.back();
      EXPECT_EQ(conflict.severity, rules::FindingSeverity::error);
      EXPECT_NE(conflict.message.find(std::string("兼辦") + c.label + "，與資訊安全職務有利益衝突"), std::string::npos)
          << conflict.message;
      EXPECT_NE(conflict.message.find("不得兼辦"), std::string::npos) << conflict.message;
    }
  }
}

// A duty in the data's own words: the firm must confirm it does not conflict where the
// tier allows other duties; in the top tier nothing but security work is allowed.
TEST(RulesStaffing, AnOtherDutyInWordsIsToConfirmBelowTheTopTierAndRefusedInIt) {
  FirmSpec s = fully_staffed(19'999'999'999);
  s.people = {kHead, staff("p-s1", "[{other: 客服中心主管}]"), staff("p-s2")};
  auto r = check(s);
  auto duties = findings_of(r, "staffing.duties");
  ASSERT_EQ(duties.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(duties[0].severity, rules::FindingSeverity::warning);
  EXPECT_EQ(duties[0].message,
            "資訊安全人員吳人員（資訊安全部專員）兼辦「客服中心主管」；實收資本額新臺幣19,999,999,999元屬「100億以上」級距，"
            "資訊安全主管及資訊安全人員除兼辦資訊職務外，不得兼辦其他與職務有利益衝突之業務，請確認此職務與資訊安全職務無利益衝突。");
  EXPECT_FALSE(r.has_errors());

  s.capital = 20'000'000'000;
  r = check(s);
  duties = findings_of(r, "staffing.duties");
  ASSERT_EQ(duties.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(duties[0].severity, rules::FindingSeverity::error);
  EXPECT_NE(duties[0].message.find("兼辦「客服中心主管」；"), std::string::npos) << duties[0].message;
}

// The old concurrent_other named no duty: refused in every tier, as before, and the
// finding asks for the duty to be named.
TEST(RulesStaffing, AnUnnamedOtherDutyIsRefusedAndAskedToBeNamed) {
  for (long long capital : {1'000'000'000LL, 12'000'000'000LL, 26'800'000'000LL}) {
    FirmSpec s = fully_staffed(capital);
    s.people = {kHead, staff("p-s1", "concurrent_other"), staff("p-s2")};
    auto r = check(s);
    auto duties = findings_of(r, "staffing.duties");
    ASSERT_EQ(duties.size(), 1u) << capital << "\n" << test::all_findings(r);
    EXPECT_EQ(duties[0].severity, rules::FindingSeverity::error);
    EXPECT_NE(duties[0].message.find("登載為兼辦其他職務，但未載明為何種職務"), std::string::npos) << duties[0].message;
    EXPECT_NE(duties[0].message.find("請寫明所兼辦之職務，以判斷有無利益衝突"), std::string::npos) << duties[0].message;
  }
}

// Only heads and staff are held to the tier's duties: an employee may do business work.
TEST(RulesStaffing, OtherPeoplesDutiesAreNotTheTiersConcern) {
  FirmSpec s = fully_staffed(26'800'000'000);
  s.people.push_back("{id: p-clerk, name: 何專員, title: 經紀部專員, roles: [employee], duties: [business], training: {hours: 3, assessment_passed: false}}");
  EXPECT_TRUE(check(s).findings.empty()) << test::all_findings(check(s));
}

TEST(RulesStaffing, ExactlyTwentyBillionWithOneDedicatedStaffIsShortOfOne) {
  FirmSpec s = fully_staffed(26'800'000'000);
  s.people = {kHead, staff("p-s1")};
  auto r = check(s);
  auto short_staff = findings_of(r, "staffing.staff");
  ASSERT_EQ(short_staff.size(), 1u) << test::all_findings(r);
  // Deliberately changed: the unit that is short, and who is there.
  EXPECT_EQ(short_staff[0].message,
            "實收資本額新臺幣268億元屬「200億以上」級距，「資訊安全部」應配置至少二名專責人員，目前僅吳人員（資訊安全部專員）一名。");
}

TEST(RulesStaffing, OneDollarBelowAThresholdIsWrittenInFull) {
  FirmSpec s;
  s.capital = 9'999'999'999;
  s.people = {};
  auto r = check(s);  // 40億以上: no head
  auto head = findings_of(r, "staffing.head");
  ASSERT_EQ(head.size(), 1u);
  EXPECT_NE(head[0].message.find("新臺幣9,999,999,999元"), std::string::npos) << head[0].message;
}

// A foreign branch is measured by its allocated operating capital: a branch of a large
// group with NT$1.65 billion allocated is in the lowest tier, whatever its parent's size.
TEST(RulesStaffing, AForeignBranchIsMeasuredByItsAllocatedCapitalOnly) {
  FirmSpec s;
  s.foreign_branch = true;
  s.capital = 1'650'000'000;
  auto r = check(s);
  EXPECT_EQ(r.figures.tier, "未達40億");
  EXPECT_TRUE(r.figures.allocated_capital);
  EXPECT_TRUE(r.findings.empty()) << test::all_findings(r);

  // The parent's paid-in capital has no place in a branch's file: the loader refuses it.
  std::string with_parent = test::firm_yaml(s);
  with_parent.replace(with_parent.find("  allocated_operating_capital"), 0, "  paid_in_capital: 500000000000\n");
  auto refused = model::load_firm_text(with_parent, test::source_path("tests/fixtures/rules-test.yaml"));
  EXPECT_FALSE(refused.firm);
  EXPECT_NE(test::messages(refused.diagnostics).find("firm.paid_in_capital: 外國金融機構在國內設立之分支機構以指撥營運資金計算"),
            std::string::npos) << test::messages(refused.diagnostics);

  s.capital = 12'000'000'000;  // the same people would not do for a large allocation
  r = check(s);
  auto head = findings_of(r, "staffing.head");
  ASSERT_EQ(head.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(head[0].field, "people");  // deliberately changed: was firm.allocated_operating_capital
  EXPECT_NE(head[0].message.find("指撥營運資金新臺幣120億元"), std::string::npos) << head[0].message;
}

TEST(RulesStaffing, AFuturesFirmHasTheSameTiers) {
  FirmSpec s = fully_staffed(4'500'000'000);
  s.kind = "futures";
  auto r = check(s);
  EXPECT_EQ(r.figures.tier, "40億以上");
  EXPECT_TRUE(r.findings.empty()) << test::all_findings(r);
  s.people = {staff("p-s1")};
  EXPECT_EQ(findings_of(check(s), "staffing.head").size(), 1u);
}

TEST(RulesStaffing, HeadAndStaffInOnePersonCountsOnceAsTheHead) {
  FirmSpec s;
  s.capital = 5'000'000'000;
  s.officer_roles = "[security_officer, security_head, security_staff]";
  auto r = check(s);
  EXPECT_EQ(r.figures.heads, 1);
  EXPECT_EQ(r.figures.staff, 0);
  EXPECT_EQ(findings_of(r, "staffing.staff").size(), 1u) << test::all_findings(r);
  auto once = findings_of(r, "staffing.counted_once");
  ASSERT_EQ(once.size(), 1u);
  EXPECT_EQ(once[0].severity, rules::FindingSeverity::info);
}

// --- training ---------------------------------------------------------------

TEST(RulesTraining, FifteenHoursIsEnoughAndFourteenAndAHalfIsNot) {
  FirmSpec s;
  s.officer_training = "{hours: 15, assessment_passed: true}";
  EXPECT_TRUE(check(s).findings.empty()) << test::all_findings(check(s));
  s.officer_training = "{hours: 14.5, assessment_passed: true}";
  auto r = check(s);
  auto hours = findings_of(r, "training.security_hours");
  ASSERT_EQ(hours.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(hours[0].field, "people[0].training.hours");
  EXPECT_EQ(hours[0].pos.line, 9);
  EXPECT_NE(hours[0].message.find("14.5小時，未達規定之15小時"), std::string::npos) << hours[0].message;
  EXPECT_EQ(r.figures.security_trained, 0);
}

TEST(RulesTraining, AnUnpassedAssessmentIsAFindingAPassedOneIsNot) {
  FirmSpec s;
  s.officer_training = "{hours: 40, assessment_passed: false}";
  auto r = check(s);
  auto failed = findings_of(r, "training.assessment");
  ASSERT_EQ(failed.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(failed[0].field, "people[0].training.assessment_passed");
  EXPECT_TRUE(findings_of(r, "training.security_hours").empty());
  s.officer_training = "{hours: 40, assessment_passed: true}";
  EXPECT_TRUE(check(s).findings.empty());
}

TEST(RulesTraining, AHeadShortOfHoursIsAFinding) {
  FirmSpec s = fully_staffed(12'000'000'000);
  s.people = {"{id: p-head, name: 張主管, title: 資訊安全部協理, roles: [security_head], duties: dedicated, training: {hours: 12, assessment_passed: true}}",
              staff("p-s1"), staff("p-s2")};
  auto r = check(s);
  auto hours = findings_of(r, "training.security_hours");
  ASSERT_EQ(hours.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(hours[0].field, "people[4].training.hours");
  EXPECT_NE(hours[0].message.find("張主管（資訊安全部協理）"), std::string::npos);
}

TEST(RulesTraining, OtherUsersNeedThreeHoursButNoAssessment) {
  FirmSpec s;
  s.people = {"{id: p-clerk, name: 何專員, title: 財務部專員, roles: [employee], duties: dedicated, training: {hours: 3, assessment_passed: false}}"};
  EXPECT_TRUE(check(s).findings.empty()) << test::all_findings(check(s));
  s.people = {"{id: p-clerk, name: 何專員, title: 財務部專員, roles: [employee], duties: dedicated, training: {hours: 2.5, assessment_passed: true}}"};
  auto r = check(s);
  auto hours = findings_of(r, "training.other_hours");
  ASSERT_EQ(hours.size(), 1u) << test::all_findings(r);
  EXPECT_NE(hours[0].message.find("2.5小時"), std::string::npos);
  EXPECT_EQ(r.figures.other_people, 4);
  EXPECT_EQ(r.figures.other_trained, 3);
}

}  // namespace
}  // namespace filinggen
