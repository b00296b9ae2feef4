#pragma once
// A whole file's bytes, for the stages that read one (data, templates, workbooks).
#include <optional>
#include <string>

namespace filinggen {

// Nothing when the file cannot be opened.
std::optional<std::string> read_file(const std::string& path);

}  // namespace filinggen
