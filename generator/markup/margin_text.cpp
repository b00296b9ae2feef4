// The text of a page margin: the template's page-number placeholders and nothing else are
// ever replaced (issue 22: a firm named "{page}" printed page numbers in every header).
#include "markup/document.hpp"

namespace filinggen::doc {

std::string margin_literal(const std::string& text) {
  std::string out;
  for (char c : text) {
    out += c;
    if (c == '{' || c == '}') out += c;
  }
  return out;
}

std::string fill_page_numbers(const std::string& text, const std::string& page, const std::string& pages) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 6, "{page}") == 0) {
      out += page;
      i += 5;
    } else if (text.compare(i, 7, "{pages}") == 0) {
      out += pages;
      i += 6;
    } else if ((text[i] == '{' || text[i] == '}') && i + 1 < text.size() && text[i + 1] == text[i]) {
      out += text[i++];
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace filinggen::doc
