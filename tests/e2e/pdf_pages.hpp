#pragma once
// Helpers of the end-to-end tests that read a PDF page by page: each page's text, its
// footer, its page count, its outline (MuPDF), a contents page's lines, its faces.
#include <algorithm>
#include <regex>
#include <set>

#include "e2e/e2e_support.hpp"

namespace filinggen::e2e {

using test::page_texts;
using test::raw_pages;

// The documents a board pack holds, in the order it holds them (the findings follow).
inline const std::vector<std::string> kPackDocuments = {"declaration", "revision-table", "self-assessment"};

inline const std::regex kFooter("第(\\d+)頁，共(\\d+)頁");

inline std::string without_footer(const std::string& text) { return std::regex_replace(text, kFooter, ""); }

inline std::size_t page_count(const fs::path& pdf) {
  const std::string info = run("pdfinfo " + quoted(pdf.string())).out;
  std::smatch m;
  return std::regex_search(info, m, std::regex("Pages:\\s+(\\d+)")) ? std::stoul(m[1]) : 0;
}

struct OutlineEntry {
  int depth = 0;  // 1: the document's title, 2: under it, …
  std::string title;
  std::size_t page = 0;
};

// The outline as MuPDF reads it: `mutool show outline` marks an entry open (-), closed
// (+) or without entries under it (|), and indents it with one tab a level.
inline std::vector<OutlineEntry> outline(const fs::path& pdf) {
  std::istringstream lines(run("mutool show " + quoted(pdf.string()) + " outline").out);
  std::vector<OutlineEntry> entries;
  const std::regex entry("^[-+|](\\t+)\"(.*)\"\\t#page=(\\d+)");
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (std::regex_search(line, m, entry))
      entries.push_back({static_cast<int>(m[1].length()), m[2], std::stoul(m[3])});
  }
  return entries;
}

inline std::vector<OutlineEntry> at_depth(const std::vector<OutlineEntry>& entries, int depth) {
  std::vector<OutlineEntry> out;
  for (const auto& e : entries)
    if (e.depth == depth) out.push_back(e);
  return out;
}

// The contents page's lines: a document's title and the page it starts on.
inline std::vector<std::pair<std::string, std::size_t>> contents_lines(const fs::path& pack, std::size_t page) {
  std::istringstream lines(test::pdftotext(pack, {page, page, true}));
  std::vector<std::pair<std::string, std::size_t>> out;
  const std::regex line_re("^\\s*\\S+\\s+(\\S+)\\s+(\\d+)\\s*$");
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (std::regex_match(line, m, line_re)) out.emplace_back(m[1], std::stoul(m[2]));
  }
  return out;
}

// The faces a PDF embeds (subset names without their tag). `most_per_face`: how many
// fonts the face embedded most often has; `tags_distinct`: whether no two fonts share a
// subset name (two subsets of one face are two glyph sets).
inline std::set<std::string> face_names(const fs::path& pdf, std::size_t* most_per_face = nullptr,
                                        bool* tags_distinct = nullptr) {
  std::multiset<std::string> all;
  std::set<std::string> subsets;
  for (const auto& line : pdf_fonts(pdf)) {
    const std::string name = line.substr(0, line.find(' '));
    subsets.insert(name);
    all.insert(name.substr(name.find('+') + 1));
  }
  const std::set<std::string> names(all.begin(), all.end());
  if (most_per_face) {
    *most_per_face = 0;
    for (const auto& name : names) *most_per_face = std::max(*most_per_face, all.count(name));
  }
  if (tags_distinct) *tags_distinct = subsets.size() == all.size();
  return names;
}

}  // namespace filinggen::e2e
