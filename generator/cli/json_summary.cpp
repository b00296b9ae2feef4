#include "cli/json_summary.hpp"

#include "base/json_text.hpp"
#include "filinggen/version.hpp"

namespace filinggen::cli {
namespace {

std::string status_of(const std::string& command, const batch::FirmOutcome& o) {
  if (command == "validate") return o.ok() ? "valid" : "invalid";
  if (!o.ok()) return "failed";
  return o.up_to_date ? "up_to_date" : "generated";
}

}  // namespace

void JsonSummary::add(const batch::FirmOutcome& o) {
  std::string files = "[";
  for (std::size_t i = 0; i < o.files.size(); ++i) files += (i ? ", " : "") + json_quoted(o.files[i].path);
  files += "]";
  std::string findings = "null";
  if (o.report)
    findings = "{\"errors\": " + std::to_string(o.report->count(rules::FindingSeverity::error)) +
               ", \"warnings\": " + std::to_string(o.report->count(rules::FindingSeverity::warning)) +
               ", \"info\": " + std::to_string(o.report->count(rules::FindingSeverity::info)) + "}";
  std::string problems = "[";
  for (std::size_t i = 0; i < o.diagnostics.items().size(); ++i)
    problems += std::string(i ? ",\n        " : "\n        ") + diagnostic_json(o.diagnostics.items()[i]);
  problems += o.diagnostics.items().empty() ? "]" : "\n      ]";
  firms_.push_back("    {\"input\": " + json_quoted(o.input) + ", \"firm_id\": " +
                   (o.firm_id.empty() ? "null" : json_quoted(o.firm_id)) + ", \"status\": " +
                   json_quoted(status_of(command_, o)) + ",\n      \"files\": " + files + ",\n      \"findings\": " +
                   findings + ",\n      \"problems\": " + problems + "}");
}

std::string JsonSummary::text(const batch::BatchTotals& t, const std::string& out_dir, const std::string& manifest,
                              int exit_code) const {
  std::string out = "{\n  \"format\": \"filinggen-summary\",\n  \"format_version\": " +
                    std::to_string(kSummaryFormatVersion) + ",\n  \"filinggen_version\": " + json_quoted(kVersion) +
                    ",\n  \"command\": " + json_quoted(command_) +
                    ",\n  \"out_dir\": " + (out_dir.empty() ? "null" : json_quoted(out_dir)) +
                    ",\n  \"manifest\": " + (manifest.empty() ? "null" : json_quoted(manifest)) +
                    ",\n  \"exit_code\": " + std::to_string(exit_code) + ",\n  \"totals\": {\"firms\": " +
                    std::to_string(t.firms) + ", \"generated\": " + std::to_string(t.generated) +
                    ", \"up_to_date\": " + std::to_string(t.up_to_date) + ", \"valid\": " + std::to_string(t.valid) +
                    ", \"failed\": " + std::to_string(t.failed) + ", \"not_started\": " + std::to_string(t.not_started) +
                    "},\n  \"missing_firm_ids\": " + json_strings(missing_) + ",\n  \"firms\": [";
  for (std::size_t i = 0; i < firms_.size(); ++i) out += std::string(i ? ",\n" : "\n") + firms_[i];
  return out + (firms_.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

}  // namespace filinggen::cli
