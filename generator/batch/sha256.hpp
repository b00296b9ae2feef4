#pragma once
// SHA-256 digests (OpenSSL's libcrypto), as lowercase hex: what the manifest records of
// every file and of every firm's inputs.
#include <optional>
#include <string>
#include <string_view>

namespace filinggen::batch {

std::string sha256_hex(std::string_view bytes);

// The digest of a file's content, read in blocks; nothing when it cannot be read.
std::optional<std::string> sha256_of_file(const std::string& path);

}  // namespace filinggen::batch
