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

// The cases of a catalogue folder (tests/bad, tests/findings): its *.yaml files, by name.
std::vector<std::string> catalogue_cases(const std::string& folder_in_source);

// A case's file stem as a GoogleTest name (letters, digits and _).
std::string case_name(const std::string& path);

}  // namespace filinggen::test
