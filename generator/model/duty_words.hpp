#pragma once
// A person's other duties in the words the documents and findings print them in, so the
// declaration's facts sheet and the rules' findings name a duty the same way.
#include <string>

#include "model/enum_names.hpp"
#include "model/firm.hpp"

namespace filinggen::model {

// 內部稽核職務; an `other` duty as the data writes it, in 「」; an unnamed one 其他職務.
inline std::string duty_label(const Duty& duty) {
  if (duty.kind == DutyKind::other && !duty.description.empty()) return "「" + duty.description + "」";
  return std::string(enum_label(kDutyKinds, duty.kind));
}

// 專責, or 兼辦資訊職務、內部稽核職務.
inline std::string duties_text(const Person& person) {
  if (person.other_duties.empty()) return "專責";
  std::string out = "兼辦";
  for (std::size_t i = 0; i < person.other_duties.size(); ++i) out += (i ? "、" : "") + duty_label(person.other_duties[i]);
  return out;
}

}  // namespace filinggen::model
