#include "support/pdf_text.hpp"

#include <sstream>

#include "support/process.hpp"

namespace filinggen::test {

std::string pdftotext(const std::filesystem::path& pdf, const PdfTextOptions& options) {
  std::string command = "pdftotext -enc UTF-8";
  if (options.layout) command += " -layout";
  if (options.first) command += " -f " + std::to_string(options.first);
  if (options.last) command += " -l " + std::to_string(options.last);
  return run(command + " " + quoted(pdf.string()) + " -").out;
}

std::vector<std::string> raw_pages(const std::filesystem::path& pdf, const PdfTextOptions& options) {
  std::vector<std::string> pages(1);
  for (char c : pdftotext(pdf, options)) {
    if (c == '\f') pages.emplace_back();
    else pages.back() += c;
  }
  pages.pop_back();  // what follows the last form feed
  return pages;
}

std::string pdf_text(const std::filesystem::path& pdf) {
  std::string out;
  for (char c : pdftotext(pdf))
    if (c != '\n' && c != ' ' && c != '\f') out += c;
  return out;
}

std::vector<std::string> page_texts(const std::filesystem::path& pdf) {
  std::vector<std::string> pages;
  for (const auto& raw : raw_pages(pdf)) {
    std::string page;
    for (char c : raw)
      if (c != ' ' && c != '\n') page += c;
    pages.push_back(page);
  }
  return pages;
}

std::string golden_text(const std::vector<std::string>& raw_pages, std::size_t first_number) {
  std::string text;
  for (std::size_t p = 0; p < raw_pages.size(); ++p) {
    text += "--- page " + std::to_string(first_number + p) + "\n";
    std::istringstream lines(raw_pages[p]);
    for (std::string line; std::getline(lines, line);) {
      std::string kept;
      for (char c : line)
        if (c != ' ') kept += c;
      if (!kept.empty()) text += kept + "\n";
    }
  }
  return text;
}

}  // namespace filinggen::test
