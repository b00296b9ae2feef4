#pragma once
// The commands of the CLI beyond validate and generate, one file each, and what they share.
#include "base/diagnostic.hpp"
#include "cli/options.hpp"

namespace filinggen::cli {

inline constexpr int kAllGood = 0, kSomeFailed = 1, kNothingDone = 2;

// Every diagnostic on stderr, one per line.
void report(const Diagnostics& diagnostics);

int run_import(const Options& options);  // import_command.cpp
int run_verify(const Options& options);  // verify_command.cpp
int run_merge(const Options& options);   // merge_command.cpp
int run_version(const Options& options); // version_command.cpp
// workbook_commands.cpp: the firm workbook.
int run_export(const Options& options);
int run_import_workbook(const Options& options);
int run_init_workbook(const Options& options, const std::string& id, const std::vector<std::string>& statement);

}  // namespace filinggen::cli
