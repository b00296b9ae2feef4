// The document tree on a grid of worksheets: a paragraph is a row merged across the
// sheet; a table's rows are rows, its cells cells (merged where they span); a block
// with sheet="…" starts a new worksheet. Widths follow the widest table's weights,
// narrowed where the content is narrower, since Excel has no autofit.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "xlsx/sheet_plan.hpp"

namespace filinggen::xlsx {
namespace {

// One Excel width unit in pt (the width of a digit in an 11 pt font, 7 px at 96 dpi).
constexpr double kUnitPt = 5.25;
constexpr double kMinWidth = 4;

const std::string kLineSeparator = "\u2028";  // data line breaks, kept through the markup

std::string with_line_feeds(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const bool separator = text.compare(i, kLineSeparator.size(), kLineSeparator) == 0;
    out.push_back(separator ? '\n' : text[i]);
    i += separator ? kLineSeparator.size() : 1;
  }
  return out;
}

void append(std::vector<TextRun>& runs, TextRun run) {
  if (run.text.empty()) return;
  if (!runs.empty() && runs.back().underline == run.underline && runs.back().strike == run.strike)
    runs.back().text += run.text;
  else
    runs.push_back(std::move(run));
}

// A paragraph's text as runs: its label first, check boxes as ☑ and ☐.
void append_paragraph(std::vector<TextRun>& runs, const doc::Paragraph& p) {
  append(runs, {p.style.label});
  for (const auto& span : p.spans) {
    if (span.checkbox) append(runs, TextRun{std::string(*span.checkbox ? "☑" : "☐")});
    else append(runs, TextRun{with_line_feeds(span.text), span.underline, span.strike});
  }
}

PlannedCell cell_of(const std::vector<doc::Paragraph>& paragraphs, CellRole role) {
  PlannedCell c;
  c.role = role;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (i) append(c.runs, {"\n"});
    append_paragraph(c.runs, paragraphs[i]);
  }
  if (!paragraphs.empty()) {
    const auto& style = paragraphs.front().style;
    c.align = style.align;
    c.bold = style.heavy;
    c.size = style.size;
  }
  return c;
}

std::string sheet_of(const doc::Block& block) {
  return std::visit([](const auto& b) -> std::string {
    if constexpr (requires { b.sheet; }) return b.sheet;
    else return "";
  }, block);
}

// The blocks of each worksheet, in order; the first sheet takes the document's name.
std::vector<std::pair<std::string, std::vector<const doc::Block*>>> split_sheets(const doc::Document& d) {
  std::vector<std::pair<std::string, std::vector<const doc::Block*>>> sheets{{d.sheet, {}}};
  for (const auto& block : d.blocks) {
    const std::string name = sheet_of(block);
    if (!name.empty() && !sheets.back().second.empty()) sheets.push_back({name, {}});
    else if (!name.empty()) sheets.back().first = name;
    sheets.back().second.push_back(&block);
  }
  return sheets;
}

int columns_of(const doc::Table& t) { return static_cast<int>(t.column_weights.size()); }

// Where each column of a narrower table starts on the sheet's grid: at the grid column
// whose left edge is nearest the same fraction of the width, each at least one wide.
std::vector<int> grid_starts(const std::vector<double>& table, const std::vector<double>& grid) {
  const int n = static_cast<int>(table.size()), g = static_cast<int>(grid.size());
  const double table_total = std::accumulate(table.begin(), table.end(), 0.0);
  const double grid_total = std::accumulate(grid.begin(), grid.end(), 0.0);
  std::vector<double> edges{0};  // left edge of each grid column, as a fraction
  for (double w : grid) edges.push_back(edges.back() + w / grid_total);
  std::vector<int> starts{0};
  double reached = 0;
  for (int k = 0; k + 1 < n; ++k) {
    reached += table[k] / table_total;
    int best = starts.back() + 1;
    for (int j = best; j <= g - (n - 1 - k); ++j)
      if (std::abs(edges[j] - reached) < std::abs(edges[best] - reached)) best = j;
    starts.push_back(best);
  }
  starts.push_back(g);
  return starts;
}

class SheetBuilder {
 public:
  SheetBuilder(PlannedSheet& sheet, const std::vector<double>& grid) : sheet_(sheet), grid_(grid),
      columns_(static_cast<int>(grid.size())) {}

  void paragraph(const doc::Paragraph& p) {
    PlannedCell c = cell_of({p}, p.style.size >= 14 || p.style.heavy ? CellRole::title : CellRole::text);
    c.span = columns_;
    sheet_.rows.push_back({{std::move(c)}, "", 0});
  }

  void table(const doc::Table& t) {
    if (!sheet_.rows.empty()) sheet_.rows.push_back({});  // a blank row sets the table apart
    const bool first_with_header = sheet_.header_first < 0;
    bool leading = true;
    for (const auto& row : t.rows) {
      leading = leading && row.header;
      const int at = static_cast<int>(sheet_.rows.size());
      if (leading && first_with_header) {
        if (sheet_.header_first < 0) sheet_.header_first = at;
        sheet_.header_last = at;
      }
      const bool label = !row.header && row.cells.size() == 1 && row.cells.front().span == columns_of(t);
      const CellRole role = row.header ? CellRole::table_header : label ? CellRole::table_label : CellRole::table;
      sheet_.rows.push_back(row_of(row, role, grid_starts(t.column_weights, grid_)));
    }
  }

  void spacer() { sheet_.rows.push_back({}); }

 private:
  PlannedRow row_of(const doc::Row& row, CellRole role, const std::vector<int>& starts) const {
    PlannedRow out{{}, row.key, row.min_height};
    int column = 0;  // of the table
    for (const auto& cell : row.cells) {
      const int last = std::min(column + cell.span, static_cast<int>(starts.size()) - 1);
      PlannedCell c = cell_of(cell.paragraphs, role);
      c.column = starts[column];
      c.span = starts[last] - starts[column];
      c.field = cell.field;
      c.date = cell.date;
      c.count = cell.count;
      column = last;
      out.cells.push_back(std::move(c));
    }
    return out;
  }

  PlannedSheet& sheet_;
  std::vector<double> grid_;
  int columns_;
};

// The widest line of each one-column cell, to narrow columns whose content is narrow.
std::vector<double> natural_widths(const PlannedSheet& sheet, int columns) {
  std::vector<double> widest(columns, kMinWidth);
  for (const auto& row : sheet.rows)
    for (const auto& cell : row.cells) {
      if (cell.span != 1) continue;
      const std::string text = cell.plain();
      for (std::size_t i = 0, j; i <= text.size(); i = j + 1) {
        j = std::min(text.find('\n', i), text.size());
        widest[cell.column] = std::max(widest[cell.column], display_width(text.substr(i, j - i)) * cell.size / 11 + 2);
      }
    }
  return widest;
}

std::vector<double> column_widths(const PlannedSheet& sheet, const std::vector<double>& weights, double budget) {
  const int columns = static_cast<int>(weights.size());
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  const std::vector<double> natural = natural_widths(sheet, columns);
  std::vector<double> widths(columns);
  double freed = 0, wide_weight = 0;
  for (int i = 0; i < columns; ++i) {
    const double share = budget * weights[i] / total;
    widths[i] = std::min(share, natural[i]);
    if (widths[i] < share) freed += share - widths[i];
    else wide_weight += weights[i];
  }
  for (int i = 0; i < columns; ++i)  // what narrow columns leave goes to the wrapping ones
    if (widths[i] >= budget * weights[i] / total && wide_weight > 0) widths[i] += freed * weights[i] / wide_weight;
  return widths;
}

void add_key_column(PlannedSheet& sheet) {
  bool keys = false;
  for (const auto& row : sheet.rows) keys = keys || !row.key.empty();
  if (!keys) return;
  sheet.key_column = static_cast<int>(sheet.column_widths.size());
  sheet.column_widths.push_back(16);
}

PlannedSheet plan_sheet(const std::string& name, const std::vector<const doc::Block*>& blocks, const doc::PageSetup& page) {
  PlannedSheet sheet;
  sheet.name = name;
  const doc::Table* widest = nullptr;
  for (const auto* block : blocks)
    if (const auto* t = std::get_if<doc::Table>(block); t && (!widest || columns_of(*t) > columns_of(*widest))) widest = t;
  const std::vector<double> weights = widest ? widest->column_weights : std::vector<double>{1};
  SheetBuilder builder(sheet, weights);
  for (const auto* block : blocks) {
    if (const auto* p = std::get_if<doc::Paragraph>(block)) builder.paragraph(*p);
    else if (const auto* t = std::get_if<doc::Table>(block)) builder.table(*t);
    else builder.spacer();
  }
  const double budget = (page.width - page.margin_left - page.margin_right) / kUnitPt;
  sheet.column_widths = column_widths(sheet, weights, budget);
  add_key_column(sheet);
  return sheet;
}

}  // namespace

std::string PlannedCell::plain() const {
  std::string out;
  for (const auto& run : runs) out += run.text;
  return out;
}

bool PlannedSheet::has_fields() const {
  for (const auto& row : rows)
    for (const auto& cell : row.cells)
      if (!cell.field.name.empty()) return true;
  return key_column >= 0;
}

std::vector<PlannedSheet> plan_sheets(const doc::Document& sheet_view) {
  std::vector<PlannedSheet> sheets;
  for (const auto& [name, blocks] : split_sheets(sheet_view)) sheets.push_back(plan_sheet(name, blocks, sheet_view.page));
  return sheets;
}

}  // namespace filinggen::xlsx
