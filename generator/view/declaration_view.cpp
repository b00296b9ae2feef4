// The declaration's view: 資訊安全整體執行情形聲明書 (CC-12000).
#include "model/enum_names.hpp"
#include "rules/rules.hpp"
#include "text/text.hpp"
#include "view/numbered_points.hpp"
#include "view/view.hpp"

namespace filinggen::view {
namespace mustache = kainjow::mustache;
namespace {

// The co-signers in the order the standard names them.
constexpr model::SignatoryRole kSigningOrder[] = {
    model::SignatoryRole::security_officer, model::SignatoryRole::chairman,
    model::SignatoryRole::general_manager, model::SignatoryRole::chief_auditor};

mustache::data signatories(const model::FirmFile& file) {
  mustache::data list{mustache::data::type::list};
  for (auto role : kSigningOrder)
    for (const auto& s : file.declaration.signatories) {
      if (s.role != role) continue;
      const model::Person* person = file.person(s.person_id);
      mustache::data row;
      row.set("role", std::string(model::enum_label(model::kSignatoryRoles, role)));
      row.set("title", person ? person->title : "");
      row.set("name", person ? person->name : "");
      list.push_back(row);
    }
  return list;
}

}  // namespace

FiscalPeriod fiscal_period(int year, const MonthDay& year_end) {
  const CivilDate last = year_end.in_year(year);
  return {last.plus_months(-12).next_day(), last};
}

mustache::data figures_view(const rules::FirmReport& report) {
  mustache::data figures;
  for (const auto& [name, value] : rules::figure_texts(report)) figures.set(name, value);
  return figures;
}

mustache::data declaration_view(const model::FirmFile& file, const rules::FirmReport* report) {
  const auto& d = file.declaration;
  std::vector<std::string> statement = d.statement;
  // Without a report (no rules version in force) the unit's names, which are data, are
  // still filled in; computed figures then stay as written (generate refuses them).
  const rules::FigureTexts figures =
      report ? rules::figure_texts(*report) : rules::unit_texts(file.firm.security_unit);
  for (auto& paragraph : statement) paragraph = rules::fill_figures(paragraph, figures);
  const FiscalPeriod period = fiscal_period(d.year, file.firm.fiscal_year_end);
  mustache::data v;
  v.set("firm_name", file.firm.name);
  v.set("roc_year", std::to_string(text::roc_year(period.last)));
  v.set("period_first", text::roc_date_short(period.first));
  v.set("period_last", text::roc_date_short(period.last));
  v.set("statement", numbered_points(statement));
  v.set("board_label", text::chinese_list_label(static_cast<long long>(d.statement.size() + 1)));
  v.set("board_date", text::roc_date_short(d.board_meeting.date));
  v.set("directors_present", std::to_string(d.board_meeting.directors_present));
  v.set("directors_objecting", std::to_string(d.board_meeting.directors_objecting));
  v.set("disclosure_date", text::roc_date(d.disclosure_date));
  v.set("signatories", signatories(file));
  v.set("date", text::roc_date(d.date));
  v.set("date_chinese", text::roc_date_chinese(d.date));
  add_declaration_facts(file, v);
  if (report) v.set("figures", figures_view(*report));
  return v;
}

}  // namespace filinggen::view
