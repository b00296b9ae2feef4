#pragma once
// Where filinggen finds what it ships: templates/, fonts/fonts.yaml and data/standard/.
#include <string>

namespace filinggen::cli {

// FILINGGEN_HOME when set; else ../share/filinggen beside the binary (an installed
// filinggen, wherever it was installed); else the source tree it was built from (a build
// tree, as in development).
std::string share_folder();

}  // namespace filinggen::cli
