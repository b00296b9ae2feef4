#pragma once
// filinggen verify DIR: every file the manifests of DIR list, hashed again and compared
// with what was recorded when it was written.
#include <cstdint>
#include <functional>
#include <string>

#include "base/diagnostic.hpp"

namespace filinggen::batch {

enum class FileState {
  matching,    // as written
  changed,     // its content differs from what was written
  missing,     // no longer there (or no longer a regular file)
  unreadable,  // there, but cannot be read
  outside,     // the manifest names a path outside DIR: not read
};

struct FileVerdict {
  std::string path;             // DIR/<firm-id>/<name>
  FileState state = FileState::matching;
  std::uint64_t recorded_size = 0, size = 0;
};

struct VerifyResult {
  std::size_t files = 0, matching = 0, changed = 0, missing = 0;  // missing counts unreadable and outside too
  Diagnostics problems;  // DIR has no manifest, or one cannot be read: then nothing was checked
};

// manifest.json and the shards' manifest.shard-K-of-N.json of `dir`, in name order;
// each file's verdict handed to `report` as it is known, each file once however many
// manifests list it (a merged manifest beside its shards').
VerifyResult verify_output(const std::string& dir, const std::function<void(const FileVerdict&)>& report);

}  // namespace filinggen::batch
