// The firm file's top level: schema version, the firm itself, and its sections.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/file_text.hpp"
#include "model/load.hpp"
#include "model/load_sections.hpp"

namespace filinggen::model {
namespace {

constexpr long long kMaxCapital = 100'000'000'000'000LL;  // NT$100 trillion: a typo guard

// firm.security_unit (optional): the unit's name, whether it is a dedicated unit, and
// whom it reports to. Whether the firm's tier needs a dedicated one is the rules' call.
std::optional<SecurityUnit> read_security_unit(Fields& firm, const FileContext& ctx) {
  auto node = firm.mapping("security_unit", Need::optional);
  if (!node) return std::nullopt;
  Fields f(*node, firm.path_of("security_unit"), ctx);
  SecurityUnit unit;
  unit.name = f.text("name").value_or("");
  unit.dedicated = f.boolean("dedicated").value_or(false);
  unit.reports_to = f.text("reports_to", Need::optional).value_or("");
  f.finish();
  return unit;
}

Firm read_firm(Fields& top, const FileContext& ctx) {
  Firm firm;
  auto node = top.mapping("firm");
  if (!node) return firm;
  Fields f(*node, "firm", ctx);
  if (auto v = f.identifier("id")) firm.id = *v;
  if (auto v = f.text("name")) firm.name = *v;
  if (auto v = f.choice("kind", kFirmKinds)) firm.kind = *v;
  firm.foreign_branch = f.boolean("foreign_branch", Need::optional).value_or(false);

  // A foreign branch is measured by its allocated operating capital, any other firm
  // by its paid-in capital; exactly the matching one must be given.
  const char* wanted = firm.foreign_branch ? "allocated_operating_capital" : "paid_in_capital";
  const char* other = firm.foreign_branch ? "paid_in_capital" : "allocated_operating_capital";
  firm.capital_basis = firm.foreign_branch ? CapitalBasis::allocated_operating : CapitalBasis::paid_in;
  if (auto v = f.integer(wanted, Need::required, 1, kMaxCapital)) firm.capital_ntd = *v;
  if (f.has(other))
    f.error_at(other, "capital.basis",
              firm.foreign_branch
                  ? "外國金融機構在國內設立之分支機構以指撥營運資金計算，請填 "
                    "allocated_operating_capital，並刪除 paid_in_capital。"
                  : "只有外國金融機構在國內之分支機構（foreign_branch: true）才填指撥營運資金 "
                    "allocated_operating_capital；本公司請只填實收資本額 paid_in_capital。");

  if (auto v = f.text("fiscal_year_end")) {
    if (auto md = MonthDay::parse(*v))
      firm.fiscal_year_end = *md;
    else
      f.error_at("fiscal_year_end", "value.month_day",
                 "「" + *v + "」不是有效的會計年度終了日；請寫成 MM-DD，例如 \"12-31\"。");
  }
  firm.security_unit = read_security_unit(f, ctx);
  f.finish();
  return firm;
}

}  // namespace

std::optional<YamlNode> parse_yaml(const std::string& text, const FileContext& ctx) {
  if (!check_text(text, ctx)) return std::nullopt;
  YamlSyntaxError error;
  auto root = parse_yaml_tree(text, error);
  if (!root) {
    const SourcePos at = error.mark.is_null() ? SourcePos{ctx.file, 0, 0}
                                              : SourcePos{ctx.file, error.mark.line + 1, error.mark.column + 1};
    ctx.diagnostics->error("yaml.syntax", at, "", "YAML 格式錯誤（" + error.message + "），請檢查此處的縮排、冒號與引號。");
    return std::nullopt;
  }
  if (!check_tree(*root, ctx)) return std::nullopt;
  return root;
}

void check_schema_version(Fields& top) {
  auto version = top.integer("schema_version", Need::required, 0, 1000);
  if (version && *version != 1)
    top.error_at("schema_version", "schema.version",
                 "本版 filinggen 只讀得懂 schema_version: 1 的資料檔，此檔為第 " +
                     std::to_string(*version) + " 版。");
}

LoadResult load_firm_text(const std::string& text, const std::string& display_path, const LoadOptions& options) {
  LoadResult result;
  FirmFile file;
  file.path = display_path;
  FileContext ctx{display_path, &result.diagnostics, &file.texts, &file.positions, options.standard_dir};
  auto root = parse_yaml(text, ctx);
  if (!root) return result;

  const std::string base_dir = std::filesystem::path(display_path).parent_path().string();
  Fields top(*root, "", ctx);
  if (!top.ok()) return result;
  check_schema_version(top);
  file.firm = read_firm(top, ctx);
  file.people = read_people(top, ctx);
  file.declaration = read_declaration(top, file.people, ctx);
  file.self_assessment = read_self_assessment(top, base_dir, ctx);
  file.revisions = read_revisions(top, base_dir, ctx);
  top.finish();

  if (!result.diagnostics.has_errors()) result.firm = std::move(file);
  return result;
}

LoadResult load_firm_file(const std::string& path, const LoadOptions& options) {
  FileProblem problem;
  auto text = read_file(path, kDataFileCap, problem);
  if (!text) {
    LoadResult result;
    report_file_problem(problem, {path, 0, 0}, "", "無法開啟此檔案，請確認路徑與讀取權限。", result.diagnostics);
    return result;
  }
  return load_firm_text(*text, path, options);
}

std::string declared_firm_id(const std::string& path) {
  const std::string stem = std::filesystem::path(path).stem().string();
  FileProblem refused;  // the file's own load reports it
  auto text = read_file(path, kDataFileCap, refused);
  if (!text) return stem;
  Diagnostics ignored;  // the file's own run reports them
  FileContext ctx{path, &ignored, nullptr, nullptr};
  auto root = parse_yaml(*text, ctx);  // with the same limits as a load
  if (!root || !root->IsMap()) return stem;
  const YamlNode id = (*root)["firm"].IsMap() ? (*root)["firm"]["id"] : YamlNode();
  return id.IsScalar() ? id.Scalar() : stem;
}

SourcePos FirmFile::position(const std::string& field) const {
  for (std::string at = field; !at.empty();) {
    if (auto found = positions.find(at); found != positions.end()) return found->second;
    const std::size_t cut = at.find_last_of(".[");
    at = cut == std::string::npos ? "" : at.substr(0, cut);
  }
  return {path, 0, 0};
}

const Person* FirmFile::person(const std::string& id) const {
  for (const auto& p : people)
    if (p.id == id) return &p;
  return nullptr;
}

}  // namespace filinggen::model
