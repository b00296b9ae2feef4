// Fuzz target: any bytes as document markup (what a template renders), through the
// parser into the document tree, and the tree seen by each writer.
#include <cstdint>
#include <string>

#include "markup/markup.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace filinggen;
  Diagnostics diagnostics;
  auto tree = markup::parse_markup(std::string(reinterpret_cast<const char*>(data), size), "fuzz", diagnostics);
  if (tree) {
    doc::for_medium(*tree, doc::Medium::print);
    doc::for_medium(*tree, doc::Medium::sheet);
  }
  return 0;
}
