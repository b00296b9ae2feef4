#pragma once
// The few pieces of JSON text that findings.json, the manifest and the --json summary
// are built from.
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.hpp"

namespace filinggen {

// A JSON string literal: UTF-8 kept as is, quotes, backslashes and control characters escaped.
std::string json_quoted(std::string_view text);

// ["a", "b"]
std::string json_strings(const std::vector<std::string>& items);

// A diagnostic as every JSON output writes it (findings.json's invalid_inputs, check
// --json, the --json summaries): {"severity", "code", "file", "line", "column", "field",
// "message"}, in that order, on one line.
std::string diagnostic_json(const Diagnostic& diagnostic);

}  // namespace filinggen
