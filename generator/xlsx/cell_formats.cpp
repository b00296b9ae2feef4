// The looks of cells: tables boxed with thin borders, header rows shaded, text wrapped
// and set in the document's face; dates shown in the ROC calendar.
#include "xlsx/cell_formats.hpp"
#include "xlsx/xlsx.hpp"

namespace filinggen::xlsx {
namespace {

constexpr lxw_color_t kHeaderFill = 0xE7E6E6;
constexpr lxw_color_t kLabelFill = 0xF2F2F2;
constexpr lxw_color_t kFlagFill = 0xF8CBAD;     // light red: an answer to look at
constexpr lxw_color_t kMissingFill = 0xFFE699;  // light yellow: a field still to fill

uint8_t horizontal(doc::Align align) {
  switch (align) {
    case doc::Align::center: return LXW_ALIGN_CENTER;
    case doc::Align::right: return LXW_ALIGN_RIGHT;
    case doc::Align::distribute: return LXW_ALIGN_DISTRIBUTED;
    case doc::Align::justify:
    case doc::Align::left: return LXW_ALIGN_LEFT;
  }
  return LXW_ALIGN_LEFT;
}

bool boxed(CellRole role) { return role == CellRole::table || role == CellRole::table_header || role == CellRole::table_label; }

}  // namespace

lxw_format* CellFormats::cell(const CellLook& look) {
  auto& f = cells_[look];
  if (f) return f;
  f = workbook_add_format(workbook_);
  format_set_font_name(f, font_.c_str());
  format_set_font_size(f, look.size);
  if (look.bold) format_set_bold(f);
  format_set_text_wrap(f);
  format_set_align(f, horizontal(look.align));
  format_set_align(f, look.role == CellRole::table_header ? LXW_ALIGN_VERTICAL_CENTER : LXW_ALIGN_VERTICAL_TOP);
  if (boxed(look.role)) format_set_border(f, LXW_BORDER_THIN);
  if (look.role == CellRole::table_header) format_set_bg_color(f, kHeaderFill);
  if (look.role == CellRole::table_label) format_set_bg_color(f, kLabelFill);
  if (look.unlocked) format_set_unlocked(f);
  if (look.date) format_set_num_format(f, kRocDateFormat);
  return f;
}

lxw_format* CellFormats::run(const RunLook& look) {
  auto& f = runs_[look];
  if (f) return f;
  f = workbook_add_format(workbook_);
  format_set_font_name(f, font_.c_str());
  format_set_font_size(f, look.size);
  if (look.bold) format_set_bold(f);
  if (look.underline) format_set_underline(f, LXW_UNDERLINE_SINGLE);
  if (look.strike) format_set_font_strikeout(f);
  return f;
}

lxw_format* CellFormats::flagged() {
  if (!flagged_) {
    flagged_ = workbook_add_format(workbook_);
    format_set_bg_color(flagged_, kFlagFill);
    format_set_bold(flagged_);
  }
  return flagged_;
}

lxw_format* CellFormats::missing() {
  if (!missing_) {
    missing_ = workbook_add_format(workbook_);
    format_set_bg_color(missing_, kMissingFill);
  }
  return missing_;
}

}  // namespace filinggen::xlsx
