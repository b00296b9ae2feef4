#pragma once
// The document tree: what a filing contains, independent of how it is drawn.
// Both writers (PDF through layout, and later XLSX) read this and nothing earlier.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/civil_date.hpp"

namespace filinggen::doc {

// Which writer shows an element: both, only the printed PDF, or only the workbook
// (e.g. check boxes on paper, a dropdown in the sheet). Each writer reads the tree
// through for_medium(), so an element meant for the other never reaches it.
enum class Medium { both, print, sheet };

enum class Align { left, center, right, justify, distribute };  // distribute spreads short titles
enum class VAlign { top, middle, bottom };

struct Span {
  std::string text;
  bool underline = false;  // e.g. an amended phrase of a revision
  bool strike = false;     // e.g. a deleted phrase of the current text
  // Set: a check box drawn as vector shapes (a square, and a tick when true) in place of
  // text, so no face needs a glyph for it.
  std::optional<bool> checkbox{};
  bool operator==(const Span&) const = default;
};

// An entry of the PDF outline (bookmarks), pointing at the element that carries it.
struct Bookmark {
  std::string title;
  int level = 1;  // 1: top level, 2: under the previous level 1
  bool operator==(const Bookmark&) const = default;
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
  bool operator==(const ParagraphStyle&) const = default;
};

struct Paragraph {
  ParagraphStyle style;
  std::vector<Span> spans;
  std::optional<Bookmark> bookmark;
  Medium medium = Medium::both;
  std::string sheet{};  // set: in a workbook, this block starts a new worksheet of this name
};

// What a cell means to a form that is filled in (a workbook sent out to departments);
// the PDF ignores it. A field's value can be read back by its name.
struct FormField {
  std::string name;                         // e.g. "answer"; empty: not a field
  std::vector<std::string> choices;         // the value is one of these (a dropdown)
  std::string flag;                         // marked when the value is this, e.g. 不符合
  std::string required_by;                  // another field of the row, e.g. "answer" ...
  std::vector<std::string> required_when;   // ... whose value among these makes this one required
};

// A count over a field's rows, e.g. how many items are 符合: a live formula in a
// workbook, the text (the count now) on paper. count="answer=符合": rows holding 符合;
// count="answer=": keyed rows with the field empty; count="key": rows with a key.
struct FieldCount {
  std::string field;
  std::optional<std::string> value;  // none: every row with a value
};

inline constexpr int kAllColumns = 0;

struct Cell {
  std::vector<Paragraph> paragraphs;
  VAlign valign = VAlign::top;
  int span = 1;  // columns it covers; kAllColumns: every column of the medium (resolved by for_medium)
  Medium medium = Medium::both;
  FormField field{};
  std::optional<CivilDate> date{};   // the cell is this date: a real date in a workbook
  std::optional<FieldCount> count{};
};

struct Row {
  std::vector<Cell> cells;
  double min_height = 0;  // pt; e.g. room for a seal
  bool header = false;    // repeated at the top of each page the table continues on
  bool keep_with_next = false;  // a label row: never left alone at the foot of a page
  std::optional<Bookmark> bookmark;
  Medium medium = Medium::both;
  std::string key{};  // a stable id of what the row stands for (a checklist item), kept for the way back
};

struct Table {
  std::vector<double> column_weights;  // relative widths, as printed
  std::vector<double> sheet_weights{}; // relative widths in a workbook; empty: as printed
  std::vector<Row> rows;
  double space_before = 0;
  double space_after = 0;
  Medium medium = Medium::both;
  std::string sheet{};  // set: in a workbook, this block starts a new worksheet of this name
};

struct Spacer {
  double height = 0;
  Medium medium = Medium::both;
};

using Block = std::variant<Paragraph, Table, Spacer>;

struct PageSetup {
  double width = 595.276;  // A4 portrait, pt
  double height = 841.890;
  double margin_top = 72, margin_right = 64, margin_bottom = 72, margin_left = 64;
};

// A line set in a page margin: the footer at the foot of every page, the running header
// at the top of every page but the first. Its text holds the template's {page} and
// {pages}; a brace of the text itself (of data, say) is doubled, so a firm named
// "{page}" is never a page number (fill_page_numbers).
struct Footer {
  ParagraphStyle style;
  std::string text;
};
using RunningHeader = Footer;

// Text for a Footer's text: its braces doubled.
std::string margin_literal(const std::string& text);
// A Footer's text as printed: {page} and {pages} replaced, doubled braces made single.
std::string fill_page_numbers(const std::string& text, const std::string& page, const std::string& pages);

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
  std::string sheet = "Sheet1";  // name of the workbook's first worksheet
  std::string key{};  // what the document stands for (e.g. the firm's id), kept in a workbook for the way back
};

// The document as one writer sees it: elements meant only for the other medium removed
// (document_medium.cpp). A table seen as a sheet takes its sheet widths.
Document for_medium(const Document& document, Medium medium);

}  // namespace filinggen::doc
