// Reading a rules file (data/standard/rules-*.yaml) with the loader's strict field
// reader, so its mistakes are reported like a firm file's: file:line:col: field: sentence.
#include <algorithm>
#include <filesystem>

#include "base/file_text.hpp"
#include "model/enum_names.hpp"
#include "model/yaml_fields.hpp"
#include "rules/rule_ids.hpp"
#include "rules/rule_set.hpp"
#include "text/text.hpp"

namespace filinggen::rules {
namespace {
using model::Fields;
using model::FileContext;
using model::Need;

constexpr long long kMaxCapital = 100'000'000'000'000LL;

std::string item_path(const std::string& list, std::size_t i) { return list + "[" + std::to_string(i) + "]"; }

// A list of enum codes, each once.
template <typename E, std::size_t N>
std::vector<E> read_codes(Fields& f, const std::string& key, const std::array<model::EnumName<E>, N>& table,
                          const FileContext& ctx) {
  std::vector<E> out;
  auto items = f.list(key, Need::required, 1);
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto v = items[i].IsScalar() ? model::enum_from_code(table, items[i].Scalar()) : std::nullopt;
    if (!v)
      ctx.error(items[i], item_path(f.path_of(key), i), "value.choice",
                "不是可用的值；可用的值為：" + model::enum_choices(table) + "。");
    else if (std::find(out.begin(), out.end(), *v) != out.end())
      ctx.error(items[i], item_path(f.path_of(key), i), "rules.twice", "「" + items[i].Scalar() + "」重複列出。");
    else
      out.push_back(*v);
  }
  return out;
}

// duties_allowed: `dedicated` (nothing besides, always allowed), the duty kinds of a
// firm file (it, internal_audit, …), and the old spelling concurrent_it for it.
std::vector<model::DutyKind> read_duties_allowed(Fields& f, const FileContext& ctx) {
  std::vector<model::DutyKind> out;
  auto items = f.list("duties_allowed", Need::required, 1);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string code = items[i].IsScalar() ? items[i].Scalar() : "";
    if (code == "dedicated") continue;
    auto kind = code == "concurrent_it" ? std::optional(model::DutyKind::it) : model::enum_from_code(model::kDutyKinds, code);
    if (!kind)
      ctx.error(items[i], item_path(f.path_of("duties_allowed"), i), "value.choice",
                "不是可用的值；可用的值為：dedicated（專責）、" + model::enum_choices(model::kDutyKinds) + "。");
    else if (std::find(out.begin(), out.end(), *kind) != out.end())
      ctx.error(items[i], item_path(f.path_of("duties_allowed"), i), "rules.twice", "「" + code + "」重複列出。");
    else
      out.push_back(*kind);
  }
  return out;
}

StaffingTier read_tier(const YamlNode& node, const std::string& path, const FileContext& ctx) {
  StaffingTier tier;
  Fields f(node, path, ctx);
  tier.name = f.text("name").value_or("");
  tier.min_capital = f.integer("min_capital", Need::required, 0, kMaxCapital).value_or(0);
  tier.dedicated_unit = f.boolean("dedicated_unit", Need::optional).value_or(false);
  tier.min_heads = static_cast<int>(f.integer("min_heads", Need::required, 0, 99).value_or(0));
  tier.min_staff = static_cast<int>(f.integer("min_staff", Need::required, 0, 99).value_or(0));
  tier.duties_allowed = read_duties_allowed(f, ctx);
  f.finish();
  return tier;
}

// Tiers from the highest capital down, the last one from NT$0, so every firm has one.
StaffingRule read_staffing(Fields& top, const FileContext& ctx) {
  StaffingRule rule;
  auto node = top.mapping("staffing");
  if (!node) return rule;
  Fields f(*node, "staffing", ctx);
  rule.control = f.code("control").value_or("");
  rule.conflicting_duties = read_codes(f, "conflicting_duties", model::kDutyKinds, ctx);
  auto items = f.list("tiers", Need::required, 1);
  for (std::size_t i = 0; i < items.size(); ++i) {
    rule.tiers.push_back(read_tier(items[i], item_path("staffing.tiers", i), ctx));
    if (i > 0 && rule.tiers[i].min_capital >= rule.tiers[i - 1].min_capital)
      ctx.error(items[i], item_path("staffing.tiers", i) + ".min_capital", "rules.tier_order",
                "級距須由資本額高至低排列，本級距的下限應低於前一級距。");
  }
  if (!rule.tiers.empty() && rule.tiers.back().min_capital != 0)
    f.error_at("tiers", "rules.tier_floor", "最後一個級距的下限（min_capital）須為 0，每家公司才都有所屬級距。");
  f.finish();
  return rule;
}

TrainingRule read_training(Fields& top, const FileContext& ctx) {
  TrainingRule rule;
  auto node = top.mapping("training");
  if (!node) return rule;
  Fields f(*node, "training", ctx);
  rule.control = f.code("control").value_or("");
  rule.security_roles = read_codes(f, "security_roles", model::kRoles, ctx);
  rule.security_hours = f.number("security_hours", Need::required, 0, 8784).value_or(0);
  rule.assessment_required = f.boolean("assessment_required").value_or(false);
  rule.other_hours = f.number("other_hours", Need::required, 0, 8784).value_or(0);
  f.finish();
  return rule;
}

DeclarationRule read_declaration(Fields& top, const FileContext& ctx) {
  DeclarationRule rule;
  auto node = top.mapping("declaration");
  if (!node) return rule;
  Fields f(*node, "declaration", ctx);
  rule.control = f.code("control").value_or("");
  rule.co_signers = read_codes(f, "co_signers", model::kSignatoryRoles, ctx);
  rule.disclosure_months = static_cast<int>(f.integer("disclosure_months", Need::required, 1, 24).value_or(3));
  f.finish();
  return rule;
}

std::vector<AnswerCheck> read_answer_checks(Fields& top, const FileContext& ctx) {
  std::vector<AnswerCheck> checks;
  auto items = top.list("answer_checks", Need::optional);
  for (std::size_t i = 0; i < items.size(); ++i) {
    Fields f(items[i], item_path("answer_checks", i), ctx);
    AnswerCheck check{f.code("item").value_or(""), {}};
    auto rules = f.list("rules", Need::required, 1);
    for (std::size_t r = 0; r < rules.size(); ++r) {
      const std::string id = rules[r].IsScalar() ? rules[r].Scalar() : "";
      if (rule_id::is_known(id))
        check.rules.push_back(id);
      else
        ctx.error(rules[r], item_path(f.path_of("rules"), r), "rules.unknown_rule",
                  "「" + id + "」不是已知的規則代號（例如 staffing、staffing.head、training.security_hours、declaration.deadline）。");
    }
    f.finish();
    checks.push_back(std::move(check));
  }
  return checks;
}

}  // namespace

std::optional<RuleSet> load_rule_set(const std::string& path, Diagnostics& diagnostics) {
  FileProblem problem;
  const auto text = read_file(path, kDataFileCap, problem);
  if (!text) {
    report_file_problem(problem, {path, 0, 0}, "", "無法開啟規則檔，請確認路徑與讀取權限。", diagnostics);
    return std::nullopt;
  }
  const std::size_t errors_before = diagnostics.error_count();
  FileContext ctx{path, &diagnostics, nullptr};
  auto root = model::parse_yaml(*text, ctx);
  if (!root) return std::nullopt;
  Fields top(*root, "", ctx);
  if (!top.ok()) return std::nullopt;
  RuleSet set;
  set.file = path;
  set.standard = top.text("standard").value_or("");
  const model::DataVersion version = model::read_data_version(top);
  set.version = version.version;
  set.effective = version.effective;
  set.staffing = read_staffing(top, ctx);
  set.training = read_training(top, ctx);
  set.declaration = read_declaration(top, ctx);
  set.answer_checks = read_answer_checks(top, ctx);
  top.finish();
  if (diagnostics.error_count() != errors_before) return std::nullopt;
  return set;
}

RuleLibrary load_rule_library(const std::string& dir, Diagnostics& diagnostics) {
  namespace fs = std::filesystem;
  RuleLibrary library;
  std::vector<std::string> paths;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name.rfind("rules-", 0) == 0 && entry.path().extension() == ".yaml")
      paths.push_back(entry.path().string());
  }
  if (ec || paths.empty()) {
    diagnostics.error("rules.none", {dir, 0, 0}, "",
                      "此資料夾中沒有規則檔（rules-*.yaml）；請以 --rules 指定存放規則檔的資料夾。");
    return library;
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths)
    if (auto set = load_rule_set(path, diagnostics)) library.versions.push_back(std::move(*set));
  std::stable_sort(library.versions.begin(), library.versions.end(),
                   [](const RuleSet& a, const RuleSet& b) { return a.effective < b.effective; });
  for (std::size_t i = 1; i < library.versions.size(); ++i)
    if (library.versions[i].effective == library.versions[i - 1].effective)
      diagnostics.error("rules.same_effective", {library.versions[i].file, 0, 0}, "effective",
                        "與「" + library.versions[i - 1].file + "」的生效日相同（" +
                            text::roc_date_short(library.versions[i].effective) + "）；同一天只能有一個版本生效。");
  return library;
}

const RuleSet* RuleLibrary::in_force(const CivilDate& day) const {
  const RuleSet* found = nullptr;
  for (const auto& set : versions)
    if (set.effective <= day) found = &set;
  return found;
}

}  // namespace filinggen::rules
