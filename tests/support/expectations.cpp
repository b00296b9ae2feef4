#include "support/expectations.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>

#include "support/source_tree.hpp"

namespace filinggen::test {

std::vector<std::string> expected_lines(const std::filesystem::path& file, const std::string& marker) {
  std::ifstream in(file);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);)
    if (line.rfind(marker, 0) == 0) out.push_back(line.substr(marker.size()));
  return out;
}

std::vector<std::string> catalogue_cases(const std::string& folder_in_source) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(source_path(folder_in_source)))
    if (e.path().extension() == ".yaml") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

std::string case_name(const std::string& path) {
  std::string name = std::filesystem::path(path).stem().string();
  for (auto& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

}  // namespace filinggen::test
