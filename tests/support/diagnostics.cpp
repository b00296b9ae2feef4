#include "support/diagnostics.hpp"

namespace filinggen::test {

std::vector<std::string> message_lines(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& item : d.items()) out.push_back(item.str());
  return out;
}

std::string messages(const Diagnostics& d) {
  std::string out;
  for (const auto& line : message_lines(d)) out += line + "\n";
  return out;
}

}  // namespace filinggen::test
