#pragma once
// Private to pdf: FlateDecode (zlib format) through libdeflate. The embedded subset
// fonts are most of each file's bytes and time. Level 1 of libdeflate compresses the
// Kai subset of a declaration in 1.9 ms where level 6 takes 4.5 ms and zlib 6 10 ms, for
// files about 3% larger: docs/performance.md has the figures.
#include <string>
#include <string_view>

namespace filinggen::pdf {

constexpr int kDeflateLevel = 1;

std::string deflate(std::string_view bytes, int level = kDeflateLevel);

}  // namespace filinggen::pdf
