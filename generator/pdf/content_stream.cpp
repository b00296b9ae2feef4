// Content streams written by hand: PDF coordinates grow upwards from the page's
// bottom-left corner, layout's downwards from its top-left.
#include "pdf/content_stream.hpp"

#include <cmath>
#include <stdexcept>

#include "pdf/pdf_number.hpp"

namespace filinggen::pdf {
namespace {

void hex_code(std::uint16_t code, std::string& out) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  const char text[6] = {'<', kDigits[code >> 12], kDigits[(code >> 8) & 15], kDigits[(code >> 4) & 15],
                        kDigits[code & 15], '>'};
  out.append(text, sizeof text);
}

void numbers(std::string& out, double a, double b) {
  append_number(out, a);
  out += ' ';
  append_number(out, b);
}

// Rules and paths (check boxes), stroked in black.
void write_lines(const layout::Page& page, std::string& out) {
  if (page.rules.empty() && page.paths.empty()) return;
  out += "q\n0 G\n";
  double width = -1;
  auto set_width = [&](double w) {
    if (w == width) return;
    append_number(out, width = w);
    out += " w\n";
  };
  for (const auto& r : page.rules) {
    set_width(r.width);
    numbers(out, r.x1, page.height - r.y1);
    out += " m ";
    numbers(out, r.x2, page.height - r.y2);
    out += " l S\n";
  }
  if (!page.paths.empty()) out += "1 j\n";  // round joins: a tick's corner is not a spike
  for (const auto& path : page.paths) {
    if (path.points.empty()) continue;
    set_width(path.width);
    numbers(out, path.points[0].x, page.height - path.points[0].y);
    out += " m";
    for (std::size_t i = 1; i < path.points.size(); ++i) {
      out += ' ';
      numbers(out, path.points[i].x, page.height - path.points[i].y);
      out += " l";
    }
    out += path.closed ? " s\n" : " S\n";
  }
  out += "Q\n";
}

const DrawnGlyph& drawn_by(const FaceFonts& fonts, font::GlyphId glyph) {
  auto drawn = fonts.drawn.find(glyph);
  if (drawn == fonts.drawn.end()) throw std::logic_error("glyph drawn without an embedded code");
  return drawn->second;
}

void select_font(const EmbeddedFont& font, double size, std::string& out) {
  out += '/';
  out += font.resource_name;
  out += ' ';
  append_number(out, size);
  out += " Tf\n";
}

// One run: position the first glyph, then every following glyph through a TJ
// adjustment (thousandths of the font size, positive moves left). A change of font
// ends the TJ; the text position carries on where the last glyph ended.
void write_run(const layout::GlyphRun& run, double page_height, const FaceFonts& fonts, std::string& out) {
  if (run.glyphs.empty()) return;
  int current = -1;
  double pen = run.glyphs.front().x;  // where the next glyph would fall without adjustment
  double rise = 0;
  for (const auto& g : run.glyphs) {
    const DrawnGlyph& drawn = drawn_by(fonts, g.id);
    if (current < 0) {
      select_font(fonts.fonts[current = drawn.font], run.size, out);
      if (run.heavy) {  // fill and stroke: a heavier weight
        out += "2 Tr ";
        append_number(out, run.size * 0.03);
        out += " w\n";
      }
      out += "1 0 0 1 ";
      numbers(out, run.x + run.glyphs.front().x, page_height - run.y);
      out += " Tm\n[";
    } else if (drawn.font != current) {
      out += "] TJ\n";
      select_font(fonts.fonts[current = drawn.font], run.size, out);
      out += '[';
    }
    const double shift = (pen - g.x) * 1000 / run.size;
    if (std::fabs(shift) >= 0.01) append_number(out, shift);
    if (g.rise != rise) {
      out += "] TJ\n";
      append_number(out, rise = g.rise);
      out += " Ts\n[";
    }
    hex_code(drawn.code, out);
    pen = g.x + drawn.width * run.size / 1000;
  }
  out += "] TJ\n";
  if (rise != 0) out += "0 Ts\n";
  if (run.heavy) out += "0 Tr\n";
}

}  // namespace

FaceFonts face_fonts(std::vector<EmbeddedFont> fonts, const FaceUse* use) {
  FaceFonts face{std::move(fonts), {}};
  auto add = [&face](font::GlyphId glyph) {
    for (std::size_t i = 0; i < face.fonts.size(); ++i) {
      const FontCodes& codes = *face.fonts[i].codes;
      auto code = codes.codes.find(glyph);
      if (code == codes.codes.end()) continue;
      face.drawn.emplace(glyph, DrawnGlyph{static_cast<std::uint16_t>(i), code->second, codes.widths.at(code->second)});
      return;
    }
  };
  if (use) {
    face.drawn.reserve(use->text_of.size());
    for (const auto& entry : use->text_of) add(entry.first);
  } else {
    for (const auto& font : face.fonts)
      for (const auto& entry : font.codes->codes) add(entry.first);
  }
  return face;
}

void append_page_content(const layout::Page& page, const std::map<int, FaceFonts>& fonts, std::string& out) {
  write_lines(page, out);
  if (page.runs.empty()) return;
  out += "BT\n0 g 0 G\n";
  for (const auto& run : page.runs) {
    if (run.glyphs.empty()) continue;
    auto font = fonts.find(run.face);
    if (font == fonts.end()) throw std::logic_error("glyph run in a face that was not embedded");
    write_run(run, page.height, font->second, out);
  }
  out += "ET\n";
}

std::string page_content(const layout::Page& page, const std::map<int, FaceFonts>& fonts) {
  std::string out;
  append_page_content(page, fonts, out);
  return out;
}

}  // namespace filinggen::pdf
