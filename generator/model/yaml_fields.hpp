#pragma once
// Strict reading of YAML mappings: every read records the key as known, so that
// finish() can report the keys nobody asked for (typos) as errors. Every problem is
// reported with file, line, column and field path; reading goes on after an error.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/civil_date.hpp"
#include "base/diagnostic.hpp"
#include "base/yaml_tree.hpp"
#include "model/enum_names.hpp"
#include "model/firm.hpp"
#include "model/load.hpp"

namespace filinggen::model {

// What one data file's readers share.
struct FileContext {
  std::string file;
  Diagnostics* diagnostics;
  std::vector<SourceText>* texts;  // where printable text is recorded; may be null
  FieldPositions* positions = nullptr;  // where each field was found; may be null
  std::string standard_dir = {};        // where standard:NAME references lead (LoadOptions)

  SourcePos pos(const YamlNode& node) const;
  void error(const YamlNode& at, const std::string& field, DiagnosticCode code,
             const std::string& message) const;
};

enum class Need { required, optional };

class Fields {
 public:
  // Reports an error (and reads nothing) when `node` is not a mapping.
  Fields(const YamlNode& node, std::string path, const FileContext& ctx);

  bool ok() const { return ok_; }
  const std::string& path() const { return path_; }
  std::string path_of(const std::string& key) const;
  SourcePos pos() const { return ctx_.pos(node_); }
  bool has(const std::string& key);

  std::optional<std::string> text(const std::string& key, Need need = Need::required);
  std::optional<long long> integer(const std::string& key, Need need, long long min, long long max);
  std::optional<double> number(const std::string& key, Need need, double min, double max);
  std::optional<bool> boolean(const std::string& key, Need need = Need::required);
  std::optional<CivilDate> date(const std::string& key, Need need = Need::required);
  std::optional<std::string> identifier(const std::string& key, Need need = Need::required);
  // A code such as a control code or item id: letters, digits, '-', '_' and '.'.
  std::optional<std::string> code(const std::string& key, Need need = Need::required);
  // The value node of `key` (undefined when absent), for positions of messages.
  YamlNode child(const std::string& key) const { return ok_ ? node_[key] : YamlNode(); }

  template <typename E, std::size_t N>
  std::optional<E> choice(const std::string& key, const std::array<EnumName<E>, N>& table,
                          Need need = Need::required) {
    auto code = scalar(key, need);
    if (!code) return std::nullopt;
    if (auto v = enum_from_code(table, *code)) return v;
    ctx_.error(node_[key], path_of(key), "value.choice",
               "「" + *code + "」不是可用的值；可用的值為：" + enum_choices(table) + "。");
    return std::nullopt;
  }

  // The items of a list; reports when it is not a list or (if `min_items`) too short.
  std::vector<YamlNode> list(const std::string& key, Need need, std::size_t min_items = 0);
  // A nested mapping or nothing.
  std::optional<YamlNode> mapping(const std::string& key, Need need = Need::required);

  // Reports a problem with the value of `key` (or with the mapping when `key` is absent).
  void error_at(const std::string& key, DiagnosticCode code, const std::string& message) const;

  // Reports every key that no read asked for.
  void finish();

  // Records printable text of a list item (not a mapping field) for the font check.
  void record_text(const std::string& field, const YamlNode& node, const std::string& text) const;

 private:
  std::optional<YamlNode> present(const std::string& key, Need need);
  std::optional<std::string> scalar(const std::string& key, Need need);

  const YamlNode node_;  // const: lookups of absent keys must not add them
  std::string path_;
  const FileContext& ctx_;
  bool ok_ = false;
  std::set<std::string> known_;
};

// Reads a list item that must be a non-empty string (e.g. a statement paragraph).
std::optional<std::string> text_item(const YamlNode& node, const std::string& field,
                                     const FileContext& ctx);

// The bytes of a data file before YAML reads them, and the parsed documents after
// (input_checks.cpp): UTF-8, control characters, size; one document, no key twice, no
// tags, limits on nesting, aliases, text and list length. Each problem is reported.
bool check_text(const std::string& text, const FileContext& ctx);
bool check_tree(const YamlNode& root, const FileContext& ctx);

// Parses a YAML file into a node (after check_text and check_tree), reporting a syntax
// error with its position.
std::optional<YamlNode> parse_yaml(const std::string& text, const FileContext& ctx);
// schema_version must be 1.
void check_schema_version(Fields& top);
// The schema version, then `version` and `effective` of a shared data file.
DataVersion read_data_version(Fields& top);

// con, prn, aux, nul, com1…9, lpt1…9: names Windows refuses for a file or folder.
bool is_reserved_device_name(const std::string& id);

}  // namespace filinggen::model
