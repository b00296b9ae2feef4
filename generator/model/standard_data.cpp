// The standard's data files filinggen ships (data/standard/), named with their versions,
// for --version and for what a user can refer to as standard:NAME.
#include <algorithm>
#include <filesystem>

#include "base/file_text.hpp"
#include "model/load.hpp"
#include "model/yaml_fields.hpp"

namespace filinggen::model {
namespace fs = std::filesystem;

std::vector<StandardFile> standard_files(const std::string& dir, Diagnostics& diagnostics) {
  std::vector<StandardFile> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    const std::string kind = name.rfind("amendments-", 0) == 0        ? "amendments"
                             : name.rfind("self-assessment-", 0) == 0 ? "checklist"
                                                                      : "";
    if (kind.empty() || entry.path().extension() != ".yaml" || !entry.is_regular_file()) continue;
    FileProblem problem;
    const auto text = read_file(entry.path().string(), kDataFileCap, problem);
    if (!text) report_file_problem(problem, {entry.path().string(), 0, 0}, "", problem.sentence, diagnostics);
    FileContext ctx{entry.path().string(), &diagnostics, nullptr};
    auto root = text ? parse_yaml(*text, ctx) : std::nullopt;
    if (!root || !root->IsMap()) continue;
    const YamlNode version = (*root)["version"], effective = (*root)["effective"];
    files.push_back({kind, name, version.IsScalar() ? version.Scalar() : "",
                     effective.IsScalar() ? effective.Scalar() : ""});
  }
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.file < b.file; });
  return files;
}

}  // namespace filinggen::model
