#pragma once
// Private to the view stage: the day a shared data file's revision of the standard is
// named after, as the documents print it (「中華民國114年4月11日修正」).
#include "model/firm.hpp"

namespace filinggen::view {

// The version when it is a date ("2025-04-11"), else the effective date.
inline CivilDate version_date(const model::DataVersion& version) {
  return CivilDate::parse_iso(version.version).value_or(version.effective);
}

}  // namespace filinggen::view
