// The printed page of a worksheet, as the PDF's: A4 in the document's orientation and
// margins, fit to the page width, the header rows repeated, the PDF's running header and
// footer (第 &P 頁，共 &N 頁).
#include "xlsx/sheet_writer.hpp"

namespace filinggen::xlsx {
namespace {

constexpr uint8_t kPaperA4 = 9;

// The template's {page} and {pages} as Excel's &P and &N; every & of the text (a firm
// named "A&P", or "&N") doubled first, so that Excel prints it as text.
std::string header_footer_text(const std::string& text) {
  std::string literal;
  for (char c : text) literal += c == '&' ? std::string("&&") : std::string(1, c);
  return doc::fill_page_numbers(literal, "&P", "&N");
}

const char* position(doc::Align align) {
  return align == doc::Align::right ? "&R" : align == doc::Align::left ? "&L" : "&C";
}

}  // namespace

void set_up_printing(const PlannedSheet& sheet, const doc::Document& document, lxw_worksheet* ws) {
  const doc::PageSetup& page = document.page;
  worksheet_set_paper(ws, kPaperA4);
  if (page.width > page.height) worksheet_set_landscape(ws);
  else worksheet_set_portrait(ws);
  worksheet_set_margins(ws, page.margin_left / 72, page.margin_right / 72, page.margin_top / 72, page.margin_bottom / 72);
  worksheet_fit_to_pages(ws, 1, 0);
  if (document.footer) {
    const std::string footer = position(document.footer->style.align) + header_footer_text(document.footer->text);
    worksheet_set_footer(ws, footer.c_str());
  }
  if (document.header) {
    const std::string header = position(document.header->style.align) + header_footer_text(document.header->text);
    worksheet_set_header(ws, header.c_str());
  }
  if (sheet.header_first >= 0) {
    const int first = written_row(sheet, sheet.header_first), last = written_row(sheet, sheet.header_last);
    worksheet_repeat_rows(ws, first, last);
    worksheet_freeze_panes(ws, last + 1, 0);
  }
}

}  // namespace filinggen::xlsx
