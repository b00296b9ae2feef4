#pragma once
// Private to intake: the 填寫說明 sheet, what a person reads before filling the workbook in.
#include <xlsxwriter.h>

#include "intake/sheet_formats.hpp"

namespace filinggen::intake {

void write_guide(lxw_worksheet* ws, SheetFormats& formats);

}  // namespace filinggen::intake
