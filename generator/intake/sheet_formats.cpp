// The firm workbook's cell looks.
#include "intake/sheet_formats.hpp"

#include "xlsx/xlsx.hpp"

namespace filinggen::intake {
namespace {

constexpr const char* kFont = "新細明體";  // what Excel in Taiwan types in
constexpr lxw_color_t kHeaderFill = 0xD9E1F2;
constexpr lxw_color_t kLabelFill = 0xF2F2F2;
constexpr lxw_color_t kMissingFill = 0xFFE699;
constexpr lxw_color_t kHelpColor = 0x595959;

lxw_format* base(lxw_workbook* wb, bool boxed = true) {
  lxw_format* f = workbook_add_format(wb);
  format_set_font_name(f, kFont);
  format_set_font_size(f, 11);
  format_set_text_wrap(f);
  format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
  if (boxed) format_set_border(f, LXW_BORDER_THIN);
  return f;
}

lxw_format* input(lxw_workbook* wb, const char* number_format = nullptr) {
  lxw_format* f = base(wb);
  format_set_unlocked(f);
  if (number_format) format_set_num_format(f, number_format);
  return f;
}

}  // namespace

SheetFormats::SheetFormats(lxw_workbook* wb) {
  // Titles run on across the empty cells to their right: no wrap.
  title = workbook_add_format(wb);
  format_set_font_name(title, kFont);
  format_set_bold(title);
  format_set_font_size(title, 14);
  table_title = workbook_add_format(wb);
  format_set_font_name(table_title, kFont);
  format_set_bold(table_title);
  header = base(wb);
  format_set_bold(header);
  format_set_bg_color(header, kHeaderFill);
  format_set_align(header, LXW_ALIGN_CENTER);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  label = base(wb);
  format_set_bg_color(label, kLabelFill);
  required_label = base(wb);
  format_set_bg_color(required_label, kLabelFill);
  format_set_bold(required_label);
  help = base(wb);
  format_set_font_color(help, kHelpColor);
  format_set_font_size(help, 10);
  shown = base(wb);
  format_set_bg_color(shown, kLabelFill);
  this->input = intake::input(wb);
  input_line = workbook_add_format(wb);
  format_set_font_name(input_line, kFont);
  format_set_border(input_line, LXW_BORDER_THIN);
  format_set_unlocked(input_line);
  input_mark = intake::input(wb);
  format_set_align(input_mark, LXW_ALIGN_CENTER);
  input_text_only = intake::input(wb, "@");
  input_date = intake::input(wb, xlsx::kRocDateFormat);
  format_set_align(input_date, LXW_ALIGN_LEFT);
  input_whole = intake::input(wb, "#,##0");
  input_number = intake::input(wb, "General");
  missing = workbook_add_format(wb);
  format_set_bg_color(missing, kMissingFill);
  guide = base(wb, false);
  guide_heading = base(wb, false);
  format_set_bold(guide_heading);
  format_set_font_size(guide_heading, 12);
}

}  // namespace filinggen::intake
