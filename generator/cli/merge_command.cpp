// filinggen merge-manifests OUT IN...: the shards' manifests as one, as if one run had
// made every firm. Refused when a firm is in two shards or the shards differ in
// filinggen version or options, since the result would then describe no single run.
#include <iostream>
#include <map>

#include "base/terminal_text.hpp"
#include "batch/batch.hpp"
#include "batch/manifest.hpp"
#include "cli/commands.hpp"

namespace filinggen::cli {

int run_merge(const Options& options) {
  const std::string& out = options.data.front();
  std::optional<batch::Manifest> merged;
  std::string first_path;
  std::map<std::string, std::string> owner;  // firm id -> the manifest that lists it
  bool refused = false;
  for (std::size_t i = 1; i < options.data.size(); ++i) {
    const std::string& path = options.data[i];
    Diagnostics problems;
    auto shard = batch::read_manifest(path, problems);
    if (!shard) {
      report(problems);
      return kNothingDone;
    }
    if (!merged) {
      merged = batch::Manifest{shard->filinggen_version, shard->options, {}};
      first_path = path;
    } else if (shard->filinggen_version != merged->filinggen_version) {
      std::cerr << printable(path) << "：由 filinggen " << shard->filinggen_version << " 產生，與「" << printable(first_path)
                << "」的 " << merged->filinggen_version << " 不同；請以同一版本重新產生各分片後再合併。\n";
      refused = true;
    } else if (!(shard->options == merged->options)) {
      std::cerr << printable(path) << "：產生時的選項（--format、--documents、--strict、--duplex 或 SOURCE_DATE_EPOCH）與「" << printable(first_path)
                << "」不同；請以相同選項重新產生各分片後再合併。\n";
      refused = true;
    }
    for (auto& firm : shard->firms) {
      auto [it, fresh] = owner.emplace(firm.firm_id, path);
      if (!fresh) {
        std::cerr << printable(path) << "：公司「" << printable(firm.firm_id) << "」也列在「" << printable(it->second)
                  << "」中；同一家公司只能屬於一個分片，請確認各分片的 --shard K/N 中的 N 相同且 K 不重複。\n";
        refused = true;
      }
      merged->firms.push_back(std::move(firm));
    }
  }
  if (refused) {
    std::cerr << "未合併：" << printable(out) << " 未寫出。\n";
    return kNothingDone;
  }
  merged->sort_firms();
  Diagnostics problems;
  if (!batch::write_atomically(out, batch::manifest_json(*merged), problems)) {
    report(problems);
    return kNothingDone;
  }
  std::cout << "已合併：" << options.data.size() - 1 << " 個清單檔、" << merged->firms.size() << " 家公司 → " << printable(out)
            << '\n';
  return kAllGood;
}

}  // namespace filinggen::cli
