// The board pack's own pages: its cover and its contents. The documents inside it have
// their own views.
#include "text/text.hpp"
#include "view/view.hpp"

namespace filinggen::view {
namespace mustache = kainjow::mustache;
namespace {

// What every page of the pack's own may print: the firm and the year it files for.
mustache::data firm_and_year(const model::FirmFile& file) {
  const FiscalPeriod period = fiscal_period(file.declaration.year, file.firm.fiscal_year_end);
  mustache::data v;
  v.set("firm_name", file.firm.name);
  v.set("firm_id", file.firm.id);
  v.set("roc_year", std::to_string(text::roc_year(period.last)));
  v.set("roc_year_chinese", text::chinese_digits(text::roc_year(period.last)));
  return v;
}

}  // namespace

mustache::data board_pack_cover_view(const model::FirmFile& file) {
  mustache::data v = firm_and_year(file);
  const CivilDate& board = file.declaration.board_meeting.date;
  v.set("board_date", text::roc_date(board));
  v.set("board_date_chinese", text::roc_date_chinese(board));
  v.set("board_date_short", text::roc_date_short(board));
  return v;
}

mustache::data board_pack_contents_view(const model::FirmFile& file, const std::vector<ContentsLine>& lines) {
  mustache::data list{mustache::data::type::list};
  long long number = 0;
  for (const auto& line : lines) {
    mustache::data row;
    ++number;
    row.set("number", std::to_string(number));
    row.set("number_chinese", text::chinese_number(number));
    row.set("title", line.title);
    row.set("page", std::to_string(line.page));
    list.push_back(row);
  }
  mustache::data v = firm_and_year(file);
  v.set("documents", list);
  return v;
}

}  // namespace filinggen::view
