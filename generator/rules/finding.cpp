#include <algorithm>

#include "rules/finding_list.hpp"

namespace filinggen::rules {

std::string_view severity_code(FindingSeverity severity) {
  switch (severity) {
    case FindingSeverity::error: return "error";
    case FindingSeverity::warning: return "warning";
    case FindingSeverity::info: return "info";
  }
  return "";
}

std::string_view severity_label(FindingSeverity severity) {
  switch (severity) {
    case FindingSeverity::error: return "錯誤";
    case FindingSeverity::warning: return "警告";
    case FindingSeverity::info: return "提示";
  }
  return "";
}

bool FirmReport::has_errors() const { return count(FindingSeverity::error) > 0; }

std::size_t FirmReport::count(FindingSeverity severity) const {
  return static_cast<std::size_t>(
      std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.severity == severity; }));
}

void FindingList::add(FindingSeverity severity, const std::string& control, std::string_view rule,
                      const std::string& field, std::string message) {
  items_.push_back({severity, control, std::string(rule), field, file_.position(field), std::move(message)});
}

}  // namespace filinggen::rules
