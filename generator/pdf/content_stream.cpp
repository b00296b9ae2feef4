// Content streams written by hand: PDF coordinates grow upwards from the page's
// bottom-left corner, layout's downwards from its top-left.
#include "pdf/content_stream.hpp"

#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "pdf/pdf_number.hpp"

namespace filinggen::pdf {
namespace {

std::string hex_code(std::uint16_t code) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "<%04X>", code);
  return buf;
}

std::string point(const layout::Path::Point& p, double page_height) {
  return pdf_number(p.x) + " " + pdf_number(page_height - p.y);
}

// Rules and paths (check boxes), stroked in black.
void write_lines(const layout::Page& page, std::string& out) {
  if (page.rules.empty() && page.paths.empty()) return;
  out += "q\n0 G\n";
  double width = -1;
  for (const auto& r : page.rules) {
    if (r.width != width) out += pdf_number(width = r.width) + " w\n";
    out += pdf_number(r.x1) + " " + pdf_number(page.height - r.y1) + " m " + pdf_number(r.x2) + " " +
           pdf_number(page.height - r.y2) + " l S\n";
  }
  if (!page.paths.empty()) out += "1 j\n";  // round joins: a tick's corner is not a spike
  for (const auto& path : page.paths) {
    if (path.points.empty()) continue;
    if (path.width != width) out += pdf_number(width = path.width) + " w\n";
    out += point(path.points[0], page.height) + " m";
    for (std::size_t i = 1; i < path.points.size(); ++i) out.append(" ").append(point(path.points[i], page.height)).append(" l");
    out += path.closed ? " s\n" : " S\n";
  }
  out += "Q\n";
}

// One run: position the first glyph, then every following glyph through a TJ
// adjustment (thousandths of the font size, positive moves left).
void write_run(const layout::GlyphRun& run, double page_height, const EmbeddedFont& font, std::string& out) {
  if (run.glyphs.empty()) return;
  out += "/" + font.resource_name + " " + pdf_number(run.size) + " Tf\n";
  if (run.heavy) out += "2 Tr " + pdf_number(run.size * 0.03) + " w\n";  // fill and stroke: a heavier weight
  out += "1 0 0 1 " + pdf_number(run.x + run.glyphs.front().x) + " " + pdf_number(page_height - run.y) + " Tm\n[";
  double pen = run.glyphs.front().x;  // where the next glyph would fall without adjustment
  double rise = 0;
  for (const auto& g : run.glyphs) {
    auto code = font.codes.find(g.id);
    if (code == font.codes.end()) throw std::logic_error("glyph drawn without an embedded code");
    const double shift = (pen - g.x) * 1000 / run.size;
    if (std::fabs(shift) >= 0.01) out += pdf_number(shift);
    if (g.rise != rise) out += "] TJ\n" + pdf_number(rise = g.rise) + " Ts\n[";
    out += hex_code(code->second);
    pen = g.x + font.widths.at(code->second) * run.size / 1000;
  }
  out += "] TJ\n";
  if (rise != 0) out += "0 Ts\n";
  if (run.heavy) out += "0 Tr\n";
}

}  // namespace

std::string page_content(const layout::Page& page, const std::map<int, EmbeddedFont>& fonts) {
  std::string out;
  write_lines(page, out);
  if (page.runs.empty()) return out;
  out += "BT\n0 g 0 G\n";
  for (const auto& run : page.runs) {
    if (run.glyphs.empty()) continue;
    auto font = fonts.find(run.face);
    if (font == fonts.end()) throw std::logic_error("glyph run in a face that was not embedded");
    write_run(run, page.height, font->second, out);
  }
  out += "ET\n";
  return out;
}

}  // namespace filinggen::pdf
