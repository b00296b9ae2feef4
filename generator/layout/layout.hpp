#pragma once
// The layout stage's surface: a document tree in, positioned pages out.
// Coordinates are pt from the page's top-left corner; y of a glyph run is its baseline.
#include <optional>
#include <string>
#include <vector>

#include "font/font.hpp"
#include "markup/document.hpp"
#include "model/diagnostic.hpp"

namespace filinggen::layout {

// A glyph as the PDF draws it: shaped by HarfBuzz, placed by layout.
struct PlacedGlyph {
  font::GlyphId id = 0;  // in the face of its run
  double x = 0;          // pt from the run's x
  double rise = 0;       // pt above the baseline (a shaping offset; usually 0)
  std::string text;      // the characters it stands for (first glyph of a cluster), for ToUnicode
};

// Glyphs of one face, size and weight on one baseline.
struct GlyphRun {
  double x = 0, y = 0;  // start of the baseline
  int face = 0;         // index into the FontSet
  double size = 12;     // pt
  std::string text;     // UTF-8, what the run reads as
  std::vector<PlacedGlyph> glyphs;
  bool heavy = false;   // set heavier than the face's weight (stroked as well as filled)
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
std::optional<PagedDocument> layout_document(const doc::Document& document, const font::FontSet& fonts,
                                             Diagnostics& diagnostics);

}  // namespace filinggen::layout
