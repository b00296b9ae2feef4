#include "pdf/deflate.hpp"

#include <libdeflate.h>

#include <memory>
#include <stdexcept>

namespace filinggen::pdf {

std::string deflate(std::string_view bytes, int level) {
  // One compressor per thread and level: making one allocates a few hundred KB.
  struct Free {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
  };
  thread_local std::unique_ptr<libdeflate_compressor, Free> compressor;
  thread_local int compressor_level = -1;
  if (!compressor || compressor_level != level) {
    compressor.reset(libdeflate_alloc_compressor(level));
    compressor_level = level;
    if (!compressor) throw std::runtime_error("libdeflate: cannot allocate a compressor");
  }
  std::string out(libdeflate_zlib_compress_bound(compressor.get(), bytes.size()), '\0');
  const std::size_t size = libdeflate_zlib_compress(compressor.get(), bytes.data(), bytes.size(), out.data(), out.size());
  if (size == 0) throw std::runtime_error("libdeflate: compression failed");
  out.resize(size);
  return out;
}

}  // namespace filinggen::pdf
