// Fuzz target: the revision diff of the comparison table on any two texts (the input
// split at its first NUL byte: current text, then amended text). The spans it returns
// must lie inside their texts, be sorted and not overlap.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/text.hpp"

namespace {

void check_spans(const std::vector<filinggen::text::ByteSpan>& spans, std::size_t size) {
  std::size_t last = 0;
  for (const auto& s : spans) {
    if (s.begin > s.end || s.end > size || s.begin < last) std::abort();
    last = s.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t split = std::min(input.find('\0'), input.size());
  const std::string_view current = input.substr(0, split);
  const std::string_view amended = split < input.size() ? input.substr(split + 1) : std::string_view{};
  const auto diff = filinggen::text::diff_revision(current, amended);
  check_spans(diff.inserted, amended.size());
  check_spans(diff.deleted, current.size());
  return 0;
}
