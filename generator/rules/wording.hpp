#pragma once
// Private to the rules stage: the shared wording of findings and figures.
#include <string>

#include "model/firm.hpp"
#include "rules/finding.hpp"

namespace filinggen::rules {

std::string amount_text(long long ntd);        // 新臺幣268億元, 新臺幣16.5億元, 新臺幣3,999,999,999元
std::string hours_text(double hours);          // 15, 14.5
std::string people_count(int n);               // 二名
std::string person_label(const model::Person& p);  // 楊子毅（資訊部副理）
std::string person_field(const model::FirmFile& file, const model::Person& p);  // people[2]
std::string capital_phrase(const Figures& f);  // 實收資本額新臺幣268億元屬「200億以上」級距

}  // namespace filinggen::rules
