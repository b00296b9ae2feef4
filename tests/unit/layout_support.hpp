#pragma once
// Helpers to read laid-out pages back as lines of text, for layout assertions.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "layout/layout.hpp"

namespace filinggen::test {

struct LaidLine {
  double y = 0;
  double left = 0;
  std::string text;
};

// The runs of a page grouped by baseline, left to right, top to bottom.
inline std::vector<LaidLine> lines_of(const layout::Page& page) {
  std::map<long, std::vector<const layout::GlyphRun*>> by_baseline;
  for (const auto& run : page.runs) by_baseline[static_cast<long>(run.y * 100)].push_back(&run);
  std::vector<LaidLine> lines;
  for (auto& [key, runs] : by_baseline) {
    std::sort(runs.begin(), runs.end(), [](auto* a, auto* b) { return a->x < b->x; });
    LaidLine line{runs.front()->y, runs.front()->x, ""};
    for (auto* r : runs) line.text += r->text;
    lines.push_back(line);
  }
  return lines;
}

}  // namespace filinggen::test
