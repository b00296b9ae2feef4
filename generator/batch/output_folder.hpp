#pragma once
// Private to batch: what keeps the output folder safe to write into (atomic_file.cpp).
#include <string>

namespace filinggen::batch {

// Whether `folder` (a firm's output folder) is inside `root` once links are followed and
// is not itself a link (to anywhere), so that a symlink planted in the output folder
// cannot send a firm's files elsewhere or into another firm's folder.
bool stays_inside(const std::string& root, const std::string& folder, std::string& error);

// Removes what a killed run left of write_atomically in `folder`: hidden `.NAME.XXXXXX`
// files whose NAME is `only_for`, or when it is empty any NAME.pdf, NAME.xlsx, NAME.json
// (a firm's folder). Never a file under an expected name.
void remove_stale_temporaries(const std::string& folder, const std::string& only_for = "");

}  // namespace filinggen::batch
