#pragma once
// Private to the rules stage: the findings of one firm as they are made, each placed at
// the field it is about (the loader recorded where every field was read).
#include <string>
#include <string_view>
#include <vector>

#include "model/firm.hpp"
#include "rules/finding.hpp"

namespace filinggen::rules {

class FindingList {
 public:
  explicit FindingList(const model::FirmFile& file) : file_(file) {}
  void add(FindingSeverity severity, const std::string& control, std::string_view rule, const std::string& field,
           std::string message);
  const std::vector<Finding>& items() const { return items_; }
  std::vector<Finding> take() { return std::move(items_); }

 private:
  const model::FirmFile& file_;
  std::vector<Finding> items_;
};

}  // namespace filinggen::rules
