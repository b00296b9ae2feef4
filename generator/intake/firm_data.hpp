#pragma once
// A firm file's data as a tree in the firm file's own order and shape: what the firm
// workbook reader makes, what the YAML writer prints (import) and what the loader then
// checks by the same rules as any firm file.
#include <string>
#include <utility>
#include <vector>

namespace filinggen::intake {

struct DataNode {
  enum class Kind { scalar, mapping, sequence };
  Kind kind = Kind::scalar;
  std::string text;   // a scalar's value
  bool plain = false; // a number, boolean or date: written as it is, never quoted
  bool flow = false;  // a list of short codes, written [a, b]
  std::vector<std::pair<std::string, DataNode>> fields;  // a mapping's, in order
  std::vector<DataNode> items;                           // a sequence's

  static DataNode scalar(std::string text, bool plain = false);
  static DataNode mapping();
  static DataNode sequence(bool flow = false);
  DataNode& add(const std::string& key, DataNode value);  // returns the value added
  DataNode& push(DataNode value);
  bool empty() const;  // a mapping without fields, a sequence without items
};

// The YAML text of a firm file, and the field path each of its lines belongs to (from
// line 1), so that a message about line N can name the cell the value came from.
struct YamlText {
  std::string text;
  std::vector<std::string> line_fields;
};
YamlText to_yaml(const DataNode& root, const std::string& comment);

}  // namespace filinggen::intake
