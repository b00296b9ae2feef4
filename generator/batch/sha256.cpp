// SHA-256 through OpenSSL's EVP interface: a well-kept, audited implementation rather
// than a hand-written one, since the manifest is an audit record.
#include "batch/sha256.hpp"

#include <openssl/evp.h>

#include <fstream>
#include <limits>
#include <memory>

#include "base/file_text.hpp"

namespace filinggen::batch {
namespace {

struct ContextFree {
  void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
using Context = std::unique_ptr<EVP_MD_CTX, ContextFree>;

Context start() {
  Context ctx(EVP_MD_CTX_new());
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) throw std::runtime_error("SHA-256 unavailable");
  return ctx;
}

std::string finish(EVP_MD_CTX* ctx) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned length = 0;
  EVP_DigestFinal_ex(ctx, digest, &length);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned i = 0; i < length; ++i) {
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 15];
  }
  return out;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  Context ctx = start();
  EVP_DigestUpdate(ctx.get(), bytes.data(), bytes.size());
  return finish(ctx.get());
}

std::optional<std::string> sha256_of_file(const std::string& path) {
  // Only a regular file: a FIFO or a /proc file named in a manifest would hang or never end.
  // Read in blocks, so no cap on the size is needed.
  if (file_problem(path, std::numeric_limits<std::size_t>::max())) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  Context ctx = start();
  char block[1 << 16];
  while (in.read(block, sizeof block) || in.gcount() > 0) {
    EVP_DigestUpdate(ctx.get(), block, static_cast<std::size_t>(in.gcount()));
    if (!in) break;
  }
  if (in.bad()) return std::nullopt;
  return finish(ctx.get());
}

}  // namespace filinggen::batch
