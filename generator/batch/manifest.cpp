// Writing and reading the manifest. It is written by hand in a fixed field order (so
// identical runs give identical bytes) and read back with yaml-cpp, whose parser reads
// JSON, so no second parser is needed.
#include "batch/manifest.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "base/file_text.hpp"
#include "base/yaml_limits.hpp"
#include "base/json_text.hpp"

namespace filinggen::batch {
namespace {

std::string file_json(const ManifestFile& f) {
  return "        {\"document\": " + json_quoted(f.document) + ", \"format\": " + json_quoted(f.format) +
         ", \"path\": " + json_quoted(f.path) + ",\n         \"sha256\": " + json_quoted(f.sha256) +
         ", \"size\": " + std::to_string(f.size) +
         ", \"pages\": " + (f.pages > 0 ? std::to_string(f.pages) : "null") + "}";
}

std::string findings_json(const std::optional<FindingCounts>& c) {
  if (!c) return "null";
  return "{\"errors\": " + std::to_string(c->errors) + ", \"warnings\": " + std::to_string(c->warnings) +
         ", \"info\": " + std::to_string(c->infos) + "}";
}

std::string firm_json(const ManifestFirm& f) {
  std::string out = "    {\"firm_id\": " + json_quoted(f.firm_id) + ", \"input\": " + json_quoted(f.input) +
                    ",\n     \"input_digest\": " + json_quoted(f.input_digest) +
                    ",\n     \"status\": " + json_quoted(f.status) + ", \"findings\": " + findings_json(f.findings) +
                    ",\n     \"files\": [";
  for (std::size_t i = 0; i < f.files.size(); ++i) out += std::string(i ? ",\n" : "\n") + file_json(f.files[i]);
  return out + (f.files.empty() ? "]}" : "\n     ]}");
}

std::vector<std::string> strings(const YAML::Node& node) {
  std::vector<std::string> out;
  if (node && node.IsSequence())
    for (const auto& item : node) out.push_back(item.as<std::string>());
  return out;
}

// Format 1 spelled the counts error/warning/info, format 2 errors/warnings/info as
// findings.json and the --json summary do.
ManifestFirm read_firm(const YAML::Node& n, int version) {
  ManifestFirm f;
  f.firm_id = n["firm_id"].as<std::string>();
  f.input = n["input"].as<std::string>("");
  f.input_digest = n["input_digest"].as<std::string>("");
  f.status = n["status"].as<std::string>();
  if (const YAML::Node c = n["findings"]; c && c.IsMap())
    f.findings = FindingCounts{c[version == 1 ? "error" : "errors"].as<std::size_t>(),
                               c[version == 1 ? "warning" : "warnings"].as<std::size_t>(), c["info"].as<std::size_t>()};
  for (const auto& file : n["files"]) {
    ManifestFile m;
    m.document = file["document"].as<std::string>();
    m.format = file["format"].as<std::string>();
    m.path = file["path"].as<std::string>();
    m.sha256 = file["sha256"].as<std::string>();
    m.size = file["size"].as<std::uint64_t>();
    if (file["pages"] && !file["pages"].IsNull()) m.pages = file["pages"].as<int>();
    f.files.push_back(std::move(m));
  }
  return f;
}

}  // namespace

const ManifestFirm* Manifest::find(const std::string& firm_id) const {
  auto it = std::lower_bound(firms.begin(), firms.end(), firm_id,
                             [](const ManifestFirm& f, const std::string& id) { return f.firm_id < id; });
  return it != firms.end() && it->firm_id == firm_id ? &*it : nullptr;
}

void Manifest::sort_firms() {
  std::stable_sort(firms.begin(), firms.end(), [](const auto& a, const auto& b) { return a.firm_id < b.firm_id; });
}

std::string manifest_name(int shard_index, int shard_count) {
  if (shard_count <= 1) return "manifest.json";
  return "manifest.shard-" + std::to_string(shard_index) + "-of-" + std::to_string(shard_count) + ".json";
}

std::string manifest_json(const Manifest& m) {
  const ManifestOptions& o = m.options;
  std::string out = "{\n  \"format\": \"filinggen-manifest\",\n  \"format_version\": " +
                    std::to_string(kManifestFormatVersion) +
                    ",\n  \"filinggen_version\": " + json_quoted(m.filinggen_version) +
                    ",\n  \"options\": {\"formats\": " + json_strings(o.formats) +
                    ", \"documents\": " + json_strings(o.documents) +
                    ", \"strict\": " + (o.strict ? "true" : "false") + ", \"duplex\": " + (o.duplex ? "true" : "false") +
                    ", \"source_date_epoch\": " +
                    (o.source_date_epoch ? std::to_string(*o.source_date_epoch) : "null") + "},\n  \"firms\": [";
  for (std::size_t i = 0; i < m.firms.size(); ++i) out += std::string(i ? ",\n" : "\n") + firm_json(m.firms[i]);
  return out + (m.firms.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

std::optional<Manifest> read_manifest(const std::string& path, Diagnostics& diagnostics) {
  auto refuse = [&](const std::string& why, int line = 0, int column = 0) {
    diagnostics.error("manifest.unreadable", {path, line, column}, "", why);
    return std::nullopt;
  };
  FileProblem problem;
  const auto text = read_file(path, kManifestFileCap, problem);
  if (!text) {
    if (problem.failure == ReadFailure::cannot_open) return refuse("找不到或無法開啟清單檔。");
    report_file_problem(problem, {path, 0, 0}, "", "", diagnostics);
    return std::nullopt;
  }
  try {
    const YAML::Node root = YAML::Load(*text);
    // The limits of a data file: an alias bomb would be expanded firm by firm below.
    Diagnostics limits;
    if (!check_yaml_limits(root, path, limits) || limits.has_errors()) {
      const Diagnostic& first = limits.items().front();
      return refuse("清單檔內容有誤，無法讀取（" + first.message + "）。", first.pos.line, first.pos.column);
    }
    if (!root.IsMap() || root["format"].as<std::string>("") != "filinggen-manifest") {
      return refuse("不是 filinggen 的清單檔（manifest）。");
    }
    const int version = root["format_version"].as<int>(0);
    if (version != 1 && version != kManifestFormatVersion) {
      return refuse("清單檔格式版本為 " + std::to_string(version) + "，本版 filinggen 只能讀取版本 1 至 " +
                    std::to_string(kManifestFormatVersion) + "。");
    }
    Manifest m;
    m.filinggen_version = root["filinggen_version"].as<std::string>("");
    const YAML::Node o = root["options"];
    m.options.formats = strings(o["formats"]);
    m.options.documents = strings(o["documents"]);
    m.options.strict = o["strict"].as<bool>(false);
    m.options.duplex = o["duplex"].as<bool>(false);
    if (o["source_date_epoch"] && !o["source_date_epoch"].IsNull())
      m.options.source_date_epoch = o["source_date_epoch"].as<long long>();
    for (const auto& firm : root["firms"]) m.firms.push_back(read_firm(firm, version));
    m.sort_firms();
    return m;
  } catch (const YAML::Exception& e) {
    return refuse("清單檔內容有誤，無法讀取（" + e.msg + "）。", e.mark.line + 1, e.mark.column + 1);
  }
  return std::nullopt;
}

}  // namespace filinggen::batch
