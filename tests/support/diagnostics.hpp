#pragma once
// Diagnostics as text, for assertions and for the message of a failed one.
#include <string>
#include <vector>

#include "base/diagnostic.hpp"

namespace filinggen::test {

// Each diagnostic as the user reads it (file:line:col: field: message), in order.
std::vector<std::string> message_lines(const Diagnostics& d);

// All of them, one a line: to search with find() and to print when an assertion fails.
std::string messages(const Diagnostics& d);

}  // namespace filinggen::test
