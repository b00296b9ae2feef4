#pragma once
// Private to layout: a line box is the unit pagination moves around. Paragraphs become
// line boxes, table cells hold line boxes, and a row splits between two of them.
#include <optional>
#include <vector>

#include "layout/layout.hpp"

namespace filinggen::layout {

struct LineBox {
  double height = 0;
  std::vector<GlyphRun> runs;  // x from the box's left edge, y from its top
  std::vector<Rule> rules;
  bool spacing = false;        // only space (space-before/after): dropped at a page top
  std::vector<Path> paths;
  std::optional<doc::Bookmark> bookmark;  // the first line of a bookmarked paragraph
};

// Blank space (space-before/after, a spacer): dropped at the top of a page.
inline LineBox spacing_box(double height) {
  LineBox box;
  box.height = height;
  box.spacing = true;
  return box;
}

double height_of(const std::vector<LineBox>& boxes);

// Copies a box's content onto `page`, moved to (x, y).
void draw_box(const LineBox& box, double x, double y, Page& page);

// One paragraph, set in `width` pt, as line boxes (spacing included), appended to `out`.
// Returns false (after reporting) when a character has no face. paragraph_memo.cpp:
// a paragraph set before with the same fonts and width is copied, not set again.
bool set_paragraph(const doc::Paragraph& paragraph, double width, const font::FontSet& fonts,
                   Diagnostics& diagnostics, std::vector<LineBox>& out);
// inline.cpp: the setting itself. It reads only the paragraph's spans, style and
// bookmark, the width and the fonts: the memo's key.
bool set_paragraph_lines(const doc::Paragraph& paragraph, double width, const font::FontSet& fonts,
                         Diagnostics& diagnostics, std::vector<LineBox>& out);

}  // namespace filinggen::layout
