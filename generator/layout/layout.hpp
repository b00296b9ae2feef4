#pragma once
// The layout stage's surface: a document tree in, positioned pages out.
// Coordinates are pt from the page's top-left corner; y of a glyph run is its baseline.
#include <optional>
#include <string>
#include <vector>

#include "layout/font_set.hpp"
#include "markup/document.hpp"
#include "model/diagnostic.hpp"

namespace filinggen::layout {

struct GlyphRun {
  double x = 0, y = 0;  // start of the baseline
  int face = 0;         // index into FontSet
  double size = 12;     // pt
  std::string text;     // UTF-8
};

struct Rule {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
};

struct Page {
  double width = 0, height = 0;
  std::vector<GlyphRun> runs;
  std::vector<Rule> rules;
};

struct PagedDocument {
  std::string title, author, subject, language;
  std::vector<Page> pages;
};

// Breaks lines (ICU), measures with the faces' advance widths, paginates, splits table
// rows at line boundaries and repeats header rows, then sets the footer with the page
// count. A character no face of its role has is an error, never a blank box.
std::optional<PagedDocument> layout_document(const doc::Document& document, const FontSet& fonts,
                                             Diagnostics& diagnostics);

}  // namespace filinggen::layout
