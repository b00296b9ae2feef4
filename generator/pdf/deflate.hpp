#pragma once
// Private to pdf: FlateDecode (zlib format) through libdeflate. The embedded subset
// fonts are most of each file's bytes and time; docs/performance.md has the figures
// behind the codec and the level.
#include <string>
#include <string_view>

namespace filinggen::pdf {

constexpr int kDeflateLevel = 6;

std::string deflate(std::string_view bytes, int level = kDeflateLevel);

}  // namespace filinggen::pdf
