// The computed figures as the words a document prints them in, by name: the templates
// get them as figures.<name>, and a declaration paragraph may write {{name}} for one, so
// the statement about staffing and training is written from the data, not retyped.
#include "rules/wording.hpp"
#include "rules/rules.hpp"
#include "text/text.hpp"

namespace filinggen::rules {
namespace {

void count(FigureTexts& out, const std::string& name, long long n) {
  out.emplace_back(name, std::to_string(n));
  out.emplace_back(name + "_zh", text::chinese_number(n));
}

}  // namespace

FigureTexts figure_texts(const FirmReport& report) {
  const Figures& f = report.figures;
  FigureTexts out;
  out.emplace_back("capital_basis", f.allocated_capital ? "指撥營運資金" : "實收資本額");
  out.emplace_back("capital", f.capital_text);
  out.emplace_back("tier", f.tier);
  for (auto& text : unit_texts(f.security_unit)) out.push_back(std::move(text));
  count(out, "required_heads", f.required_heads);
  count(out, "heads", f.heads);
  count(out, "required_staff", f.required_staff);
  count(out, "staff", f.staff);
  count(out, "security_people", f.security_people);
  count(out, "security_trained", f.security_trained);
  count(out, "other_people", f.other_people);
  count(out, "other_trained", f.other_trained);
  out.emplace_back("security_hours", hours_text(f.security_hours));
  out.emplace_back("other_hours", hours_text(f.other_hours));
  // Whole hours in words (十五小時); a fractional requirement keeps its digits.
  auto hours_zh = [](double h) { return h == static_cast<long long>(h) ? text::chinese_number(static_cast<long long>(h)) : hours_text(h); };
  out.emplace_back("security_hours_zh", hours_zh(f.security_hours));
  out.emplace_back("other_hours_zh", hours_zh(f.other_hours));
  if (f.disclosure_deadline.year > 0) out.emplace_back("disclosure_deadline", text::roc_date_short(f.disclosure_deadline));
  out.emplace_back("rules_version", report.version);
  return out;
}

FigureTexts unit_texts(const std::optional<model::SecurityUnit>& unit) {
  FigureTexts out;
  if (unit) out.emplace_back("security_unit", unit->name);
  if (unit && !unit->reports_to.empty()) out.emplace_back("security_unit_reports_to", unit->reports_to);
  return out;
}

bool is_unit_text(const std::string& name) { return name == "security_unit" || name == "security_unit_reports_to"; }

const std::string* find_figure(const FigureTexts& texts, const std::string& name) {
  for (const auto& [n, v] : texts)
    if (n == name) return &v;
  return nullptr;
}

std::vector<std::string> placeholders(const std::string& paragraph) {
  std::vector<std::string> names;
  for (std::size_t at = paragraph.find("{{"); at != std::string::npos; at = paragraph.find("{{", at + 2)) {
    const std::size_t end = paragraph.find("}}", at + 2);
    if (end == std::string::npos) break;
    names.push_back(paragraph.substr(at + 2, end - at - 2));
  }
  return names;
}

std::string fill_figures(const std::string& paragraph, const FigureTexts& texts) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t at = paragraph.find("{{"); at != std::string::npos; at = paragraph.find("{{", from)) {
    const std::size_t end = paragraph.find("}}", at + 2);
    if (end == std::string::npos) break;
    const std::string* value = find_figure(texts, paragraph.substr(at + 2, end - at - 2));
    out += paragraph.substr(from, at - from);
    out += value ? *value : paragraph.substr(at, end + 2 - at);  // unknown: kept, and a finding says so
    from = end + 2;
  }
  return out + paragraph.substr(from);
}

}  // namespace filinggen::rules
