#pragma once
// Writing answers back into a firm file's text (answers_section.cpp).
#include <optional>
#include <string>
#include <vector>

#include "model/firm.hpp"

namespace filinggen::model {

// `text` (a YAML firm file) with its self_assessment.answers replaced by `answers`,
// every other line unchanged. Nothing, with `error` set, when the file has no
// self_assessment section.
std::optional<std::string> replace_answers(const std::string& text, const std::vector<AssessmentAnswer>& answers,
                                           std::string& error);

}  // namespace filinggen::model
