#pragma once
// The layout stage's surface: a document tree in, positioned pages out.
// Coordinates are pt from the page's top-left corner; y of a glyph run is its baseline.
#include <optional>
#include <string>
#include <vector>

#include "font/font.hpp"
#include "markup/document.hpp"
#include "base/diagnostic.hpp"

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

enum class RuleKind { border, underline, strike };

struct Rule {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
  RuleKind kind = RuleKind::border;
};

// A stroked polyline: the square and tick of a check box.
struct Path {
  struct Point {
    double x = 0, y = 0;
  };
  std::vector<Point> points;
  bool closed = false;
  double width = 0.5;
};

struct Page {
  double width = 0, height = 0;
  std::vector<GlyphRun> runs;
  std::vector<Rule> rules;
  std::vector<Path> paths;
  // The last `footer_runs` of `runs` are the footer, so number_pages can set it again.
  std::size_t footer_runs = 0;
};

// Where a bookmark of the document tree landed.
struct OutlineEntry {
  std::string title;
  int level = 1;
  std::size_t page = 0;  // index into pages
  double y = 0;          // top of the element on that page
};

struct PagedDocument {
  std::string title, author, subject, keywords, language;
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;
  // Kept from the tree so the footer can be set again with other numbers (a bound volume).
  doc::PageSetup setup{};
  std::optional<doc::Footer> footer{};
};

// What the footer's {page} and {pages} say: page `first` on the first page, counting
// up, of `total`. A document on its own is pages 1 to its page count; inside a bound
// volume (the board pack) its pages carry the volume's numbers.
struct PageNumbering {
  std::size_t first = 1;
  std::size_t total = 0;
};

// Sets the footer of every page of `document` (replacing the one it has) with
// `numbering`; the running header is left as it is. Nothing to do without a footer.
bool number_pages(PagedDocument& document, const PageNumbering& numbering, const font::FontSet& fonts,
                  Diagnostics& diagnostics);

// Shapes text (HarfBuzz), breaks lines (ICU), paginates, splits table rows at line
// boundaries and repeats header rows, records where bookmarks land, then sets the running
// header and the footer with the page count. A character no face of its role has is an
// error, never a blank box.
std::optional<PagedDocument> layout_document(const doc::Document& document, const font::FontSet& fonts,
                                             Diagnostics& diagnostics);

}  // namespace filinggen::layout
