#pragma once
// The document tree: what a filing contains, independent of how it is drawn.
// Both writers (PDF through layout, and later XLSX) read this and nothing earlier.
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace filinggen::doc {

enum class Align { left, center, right, justify, distribute };  // distribute spreads short titles
enum class VAlign { top, middle, bottom };

struct Span {
  std::string text;
  bool underline = false;  // e.g. an amended phrase of a revision
  bool strike = false;     // e.g. a deleted phrase of the current text
  // Set: a check box drawn as vector shapes (a square, and a tick when true) in place of
  // text, so no face needs a glyph for it.
  std::optional<bool> checkbox{};
};

// An entry of the PDF outline (bookmarks), pointing at the element that carries it.
struct Bookmark {
  std::string title;
  int level = 1;  // 1: top level, 2: under the previous level 1
};

struct ParagraphStyle {
  std::string font = "kai";  // a font role of the font configuration
  double size = 12;          // pt
  Align align = Align::justify;
  double line_height = 1.6;  // multiple of the size
  double first_indent = 0;   // em, first line
  double left_indent = 0;    // em, every line
  double space_before = 0;   // pt
  double space_after = 0;    // pt
  std::string label;         // hanging label such as 一、, set in the left indent
  bool keep_with_next = false;
  bool heavy = false;        // set heavier than the face (headings, where a face has one weight)
};

struct Paragraph {
  ParagraphStyle style;
  std::vector<Span> spans;
  std::optional<Bookmark> bookmark;
};

struct Cell {
  std::vector<Paragraph> paragraphs;
  VAlign valign = VAlign::top;
  int span = 1;  // columns it covers
};

struct Row {
  std::vector<Cell> cells;
  double min_height = 0;  // pt; e.g. room for a seal
  bool header = false;    // repeated at the top of each page the table continues on
  bool keep_with_next = false;  // a label row: never left alone at the foot of a page
  std::optional<Bookmark> bookmark;
};

struct Table {
  std::vector<double> column_weights;  // relative widths
  std::vector<Row> rows;
  double space_before = 0;
  double space_after = 0;
};

struct Spacer {
  double height = 0;
};

using Block = std::variant<Paragraph, Table, Spacer>;

struct PageSetup {
  double width = 595.276;  // A4 portrait, pt
  double height = 841.890;
  double margin_top = 72, margin_right = 64, margin_bottom = 72, margin_left = 64;
};

// A line set in a page margin: the footer at the foot of every page, the running header
// at the top of every page but the first. {page} and {pages} are replaced.
struct Footer {
  ParagraphStyle style;
  std::string text;
};
using RunningHeader = Footer;

struct Document {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string language = "zh-TW";
  PageSetup page;
  std::vector<Block> blocks;
  std::optional<RunningHeader> header;
  std::optional<Footer> footer;
};

}  // namespace filinggen::doc
