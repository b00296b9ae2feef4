#include "support/source_tree.hpp"

#include <stdexcept>

namespace filinggen::test {

std::string source_path(const std::string& relative) { return std::string(FILINGGEN_SOURCE_DIR) + "/" + relative; }

const font::FontSet& project_fonts() {
  static const font::FontSet fonts = [] {
    Diagnostics d;
    auto set = font::FontSet::load(source_path("fonts/fonts.yaml"), d);
    if (!set) throw std::runtime_error("fonts/fonts.yaml did not load; run scripts/setup");
    return std::move(*set);
  }();
  return fonts;
}

}  // namespace filinggen::test
