// The shared wording of findings: amounts in 億元, hours, head counts, who a person is.
#include <cstdio>

#include "rules/wording.hpp"
#include "text/text.hpp"

namespace filinggen::rules {

// Amounts in 億元 as the regulation states its tiers; an amount that is not a round
// number of 萬 (one dollar below a threshold) is written out in full, so it never looks
// like the threshold itself.
std::string amount_text(long long ntd) {
  constexpr long long kYi = 100'000'000, kWan = 10'000;
  if (ntd % kWan != 0) {
    std::string digits = std::to_string(ntd), grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
      grouped += digits[i];
    }
    return "新臺幣" + grouped + "元";
  }
  std::string yi = std::to_string(ntd / kYi);
  if (long long rest = ntd % kYi) {
    char frac[8];
    std::snprintf(frac, sizeof frac, "%04lld", rest / kWan);
    std::string f = frac;
    while (!f.empty() && f.back() == '0') f.pop_back();
    yi += "." + f;
  }
  return "新臺幣" + yi + "億元";
}

std::string hours_text(double hours) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", hours);
  return buf;
}

std::string people_count(int n) { return text::chinese_number(n) + "名"; }

std::string person_label(const model::Person& p) { return p.name + "（" + p.title + "）"; }

std::string person_field(const model::FirmFile& file, const model::Person& p) {
  return "people[" + std::to_string(&p - file.people.data()) + "]";
}

std::string capital_phrase(const Figures& f) {
  return std::string(f.allocated_capital ? "指撥營運資金" : "實收資本額") + f.capital_text + "屬「" + f.tier + "」級距";
}

}  // namespace filinggen::rules
