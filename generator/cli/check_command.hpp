#pragma once
// `filinggen check`: the regulation's findings of every firm, as text or JSON.
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "batch/batch.hpp"
#include "cli/options.hpp"

namespace filinggen::cli {

// The rules versions of --rules DIR; nothing (and errors in `diagnostics`) when unreadable.
std::optional<rules::RuleLibrary> load_rules(const Options& options, Diagnostics& diagnostics);

// Checks every input; returns the exit code: 0 no error finding, 1 some, 2 invalid input.
int run_check(const std::vector<std::string>& inputs, const batch::Surroundings& surroundings,
              const batch::Choices& choices, bool json);

// One line after a generated firm: how many findings, and where they are written.
void print_findings_line(const rules::FirmReport& report, std::ostream& out);

}  // namespace filinggen::cli
