#pragma once
// Private to intake: the looks of the firm workbook's cells, made once per workbook.
// White cells are for input (unlocked), grey ones are the workbook's own words, and a
// required cell turns yellow while it is empty.
#include <xlsxwriter.h>

namespace filinggen::intake {

struct SheetFormats {
  explicit SheetFormats(lxw_workbook* wb);

  lxw_format* title;
  lxw_format* table_title;
  lxw_format* header;
  lxw_format* label;
  lxw_format* required_label;
  lxw_format* help;
  lxw_format* shown;  // the workbook's own text in a table (an item's wording)
  lxw_format* input;
  lxw_format* input_line;  // one line of text in a labelled row: it may run on to the right
  lxw_format* input_mark;  // 是, centred
  lxw_format* input_text_only;  // typed as text even when it looks like a date (12-31)
  lxw_format* input_date;
  lxw_format* input_whole;
  lxw_format* input_number;
  lxw_format* missing;  // conditional: a required cell still empty
  lxw_format* guide;
  lxw_format* guide_heading;
};

}  // namespace filinggen::intake
