// Inline formatting: a paragraph's text is given faces, broken into lines at ICU's
// break opportunities, aligned, and turned into glyph runs and underline rules.
#include <algorithm>

#include "layout/line_box.hpp"
#include "text/text.hpp"

namespace filinggen::layout {
namespace {

constexpr double kAscent = 0.88;           // baseline below the em box top (CJK ideographic em box)
constexpr double kUnderlineOffset = 0.13;  // below the baseline, in em
constexpr double kUnderlineWidth = 0.05;   // in em

struct Glyph {
  char32_t cp = 0;
  int face = -1;  // -1: a hard line break
  double advance = 0;
  bool underline = false;
};

// U+2028 LINE SEPARATOR is how a line break in the data reaches layout (see view/).
bool is_line_break(char32_t c) { return c == U'\n' || c == U'\u2028'; }
bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u3000' || is_line_break(c); }

// Gives every character a face of the paragraph's role and its advance in pt.
bool shape(const doc::Paragraph& p, const std::u32string& chars, const std::vector<bool>& underline,
           const FontSet& fonts, Diagnostics& diagnostics, std::vector<Glyph>& out) {
  if (!fonts.has_role(p.style.font)) {
    diagnostics.error("layout.font_role", {}, "", "文件範本使用了未設定的字型角色「" + p.style.font + "」。");
    return false;
  }
  bool ok = true;
  for (std::size_t i = 0; i < chars.size(); ++i) {
    const char32_t cp = chars[i];
    if (is_line_break(cp)) { out.push_back({cp, -1, 0, false}); continue; }
    auto face = cp > 0xFFFF ? std::nullopt : fonts.face_for(p.style.font, cp);
    if (!face) {
      diagnostics.error("layout.missing_glyph", {}, "",
                        "字元" + text::describe_code_point(cp) + "在設定的字型中都找不到，無法印出；請改用常用字或在 fonts/ 加入含此字的字型。");
      ok = false;
      continue;
    }
    out.push_back({cp, *face, fonts.face(*face).advance(cp) * p.style.size, underline[i]});
  }
  return ok;
}

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
      while (cut < piece_end && visible_width(g, start, cut + 1) <= available()) ++cut;
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
  double gap = 0;     // added after each glyph but the last
};

Placement align_line(const std::vector<Glyph>& g, const Line& line, std::size_t visible_end,
                     double available, doc::Align align) {
  const double natural = width_of(g, line.begin, visible_end);
  const double slack = std::max(0.0, available - natural);
  const std::size_t count = visible_end - line.begin;
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

// Glyph runs of one line: consecutive glyphs of one face share a run unless spaced.
LineBox draw_line(const std::vector<Glyph>& g, const Line& line, double x0, double available,
                  const doc::ParagraphStyle& style) {
  LineBox box;
  const double size = style.size;
  box.height = size * style.line_height;
  const double baseline = (box.height - size) / 2 + kAscent * size;
  std::size_t visible_end = line.end;
  while (visible_end > line.begin && is_space(g[visible_end - 1].cp)) --visible_end;
  const Placement at = align_line(g, line, visible_end, available, style.align);

  double x = x0 + at.offset;
  GlyphRun* run = nullptr;
  Rule* underline = nullptr;
  for (std::size_t i = line.begin; i < visible_end; ++i) {
    const Glyph& glyph = g[i];
    if (glyph.face < 0) continue;
    if (!run || run->face != glyph.face || at.gap > 0) {
      box.runs.push_back({x, baseline, glyph.face, size, ""});
      run = &box.runs.back();
    }
    run->text += text::to_utf8(glyph.cp);
    const double next = x + glyph.advance + (i + 1 < visible_end ? at.gap : 0);
    if (glyph.underline) {
      const double y = baseline + kUnderlineOffset * size;
      if (!underline) {
        box.rules.push_back({x, y, x + glyph.advance, y, kUnderlineWidth * size});
        underline = &box.rules.back();
      }
      underline->x2 = x + glyph.advance;
    } else {
      underline = nullptr;
    }
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
}

bool set_paragraph(const doc::Paragraph& p, double width, const FontSet& fonts, Diagnostics& diagnostics,
                   std::vector<LineBox>& out) {
  std::u32string chars;
  std::vector<bool> underline;
  for (const auto& span : p.spans) {
    std::u32string part = text::to_code_points(span.text);
    chars += part;
    underline.insert(underline.end(), part.size(), span.underline);
  }
  std::vector<Glyph> glyphs;
  if (!shape(p, chars, underline, fonts, diagnostics, glyphs)) return false;

  const doc::ParagraphStyle& s = p.style;
  const double em = s.size;
  const double left = s.left_indent * em;
  const double first = left + s.first_indent * em;
  if (s.space_before > 0) out.push_back({s.space_before, {}, {}, true});
  const std::vector<Line> lines = break_lines(glyphs, width - first, width - left);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const double x0 = i == 0 ? first : left;
    out.push_back(draw_line(glyphs, lines[i], x0, width - x0, s));
  }
  if (!s.label.empty() && !out.empty()) {  // the hanging label sits in the left indent
    doc::Paragraph label{s, {{s.label, false}}};
    label.style.align = doc::Align::left;
    std::vector<Glyph> label_glyphs;
    std::vector<bool> none(text::to_code_points(s.label).size(), false);
    if (!shape(label, text::to_code_points(s.label), none, fonts, diagnostics, label_glyphs)) return false;
    const double label_width = width_of(label_glyphs, 0, label_glyphs.size());
    LineBox label_box = draw_line(label_glyphs, {0, label_glyphs.size(), true}, std::max(0.0, first - label_width),
                                  label_width, label.style);
    LineBox& first_line = out[s.space_before > 0 ? 1 : 0];
    for (auto& run : label_box.runs) first_line.runs.push_back(run);
  }
  if (s.space_after > 0) out.push_back({s.space_after, {}, {}, true});
  return true;
}

}  // namespace filinggen::layout
