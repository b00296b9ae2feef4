#pragma once
// The view stage: the model turned into the values a template prints — ROC dates,
// Chinese numbering, labels — so templates hold wording only and no logic.
#include <kainjow/mustache.hpp>

#include "model/firm.hpp"
#include "rules/finding.hpp"

namespace filinggen::view {

// The fiscal year a declaration covers, first and last day.
struct FiscalPeriod {
  CivilDate first, last;
};
FiscalPeriod fiscal_period(int year, const MonthDay& year_end);

// Values for templates/declaration.zh-TW.mustache (documented in docs/templates.md).
// With the rules' report, its figures are offered as figures.<name>, and {{name}} in a
// statement paragraph is replaced by the figure (without, it is printed as written).
kainjow::mustache::data declaration_view(const model::FirmFile& file, const rules::FirmReport* report = nullptr);
// The facts behind it (ISO dates for date cells, each person's training), added to `view`
// by declaration_view.
void add_declaration_facts(const model::FirmFile& file, kainjow::mustache::data& view);

// The rules' computed figures by name (figures.tier, figures.staff_zh, …).
kainjow::mustache::data figures_view(const rules::FirmReport& report);

// Values for templates/revision-table.zh-TW.mustache, the 修正條文對照表 of
// `file.revisions` (which must be present). The amended and current texts come as
// markup, XML-escaped, with the diff's spans wrapped in <u> (and <s> in current_struck).
kainjow::mustache::data revision_table_view(const model::FirmFile& file);

// Values for templates/self-assessment.zh-TW.mustache, the 資訊安全自評表 of
// `file.self_assessment` (which must be present).
kainjow::mustache::data self_assessment_view(const model::FirmFile& file);

// Values for templates/findings.zh-TW.mustache: the rules' findings of the firm as a
// short document of the board pack (severity, rule, field, the sentence), in the order
// the rules stage reports them, with the count of each severity.
kainjow::mustache::data findings_view(const model::FirmFile& file, const rules::FirmReport& report);

// Values for templates/board-pack-cover.zh-TW.mustache: the firm, the year, the board
// meeting the pack is printed for (ROC dates).
kainjow::mustache::data board_pack_cover_view(const model::FirmFile& file);

// One line of the board pack's contents: a document and the page of the pack it starts on.
struct ContentsLine {
  std::string title;
  std::size_t page = 0;
};
// Values for templates/board-pack-contents.zh-TW.mustache.
kainjow::mustache::data board_pack_contents_view(const model::FirmFile& file, const std::vector<ContentsLine>& lines);

}  // namespace filinggen::view
