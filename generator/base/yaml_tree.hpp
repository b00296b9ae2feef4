#pragma once
// A data file (YAML, or JSON, which is YAML) as a tree of values, each with the line and
// column where it starts: what the loaders of firm files, shared data and rules read.
// libfyaml's event parser builds it; it reads a firm file several times faster than
// yaml-cpp did (docs/performance.md). The tree is read-only and copies share it, so one
// parsed shared file is handed to every firm as it is. An alias is the node its anchor
// named, shared, never copied: check_yaml_limits walks it with aliases followed.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace filinggen {

// Where a node starts, from 0 (a node made in code has none).
struct YamlMark {
  int line = -1, column = -1;
  bool is_null() const { return line < 0; }
};

// The method names are yaml-cpp's, whose nodes the loaders read before.
class YamlNode {
 public:
  enum class Type { undefined, null, scalar, sequence, map };
  struct Entry;  // a sequence's item (the entry itself), or a mapping's key and value

  YamlNode() = default;  // undefined: what looking up an absent key gives
  // A scalar made in code (no position), e.g. a reference written on the command line.
  static YamlNode scalar_text(std::string text);

  Type type() const;
  bool IsDefined() const { return type() != Type::undefined; }
  bool IsNull() const { return type() == Type::null; }  // ~, null, or nothing written
  bool IsScalar() const { return type() == Type::scalar; }
  bool IsSequence() const { return type() == Type::sequence; }
  bool IsMap() const { return type() == Type::map; }

  const std::string& Scalar() const;  // empty unless a scalar
  // "?" for a value without a tag written as plain text or a mapping or list, "!" for a
  // quoted one, else the tag as it resolves (tag:yaml.org,2002:binary for !!binary).
  const std::string& Tag() const;
  YamlMark Mark() const;

  std::size_t size() const;  // items or entries
  // The value of the first entry whose key is the scalar `key`; undefined if none (or
  // when this is not a mapping).
  YamlNode operator[](std::string_view key) const;
  const Entry* begin() const;
  const Entry* end() const;

 private:
  friend class YamlTreeBuilder;
  struct Data;
  explicit YamlNode(std::shared_ptr<const Data> data) : data_(std::move(data)) {}
  std::shared_ptr<const Data> data_;
};

struct YamlNode::Entry : YamlNode {
  YamlNode first, second;  // a mapping's key and value; undefined in a sequence's item
};

// Why a file is not YAML, as libfyaml says it, and where (from 0).
struct YamlSyntaxError {
  std::string message;
  YamlMark mark;
};

// The first document of `text` (a null node when there is none). Nesting deeper than
// any limit is cut off below kMaxYamlDepth + 2 levels, so the tree stays shallow enough
// to walk and the limits' check reports it.
std::optional<YamlNode> parse_yaml_tree(std::string_view text, YamlSyntaxError& error);

// libfyaml's version, for --version.
std::string yaml_parser_version();

}  // namespace filinggen
