#include "filings/printed_characters.hpp"

#include "text/text.hpp"

namespace filinggen::filings {
namespace {

void add_text(std::string_view utf8, std::set<char32_t>& out) {
  for (char32_t c : text::to_code_points(utf8))
    if (c > 0x20 && c != 0x7F) out.insert(c);
}

// Where the construct opened at `at` ends (past its closing mark), or npos.
std::size_t past(std::string_view source, std::size_t at, std::string_view close) {
  const std::size_t end = source.find(close, at);
  return end == std::string_view::npos ? end : end + close.size();
}

}  // namespace

std::set<char32_t> template_characters(std::string_view source) {
  std::set<char32_t> out;
  std::size_t at = 0;
  while (at < source.size()) {
    const std::size_t next = source.find_first_of("{<", at);
    add_text(source.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at), out);
    if (next == std::string_view::npos) break;
    std::string_view close = "}";  // a footer's {page}
    if (source.compare(next, 2, "{{") == 0) close = "}}";
    else if (source.compare(next, 4, "<!--") == 0) close = "-->";
    else if (source[next] == '<') close = ">";
    at = past(source, next + 1, close);
  }
  for (char c = '0'; c <= '9'; ++c) out.insert(static_cast<char32_t>(c));  // dates and counts
  return out;
}

std::set<char32_t> data_characters(std::string_view source) {
  std::set<char32_t> out;
  std::size_t at = 0;
  while (at < source.size()) {
    std::size_t end = source.find('\n', at);
    if (end == std::string_view::npos) end = source.size();
    std::string_view line = source.substr(at, end - at);
    for (std::size_t hash = line.find('#'); hash != std::string_view::npos; hash = line.find('#', hash + 1))
      if (hash == 0 || line[hash - 1] == ' ' || line[hash - 1] == '\t') {
        line = line.substr(0, hash);
        break;
      }
    for (char32_t c : text::to_code_points(line))
      if (c > 0x7F) out.insert(c);
    at = end + 1;
  }
  return out;
}

}  // namespace filinggen::filings
