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

  // The loader refuses a disclosure before the board; the rule says the same of a model
  // made some other way.
  auto file = test::load_spec(FirmSpec{});
  file.declaration.disclosure_date = CivilDate{2026, 3, 9};
  auto before = findings_of(rules::check_firm(file, test::current_rules()), "declaration.board_before_disclosure");
  ASSERT_EQ(before.size(), 1u);
  EXPECT_NE(before[0].message.find("115年3月9日早於董事會通過日期115年3月10日"), std::string::npos) << before[0].message;
}

// The loader already refuses one person in two co-signer roles (tests/bad/same-person-
// twice.yaml); the rule, which takes the roles from the rules file, finds it too.
TEST(RulesDeclaration, OnePersonInTwoCoSignerRolesIsAFinding) {
  auto refused = model::load_firm_file(test::source_path("tests/bad/same-person-twice.yaml"));
  EXPECT_FALSE(refused.firm);
  EXPECT_NE(test::messages(refused.diagnostics).find("聲明書須由四位不同的人聯名出具"), std::string::npos);

  auto file = test::load_spec(FirmSpec{});
  file.declaration.signatories[2].person_id = "p-chair";  // chairman signs as general manager too
  auto r = rules::check_firm(file, test::current_rules());
  auto twice = findings_of(r, "declaration.co_signers");
  ASSERT_EQ(twice.size(), 1u) << test::all_findings(r);
  EXPECT_EQ(twice[0].field, "declaration.signatories[2].person");
  EXPECT_GT(twice[0].pos.line, 0);
  EXPECT_NE(twice[0].message.find("陳董事（董事長）已以其他身分聯名"), std::string::npos) << twice[0].message;
  EXPECT_NE(twice[0].message.find("四位不同之人"), std::string::npos);

  file.declaration.signatories.pop_back();  // and a role nobody signs in
  EXPECT_EQ(findings_of(rules::check_firm(file, test::current_rules()), "declaration.co_signers").size(), 2u);
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
