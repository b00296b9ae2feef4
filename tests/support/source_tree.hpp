#pragma once
// The project's own files the tests read: paths into the source tree and its font set.
#include <string>

#include "font/font.hpp"

namespace filinggen::test {

// `relative` under the source tree, so a test runs from any folder.
std::string source_path(const std::string& relative);

// The fonts of fonts/fonts.yaml, loaded once for the whole test binary (loading is slow).
const font::FontSet& project_fonts();

}  // namespace filinggen::test
