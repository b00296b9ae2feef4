// A1-style names of columns and cells, as messages and formulas use them.
#include "xlsx/xlsx.hpp"

namespace filinggen::xlsx {

std::string column_name(int column) {
  std::string name;
  for (int c = column + 1; c > 0; c = (c - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (c - 1) % 26));
  return name;
}

std::string cell_name(int row, int column) { return column_name(column) + std::to_string(row + 1); }

}  // namespace filinggen::xlsx
