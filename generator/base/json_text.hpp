#pragma once
// The few pieces of JSON text that findings.json, the manifest and the --json summary
// are built from.
#include <string>
#include <string_view>
#include <vector>

namespace filinggen {

// A JSON string literal: UTF-8 kept as is, quotes, backslashes and control characters escaped.
std::string json_quoted(std::string_view text);

// ["a", "b"]
std::string json_strings(const std::vector<std::string>& items);

}  // namespace filinggen
