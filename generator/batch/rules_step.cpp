// The rules step of a firm's job: the regulation's rules in force for its year, and the
// findings file written beside its documents.
#include <filesystem>

#include "batch/batch.hpp"

namespace filinggen::batch {

std::optional<rules::FirmReport> check_rules(const model::FirmFile& file, const Environment& env,
                                             Diagnostics& diagnostics) {
  const CivilDate day = rules::rules_day(file);
  const rules::RuleSet* in_force = env.rules->in_force(day);
  if (!in_force) {
    diagnostics.error("rules.not_in_force", file.position("declaration.year"), "declaration.year",
                      "會計年度終了日（" + day.iso() + "）時尚無生效的規則版本可供檢查；" +
                          "請在規則資料夾加入當時有效的 rules-*.yaml，或確認聲明年度。");
    return std::nullopt;
  }
  return rules::check_firm(file, *in_force);
}

void render_findings(const rules::FirmReport& report, const std::string& out_dir, FirmOutcome& outcome) {
  const std::string path = (std::filesystem::path(out_dir) / report.firm_id / "findings.json").string();
  outcome.rendered.push_back({path, "findings", "json", rules::findings_json({report}, {}), 0, ""});
}

}  // namespace filinggen::batch
