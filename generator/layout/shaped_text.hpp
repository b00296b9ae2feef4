#pragma once
// Private to layout: a paragraph's characters with the face, glyphs and advance each
// one gets. Line breaking, alignment and drawing work on this.
#include <optional>
#include <string>
#include <vector>

#include "layout/layout.hpp"

namespace filinggen::layout {

// One code point of a paragraph. HarfBuzz may draw several code points (a base and
// its combining marks) as one cluster: its glyphs and advance sit on the first.
constexpr int kLineBreak = -1, kCheckbox = -2;  // Glyph::face of what no face draws

struct Glyph {
  char32_t cp = 0;
  int face = kLineBreak;                   // a face index, kLineBreak or kCheckbox
  double advance = 0;                      // pt, the cluster's, on its first code point
  bool cluster_start = true;
  std::vector<font::ShapedGlyph> shaped;   // em, on the cluster's first code point
  bool underline = false, strike = false;
  bool checked = false;                    // a kCheckbox with a tick
};

struct Decoration {
  bool underline = false, strike = false;
  std::optional<bool> checkbox;            // set: a check box in place of a character
};

// U+2028 LINE SEPARATOR is how a line break in the data reaches layout (see view/).
inline bool is_line_break(char32_t c) { return c == U'\n' || c == U'\u2028'; }

// Gives every character a face of `style.font`; a check box takes one em and no face (the first of the chain that has its
// whole cluster) and shapes each run of one face. A character no face has is reported.
bool shape_text(const std::u32string& chars, const std::vector<Decoration>& decorations,
                const doc::ParagraphStyle& style, const font::FontSet& fonts, Diagnostics& diagnostics,
                std::vector<Glyph>& out);

}  // namespace filinggen::layout
