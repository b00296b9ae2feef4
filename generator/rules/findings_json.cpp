// The findings as JSON for scripts: the structure documented in docs/rules.md, stable
// within format_version 1 (fields may be added, never renamed or removed).
#include <cstdio>
#include <sstream>

#include "base/json_text.hpp"
#include "rules/rules.hpp"

namespace filinggen::rules {
namespace {

std::string quoted(std::string_view s) { return json_quoted(s); }

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

std::string date(const CivilDate& d) { return d.year > 0 ? quoted(d.iso()) : "null"; }

void position(std::ostringstream& out, const SourcePos& pos) {
  out << "\"file\": " << quoted(pos.file) << ", \"line\": " << pos.line << ", \"column\": " << pos.column;
  if (!pos.cell.empty()) out << ", \"cell\": " << quoted(pos.cell);
}

// The firm's information-security unit as the data gives it; null when it does not.
std::string security_unit(const Figures& f) {
  if (!f.security_unit) return "null";
  const auto& u = *f.security_unit;
  return "{\"name\": " + quoted(u.name) + ", \"dedicated\": " + (u.dedicated ? "true" : "false") +
         ", \"reports_to\": " + (u.reports_to.empty() ? std::string("null") : quoted(u.reports_to)) + "}";
}

void figures(std::ostringstream& out, const Figures& f) {
  out << "      \"figures\": {\n"
      << "        \"capital\": " << f.capital << ",\n"
      << "        \"capital_basis\": " << quoted(f.allocated_capital ? "allocated_operating" : "paid_in") << ",\n"
      << "        \"tier\": " << quoted(f.tier) << ",\n"
      << "        \"dedicated_unit\": " << (f.dedicated_unit ? "true" : "false") << ",\n"
      << "        \"security_unit\": " << security_unit(f) << ",\n"
      << "        \"heads\": {\"required\": " << f.required_heads << ", \"actual\": " << f.heads << "},\n"
      << "        \"staff\": {\"required\": " << f.required_staff << ", \"actual\": " << f.staff << "},\n"
      << "        \"training\": {\"security\": {\"hours_required\": " << number(f.security_hours)
      << ", \"people\": " << f.security_people << ", \"met\": " << f.security_trained << "}, "
      << "\"others\": {\"hours_required\": " << number(f.other_hours) << ", \"people\": " << f.other_people
      << ", \"met\": " << f.other_trained << "}},\n"
      << "        \"fiscal_year_end\": " << date(f.fiscal_year_end) << ",\n"
      << "        \"disclosure_deadline\": " << date(f.disclosure_deadline) << ",\n"
      << "        \"disclosure_date\": " << date(f.disclosure_date) << "\n"
      << "      },\n";
}

void finding(std::ostringstream& out, const Finding& f) {
  out << "        {\"severity\": " << quoted(severity_code(f.severity)) << ", \"control\": " << quoted(f.control)
      << ", \"rule\": " << quoted(f.rule) << ", \"field\": " << quoted(f.field) << ", ";
  position(out, f.pos);
  out << ", \"message\": " << quoted(f.message) << "}";
}

void report(std::ostringstream& out, const FirmReport& r) {
  out << "    {\n"
      << "      \"input\": " << quoted(r.input) << ",\n"
      << "      \"firm\": {\"id\": " << quoted(r.firm_id) << ", \"name\": " << quoted(r.firm_name) << "},\n"
      << "      \"year\": " << r.year << ",\n"
      << "      \"rules\": {\"standard\": " << quoted(r.standard) << ", \"version\": " << quoted(r.version)
      << ", \"effective\": " << date(r.effective) << "},\n";
  figures(out, r.figures);
  out << "      \"summary\": {\"errors\": " << r.count(FindingSeverity::error)
      << ", \"warnings\": " << r.count(FindingSeverity::warning) << ", \"info\": " << r.count(FindingSeverity::info)
      << "},\n"
      << "      \"findings\": [";
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    out << (i ? ",\n" : "\n");
    finding(out, r.findings[i]);
  }
  out << (r.findings.empty() ? "]\n" : "\n      ]\n") << "    }";
}

void unchecked(std::ostringstream& out, const UncheckedInput& u) {
  out << "    {\"input\": " << quoted(u.input) << ", \"problems\": [";
  const auto& items = u.diagnostics.items();
  for (std::size_t i = 0; i < items.size(); ++i) {
    out << (i ? ",\n" : "\n") << "      " << diagnostic_json(items[i]);
  }
  out << (items.empty() ? "]}" : "\n    ]}");
}

}  // namespace

std::string findings_json(const std::vector<FirmReport>& reports, const std::vector<UncheckedInput>& invalid) {
  std::ostringstream out;
  out << "{\n  \"format\": \"filinggen-findings\",\n  \"format_version\": 1,\n  \"firms\": [";
  for (std::size_t i = 0; i < reports.size(); ++i) {
    out << (i ? ",\n" : "\n");
    report(out, reports[i]);
  }
  out << (reports.empty() ? "],\n" : "\n  ],\n") << "  \"invalid_inputs\": [";
  for (std::size_t i = 0; i < invalid.size(); ++i) {
    out << (i ? ",\n" : "\n");
    unchecked(out, invalid[i]);
  }
  out << (invalid.empty() ? "]\n" : "\n  ]\n") << "}\n";
  return out.str();
}

}  // namespace filinggen::rules
