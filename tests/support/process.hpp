#pragma once
// Running a command as a user would, for the end-to-end tests and the PDF readers.
#include <string>

namespace filinggen::test {

struct Outcome {
  int status = -1;  // the exit code; -1 when the command did not exit normally
  std::string out;  // stdout and stderr
};

// One shell command with its stdout and stderr together, so a test sees what a user sees.
Outcome run(const std::string& command);

// `s` single-quoted for the shell, so paths with spaces reach the command whole.
std::string quoted(const std::string& s);

}  // namespace filinggen::test
