#pragma once
// The limits every YAML (and JSON) file filinggen reads is held to once parsed: data
// files, rules, fonts.yaml and manifest.json alike. Both trees (yaml-cpp's, and the data
// files' YamlNode) keep an alias as one shared node, so a "billion laughs" of aliases is
// small until something walks it; this walk counts nodes with aliases followed and stops
// at the first limit, before any reader does.
#include <yaml-cpp/yaml.h>

#include <string>

#include "base/diagnostic.hpp"
#include "base/yaml_tree.hpp"

namespace filinggen {

inline constexpr std::size_t kMaxYamlTextBytes = 256 << 10;  // one text field
inline constexpr std::size_t kMaxYamlListItems = 10'000;     // people, items, entries, firms
inline constexpr int kMaxYamlDepth = 32;                     // nesting of lists and mappings
inline constexpr std::size_t kMaxYamlNodes = 200'000;        // with aliases followed

// Reports each limit passed at its node of `file`. False when the walk had to stop
// (yaml.too_large, yaml.too_deep, yaml.list_too_long): then nothing may walk the tree.
// A text too long (yaml.text_too_long, up to five) is reported and the walk goes on.
bool check_yaml_limits(const YAML::Node& root, const std::string& file, Diagnostics& diagnostics);
bool check_yaml_limits(const YamlNode& root, const std::string& file, Diagnostics& diagnostics);

}  // namespace filinggen
