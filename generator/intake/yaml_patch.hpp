#pragma once
// Private to intake: a firm file's text changed to hold new data while keeping what a
// person wrote around it. A value that changed is replaced where it stands; a list whose
// length changed, or a group added or removed, is rewritten as a block at its place;
// everything else (comments, blank lines, quoting, key order, line ends) stays as it was.
#include <optional>
#include <string>

#include "intake/firm_data.hpp"

namespace filinggen::intake {

struct PatchedText {
  std::string text;
  int changed = 0;  // values and blocks replaced, added or removed
};

// `original` with the data of `data`; nothing when its layout is one this cannot edit
// (flow mappings, a value spread over lines), and then the caller writes it whole.
std::optional<PatchedText> patch_yaml(const std::string& original, const DataNode& data);

}  // namespace filinggen::intake
