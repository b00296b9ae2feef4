#include "base/json_text.hpp"

#include <cstdio>

namespace filinggen {

std::string json_quoted(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string json_strings(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + json_quoted(items[i]);
  return out + "]";
}

std::string diagnostic_json(const Diagnostic& d) {
  return "{\"severity\": " + json_quoted(d.severity == Severity::error ? "error" : "warning") +
         ", \"code\": " + json_quoted(d.code) + ", \"file\": " + json_quoted(d.pos.file) +
         ", \"line\": " + std::to_string(d.pos.line) + ", \"column\": " + std::to_string(d.pos.column) +
         (d.pos.cell.empty() ? "" : ", \"cell\": " + json_quoted(d.pos.cell)) +
         ", \"field\": " + json_quoted(d.field) + ", \"message\": " + json_quoted(d.message) + "}";
}

}  // namespace filinggen
