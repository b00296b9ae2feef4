#include "support/expectations.hpp"

#include <fstream>

namespace filinggen::test {

std::vector<std::string> expected_lines(const std::filesystem::path& file, const std::string& marker) {
  std::ifstream in(file);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);)
    if (line.rfind(marker, 0) == 0) out.push_back(line.substr(marker.size()));
  return out;
}

}  // namespace filinggen::test
