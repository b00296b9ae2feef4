// The YAML writer of a firm's data: block style as docs/data-format.md writes firm files,
// a text quoted only where YAML would read it as something else, multi-line text as a
// literal block (|-). The loader reads it back; import prints it.
#include "base/json_text.hpp"
#include "intake/firm_data.hpp"

namespace filinggen::intake {

DataNode DataNode::scalar(std::string text, bool plain) {
  DataNode n;
  n.text = std::move(text);
  n.plain = plain;
  return n;
}
DataNode DataNode::mapping() {
  DataNode n;
  n.kind = Kind::mapping;
  return n;
}
DataNode DataNode::sequence(bool flow) {
  DataNode n;
  n.kind = Kind::sequence;
  n.flow = flow;
  return n;
}
DataNode& DataNode::add(const std::string& key, DataNode value) {
  fields.emplace_back(key, std::move(value));
  return fields.back().second;
}
DataNode& DataNode::push(DataNode value) {
  items.push_back(std::move(value));
  return items.back();
}
bool DataNode::empty() const {
  return (kind == Kind::mapping && fields.empty()) || (kind == Kind::sequence && items.empty());
}

namespace {

bool reserved_word(const std::string& t) {
  static const char* const kWords[] = {"true", "false", "yes", "no", "on", "off", "null", "~",
                                       "True", "False", "Yes", "No", "On", "Off", "Null", "NULL",
                                       "TRUE", "FALSE", "YES", "NO", "ON", "OFF", "y", "n", "Y", "N"};
  for (const char* w : kWords)
    if (t == w) return true;
  return false;
}

bool looks_like_number(const std::string& t) {
  if (t.empty()) return false;
  const char c = t[0];
  return (c >= '0' && c <= '9') || ((c == '-' || c == '+' || c == '.') && t.size() > 1);
}

// A text YAML reads back as the same text when written as it is.
bool plain_safe(const std::string& t) {
  if (t.empty() || reserved_word(t) || looks_like_number(t)) return false;
  if (t.front() == ' ' || t.back() == ' ' || t.back() == ':') return false;
  if (std::string("-?:,[]{}#&*!|>'\"%@`").find(t.front()) != std::string::npos) return false;
  if (t.find(": ") != std::string::npos || t.find(" #") != std::string::npos) return false;
  for (unsigned char c : t)
    if (c < 0x20 || c == 0x7f) return false;
  return true;
}

// A JSON string is a YAML double-quoted scalar (the control characters a cell may not
// hold are refused before this).
std::string double_quoted(const std::string& t) { return json_quoted(t); }

// A multi-line text that a literal block keeps exactly: no control characters, no
// leading space on its first line (the block's indentation is taken from it).
bool literal_block_safe(const std::string& t) {
  if (t.find('\n') == std::string::npos || t.front() == ' ' || t.front() == '\n' || t.back() == '\n') return false;
  for (unsigned char c : t)
    if ((c < 0x20 && c != '\n') || c == 0x7f) return false;
  return true;
}

class Writer {
 public:
  YamlText out;

  void comment(const std::string& text) {
    std::size_t start = 0;
    while (start <= text.size() && !text.empty()) {
      const auto end = text.find('\n', start);
      line("# " + text.substr(start, end - start), "");
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }

  void mapping_fields(const DataNode& node, int indent, const std::string& path, bool first_inline) {
    bool first = true;
    for (const auto& [key, value] : node.fields) {
      const std::string field = path.empty() ? key : path + "." + key;
      const std::string lead = (first && first_inline) ? "" : std::string(indent, ' ');
      if (indent == 0 && !first && value.kind != DataNode::Kind::scalar) line("", "");  // a blank line between sections
      member(lead + key + ":", value, indent, field);
      first = false;
    }
  }

 private:
  void line(const std::string& text, const std::string& field) {
    out.text += text;
    out.text += '\n';
    out.line_fields.push_back(field);
  }
  // Appends to the line just begun (a "- " item marker).
  std::string pending_;

  void member(const std::string& head, const DataNode& value, int indent, const std::string& field) {
    const std::string start = pending_ + head;
    pending_.clear();
    switch (value.kind) {
      case DataNode::Kind::scalar: scalar(start + " ", value, indent + 2, field); break;
      case DataNode::Kind::mapping:
        line(start, field);
        mapping_fields(value, indent + 2, field, false);
        break;
      case DataNode::Kind::sequence: sequence(start, value, indent, field); break;
    }
  }

  void scalar(const std::string& start, const DataNode& value, int block_indent, const std::string& field) {
    const std::string& t = value.text;
    if (value.plain || plain_safe(t)) return line(start + t, field);
    if (!literal_block_safe(t)) return line(start + double_quoted(t), field);
    line(start + "|-", field);
    std::size_t from = 0;
    while (true) {
      const auto end = t.find('\n', from);
      const std::string piece = t.substr(from, end - from);
      line(piece.empty() ? "" : std::string(block_indent, ' ') + piece, field);
      if (end == std::string::npos) break;
      from = end + 1;
    }
  }

  void sequence(const std::string& start, const DataNode& value, int indent, const std::string& field) {
    if (value.flow) {
      std::string items;
      for (const auto& item : value.items) items.append(items.empty() ? "" : ", ").append(item.text);
      return line(start + " [" + items + "]", field);
    }
    line(start, field);
    for (std::size_t i = 0; i < value.items.size(); ++i) {
      const std::string item_field = field + "[" + std::to_string(i) + "]";
      const DataNode& item = value.items[i];
      const std::string marker = std::string(indent + 2, ' ') + "- ";
      if (item.kind == DataNode::Kind::mapping && !item.fields.empty()) {
        pending_ = marker;
        mapping_fields(item, indent + 4, item_field, true);
      } else {
        scalar(marker, item, indent + 4, item_field);
      }
    }
  }
};

}  // namespace

YamlText to_yaml(const DataNode& root, const std::string& comment) {
  Writer w;
  if (!comment.empty()) w.comment(comment);
  w.mapping_fields(root, 0, "", false);
  return std::move(w.out);
}

}  // namespace filinggen::intake
