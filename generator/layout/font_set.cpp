#include "layout/font_set.hpp"

#include <yaml-cpp/yaml.h>

#include <filesystem>

namespace filinggen::layout {
namespace fs = std::filesystem;

std::optional<FontSet> FontSet::load(const std::string& config_path, Diagnostics& diagnostics) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(config_path);
  } catch (const YAML::Exception& e) {
    diagnostics.error("fonts.config", {config_path, e.mark.line + 1, e.mark.column + 1}, "",
                      "無法讀取字型設定：" + e.msg);
    return std::nullopt;
  }
  const YAML::Node& roles = root["roles"];
  if (!roles.IsMap()) {
    diagnostics.error("fonts.config", {config_path, 0, 0}, "roles", "字型設定須有 roles 對照表。");
    return std::nullopt;
  }
  FontSet set;
  std::map<std::string, int> opened;  // path -> face index, so roles share faces
  const fs::path base = fs::path(config_path).parent_path();
  for (auto role = roles.begin(); role != roles.end(); ++role) {
    // Copies: the iterator's -> hands out a temporary that a range-for must not outlive.
    const YAML::Node key = role->first, faces = role->second;
    const std::string name = key.Scalar();
    std::vector<int>& chain = set.roles_[name];
    for (const auto& entry : faces) {
      fs::path path = entry.Scalar();
      if (path.is_relative()) path = base / path;
      const std::string key = path.lexically_normal().string();
      if (!fs::exists(key)) continue;
      if (!opened.count(key)) {
        std::string error;
        auto face = FontFace::open(key, error);
        if (!face) {
          diagnostics.error("fonts.face", {config_path, entry.Mark().line + 1, entry.Mark().column + 1},
                            "roles." + name, error);
          continue;
        }
        opened[key] = static_cast<int>(set.faces_.size());
        set.faces_.push_back(std::move(face));
      }
      chain.push_back(opened[key]);
    }
    if (chain.empty())
      diagnostics.error("fonts.none", {config_path, key.Mark().line + 1, key.Mark().column + 1},
                        "roles." + name,
                        "字型角色「" + name + "」所列的字型檔都不存在；請執行 scripts/setup 安裝字型。");
  }
  if (diagnostics.has_errors()) return std::nullopt;
  return set;
}

std::optional<int> FontSet::face_for(const std::string& role, char32_t code_point) const {
  auto chain = roles_.find(role);
  if (chain == roles_.end()) return std::nullopt;
  for (int index : chain->second)
    if (faces_[static_cast<std::size_t>(index)]->has(code_point)) return index;
  return std::nullopt;
}

std::vector<std::string> FontSet::role_names() const {
  std::vector<std::string> names;
  for (const auto& [name, chain] : roles_) names.push_back(name);
  return names;
}

}  // namespace filinggen::layout
