// fonts/fonts.yaml: the faces of each role, opened once and shared between roles.
#include <yaml-cpp/yaml.h>

#include <atomic>
#include <filesystem>

#include "base/file_text.hpp"
#include "base/yaml_limits.hpp"
#include "font/font.hpp"

namespace filinggen::font {
namespace fs = std::filesystem;
namespace {

SourcePos where(const std::string& config, const YAML::Node& node) {
  return {config, node.Mark().line + 1, node.Mark().column + 1};
}

// An entry is a path, or {file, index | family, preprocess}.
std::optional<FaceSource> read_entry(const YAML::Node& entry, const std::string& config, const std::string& field,
                                     Diagnostics& diagnostics) {
  FaceSource source;
  if (entry.IsScalar()) {
    source.path = entry.Scalar();
    return source;
  }
  if (!entry.IsMap() || !entry["file"] || !entry["file"].IsScalar()) {
    diagnostics.error("fonts.entry", where(config, entry), field,
                      "字型項目須是檔案路徑，或含 file（以及 index 或 family）的對照表。");
    return std::nullopt;
  }
  for (auto it = entry.begin(); it != entry.end(); ++it) {
    const std::string key = it->first.Scalar();
    if (key != "file" && key != "index" && key != "family" && key != "preprocess")
      diagnostics.error("fonts.entry", where(config, it->first), field + "." + key,
                        "字型項目不認得「" + key + "」；可用 file、index、family、preprocess。");
  }
  source.path = entry["file"].Scalar();
  try {
    if (entry["index"]) source.index = entry["index"].as<unsigned>();
    if (entry["family"]) source.family = entry["family"].as<std::string>();
    if (entry["preprocess"]) source.preprocess = entry["preprocess"].as<bool>();
  } catch (const YAML::Exception&) {
    diagnostics.error("fonts.entry", where(config, entry), field,
                      "index 須是 0 以上的整數，family 須是文字，preprocess 須是 true 或 false。");
    return std::nullopt;
  }
  return source;
}

}  // namespace

std::optional<FontSet> FontSet::load(const std::string& config_path, Diagnostics& diagnostics) {
  FileProblem problem;
  const auto text = read_file(config_path, kConfigFileCap, problem);
  if (!text) {
    if (problem.failure == ReadFailure::cannot_open)
      diagnostics.error("fonts.config", {config_path, 0, 0}, "", "無法讀取字型設定：" + problem.sentence);
    else
      report_file_problem(problem, {config_path, 0, 0}, "", problem.sentence, diagnostics);
    return std::nullopt;
  }
  YAML::Node root;
  try {
    root = YAML::Load(*text);
  } catch (const YAML::Exception& e) {
    diagnostics.error("fonts.config", {config_path, e.mark.line + 1, e.mark.column + 1}, "",
                      "無法讀取字型設定：" + e.msg);
    return std::nullopt;
  }
  // The limits of a data file: an alias bomb in the chains would be walked face by face.
  const std::size_t errors_before = diagnostics.error_count();
  if (!check_yaml_limits(root, config_path, diagnostics) || diagnostics.error_count() != errors_before)
    return std::nullopt;
  if (root.IsMap())
    for (auto it = root.begin(); it != root.end(); ++it)
      if (it->first.Scalar() != "roles")
        diagnostics.error("fonts.config", where(config_path, it->first), it->first.Scalar(),
                          "字型設定不認得「" + it->first.Scalar() + "」；最上層只有 roles（是否應為「roles」？）。");
  const YAML::Node& roles = root["roles"];
  if (!roles.IsMap()) {
    diagnostics.error("fonts.config", roles ? where(config_path, roles) : SourcePos{config_path, 0, 0}, "roles",
                      "字型設定須有 roles 對照表：每個字型角色（kai、ming）列出依序嘗試的字型檔。");
    return std::nullopt;
  }
  static std::atomic<std::uint64_t> loaded{0};
  FontSet set;
  set.id_ = ++loaded;
  std::map<std::string, int> opened;  // file#index#family -> face index, so roles share faces
  const fs::path base = fs::path(config_path).parent_path();
  for (auto role = roles.begin(); role != roles.end(); ++role) {
    // Copies: the iterator's -> hands out a temporary that a range-for must not outlive.
    const YAML::Node key = role->first, faces = role->second;
    const std::string name = key.Scalar();
    std::vector<int>& chain = set.roles_[name];
    if (!faces.IsSequence()) {
      diagnostics.error("fonts.chain", where(config_path, faces), "roles." + name,
                        "字型角色「" + name + "」應為字型檔的清單（每項以「- 」開頭），即使只有一個字型檔。");
      continue;
    }
    for (const auto& entry : faces) {
      auto source = read_entry(entry, config_path, "roles." + name, diagnostics);
      if (!source) continue;
      fs::path path = source->path;
      if (path.is_relative()) path = base / path;
      source->path = path.lexically_normal().string();
      if (!fs::exists(source->path)) continue;
      // A fallback draws a few glyphs a document (a name beyond Big5): its preprocessed
      // copy would cost more than it saves (TW-Kai: ~150 MB and ~0.2 s), so only a chain's
      // first face is preprocessed unless the entry asks.
      if (!chain.empty() && !source->preprocess) source->preprocess = false;
      const std::string id = source->path + "#" + std::to_string(source->index) + "#" + source->family;
      if (!opened.count(id)) {
        std::string error;
        auto face = FontFace::open(*source, error);
        if (!face) {
          diagnostics.error("fonts.face", where(config_path, entry), "roles." + name, error);
          continue;
        }
        opened[id] = static_cast<int>(set.faces_.size());
        set.faces_.push_back(std::move(face));
      }
      chain.push_back(opened[id]);
    }
    if (chain.empty())
      diagnostics.error("fonts.none", where(config_path, key), "roles." + name,
                        "字型角色「" + name + "」沒有可用的字型：所列的字型檔都不存在或無法讀取；請執行 scripts/setup 安裝字型，或修正字型設定。");
  }
  if (diagnostics.has_errors()) return std::nullopt;
  return set;
}

std::optional<int> FontSet::face_for(std::string_view role, std::u32string_view cluster) const {
  auto chain = roles_.find(role);
  if (chain == roles_.end() || cluster.empty()) return std::nullopt;
  for (int index : chain->second) {
    const FontFace& face = *faces_[static_cast<std::size_t>(index)];
    bool all = true;
    for (char32_t cp : cluster) all = all && face.has(cp);
    if (all) return index;
  }
  return std::nullopt;
}

std::optional<int> FontSet::primary_face(const std::string& role) const {
  auto chain = roles_.find(role);
  if (chain == roles_.end() || chain->second.empty()) return std::nullopt;
  return chain->second.front();
}

std::vector<std::string> FontSet::role_names() const {
  std::vector<std::string> names;
  for (const auto& [name, chain] : roles_) names.push_back(name);
  return names;
}

}  // namespace filinggen::font
