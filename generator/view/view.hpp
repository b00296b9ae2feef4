#pragma once
// The view stage: the model turned into the values a template prints — ROC dates,
// Chinese numbering, labels — so templates hold wording only and no logic.
#include <kainjow/mustache.hpp>

#include "model/firm.hpp"

namespace filinggen::view {

// The fiscal year a declaration covers, first and last day.
struct FiscalPeriod {
  CivilDate first, last;
};
FiscalPeriod fiscal_period(int year, const MonthDay& year_end);

// Values for templates/declaration.zh-TW.mustache (documented in docs/templates.md).
kainjow::mustache::data declaration_view(const model::FirmFile& file);

}  // namespace filinggen::view
