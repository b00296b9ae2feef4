// Editing a firm file in place (import --in-place): the old text's nodes are matched
// with the new data key by key; only what differs is rewritten, at the byte span
// yaml-cpp's marks give. The result is parsed again and must hold exactly the new data,
// or nothing is returned.
#include "intake/yaml_patch.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>

namespace filinggen::intake {
namespace {

struct Edit {
  std::size_t begin, end;
  std::string text;
};

// A shared file named by a path or as standard:NAME: the same file when the names match.
bool same_reference(const std::string& a, const std::string& b) {
  auto name = [](std::string s) {
    if (s.rfind("standard:", 0) == 0) s = s.substr(9);
    return std::filesystem::path(s).filename().string();
  };
  return name(a) == name(b);
}

bool is_reference(const std::string& path) {
  return path == "self_assessment.checklist" || path == "revisions.amendments";
}

// A value the loader takes when the key is absent, which the workbook writes out.
bool is_default(const std::string& key, const DataNode& value) { return key == "foreign_branch" && value.text == "false"; }

bool equal(const YAML::Node& old, const DataNode& neu, const std::string& path) {
  switch (neu.kind) {
    case DataNode::Kind::scalar:
      if (!old.IsScalar()) return false;
      return old.Scalar() == neu.text || (is_reference(path) && same_reference(old.Scalar(), neu.text));
    case DataNode::Kind::mapping: {
      if (!old.IsMap()) return false;
      std::size_t matched = 0;
      for (const auto& [key, value] : neu.fields) {
        if (!old[key] && is_default(key, value)) continue;
        if (!old[key] || !equal(old[key], value, path.empty() ? key : path + "." + key)) return false;
        ++matched;
      }
      return matched == old.size();
    }
    case DataNode::Kind::sequence: {
      if (!old.IsSequence() || old.size() != neu.items.size()) return false;
      for (std::size_t i = 0; i < neu.items.size(); ++i)
        if (!equal(old[i], neu.items[i], path + "[" + std::to_string(i) + "]")) return false;
      return true;
    }
  }
  return false;
}

class Patcher {
 public:
  explicit Patcher(const std::string& src) : src_(src), eol_(src.find("\r\n") != std::string::npos ? "\r\n" : "\n") {
    starts_.push_back(0);
    for (std::size_t i = 0; i < src.size(); ++i)
      if (src[i] == '\n') starts_.push_back(i + 1);
  }

  bool ok = true;
  std::vector<Edit> edits;

  void mapping(const YAML::Node& old, const DataNode& neu, const std::string& path) {
    if (!old.IsMap() || old.Style() == YAML::EmitterStyle::Flow) return fail();
    std::size_t after_last = 0;
    int column = -1;
    for (auto it = old.begin(); it != old.end(); ++it) {
      const std::string key = it->first.Scalar();
      const YAML::Mark mark = it->first.Mark();
      after_last = std::max(after_last, block_end(mark));
      if (column < 0) column = mark.column;
      if (!has_key(neu, key)) remove(it->first);
    }
    for (const auto& [key, value] : neu.fields) {
      const std::string field = path.empty() ? key : path + "." + key;
      YAML::Node key_node;
      for (auto it = old.begin(); it != old.end(); ++it)
        if (it->first.Scalar() == key) key_node = it->first;
      if (key_node.IsDefined() && key_node.IsScalar()) member(key_node, old[key], value, field);
      else if (!is_default(key, value))  // not written before: it stays unwritten
        edits.push_back({after_last, after_last, std::string(std::max(column, 0), ' ') + render(key, value, column)});
    }
  }

  std::string apply() {
    std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin > b.begin; });
    std::string out = src_;
    for (const auto& e : edits) out.replace(e.begin, e.end - e.begin, e.text);
    return out;
  }

 private:
  void fail() { ok = false; }

  static bool has_key(const DataNode& n, const std::string& key) {
    for (const auto& [k, v] : n.fields)
      if (k == key) return true;
    return false;
  }

  std::size_t line_of(std::size_t pos) const {
    return static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), pos) - starts_.begin()) - 1;
  }

  // Where the block of the key at `mark` ends: the start of the line after its last line
  // indented deeper than the key (blank lines and comments after it stay outside).
  std::size_t block_end(const YAML::Mark& mark) const {
    std::size_t line = line_of(static_cast<std::size_t>(mark.pos)), last = line;
    for (std::size_t l = line + 1; l < starts_.size(); ++l) {
      const std::size_t from = starts_[l], to = l + 1 < starts_.size() ? starts_[l + 1] : src_.size();
      const auto first = src_.find_first_not_of(" \r\n", from);
      if (first == std::string::npos || first >= to) continue;  // blank
      if (static_cast<int>(first - from) <= mark.column) break;
      if (src_[first] != '#') last = l;
    }
    return last + 1 < starts_.size() ? starts_[last + 1] : src_.size();
  }

  // The span of a scalar written on one line (plain or quoted); nothing for a block (|, >).
  std::optional<std::pair<std::size_t, std::size_t>> scalar_span(const YAML::Node& value) const {
    const auto begin = static_cast<std::size_t>(value.Mark().pos);
    if (begin >= src_.size()) return std::nullopt;
    const char c = src_[begin];
    if (c == '|' || c == '>' || c == '[' || c == '{') return std::nullopt;
    const std::size_t line_end = std::min(src_.find('\n', begin), src_.size());
    if (c == '"' || c == '\'') {
      for (std::size_t i = begin + 1; i < line_end; ++i) {
        if (c == '"' && src_[i] == '\\') { ++i; continue; }
        if (src_[i] == c && c == '\'' && i + 1 < line_end && src_[i + 1] == '\'') { ++i; continue; }
        if (src_[i] == c) return std::make_pair(begin, i + 1);
      }
      return std::nullopt;  // a quoted value over several lines
    }
    std::size_t end = std::min(src_.find(" #", begin), line_end);
    while (end > begin && (src_[end - 1] == ' ' || src_[end - 1] == '\r')) --end;
    return std::make_pair(begin, end);
  }

  // "key: value" as the YAML writer writes it, its later lines indented to `column`.
  std::string render(const std::string& key, const DataNode& value, int column) const {
    DataNode root = DataNode::mapping();
    root.add(key, value);
    const std::string text = to_yaml(root, "").text;
    std::string out;
    std::size_t from = 0;
    for (bool first = true; from < text.size(); first = false) {
      const auto end = text.find('\n', from);
      const std::string line = text.substr(from, end - from);
      out += (first || line.empty() ? "" : std::string(std::max(column, 0), ' ')) + line + eol_;
      from = end + 1;
    }
    return out;
  }

  // The inline form of a scalar, when it fits on its line.
  std::optional<std::string> inline_scalar(const DataNode& value) const {
    const std::string text = render("k", value, 0);
    if (text.find('\n') != text.size() - 1 && text.find('\n') != text.size() - eol_.size()) return std::nullopt;
    std::string v = text.substr(3);
    while (!v.empty() && (v.back() == '\n' || v.back() == '\r')) v.pop_back();
    if (v == "|-" || v == "|") return std::nullopt;
    return v;
  }

  void replace_block(const YAML::Node& key, const std::string& name, const DataNode& value) {
    const auto begin = static_cast<std::size_t>(key.Mark().pos);
    edits.push_back({begin, block_end(key.Mark()), render(name, value, key.Mark().column)});
  }

  void remove(const YAML::Node& key) {
    const std::size_t line = line_of(static_cast<std::size_t>(key.Mark().pos));
    const std::size_t begin = starts_[line];
    if (src_.find_first_not_of(' ', begin) != static_cast<std::size_t>(key.Mark().pos)) return fail();  // "- key:"
    edits.push_back({begin, block_end(key.Mark()), ""});
  }

  void member(const YAML::Node& key, const YAML::Node& old, const DataNode& neu, const std::string& field) {
    if (equal(old, neu, field)) return;
    const std::string name = key.Scalar();
    if (neu.kind == DataNode::Kind::scalar && old.IsScalar()) {
      auto span = scalar_span(old);
      auto text = inline_scalar(neu);
      if (span && text) return edits.push_back({span->first, span->second, *text});
      return replace_block(key, name, neu);
    }
    if (neu.kind == DataNode::Kind::mapping && old.IsMap() && old.Style() != YAML::EmitterStyle::Flow)
      return mapping(old, neu, field);
    if (neu.kind == DataNode::Kind::sequence && old.IsSequence() && old.Style() != YAML::EmitterStyle::Flow &&
        old.size() == neu.items.size()) {
      const std::size_t before = edits.size();
      bool items_ok = true;
      for (std::size_t i = 0; i < neu.items.size() && items_ok; ++i)
        items_ok = item(old[i], neu.items[i], field + "[" + std::to_string(i) + "]");
      if (items_ok) return;
      edits.resize(before);
    }
    replace_block(key, name, neu);
  }

  bool item(const YAML::Node& old, const DataNode& neu, const std::string& field) {
    if (equal(old, neu, field)) return true;
    if (neu.kind == DataNode::Kind::mapping && old.IsMap() && old.Style() != YAML::EmitterStyle::Flow) {
      mapping(old, neu, field);
      return ok;
    }
    if (neu.kind == DataNode::Kind::scalar && old.IsScalar())
      if (auto span = scalar_span(old))
        if (auto text = inline_scalar(neu)) {
          edits.push_back({span->first, span->second, *text});
          return true;
        }
    return false;
  }

  const std::string& src_;
  std::string eol_;
  std::vector<std::size_t> starts_;
};

}  // namespace

std::optional<PatchedText> patch_yaml(const std::string& original, const DataNode& data) {
  YAML::Node old;
  try {
    old = YAML::Load(original);
  } catch (const YAML::Exception&) {
    return std::nullopt;
  }
  Patcher patcher(original);
  patcher.mapping(old, data, "");
  if (!patcher.ok) return std::nullopt;
  PatchedText out{patcher.apply(), static_cast<int>(patcher.edits.size())};
  try {  // what was written must read back as exactly the new data
    if (!equal(YAML::Load(out.text), data, "")) return std::nullopt;
  } catch (const YAML::Exception&) {
    return std::nullopt;
  }
  return out;
}

}  // namespace filinggen::intake
