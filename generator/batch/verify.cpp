#include "batch/verify.hpp"

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>
#include <vector>

#include "batch/manifest.hpp"
#include "batch/sha256.hpp"

namespace filinggen::batch {
namespace fs = std::filesystem;
namespace {

std::vector<fs::path> manifests_in(const std::string& dir) {
  static const std::regex shard(R"(manifest\.shard-\d+-of-\d+\.json)");
  std::vector<fs::path> found;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && (name == "manifest.json" || std::regex_match(name, shard))) found.push_back(entry.path());
  }
  std::sort(found.begin(), found.end());
  return found;
}

// A manifest is data like any other: a path that leaves DIR (absolute, or with "..")
// is not followed.
bool stays_in_folder(const std::string& relative) {
  const fs::path path(relative);
  if (path.empty() || path.is_absolute()) return false;
  return std::none_of(path.begin(), path.end(), [](const fs::path& part) { return part == ".."; });
}

FileVerdict verdict(const fs::path& dir, const ManifestFile& file) {
  FileVerdict v{(dir / file.path).string(), FileState::matching, file.size, 0};
  if (!stays_in_folder(file.path)) {
    v.state = FileState::outside;
    return v;
  }
  std::error_code ec;
  if (!fs::is_regular_file(v.path, ec)) {
    v.state = FileState::missing;
    return v;
  }
  v.size = fs::file_size(v.path, ec);
  const auto digest = sha256_of_file(v.path);
  if (!digest) v.state = FileState::unreadable;
  else if (*digest != file.sha256) v.state = FileState::changed;
  return v;
}

}  // namespace

VerifyResult verify_output(const std::string& dir, const std::function<void(const FileVerdict&)>& report) {
  VerifyResult result;
  const auto manifests = manifests_in(dir);
  if (manifests.empty()) {
    result.problems.error("manifest.missing", {dir, 0, 0}, "",
                          "找不到清單檔（manifest.json）；請確認這是 filinggen generate 的輸出資料夾。");
    return result;
  }
  std::set<std::string> seen;  // a file the merged manifest and its shard's both list is checked once
  for (const auto& path : manifests) {
    auto manifest = read_manifest(path.string(), result.problems);
    if (!manifest) return result;
    for (const auto& firm : manifest->firms)
      for (const auto& file : firm.files) {
        if (!seen.insert(file.path).second) continue;
        const FileVerdict v = verdict(path.parent_path(), file);
        ++result.files;
        if (v.state == FileState::matching) ++result.matching;
        else if (v.state == FileState::changed) ++result.changed;
        else ++result.missing;
        report(v);
      }
  }
  return result;
}

}  // namespace filinggen::batch
