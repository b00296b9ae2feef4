#pragma once
// Shared by the unit tests: paths into the source tree and the project's font set.
#include <string>

#include "font/font.hpp"

namespace filinggen::test {

inline std::string source_path(const std::string& relative) {
  return std::string(FILINGGEN_SOURCE_DIR) + "/" + relative;
}

// The fonts of fonts/fonts.yaml, loaded once for the whole test binary.
inline const font::FontSet& project_fonts() {
  static const font::FontSet fonts = [] {
    Diagnostics d;
    auto set = font::FontSet::load(source_path("fonts/fonts.yaml"), d);
    if (!set) throw std::runtime_error("fonts/fonts.yaml did not load; run scripts/setup");
    return std::move(*set);
  }();
  return fonts;
}

}  // namespace filinggen::test
