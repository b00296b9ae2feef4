// filinggen verify DIR: every file the manifests of DIR list, hashed again and compared
// with what was recorded when it was written.
#include <filesystem>
#include <iostream>
#include <regex>

#include "batch/manifest.hpp"
#include "batch/sha256.hpp"
#include "cli/commands.hpp"

namespace filinggen::cli {
namespace fs = std::filesystem;
namespace {

// manifest.json and the shards' manifest.shard-K-of-N.json, in name order.
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

struct Tally {
  std::size_t files = 0, matching = 0, changed = 0, missing = 0;
};

void verify_file(const fs::path& dir, const batch::ManifestFile& file, Tally& tally) {
  ++tally.files;
  const fs::path path = dir / file.path;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    ++tally.missing;
    std::cout << "遺失：" << path.string() << "（清單記載此檔，但已不存在）\n";
    return;
  }
  const auto digest = batch::sha256_of_file(path.string());
  if (!digest) {
    ++tally.missing;
    std::cout << "無法讀取：" << path.string() << "\n";
  } else if (*digest != file.sha256) {
    ++tally.changed;
    std::cout << "已變更：" << path.string() << "（寫出後內容已被修改；大小 " << file.size << " → "
              << fs::file_size(path, ec) << " 位元組）\n";
  } else {
    ++tally.matching;
  }
}

}  // namespace

int run_verify(const Options& options) {
  const std::string& dir = options.data.front();
  const auto manifests = manifests_in(dir);
  if (manifests.empty()) {
    std::cerr << dir << "：找不到清單檔（manifest.json）；請確認這是 filinggen generate 的輸出資料夾。\n";
    return kNothingDone;
  }
  Tally tally;
  for (const auto& path : manifests) {
    std::string error;
    auto manifest = batch::read_manifest(path.string(), error);
    if (!manifest) {
      std::cerr << error << '\n';
      return kNothingDone;
    }
    for (const auto& firm : manifest->firms)
      for (const auto& file : firm.files) verify_file(path.parent_path(), file, tally);
  }
  std::cout << "共檢查 " << tally.files << " 個檔案：" << tally.matching << " 個與清單相符，" << tally.changed
            << " 個已變更，" << tally.missing << " 個遺失或無法讀取。\n";
  return tally.changed + tally.missing == 0 ? kAllGood : kSomeFailed;
}

}  // namespace filinggen::cli
