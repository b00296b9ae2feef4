#pragma once
// The catalogue of bad input (tests/bad/) says what each case must report in its own text.
#include <filesystem>
#include <string>
#include <vector>

namespace filinggen::test {

inline const std::string kExpectMarker = "# expect: ";

// The lines of `file` that start with `marker`, the marker taken off: a case's expected
// messages ("# expect: " lines of a YAML case; every line of a templates case's `expect`).
std::vector<std::string> expected_lines(const std::filesystem::path& file, const std::string& marker = kExpectMarker);

}  // namespace filinggen::test
