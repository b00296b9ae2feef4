// The document tree as a workbook: the tree seen as a sheet (for_medium), placed on
// worksheets (sheet_plan.cpp), written through libxlsxwriter into a private temporary
// file and returned as bytes, so the caller writes it atomically like a PDF.
#include <chrono>
#include <set>

#include "xlsx/form_protocol.hpp"
#include "xlsx/scratch_workbook.hpp"
#include "xlsx/sheet_writer.hpp"
#include "xlsx/xlsx.hpp"

namespace filinggen::xlsx {
namespace {

std::time_t midnight_utc(const CivilDate& date) {
  using namespace std::chrono;
  const sys_days day = year_month_day{year{date.year}, month{static_cast<unsigned>(date.month)},
                                      std::chrono::day{static_cast<unsigned>(date.day)}};
  return static_cast<std::time_t>(duration_cast<seconds>(day.time_since_epoch()).count());
}

void set_properties(lxw_workbook* wb, const doc::Document& d, const WorkbookOptions& options) {
  lxw_doc_properties p{};
  p.title = const_cast<char*>(d.title.c_str());
  p.subject = const_cast<char*>(d.subject.c_str());
  p.author = const_cast<char*>(d.author.c_str());
  p.company = const_cast<char*>(options.company.c_str());
  p.keywords = const_cast<char*>(d.keywords.c_str());
  p.comments = const_cast<char*>(options.generator.c_str());
  p.created = midnight_utc(options.created);
  workbook_set_properties(wb, &p);
}

// Each distinct list of choices as a column of the hidden choices sheet.
std::map<std::vector<std::string>, std::string> write_choices(lxw_workbook* wb, const std::vector<PlannedSheet>& sheets) {
  std::map<std::vector<std::string>, std::string> ranges;
  lxw_worksheet* ws = nullptr;
  for (const auto& sheet : sheets)
    for (const auto& row : sheet.rows)
      for (const auto& cell : row.cells) {
        if (cell.field.choices.empty() || ranges.count(cell.field.choices)) continue;
        if (!ws) {
          ws = workbook_add_worksheet(wb, kChoicesSheet);
          worksheet_hide(ws);
        }
        const int column = static_cast<int>(ranges.size());
        for (std::size_t i = 0; i < cell.field.choices.size(); ++i)
          worksheet_write_string(ws, static_cast<int>(i), column, cell.field.choices[i].c_str(), nullptr);
        ranges[cell.field.choices] = range_reference({kChoicesSheet, column, 0, static_cast<int>(cell.field.choices.size()) - 1});
      }
  return ranges;
}

bool sheet_names_ok(const std::vector<PlannedSheet>& sheets, const std::string& source, Diagnostics& diagnostics) {
  std::set<std::string> seen{kChoicesSheet};
  for (const auto& sheet : sheets)
    if (!seen.insert(sheet.name).second) {
      diagnostics.error("xlsx.sheet", {source, 0, 0}, "sheet",
                        "工作表名稱「" + sheet.name + "」重複（或與隱藏的選項工作表同名）；請在範本中改用其他名稱。");
      return false;
    }
  return true;
}

}  // namespace

std::optional<std::string> write_workbook(const doc::Document& tree, const WorkbookOptions& options,
                                          Diagnostics& diagnostics) {
  const doc::Document document = doc::for_medium(tree, doc::Medium::sheet);
  const std::vector<PlannedSheet> sheets = plan_sheets(document);
  const std::string source = document.title;
  if (!sheet_names_ok(sheets, source, diagnostics)) return std::nullopt;
  ScratchWorkbook scratch(source, diagnostics);
  lxw_workbook* wb = scratch.workbook();
  if (!wb) return std::nullopt;
  set_properties(wb, document, options);
  if (!document.key.empty()) {
    std::string formula = "=";
    formula += formula_string(document.key);
    workbook_define_name(wb, kDocumentKeyName, formula.c_str());
  }
  std::vector<lxw_worksheet*> worksheets;
  for (const auto& sheet : sheets) worksheets.push_back(workbook_add_worksheet(wb, sheet.name.c_str()));
  const auto choices = write_choices(wb, sheets);
  CellFormats formats(wb, options.font);
  const FieldColumns fields = field_columns(sheets);
  bool ok = true;
  for (std::size_t i = 0; i < sheets.size() && ok; ++i) {
    SheetContext context{worksheets[i], formats, fields, choices, diagnostics, source};
    ok = write_sheet(sheets[i], context);
    write_form_fields(sheets[i], context);
    set_up_printing(sheets[i], document, worksheets[i]);
  }
  return scratch.finish(ok);
}

}  // namespace filinggen::xlsx
