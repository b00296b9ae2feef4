#pragma once
// Shared by the unit tests: paths into the source tree and the project's font set.
#include <string>

#include "layout/font_set.hpp"

namespace filinggen::test {

inline std::string source_path(const std::string& relative) {
  return std::string(FILINGGEN_SOURCE_DIR) + "/" + relative;
}

// The fonts of fonts/fonts.yaml, loaded once for the whole test binary.
inline const layout::FontSet& project_fonts() {
  static const layout::FontSet fonts = [] {
    Diagnostics d;
    auto set = layout::FontSet::load(source_path("fonts/fonts.yaml"), d);
    if (!set) throw std::runtime_error("fonts/fonts.yaml did not load; run scripts/setup");
    return std::move(*set);
  }();
  return fonts;
}

}  // namespace filinggen::test
