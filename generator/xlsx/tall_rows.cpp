// Excel's rows are at most 409 pt tall, and a cell never flows into the next row: a
// cell with more text (a long amended article) would be cut off. Such a row becomes a
// row and continuation rows, its text divided at line breaks (or, inside one very
// long paragraph, between characters), as the PDF divides a cell between pages.
#include <algorithm>

#include "xlsx/sheet_plan.hpp"

namespace filinggen::xlsx {
namespace {

constexpr double kTallest = 400;  // pt, below Excel's 409 for the cell's padding

std::size_t utf8_length(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

double cell_width(const PlannedSheet& sheet, const PlannedCell& cell) {
  double width = 0;
  for (int c = cell.column; c < cell.column + cell.span; ++c) width += sheet.column_widths[c];
  return width;
}

// Byte offsets where the text may be divided, each part fitting in `limit` pt.
std::vector<std::size_t> division_points(const std::string& text, double width, double size) {
  std::vector<std::size_t> cuts;
  std::size_t start = 0, fits = 0;  // the current part is text[start, fits)
  auto height = [&](std::size_t end) { return wrapped_height(text.substr(start, end - start), width, size); };
  for (std::size_t i = 0; i <= text.size();) {
    std::size_t next = i < text.size() ? text.find('\n', i) : std::string::npos;
    const std::size_t end = next == std::string::npos ? text.size() : next;
    if (height(end) <= kTallest) {
      fits = end;
    } else {
      if (fits > start) {  // what fitted so far is a part; this line starts the next
        cuts.push_back(fits + 1);
        start = fits + 1;
      }
      // One line taller than a row: cut it between characters.
      while (height(end) > kTallest) {
        std::size_t cut = start;
        for (std::size_t j = start; j < end; j += utf8_length(static_cast<unsigned char>(text[j])))
          if (height(j) <= kTallest) cut = j;
          else break;
        if (cut == start) break;
        cuts.push_back(cut);
        start = cut;
      }
      fits = end;
    }
    if (next == std::string::npos) break;
    i = next + 1;
  }
  return cuts;
}

// The runs of text[from, to), formatting kept.
std::vector<TextRun> slice(const std::vector<TextRun>& runs, std::size_t from, std::size_t to) {
  std::vector<TextRun> out;
  std::size_t at = 0;
  for (const auto& run : runs) {
    const std::size_t b = std::max(at, from), e = std::min(at + run.text.size(), to);
    if (b < e) out.push_back({run.text.substr(b - at, e - b), run.underline, run.strike});
    at += run.text.size();
  }
  while (!out.empty() && !out.back().text.empty() && out.back().text.back() == '\n') {
    out.back().text.pop_back();
    if (out.back().text.empty()) out.pop_back();
  }
  return out;
}

// The row as one or more rows; a row with form fields stays whole (it is read back).
std::vector<PlannedRow> divide(const PlannedRow& row, const PlannedSheet& sheet) {
  std::vector<std::vector<std::size_t>> cuts;
  std::size_t parts = 1;
  for (const auto& cell : row.cells) {
    if (!cell.field.name.empty()) return {row};
    cuts.push_back(division_points(cell.plain(), cell_width(sheet, cell), cell.size));
    parts = std::max(parts, cuts.back().size() + 1);
  }
  if (parts == 1) return {row};
  std::vector<PlannedRow> out(parts);
  for (std::size_t p = 0; p < parts; ++p) {
    out[p].key = p == 0 ? row.key : "";
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      PlannedCell cell = row.cells[i];
      const std::string plain = cell.plain();
      const auto& c = cuts[i];
      const std::size_t from = p == 0 ? 0 : p <= c.size() ? c[p - 1] : plain.size();
      const std::size_t to = p < c.size() ? c[p] : plain.size();
      cell.runs = slice(row.cells[i].runs, from, to);
      if (p > 0) cell.count.reset(), cell.date.reset();
      out[p].cells.push_back(std::move(cell));
    }
  }
  return out;
}

}  // namespace

void divide_tall_rows(PlannedSheet& sheet) {
  std::vector<PlannedRow> rows;
  int first = sheet.header_first, last = sheet.header_last;
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    auto parts = divide(sheet.rows[r], sheet);
    const int added = static_cast<int>(parts.size()) - 1;
    if (static_cast<int>(r) < sheet.header_first) first += added;
    if (static_cast<int>(r) < sheet.header_last) last += added;
    for (auto& part : parts) rows.push_back(std::move(part));
  }
  sheet.rows = std::move(rows);
  sheet.header_first = first;
  sheet.header_last = last;
}

}  // namespace filinggen::xlsx
