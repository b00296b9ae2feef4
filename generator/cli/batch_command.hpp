#pragma once
// `filinggen validate` and `filinggen generate` over a batch of firm files.
#include <string>
#include <vector>

#include "batch/batch.hpp"
#include "cli/commands.hpp"

namespace filinggen::cli {

// What the command line chose: the documents and formats, --strict, and how the batch
// runs (--jobs, default the number of cores; --fail-fast, --force, --firms, --shard).
batch::Choices batch_choices(const Options& options);

// Runs the batch and prints each firm and the totals; returns the exit code.
int run_batch_command(const Options& options, const std::vector<std::string>& inputs,
                      const batch::Surroundings& surroundings, const batch::Choices& choices);

}  // namespace filinggen::cli
