#pragma once
// `filinggen init FIRM-ID [--out DIR]`: a commented starter firm file, DIR/FIRM-ID.yaml.
#include <string>

#include "cli/commands.hpp"

namespace filinggen::cli {

// `amendments`: the file name of the shipped amendments the starter refers to; empty:
// no revision table.
std::string starter_firm_text(const std::string& firm_id, const std::string& amendments);  // starter_firm.cpp
int run_init(const Options& options);

}  // namespace filinggen::cli
