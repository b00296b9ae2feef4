// CC-12000 declaration: on the fiscal year just ended, the co-signers, board approval
// after the year and before disclosure, and disclosure within the months after the
// fiscal year end.
#include <algorithm>
#include <chrono>
#include <set>

#include "model/enum_names.hpp"
#include "rules/checks.hpp"
#include "rules/wording.hpp"
#include "rules/rule_ids.hpp"
#include "rules/rules.hpp"
#include "text/text.hpp"

namespace filinggen::rules {
namespace {

long long days_between(const CivilDate& from, const CivilDate& to) {
  using namespace std::chrono;
  auto day = [](const CivilDate& d) {
    return sys_days{year_month_day{year{d.year}, month{unsigned(d.month)}, std::chrono::day{unsigned(d.day)}}};
  };
  return (day(to) - day(from)).count();
}

std::string roc(const CivilDate& d) { return text::roc_date_short(d); }

std::string role_label(model::SignatoryRole role) { return std::string(model::enum_label(model::kSignatoryRoles, role)); }

// A co-signer role is the person's role of the same name.
bool holds_role(const model::Person& person, model::SignatoryRole role) {
  const auto wanted = model::enum_from_code(model::kRoles, model::enum_code(model::kSignatoryRoles, role));
  return wanted && std::find(person.roles.begin(), person.roles.end(), *wanted) != person.roles.end();
}

// The rules file's co-signer roles, each signed once, by as many different people, each
// holding the role signed in.
void check_co_signers(const model::FirmFile& file, const DeclarationRule& rule, FindingList& findings) {
  const auto& signatories = file.declaration.signatories;
  const std::string count = text::chinese_number(static_cast<long long>(rule.co_signers.size()));
  const std::string who = "聲明書應由" + count + "位不同之人分別以規定身分聯名出具";
  for (auto role : rule.co_signers)
    if (std::none_of(signatories.begin(), signatories.end(), [&](const auto& s) { return s.role == role; }))
      findings.add(FindingSeverity::error, rule.control, rule_id::kCoSigners, "declaration.signatories",
                   "聲明書缺少「" + role_label(role) + "」之聯名人；" + who + "。");
  std::set<std::string> persons;
  std::set<model::SignatoryRole> roles;
  for (std::size_t i = 0; i < signatories.size(); ++i) {
    const auto& s = signatories[i];
    const std::string item = "declaration.signatories[" + std::to_string(i) + "]";
    const model::Person* p = file.person(s.person_id);
    const std::string name = p ? person_label(*p) : s.person_id;
    if (!roles.insert(s.role).second)
      findings.add(FindingSeverity::error, rule.control, rule_id::kCoSigners, item + ".role",
                   "「" + role_label(s.role) + "」之聯名人列了兩次（" + name + "為第二位）；" + who + "。");
    else if (!persons.insert(s.person_id).second)
      findings.add(FindingSeverity::error, rule.control, rule_id::kCoSigners, item + ".person",
                   name + "已以其他身分聯名，又以「" + role_label(s.role) + "」身分聯名；" + who + "。");
    if (p && !holds_role(*p, s.role))
      findings.add(FindingSeverity::error, rule.control, rule_id::kCoSignerRole, item + ".person",
                   name + "以「" + role_label(s.role) + "」身分聯名，但其人員資料之角色未含" + role_label(s.role) +
                       "；聯名人應為實際擔任該職者，請確認聯名人或補列其角色。");
  }
}

std::string roc_year_label(const CivilDate& year_end) { return "民國" + std::to_string(text::roc_year(year_end)) + "年度"; }

// The declaration states on the fiscal year just ended: it is dated after that year's
// end, and before the next year's end (a later date means a later year has ended since,
// and the statement is on the wrong year). The date is compared, not the year number,
// so a fiscal year ending in June is judged the same way.
void check_year_covered(const model::FirmFile& file, const DeclarationRule& rule, const Figures& figures,
                        FindingList& findings) {
  const CivilDate date = file.declaration.date;
  const CivilDate year_end = figures.fiscal_year_end;
  const CivilDate next_end = file.firm.fiscal_year_end.in_year(file.declaration.year + 1);
  const std::string covered = "所聲明之" + roc_year_label(year_end) + "終了（" + roc(year_end) + "）";
  if (date <= year_end)
    findings.add(FindingSeverity::error, rule.control, rule_id::kYearCovered, "declaration.date",
                 "聲明書日期" + roc(date) + "，未在" + covered + "之後；聲明書應於會計年度終了後，就該年度之執行情形出具。請確認聲明年度及聲明書日期。");
  else if (date > next_end) {
    CivilDate just_ended = next_end;
    for (int y = file.declaration.year + 2; file.firm.fiscal_year_end.in_year(y) < date; ++y)
      just_ended = file.firm.fiscal_year_end.in_year(y);
    findings.add(FindingSeverity::error, rule.control, rule_id::kYearCovered, "declaration.year",
                 "聲明書日期" + roc(date) + "距" + covered + "已逾一年，其間" + roc_year_label(just_ended) +
                     "亦已終了；聲明書應就剛終了之會計年度出具，請確認聲明年度。");
  }
}

void check_dates(const model::FirmFile& file, const DeclarationRule& rule, const Figures& figures,
                 FindingList& findings) {
  const auto& d = file.declaration;
  const CivilDate board = d.board_meeting.date;
  if (board <= figures.fiscal_year_end)
    findings.add(FindingSeverity::error, rule.control, rule_id::kBoardAfterYearEnd, "declaration.board_meeting.date",
                 "董事會通過日期" + roc(board) + "不在所聲明之會計年度終了日" + roc(figures.fiscal_year_end) +
                     "之後；聲明書應於年度結束後提報董事會通過。");
  if (d.disclosure_date < board)
    findings.add(FindingSeverity::error, rule.control, rule_id::kBoardBeforeDisclosure, "declaration.disclosure_date",
                 "揭露日期" + roc(d.disclosure_date) + "早於董事會通過日期" + roc(board) + "；聲明書應先經董事會通過再揭露。");
  if (d.disclosure_date > figures.disclosure_deadline)
    findings.add(FindingSeverity::error, rule.control, rule_id::kDisclosureDeadline, "declaration.disclosure_date",
                 "聲明書於" + roc(d.disclosure_date) + "揭露於公開資訊觀測站，已逾會計年度終了（" +
                     roc(figures.fiscal_year_end) + "）後" + text::chinese_number(rule.disclosure_months) + "個月之期限" +
                     roc(figures.disclosure_deadline) + "，遲延" +
                     std::to_string(days_between(figures.disclosure_deadline, d.disclosure_date)) + "日。");
}

}  // namespace

// A year ending on a month's last day gives the last day of the month `months` later
// (11-30 -> 02-28 or 02-29; 06-30 -> 09-30; 09-30 -> 12-31); any other day, the same day
// of that month, or its last day when shorter.
CivilDate disclosure_deadline(const CivilDate& fiscal_year_end, int months) {
  const CivilDate deadline = fiscal_year_end.plus_months(months);
  if (fiscal_year_end.next_day().day != 1) return deadline;
  return CivilDate{deadline.year, deadline.month, 31}.plus_months(0);  // clamps to the month's last day
}

void check_declaration(const model::FirmFile& file, const DeclarationRule& rule, Figures& figures,
                       FindingList& findings) {
  figures.fiscal_year_end = file.firm.fiscal_year_end.in_year(file.declaration.year);
  figures.disclosure_deadline = disclosure_deadline(figures.fiscal_year_end, rule.disclosure_months);
  figures.disclosure_date = file.declaration.disclosure_date;
  check_year_covered(file, rule, figures, findings);
  check_co_signers(file, rule, findings);
  check_dates(file, rule, figures, findings);
}

}  // namespace filinggen::rules
