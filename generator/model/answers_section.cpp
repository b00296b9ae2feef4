// Rewriting the self-assessment answers of a firm file's text, and nothing else: the
// lines of `self_assessment.answers` are replaced by new ones in the same indentation;
// every other line (comments, order, quoting) stays as the user wrote it. yaml-cpp
// cannot write a file back with its comments, so this works on lines.
#include <cstdio>
#include <regex>
#include <sstream>

#include "model/answers_section.hpp"
#include "model/enum_names.hpp"

namespace filinggen::model {
namespace {

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t i = 0;
  for (std::size_t j; (j = text.find('\n', i)) != std::string::npos; i = j + 1) lines.push_back(text.substr(i, j - i));
  if (i < text.size()) lines.push_back(text.substr(i));
  return lines;
}

std::size_t indent_of(const std::string& line) { return line.find_first_not_of(' '); }

bool is_content(const std::string& line) {
  const std::size_t at = line.find_first_not_of(" \t\r");
  return at != std::string::npos && line[at] != '#';
}

bool is_key(const std::string& line, const std::string& key, std::size_t indent) {
  return indent_of(line) == indent && line.compare(indent, key.size() + 1, key + ":") == 0;
}

// A YAML double-quoted scalar: always safe, whatever the text holds.
std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') out.append("\\").push_back(static_cast<char>(c));
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
      out += buffer;
    } else out.push_back(static_cast<char>(c));
  }
  return out + "\"";
}

// Text that YAML reads back as the same string when written plain: no indicator first,
// no ": " or " #", no line break or edge space, and nothing YAML would take for a
// number, a boolean, a date or null. Chinese sentences are plain, as users write them.
bool plain_is_safe(const std::string& text) {
  static const std::regex other_type(
      R"([-+]?(\.?[0-9][0-9_.:eE+-]*|\.inf|\.nan)|true|false|yes|no|on|off|null|~|y|n|[0-9]{4}-.*)", std::regex::icase);
  if (text.empty() || text.front() == ' ' || text.back() == ' ') return false;
  if (std::string("-?:,[]{}#&*!|>'\"%@`").find(text.front()) != std::string::npos) return false;
  if (text.find(": ") != std::string::npos || text.find(" #") != std::string::npos || text.back() == ':') return false;
  for (unsigned char c : text)
    if (c < 0x20 || c == 0x7F) return false;
  return !std::regex_match(text, other_type);
}

std::string scalar(const std::string& text) { return plain_is_safe(text) ? text : quoted(text); }

std::string answers_lines(const std::vector<AssessmentAnswer>& answers, const std::string& pad) {
  if (answers.empty()) return pad + "answers: []\n";
  std::ostringstream out;
  out << pad << "answers:\n";
  for (const auto& a : answers) {
    out << pad << "  - item: " << a.item_id << '\n';
    out << pad << "    answer: " << enum_code(kAnswers, a.answer) << '\n';
    if (!a.explanation.empty()) out << pad << "    explanation: " << scalar(a.explanation) << '\n';
    if (!a.evidence.empty()) out << pad << "    evidence: " << scalar(a.evidence) << '\n';
    if (!a.improvement_plan.empty()) out << pad << "    improvement_plan: " << scalar(a.improvement_plan) << '\n';
    if (a.improvement_due) out << pad << "    improvement_due: " << a.improvement_due->iso() << '\n';
  }
  return out.str();
}

}  // namespace

std::optional<std::string> replace_answers(const std::string& text, const std::vector<AssessmentAnswer>& answers,
                                           std::string& error) {
  const std::vector<std::string> lines = split_lines(text);
  std::size_t section = 0;
  while (section < lines.size() && !is_key(lines[section], "self_assessment", 0)) ++section;
  if (section == lines.size()) {
    error = "公司資料檔沒有 self_assessment 段落，無法放入自評表的答案。";
    return std::nullopt;
  }
  // The section's lines, and its indentation from its first line of content.
  std::size_t end = section + 1, indent = std::string::npos;
  for (; end < lines.size(); ++end) {
    if (!is_content(lines[end])) continue;
    if (indent_of(lines[end]) == 0) break;
    if (indent == std::string::npos) indent = indent_of(lines[end]);
  }
  while (end > section + 1 && !is_content(lines[end - 1])) --end;  // comments before the next section stay
  if (indent == std::string::npos) indent = 2;
  std::size_t first = section + 1;
  while (first < end && !is_key(lines[first], "answers", indent)) ++first;
  std::size_t last = first;  // one past the answers' lines
  if (first < end) {
    for (last = first + 1; last < end; ++last)
      if (is_content(lines[last]) && indent_of(lines[last]) <= indent && lines[last][indent] != '-') break;
    while (last > first + 1 && !is_content(lines[last - 1])) --last;
  }
  std::string out;
  for (std::size_t i = 0; i < first; ++i) out += lines[i] + "\n";
  out += answers_lines(answers, std::string(indent, ' '));
  for (std::size_t i = last; i < lines.size(); ++i) out += lines[i] + "\n";
  return out;
}

}  // namespace filinggen::model
