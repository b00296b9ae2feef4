// The firm workbook through libxlsxwriter: each sheet of firm_sheets.cpp with its
// labelled rows and tables, an input message and a validation on every input cell (a
// dropdown for every choice), dates as date cells shown in ROC, required cells yellow
// while empty, and the sheet protected with only the input cells open.
#include "intake/firm_workbook_writer.hpp"

#include "intake/firm_workbook_guide.hpp"
#include "intake/located_sheet.hpp"
#include "intake/sheet_formats.hpp"
#include "text/text.hpp"
#include "xlsx/scratch_workbook.hpp"
#include "xlsx/sheet_plan.hpp"

namespace filinggen::intake {
namespace {

using K = CellKind;


struct Place {
  lxw_worksheet* ws;
  SheetFormats& formats;
  const std::string& people_names;  // the 姓名 column of 人員, for the signatories' dropdown
};

lxw_format* input_format(SheetFormats& f, const CellSpec& spec) {
  switch (spec.kind) {
    case K::date: return f.input_date;
    case K::whole_number: return f.input_whole;
    case K::decimal:
    case K::roc_year: return f.input_number;
    case K::month_day: return f.input_text_only;
    case K::mark:
    case K::yes_no: return f.input_mark;
    default: return f.input;
  }
}

void write_value(const Place& p, int row, int column, const CellSpec& spec, const Shown& v, bool labelled = false) {
  lxw_format* format = *spec.key ? input_format(p.formats, spec) : p.formats.shown;
  if (labelled && spec.kind == K::text) format = p.formats.input_line;
  if (v.date) {
    lxw_datetime d{v.date->year, v.date->month, v.date->day, 0, 0, 0};
    worksheet_write_datetime(p.ws, row, column, &d, format);
  } else if (v.number) {
    worksheet_write_number(p.ws, row, column, *v.number, format);
  } else if (!v.text.empty()) {
    worksheet_write_string(p.ws, row, column, v.text.c_str(), format);
  } else {
    worksheet_write_blank(p.ws, row, column, format);
  }
}

// The validation of cells (first..last, column): its kind's rule and the input message.
void validate(const Place& p, int first, int last, int column, const CellSpec& spec) {
  if (!*spec.key) return;
  lxw_data_validation v{};
  std::vector<const char*> list;
  std::string formula;
  v.validate = LXW_VALIDATION_TYPE_ANY;
  switch (spec.kind) {
    case K::choice:
    case K::mark:
    case K::yes_no:
      for (const auto& c : choices_of(spec)) list.push_back(c.label);
      list.push_back(nullptr);
      v.validate = LXW_VALIDATION_TYPE_LIST;
      v.value_list = const_cast<char**>(list.data());
      break;
    case K::person:
      formula = p.people_names;
      v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
      v.value_formula = formula.data();
      v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;  // an id typed instead is read too
      break;
    case K::whole_number:
    case K::decimal:
      v.validate = spec.kind == K::decimal || std::string(spec.key).find("capital") != std::string::npos
                       ? LXW_VALIDATION_TYPE_DECIMAL
                       : LXW_VALIDATION_TYPE_INTEGER;
      v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
      v.value_number = 0;
      break;
    case K::roc_year:
      v.validate = LXW_VALIDATION_TYPE_INTEGER;
      v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      v.minimum_number = 1;
      v.maximum_number = 300;
      break;
    case K::date:
      v.validate = LXW_VALIDATION_TYPE_DATE;
      v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      v.minimum_datetime = {1912, 1, 1, 0, 0, 0};
      v.maximum_datetime = {2200, 12, 31, 0, 0, 0};
      break;
    default: break;
  }
  std::string title = spec.label, error = std::string("「") + spec.label + "」：" + spec.message;
  if (text::to_code_points(title).size() > 32) title = "請填寫";  // Excel's limit for an input title
  v.input_title = title.data();
  v.input_message = const_cast<char*>(spec.message);
  if (v.validate != LXW_VALIDATION_TYPE_ANY) {
    v.error_title = const_cast<char*>("這個值不能填在這裡");
    v.error_message = error.data();
  }
  if (*spec.message || v.validate != LXW_VALIDATION_TYPE_ANY)
    worksheet_data_validation_range(p.ws, first, column, last, column, &v);
}

void mark_required(const Place& p, int first, int last, int column, const std::string& when) {
  lxw_conditional_format f{};
  std::string formula;
  if (when.empty()) {
    f.type = LXW_CONDITIONAL_TYPE_BLANKS;
  } else {
    formula = "=AND(" + when + ",LEN(" + xlsx::cell_name(first, column) + ")=0)";
    f.type = LXW_CONDITIONAL_TYPE_FORMULA;
    f.value_string = formula.data();
  }
  f.format = p.formats.missing;
  worksheet_conditional_format_range(p.ws, first, column, last, column, &f);
}

double row_height(const std::vector<std::pair<std::string, double>>& texts) {
  double height = 18;
  for (const auto& [text, width] : texts) height = std::max(height, xlsx::wrapped_height(text, width, 11));
  return std::min(height, 409.0);
}

// Labelled rows from `row`: label, value, help. Returns the row after them.
int write_fields(const Place& p, const SheetSpec& spec, const SheetValues& values, int row) {
  worksheet_write_string(p.ws, row, kLabelColumn, kFieldsHeader, p.formats.header);
  worksheet_write_string(p.ws, row, kValueColumn, "內容", p.formats.header);
  if (spec.help_column) worksheet_write_string(p.ws, row, kHelpColumn, "說明", p.formats.header);
  ++row;
  for (const auto& f : spec.fields) {
    worksheet_write_string(p.ws, row, kLabelColumn, f.label, f.required ? p.formats.required_label : p.formats.label);
    auto v = values.fields.find(f.key);
    write_value(p, row, kValueColumn, f, v == values.fields.end() ? Shown{} : v->second, true);
    if (spec.help_column) worksheet_write_string(p.ws, row, kHelpColumn, f.message, p.formats.help);
    validate(p, row, row, kValueColumn, f);
    if (f.required) mark_required(p, row, row, kValueColumn, "");
    const std::string text = v == values.fields.end() || f.kind == K::text ? "" : v->second.text;
    const double help = spec.help_column ? xlsx::wrapped_height(f.message, spec.widths[2], 10) : 0;
    worksheet_set_row(p.ws, row, std::max(help, row_height({{text, spec.widths[1]}, {f.label, spec.widths[0]}})), nullptr);
    ++row;
  }
  return row;
}

struct TableCondition {
  std::string required_when;  // formula of the first data row; "" marks blanks
};

// A table from `row`: its title, header, rows (and the blank rows of the spec). Returns
// the row after it; `first_data`/`last_data` tell where its rows went.
int write_table(const Place& p, const TableSpec& table, const std::vector<ShownRow>& rows,
                const std::vector<double>& widths, const std::string& required_when, int row) {
  worksheet_write_string(p.ws, row++, 0, table.title, p.formats.table_title);
  for (std::size_t c = 0; c < table.columns.size(); ++c)
    worksheet_write_string(p.ws, row, static_cast<int>(c), table.columns[c].label, p.formats.header);
  double header_height = 18;
  for (std::size_t c = 0; c < table.columns.size(); ++c)
    header_height = std::max(header_height, xlsx::wrapped_height(table.columns[c].label, widths[c], 11));
  worksheet_set_row(p.ws, row, header_height, nullptr);
  worksheet_repeat_rows(p.ws, row, row);
  const int first = ++row;
  const std::size_t count = rows.size() + static_cast<std::size_t>(table.blank_rows);
  for (std::size_t r = 0; r < count; ++r, ++row) {
    std::vector<std::pair<std::string, double>> texts;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const auto& spec = table.columns[c];
      Shown v;
      if (r < rows.size())
        if (auto found = rows[r].find(*spec.key ? spec.key : spec.label); found != rows[r].end()) v = found->second;
      write_value(p, row, static_cast<int>(c), spec, v);
      texts.emplace_back(v.text, widths[c]);
    }
    worksheet_set_row(p.ws, row, row_height(texts), nullptr);
  }
  const int last = std::max(first, row - 1);
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    validate(p, first, last, static_cast<int>(c), table.columns[c]);
    if (table.columns[c].required && count > 0)
      mark_required(p, first, last, static_cast<int>(c), required_when.empty() ? "" : required_when);
  }
  return row;
}

struct SheetLayout {
  std::vector<double> widths;
  std::vector<std::string> required_when;  // per table
};

void set_up_sheet(lxw_worksheet* ws, const std::vector<double>& widths, bool landscape) {
  for (std::size_t c = 0; c < widths.size(); ++c) worksheet_set_column(ws, static_cast<int>(c), static_cast<int>(c), widths[c], nullptr);
  worksheet_set_paper(ws, 9);  // A4
  if (landscape) worksheet_set_landscape(ws);
  worksheet_fit_to_pages(ws, 1, 0);
  worksheet_set_footer(ws, "&C第 &P 頁，共 &N 頁");
  lxw_protection options{};
  options.format_rows = 1;
  options.format_columns = 1;
  options.insert_rows = 1;
  worksheet_protect(ws, nullptr, &options);
}

std::vector<double> table_widths(const SheetSpec& spec) {
  if (!spec.widths.empty()) return spec.widths;
  std::vector<double> widths;
  for (const auto& c : spec.tables.front().columns) widths.push_back(c.width);
  return widths;
}

}  // namespace

std::optional<std::string> write_firm_workbook(const WorkbookValues& values, const FirmWorkbookOptions& options,
                                               Diagnostics& diagnostics) {
  xlsx::ScratchWorkbook scratch("公司資料活頁簿", diagnostics);
  lxw_workbook* wb = scratch.workbook();
  if (!wb) return std::nullopt;
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>("公司資料活頁簿");
  properties.company = const_cast<char*>(values.firm_name.c_str());
  properties.comments = const_cast<char*>(options.generator.c_str());
  properties.created = options.created;
  workbook_set_properties(wb, &properties);
  workbook_define_name(wb, kFirmWorkbookName, (std::string("=\"") + kFirmWorkbookLayout + "\"").c_str());
  SheetFormats formats(wb);
  write_guide(workbook_add_worksheet(wb, kGuideSheet), formats);

  const SheetSpec& people = people_sheet();
  const auto people_rows = values.sheets.count(kPeopleSheet) ? values.sheets.at(kPeopleSheet).tables[0].size() : 0;
  // 人員's rows start below its title (row 1), table title (row 3) and header (row 4).
  const int people_first = 4, people_last = people_first + static_cast<int>(people_rows) + people.tables[0].blank_rows - 1;
  const std::string people_names = std::string("='") + kPeopleSheet + "'!$B$" + std::to_string(people_first + 1) + ":$B$" +
                                    std::to_string(people_last + 1);
  for (const SheetSpec* spec : data_sheets()) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, spec->name);
    const Place p{ws, formats, people_names};
    const SheetValues empty;
    const SheetValues& v = values.sheets.count(spec->name) ? values.sheets.at(spec->name) : empty;
    const auto widths = table_widths(*spec);
    worksheet_write_string(ws, 0, 0, spec->title, formats.title);
    worksheet_set_row(ws, 0, 24, nullptr);
    int row = spec->fields.empty() ? 2 : write_fields(p, *spec, v, 1) + 1;
    for (std::size_t t = 0; t < spec->tables.size(); ++t) {
      const std::vector<ShownRow> none;
      std::string when;
      if (spec == &people) when = "COUNTA($A" + std::to_string(row + 3) + ":$C" + std::to_string(row + 3) + ")>0";
      row = write_table(p, spec->tables[t], t < v.tables.size() ? v.tables[t] : none, widths, when, row) + 1;
    }
    if (spec == &people) worksheet_freeze_panes(ws, people_first, 3);
    set_up_sheet(ws, widths, spec->tables.size() == 1 && spec->tables[0].columns.size() > 3);
  }
  return scratch.finish();
}

}  // namespace filinggen::intake
