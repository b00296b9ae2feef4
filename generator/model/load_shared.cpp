// Shared data files (the standard's amendments, the self-assessment checklist) that a
// firm file refers to by a path relative to itself.
#include <filesystem>
#include <map>
#include <mutex>

#include "base/file_text.hpp"
#include "model/load_sections.hpp"

namespace filinggen::model {

std::optional<YamlNode> read_shared_file(const std::string& path, const YamlNode& referrer,
                                           const std::string& field, const FileContext& referrer_ctx) {
  FileProblem problem;
  const auto text = read_file(path, kDataFileCap, problem);
  if (!text && problem.failure != ReadFailure::cannot_open) {
    report_file_problem(problem, referrer_ctx.pos(referrer), field, "", *referrer_ctx.diagnostics);
    return std::nullopt;
  }
  if (!text) {
    const bool standard = referrer.IsScalar() && referrer.Scalar().rfind("standard:", 0) == 0;
    referrer_ctx.error(referrer, field, "reference.missing",
                       standard ? "filinggen 隨附的標準資料中沒有「" + referrer.Scalar().substr(9) + "」（" + path +
                                      "）；請確認檔名與版本。"
                                : "找不到所指的檔案「" + path + "」；路徑是相對於本資料檔所在的資料夾。");
    return std::nullopt;
  }
  // Every firm of a batch refers to the same few shared files: parse each once per
  // process and hand out the same tree, which no reader can change. A file that changed
  // is parsed again; one with errors is never kept, so its messages come with every firm
  // that uses it.
  static std::mutex mutex;
  static std::map<std::string, std::pair<std::string, YamlNode>> parsed;  // path -> text, tree
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto cached = parsed.find(path);
    if (cached != parsed.end() && cached->second.first == *text) return cached->second.second;
  }
  FileContext ctx{path, referrer_ctx.diagnostics, nullptr};
  const std::size_t errors_before = referrer_ctx.diagnostics->error_count();
  auto root = parse_yaml(*text, ctx);
  if (root && referrer_ctx.diagnostics->error_count() == errors_before) {
    std::lock_guard<std::mutex> lock(mutex);
    parsed[path] = {*text, *root};
  }
  return root;
}

DataVersion read_data_version(Fields& top) {
  check_schema_version(top);
  return {top.text("version").value_or(""), top.date("effective").value_or(CivilDate{})};
}

std::optional<std::string> resolve_reference(const std::string& base_dir, const std::string& reference,
                                             const YamlNode& at, const std::string& field, const FileContext& ctx) {
  namespace fs = std::filesystem;
  static const std::string kStandard = "standard:";
  if (reference.rfind(kStandard, 0) == 0) {
    const std::string name = reference.substr(kStandard.size());
    // A name, not a path: it cannot lead out of the standard data folder.
    const bool plain = !name.empty() && name.find('/') == std::string::npos && name != "." && name != "..";
    if (!plain || ctx.standard_dir.empty()) {
      ctx.error(at, field, "reference.missing",
                plain ? "「" + reference + "」指的是 filinggen 隨附的標準資料，但本次執行沒有標準資料的資料夾。"
                      : "「" + reference + "」不是標準資料的檔名；請寫成 standard:amendments-2025-04-11.yaml 的形式。");
      return std::nullopt;
    }
    return (fs::path(ctx.standard_dir) / name).lexically_normal().string();
  }
  fs::path p(reference);
  if (p.is_absolute() || base_dir.empty()) return p.lexically_normal().string();
  return (fs::path(base_dir) / p).lexically_normal().string();
}

}  // namespace filinggen::model
