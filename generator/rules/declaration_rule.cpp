// CC-12000 declaration: the co-signers, board approval after the year and before
// disclosure, and disclosure within the months after the fiscal year end.
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

void check_co_signers(const model::FirmFile& file, const DeclarationRule& rule, FindingList& findings) {
  const auto& signatories = file.declaration.signatories;
  const std::string count = text::chinese_number(static_cast<long long>(rule.co_signers.size()));
  for (auto role : rule.co_signers)
    if (std::none_of(signatories.begin(), signatories.end(), [&](const auto& s) { return s.role == role; }))
      findings.add(FindingSeverity::error, rule.control, rule_id::kCoSigners, "declaration.signatories",
                   "聲明書缺少「" + std::string(model::enum_label(model::kSignatoryRoles, role)) + "」之聯名人；應由" +
                       count + "位不同之人分別以規定身分聯名出具。");
  std::set<std::string> seen;
  for (std::size_t i = 0; i < signatories.size(); ++i) {
    if (seen.insert(signatories[i].person_id).second) continue;
    const model::Person* p = file.person(signatories[i].person_id);
    findings.add(FindingSeverity::error, rule.control, rule_id::kCoSigners,
                 "declaration.signatories[" + std::to_string(i) + "].person",
                 (p ? person_label(*p) : signatories[i].person_id) + "已以其他身分聯名，又以「" +
                     std::string(model::enum_label(model::kSignatoryRoles, signatories[i].role)) + "」身分聯名；聲明書應由" +
                     count + "位不同之人聯名出具。");
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
  check_co_signers(file, rule, findings);
  check_dates(file, rule, figures, findings);
}

}  // namespace filinggen::rules
