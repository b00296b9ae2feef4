#pragma once
// `filinggen validate` and `filinggen generate` over a batch of firm files.
#include <string>
#include <vector>

#include "batch/batch.hpp"
#include "cli/commands.hpp"

namespace filinggen::cli {

unsigned default_jobs();  // the number of cores
// The batch options of the command line (--jobs, --fail-fast, --force, --firms, --shard).
batch::RunPlan run_plan(const Options& options);

// Runs the batch, prints each firm, writes the manifest (generate); returns the exit code.
int run_batch_command(const Options& options, const std::vector<std::string>& inputs, const batch::Environment& env);

}  // namespace filinggen::cli
