// Fuzz target: any bytes as a firm file, through the loader's checks and, when the
// file loads, the regulation's rules. Nothing may crash, hang or read out of bounds;
// whatever is wrong must come back as diagnostics.
#include <cstdint>
#include <string>

#include "model/load.hpp"
#include "rules/rules.hpp"

namespace {

const filinggen::rules::RuleLibrary& rule_library() {
  static const filinggen::rules::RuleLibrary library = [] {
    filinggen::Diagnostics ignored;
    return filinggen::rules::load_rule_library(std::string(FILINGGEN_SOURCE_DIR) + "/data/standard", ignored);
  }();
  return library;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace filinggen;
  const std::string text(reinterpret_cast<const char*>(data), size);
  // As if beside the sample firms: its references to ../standard/ resolve.
  auto loaded = model::load_firm_text(text, std::string(FILINGGEN_SOURCE_DIR) + "/data/firms/fuzz.yaml");
  if (!loaded.firm) return 0;
  if (const auto* in_force = rule_library().in_force(rules::rules_day(*loaded.firm))) rules::check_firm(*loaded.firm, *in_force);
  return 0;
}
