// The findings' view: what the rules stage found in the firm's data, for the board.
#include "rules/rules.hpp"
#include "text/text.hpp"
#include "view/view.hpp"

namespace filinggen::view {
namespace mustache = kainjow::mustache;

mustache::data findings_view(const model::FirmFile& file, const rules::FirmReport& report) {
  mustache::data list{mustache::data::type::list};
  std::size_t number = 0;
  for (const auto& f : report.findings) {
    mustache::data row;
    row.set("number", std::to_string(++number));
    row.set("severity", std::string(rules::severity_label(f.severity)));
    row.set("control", f.control);
    row.set("rule", f.rule);
    row.set("field", f.field);
    row.set("message", f.message);
    list.push_back(row);
  }
  const FiscalPeriod period = fiscal_period(file.declaration.year, file.firm.fiscal_year_end);
  mustache::data v;
  v.set("firm_name", file.firm.name);
  v.set("firm_id", file.firm.id);
  v.set("roc_year", std::to_string(text::roc_year(period.last)));
  v.set("standard", report.standard);
  v.set("version", report.version);
  // A version named by its date reads as the ROC date a board member expects.
  const auto version_day = CivilDate::parse_iso(report.version);
  v.set("version_date", version_day ? text::roc_date_short(*version_day) : report.version);
  v.set("effective", text::roc_date(report.effective));
  v.set("count_errors", std::to_string(report.count(rules::FindingSeverity::error)));
  v.set("count_warnings", std::to_string(report.count(rules::FindingSeverity::warning)));
  v.set("count_notes", std::to_string(report.count(rules::FindingSeverity::info)));
  v.set("count_total", std::to_string(report.findings.size()));
  v.set("findings", list);
  return v;
}

}  // namespace filinggen::view
