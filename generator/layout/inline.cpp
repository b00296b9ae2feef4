// Inline formatting: a paragraph's shaped text (shape.cpp) is broken into lines at ICU's
// break opportunities, aligned, and turned into glyph runs and underline rules.
#include <algorithm>

#include "layout/line_box.hpp"
#include "layout/shaped_text.hpp"
#include "text/text.hpp"

namespace filinggen::layout {
namespace {

constexpr double kAscent = 0.88;  // baseline below the em box top (CJK ideographic em box)

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u3000' || is_line_break(c); }

struct Line {
  std::size_t begin = 0, end = 0;  // glyph range
  bool last = false;               // ends the paragraph or a hard break: not justified
};

double width_of(const std::vector<Glyph>& g, std::size_t begin, std::size_t end) {
  double w = 0;
  for (std::size_t i = begin; i < end; ++i) w += g[i].advance;
  return w;
}

// Width without the spaces a line may end with.
double visible_width(const std::vector<Glyph>& g, std::size_t begin, std::size_t end) {
  while (end > begin && is_space(g[end - 1].cp)) --end;
  return width_of(g, begin, end);
}

// Greedy line filling over break opportunities; a piece wider than a whole line is
// cut between characters so that nothing runs into the margin.
std::vector<Line> break_lines(const std::vector<Glyph>& g, double first_width, double width) {
  std::u32string chars;
  for (const auto& glyph : g) chars.push_back(glyph.cp);
  std::vector<Line> lines;
  std::size_t start = 0, cursor = 0;
  auto available = [&] { return lines.empty() ? first_width : width; };
  auto close = [&](std::size_t at, bool last) {
    lines.push_back({start, at, last});
    start = at;
  };
  for (const auto& opportunity : text::line_breaks(chars)) {
    const std::size_t piece_end = opportunity.index;
    if (start < cursor && visible_width(g, start, piece_end) > available()) close(cursor, false);
    while (start < piece_end && visible_width(g, start, piece_end) > available()) {  // an overlong piece
      std::size_t cut = start + 1;
      while (cut < piece_end && !g[cut].cluster_start) ++cut;
      for (std::size_t next = cut + 1; next <= piece_end; ++next) {
        if (next < piece_end && !g[next].cluster_start) continue;
        if (visible_width(g, start, next) > available()) break;
        cut = next;
      }
      close(cut, false);
    }
    cursor = piece_end;
    if (opportunity.mandatory) close(cursor, true);
  }
  if (start < g.size() || lines.empty()) close(g.size(), true);
  lines.back().last = true;
  return lines;
}

struct Placement {
  double offset = 0;  // from the line's start
  double gap = 0;     // added after each cluster but the last
};

std::size_t clusters_in(const std::vector<Glyph>& g, std::size_t begin, std::size_t end) {
  std::size_t n = 0;
  for (std::size_t i = begin; i < end; ++i) n += g[i].cluster_start && g[i].face != kLineBreak;
  return n;
}

// A check box: a square centred in the one-em box of an ideograph, and a tick in it.
void draw_checkbox(double x, double baseline, double size, bool checked, std::vector<Path>& paths) {
  const double side = 0.7 * size, left = x + (size - side) / 2;
  const double top = baseline - (kAscent + 0.12) / 2 * size - side / 2;
  paths.push_back({{{left, top}, {left + side, top}, {left + side, top + side}, {left, top + side}}, true,
                   0.06 * size});
  if (checked)
    paths.push_back({{{left + 0.18 * side, top + 0.52 * side}, {left + 0.42 * side, top + 0.78 * side},
                      {left + 0.84 * side, top + 0.2 * side}},
                     false, 0.09 * size});
}

Placement align_line(const std::vector<Glyph>& g, const Line& line, std::size_t visible_end,
                     double available, doc::Align align) {
  const double natural = width_of(g, line.begin, visible_end);
  const double slack = std::max(0.0, available - natural);
  const std::size_t count = clusters_in(g, line.begin, visible_end);
  switch (align) {
    case doc::Align::center: return {slack / 2, 0};
    case doc::Align::right: return {slack, 0};
    case doc::Align::justify:
      if (line.last || count < 2) return {0, 0};
      return {0, slack / static_cast<double>(count - 1)};
    case doc::Align::distribute:
      if (count < 2) return {slack / 2, 0};
      return {0, slack / static_cast<double>(count - 1)};
    default: return {0, 0};
  }
}

// Where underlines and strike-throughs go: from the role's first face, so a fallback
// face in the middle of a phrase does not move or break the line.
struct DecorationLines {
  double underline_y = 0, strike_y = 0, thickness = 0;
};

DecorationLines decoration_lines(const font::FontSet& fonts, const doc::ParagraphStyle& style, double baseline) {
  font::FaceMetrics m;
  if (auto primary = fonts.primary_face(style.font)) m = fonts.face(*primary).metrics();
  const double size = style.size;
  const double thickness = m.underline_thickness * size;
  // The metric is the line's top edge; a rule is drawn about its centre.
  return {baseline - m.underline_offset * size + thickness / 2, baseline - (m.ascent + m.descent) / 2 * size,
          thickness};
}

// Extends the open rule of a decoration to `x2`, or starts one at x1.
void extend_rule(std::vector<Rule>& rules, int& open, double x1, double x2, double y, double width,
                 RuleKind kind) {
  if (open < 0) {
    rules.push_back({x1, y, x2, y, width, kind});
    open = static_cast<int>(rules.size() - 1);
  }
  rules[static_cast<std::size_t>(open)].x2 = x2;
}

// The characters of the cluster that starts at `i`, as UTF-8.
std::string cluster_text(const std::vector<Glyph>& g, std::size_t i, std::size_t end) {
  std::u32string chars(1, g[i].cp);
  for (std::size_t k = i + 1; k < end && !g[k].cluster_start; ++k) chars.push_back(g[k].cp);
  return text::to_utf8(chars);
}

// Glyph runs of one line: consecutive clusters of one face share a run; each glyph
// carries its own position, so justification and kerning need no extra runs.
LineBox draw_line(const std::vector<Glyph>& g, const Line& line, double x0, double available,
                  const doc::ParagraphStyle& style, const font::FontSet& fonts) {
  LineBox box;
  const double size = style.size;
  box.height = size * style.line_height;
  const double baseline = (box.height - size) / 2 + kAscent * size;
  std::size_t visible_end = line.end;
  while (visible_end > line.begin && is_space(g[visible_end - 1].cp)) --visible_end;
  const Placement at = align_line(g, line, visible_end, available, style.align);
  const DecorationLines deco = decoration_lines(fonts, style, baseline);

  double x = x0 + at.offset;
  GlyphRun* run = nullptr;
  int underline = -1, strike = -1;
  std::size_t clusters_left = clusters_in(g, line.begin, visible_end);
  for (std::size_t i = line.begin; i < visible_end; ++i) {
    const Glyph& glyph = g[i];
    if (glyph.face == kLineBreak) continue;
    if (glyph.face == kCheckbox) {
      draw_checkbox(x, baseline, size, glyph.checked, box.paths);
      x += glyph.advance + (--clusters_left > 0 ? at.gap : 0);
      underline = strike = -1;
      run = nullptr;
      continue;
    }
    if (!run || run->face != glyph.face) {
      box.runs.push_back({x, baseline, glyph.face, size, "", {}, style.heavy});
      run = &box.runs.back();
    }
    run->text += text::to_utf8(glyph.cp);
    if (!glyph.cluster_start) continue;
    double pen = x - run->x;
    for (std::size_t k = 0; k < glyph.shaped.size(); ++k) {
      const auto& s = glyph.shaped[k];
      run->glyphs.push_back({s.glyph, pen + s.x_offset * size, s.y_offset * size,
                             k == 0 ? cluster_text(g, i, visible_end) : ""});
      pen += s.advance * size;
    }
    const double next = x + glyph.advance + (--clusters_left > 0 ? at.gap : 0);
    if (glyph.underline)
      extend_rule(box.rules, underline, x, x + glyph.advance, deco.underline_y, deco.thickness, RuleKind::underline);
    else underline = -1;
    if (glyph.strike)
      extend_rule(box.rules, strike, x, x + glyph.advance, deco.strike_y, deco.thickness, RuleKind::strike);
    else strike = -1;
    x = next;
  }
  return box;
}

}  // namespace

double height_of(const std::vector<LineBox>& boxes) {
  double h = 0;
  for (const auto& b : boxes) h += b.height;
  return h;
}

void draw_box(const LineBox& box, double x, double y, Page& page) {
  for (auto run : box.runs) {
    run.x += x;
    run.y += y;
    page.runs.push_back(std::move(run));
  }
  for (auto rule : box.rules) {
    rule.x1 += x; rule.x2 += x;
    rule.y1 += y; rule.y2 += y;
    page.rules.push_back(rule);
  }
  for (auto path : box.paths) {
    for (auto& point : path.points) point.x += x, point.y += y;
    page.paths.push_back(std::move(path));
  }
}

bool set_paragraph_lines(const doc::Paragraph& p, double width, const font::FontSet& fonts, Diagnostics& diagnostics,
                         std::vector<LineBox>& out) {
  std::u32string chars;
  std::vector<Decoration> decorations;
  for (const auto& span : p.spans) {
    if (span.checkbox) {
      chars += U'\uFFFC';  // OBJECT REPLACEMENT CHARACTER: breaks like an ideograph
      decorations.push_back({false, false, span.checkbox});
      continue;
    }
    std::u32string part = text::to_code_points(span.text);
    chars += part;
    decorations.insert(decorations.end(), part.size(), Decoration{span.underline, span.strike, std::nullopt});
  }
  std::vector<Glyph> glyphs;
  if (!shape_text(chars, decorations, p.style, fonts, diagnostics, glyphs)) return false;

  const std::size_t first_box = out.size();
  const doc::ParagraphStyle& s = p.style;
  const double em = s.size;
  const double left = s.left_indent * em;
  const double first = left + s.first_indent * em;
  if (s.space_before > 0) out.push_back(spacing_box(s.space_before));
  const std::vector<Line> lines = break_lines(glyphs, width - first, width - left);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const double x0 = i == 0 ? first : left;
    out.push_back(draw_line(glyphs, lines[i], x0, width - x0, s, fonts));
  }
  if (!s.label.empty() && !out.empty()) {  // the hanging label sits in the left indent
    doc::ParagraphStyle label_style = s;
    label_style.align = doc::Align::left;
    std::vector<Glyph> label_glyphs;
    const std::u32string label = text::to_code_points(s.label);
    if (!shape_text(label, {}, label_style, fonts, diagnostics, label_glyphs)) return false;
    const double label_width = width_of(label_glyphs, 0, label_glyphs.size());
    LineBox label_box = draw_line(label_glyphs, {0, label_glyphs.size(), true}, std::max(0.0, first - label_width),
                                  label_width, label_style, fonts);
    LineBox& first_line = out[first_box + (s.space_before > 0 ? 1 : 0)];
    for (auto& run : label_box.runs) first_line.runs.push_back(run);
  }
  if (p.bookmark) out[first_box + (s.space_before > 0 ? 1 : 0)].bookmark = p.bookmark;
  if (s.space_after > 0) out.push_back(spacing_box(s.space_after));
  return true;
}

}  // namespace filinggen::layout
