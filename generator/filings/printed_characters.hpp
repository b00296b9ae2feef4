#pragma once
// Private to filings (unit-tested): the characters a file puts on every firm's page, the
// start of a kind's shared font subsets (kind_fonts.hpp). Only what is read as text
// counts; missing a character costs a glyph in a document's own subset, never output.
#include <set>
#include <string_view>

namespace filinggen::filings {

// A template's text outside Mustache tags, markup tags and comments.
std::set<char32_t> template_characters(std::string_view source);

// The characters of a shared data file (YAML) beyond ASCII, comments left out: the
// wording of the standard's checklist and amendments.
std::set<char32_t> data_characters(std::string_view source);

}  // namespace filinggen::filings
