// CC-12000: the disclosure deadline for any fiscal year end, board approval, co-signers;
// and the figures a declaration's paragraphs may name.
#include "rules_support.hpp"
#include "view/view.hpp"

namespace filinggen {
namespace {
using test::check;
using test::findings_of;
using test::FirmSpec;

TEST(RulesDeadline, ThreeMonthsAfterTheYearEndWithMonthEndsKept) {
  auto deadline = [](int y, int m, int d) { return rules::disclosure_deadline(CivilDate{y, m, d}, 3); };
  EXPECT_EQ(deadline(2025, 12, 31), (CivilDate{2026, 3, 31}));
  EXPECT_EQ(deadline(2025, 6, 30), (CivilDate{2025, 9, 30}));
  EXPECT_EQ(deadline(2025, 9, 30), (CivilDate{2025, 12, 31})) << "a month end gives a month end";
  EXPECT_EQ(deadline(2024, 11, 30), (CivilDate{2025, 2, 28}));
  EXPECT_EQ(deadline(2023, 11, 30), (CivilDate{2024, 2, 29})) << "leap year";
  EXPECT_EQ(deadline(2024, 2, 29), (CivilDate{2024, 5, 31}));
  EXPECT_EQ(deadline(2025, 2, 28), (CivilDate{2025, 5, 31}));
  EXPECT_EQ(deadline(2025, 3, 15), (CivilDate{2025, 6, 15})) << "not a month end: the same day";
}

struct DeadlineCase {
  const char* fiscal_year_end;
  int year;
  const char* board;
  const char* last_day;
  const char* day_after;
};

std::ostream& operator<<(std::ostream& out, const DeadlineCase& c) {
  return out << "year " << c.year << " ending " << c.fiscal_year_end;
}

class Deadlines : public ::testing::TestWithParam<DeadlineCase> {};

TEST_P(Deadlines, TheLastDayIsInTimeAndTheDayAfterIsLate) {
  const auto& c = GetParam();
  FirmSpec s;
  s.fiscal_year_end = c.fiscal_year_end;
  s.year = c.year;
  s.board = c.board;
  s.disclosure = c.last_day;
  auto r = check(s);
  EXPECT_EQ(r.figures.disclosure_deadline.iso(), c.last_day);
  EXPECT_TRUE(r.findings.empty()) << test::all_findings(r);

  s.disclosure = c.day_after;
  r = check(s);
  auto late = findings_of(r, "declaration.deadline");
  ASSERT_EQ(late.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(late[0].severity, rules::FindingSeverity::error);
  EXPECT_EQ(late[0].control, "CC-12000");
  EXPECT_EQ(late[0].field, "declaration.disclosure_date");
  EXPECT_GT(late[0].pos.line, 0);
  EXPECT_NE(late[0].message.find("遲延1日"), std::string::npos) << late[0].message;
}

INSTANTIATE_TEST_SUITE_P(Rules, Deadlines, ::testing::Values(
    DeadlineCase{"12-31", 2025, "2026-03-10", "2026-03-31", "2026-04-01"},   // December
    DeadlineCase{"06-30", 2025, "2025-09-01", "2025-09-30", "2025-10-01"},   // June
    DeadlineCase{"02-29", 2028, "2028-04-01", "2028-05-31", "2028-06-01"},   // a leap-year end
    DeadlineCase{"11-30", 2027, "2028-01-20", "2028-02-29", "2028-03-01"},   // deadline on Feb 29
    DeadlineCase{"02-29", 2027, "2027-04-01", "2027-05-31", "2027-06-01"})); // 02-29 in a common year

TEST(RulesDeclaration, TheDeadlineMessageGivesTheDatesInTheRocCalendar) {
  FirmSpec s;
  s.disclosure = "2026-04-02";
  auto late = findings_of(check(s), "declaration.deadline");
  ASSERT_EQ(late.size(), 1u);
  EXPECT_EQ(late[0].message,
            "聲明書於115年4月2日揭露於公開資訊觀測站，已逾會計年度終了（114年12月31日）後三個月之期限115年3月31日，遲延2日。");
}

TEST(RulesDeclaration, TheBoardApprovesAfterTheYearEndsAndOnOrBeforeDisclosure) {
  FirmSpec s;
  s.board = "2025-12-31";  // the last day of the year covered
  s.date = s.disclosure = "2026-01-05";
  auto r = check(s);
  EXPECT_EQ(findings_of(r, "declaration.board_after_year_end").size(), 1u) << test::all_findings(r);
  s.board = s.date = s.disclosure = "2026-01-01";  // the same day as disclosure: allowed
  EXPECT_TRUE(check(s).findings.empty()) << test::all_findings(check(s));

  // Disclosed the day before the board: read by the loader as any other date (it used
  // to refuse the file, and nothing else of the firm was checked), reported here.
  s.board = s.date = "2026-03-10";
  s.disclosure = "2026-03-09";
  r = check(s);
  auto before = findings_of(r, "declaration.board_before_disclosure");
  ASSERT_EQ(before.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(r.findings.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(before[0].control, "CC-12000");
  EXPECT_EQ(before[0].field, "declaration.disclosure_date");
  EXPECT_EQ(before[0].pos.line, 19);
  EXPECT_EQ(before[0].message, "揭露日期115年3月9日早於董事會通過日期115年3月10日；聲明書應先經董事會通過再揭露。");
}

// The year covered is the fiscal year just ended at the declaration's date: after that
// year's end, and not after the next one's.
TEST(RulesDeclaration, TheDeclarationIsOnTheYearJustEnded) {
  FirmSpec s;
  s.date = "2025-12-31";  // the last day of the year covered: too early
  auto r = check(s);
  auto year = findings_of(r, "declaration.year_covered");
  ASSERT_EQ(year.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(year[0].control, "CC-12000");
  EXPECT_EQ(year[0].field, "declaration.date");
  EXPECT_EQ(year[0].pos.line, 15);
  EXPECT_EQ(year[0].message,
            "聲明書日期114年12月31日，未在所聲明之民國114年度終了（114年12月31日）之後；"
            "聲明書應於會計年度終了後，就該年度之執行情形出具。請確認聲明年度及聲明書日期。");
  s.date = "2026-01-01";
  EXPECT_TRUE(check(s).findings.empty()) << test::all_findings(check(s));
  s.date = "2026-12-31";  // the last day before another year has ended
  EXPECT_TRUE(findings_of(check(s), "declaration.year_covered").empty()) << test::all_findings(check(s));

  s.date = "2027-01-01";  // the year 2026 has ended since: the year covered is likely wrong
  r = check(s);
  year = findings_of(r, "declaration.year_covered");
  ASSERT_EQ(year.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(year[0].field, "declaration.year") << "the year, the likelier mistake";
  EXPECT_EQ(year[0].pos.line, 14);
  EXPECT_EQ(year[0].message,
            "聲明書日期116年1月1日距所聲明之民國114年度終了（114年12月31日）已逾一年，其間民國115年度亦已終了；"
            "聲明書應就剛終了之會計年度出具，請確認聲明年度。");
  s.date = "2028-03-10";  // two years on: names the year that ended last
  year = findings_of(check(s), "declaration.year_covered");
  ASSERT_EQ(year.size(), 1u);
  EXPECT_NE(year[0].message.find("其間民國116年度亦已終了"), std::string::npos) << year[0].message;
}

// A June year end is judged by its own dates, not the calendar year.
TEST(RulesDeclaration, TheYearJustEndedFollowsTheFiscalYearEnd) {
  FirmSpec s;
  s.fiscal_year_end = "06-30";
  s.board = s.date = "2025-09-01";
  s.disclosure = "2025-09-20";
  EXPECT_TRUE(check(s).findings.empty()) << test::all_findings(check(s));
  s.date = "2025-06-30";
  EXPECT_EQ(findings_of(check(s), "declaration.year_covered").size(), 1u);
  s.date = "2026-06-30";
  EXPECT_TRUE(findings_of(check(s), "declaration.year_covered").empty());
  s.date = "2026-07-01";
  auto year = findings_of(check(s), "declaration.year_covered");
  ASSERT_EQ(year.size(), 1u);
  EXPECT_NE(year[0].message.find("所聲明之民國114年度終了（114年6月30日）"), std::string::npos) << year[0].message;
  EXPECT_NE(year[0].message.find("其間民國115年度亦已終了"), std::string::npos) << year[0].message;
}

// One person in two co-signer roles: the loader used to refuse the file (tests/findings/
// same-person-twice.yaml now loads); the rule, which takes the roles from the rules file,
// reports it with the co-signer who does not hold the role signed in.
TEST(RulesDeclaration, OnePersonInTwoCoSignerRolesIsAFinding) {
  FirmSpec s;
  auto file = test::load_spec(s);
  std::string yaml = test::firm_yaml(s);
  yaml.replace(yaml.find("{role: general_manager, person: p-gm}"), 37, "{role: general_manager, person: p-chair}");
  auto loaded = model::load_firm_text(yaml, test::source_path("tests/fixtures/rules-test.yaml"));
  ASSERT_TRUE(loaded.firm) << test::messages(loaded.diagnostics);
  auto r = rules::check_firm(*loaded.firm, test::current_rules());
  auto twice = findings_of(r, "declaration.co_signers");
  ASSERT_EQ(twice.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(twice[0].field, "declaration.signatories[2].person");
  EXPECT_EQ(twice[0].pos.line, 23);
  EXPECT_NE(twice[0].message.find("陳董事（董事長）已以其他身分聯名"), std::string::npos) << twice[0].message;
  EXPECT_NE(twice[0].message.find("四位不同之人"), std::string::npos);
  auto role = findings_of(r, "declaration.co_signer_role");
  ASSERT_EQ(role.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(role[0].message,
            "陳董事（董事長）以「總經理」身分聯名，但其人員資料之角色未含總經理；聯名人應為實際擔任該職者，請確認聯名人或補列其角色。");

  file.declaration.signatories.pop_back();  // and a role nobody signs in
  file.declaration.signatories[2].person_id = "p-chair";
  EXPECT_EQ(findings_of(rules::check_firm(file, test::current_rules()), "declaration.co_signers").size(), 2u);
}

// A role given twice: the second is the fault, and the role it left out is missing.
TEST(RulesDeclaration, ARoleSignedTwiceAndOneLeftOut) {
  auto file = test::load_spec(FirmSpec{});
  file.declaration.signatories[2].role = model::SignatoryRole::chairman;  // the GM signs as chairman
  auto r = rules::check_firm(file, test::current_rules());
  auto co = findings_of(r, "declaration.co_signers");
  ASSERT_EQ(co.size(), 2u) << test::all_findings(r);
  EXPECT_NE(co[0].message.find("聲明書缺少「總經理」之聯名人"), std::string::npos) << co[0].message;
  EXPECT_EQ(co[1].field, "declaration.signatories[2].role");
  EXPECT_NE(co[1].message.find("「董事長」之聯名人列了兩次（王總經（總經理）為第二位）"), std::string::npos) << co[1].message;
  EXPECT_EQ(findings_of(r, "declaration.co_signer_role").size(), 1u) << "nor is the GM the chairman";
}

// The rules file says who co-signs: the made-up later version asks for two.
TEST(RulesDeclaration, TheCoSignersComeFromTheRulesFile) {
  Diagnostics d;
  auto later = rules::load_rule_set(test::source_path("tests/fixtures/rules/rules-2027-01-01.yaml"), d);
  ASSERT_TRUE(later) << test::messages(d);
  auto file = test::load_spec(FirmSpec{});
  file.declaration.signatories.resize(2);  // security officer and chairman only
  EXPECT_TRUE(findings_of(rules::check_firm(file, *later), "declaration.co_signers").empty());
  auto co = findings_of(rules::check_firm(file, test::current_rules()), "declaration.co_signers");
  EXPECT_EQ(co.size(), 2u) << "the 2025 version asks for four";
}

TEST(RulesFigures, AParagraphNamesTheComputedFigures) {
  FirmSpec s;
  auto r = check(s);
  const auto texts = rules::figure_texts(r);
  EXPECT_EQ(rules::fill_figures("{{capital_basis}}{{capital}}，屬「{{tier}}」級距，資訊安全人員{{staff_zh}}名，期限{{disclosure_deadline}}", texts),
            "實收資本額新臺幣30億元，屬「未達40億」級距，資訊安全人員一名，期限115年3月31日");
  EXPECT_EQ(rules::fill_figures("{{security_hours_zh}}小時、{{other_hours}}小時", texts), "十五小時、3小時");
}

// The declaration's view fills the paragraphs and offers figures.* to the template;
// without a report the paragraph stays as written.
TEST(RulesFigures, TheDeclarationViewOffersTheFigures) {
  auto file = test::load_spec(FirmSpec{});
  file.declaration.statement = {"配置資訊安全人員{{staff_zh}}名，期限{{disclosure_deadline}}。"};
  const auto report = rules::check_firm(file, test::current_rules());
  const auto view = view::declaration_view(file, &report);
  const auto& paragraph = view.get("statement")->list_value().at(0);
  EXPECT_EQ(paragraph.get("text")->string_value(), "配置資訊安全人員一名，期限115年3月31日。");
  ASSERT_TRUE(view.get("figures"));
  EXPECT_EQ(view.get("figures")->get("tier")->string_value(), "未達40億");
  EXPECT_EQ(view.get("figures")->get("required_staff_zh")->string_value(), "一");

  const auto unchecked = view::declaration_view(file);
  EXPECT_EQ(unchecked.get("statement")->list_value().at(0).get("text")->string_value(),
            "配置資訊安全人員{{staff_zh}}名，期限{{disclosure_deadline}}。");
  EXPECT_EQ(unchecked.get("figures"), nullptr);
}

// The unit's name is the data's: a statement that names it prints without a rules
// version; one that also uses a computed figure needs one.
TEST(RulesFigures, TheUnitsNameIsFilledInWithoutRules) {
  FirmSpec s;
  s.unit = "{name: 資訊安全室, dedicated: false, reports_to: 總經理}";
  auto file = test::load_spec(s);
  file.declaration.statement = {"本公司由{{security_unit}}負責資訊安全，並由{{security_unit_reports_to}}督導。"};
  EXPECT_FALSE(rules::uses_figures(file));
  const auto unchecked = view::declaration_view(file);
  EXPECT_EQ(unchecked.get("statement")->list_value().at(0).get("text")->string_value(),
            "本公司由資訊安全室負責資訊安全，並由總經理督導。");
  file.declaration.statement.push_back("配置資訊安全人員{{staff_zh}}名。");
  EXPECT_TRUE(rules::uses_figures(file));

  file = test::load_spec(FirmSpec{});  // no unit in the data: the check must say so
  file.declaration.statement = {"本公司由{{security_unit}}負責資訊安全。"};
  EXPECT_TRUE(rules::uses_figures(file));
  auto unknown = findings_of(rules::check_firm(file, test::current_rules()), "declaration.statement_figure");
  ASSERT_EQ(unknown.size(), 1u);
  EXPECT_EQ(unknown[0].message,
            "聲明內容中的「{{security_unit}}」代入資訊安全單位之名稱，但資料中未載明，將照原樣印出；請在公司資料寫明資訊安全單位。");
}

TEST(RulesFigures, AnUnknownNameInAParagraphIsAFinding) {
  auto file = test::load_spec(FirmSpec{});
  file.declaration.statement.push_back("配置人員{{staf_zh}}名。");
  auto r = rules::check_firm(file, test::current_rules());
  auto unknown = findings_of(r, "declaration.statement_figure");
  ASSERT_EQ(unknown.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(unknown[0].field, "declaration.statement[1]");
  EXPECT_NE(unknown[0].message.find("{{staf_zh}}"), std::string::npos);
}

}  // namespace
}  // namespace filinggen
