#pragma once
// A PDF's text as poppler's pdftotext reads it: the one way the tests read a page's words.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace filinggen::test {

// Which pages pdftotext reads (1-based, both included; 0: from the first, to the last)
// and whether it keeps the page's layout (-layout: columns stay on one line).
struct PdfTextOptions {
  std::size_t first = 0, last = 0;
  bool layout = false;
};

// pdftotext's UTF-8 output, as is: every reader below starts from it.
std::string pdftotext(const std::filesystem::path& pdf, const PdfTextOptions& options = {});

// Each page's text as is, split at the form feed pdftotext ends every page with.
std::vector<std::string> raw_pages(const std::filesystem::path& pdf, const PdfTextOptions& options = {});

// The whole text without spaces, line breaks and form feeds, so that a phrase split
// over two lines or spread by justification is still found.
std::string pdf_text(const std::filesystem::path& pdf);

// Each page's text without spaces and line breaks, to compare pages or find a page's words.
std::vector<std::string> page_texts(const std::filesystem::path& pdf);

// The reviewable form of tests/golden/: "--- page N" before each page (N counting from
// `first_number`), then the page's lines with spaces dropped and empty lines left out.
std::string golden_text(const std::vector<std::string>& raw_pages, std::size_t first_number = 1);

}  // namespace filinggen::test
