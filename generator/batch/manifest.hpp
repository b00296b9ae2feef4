#pragma once
// DIR/manifest.json: what a generate run wrote, firm by firm and file by file, with the
// SHA-256 of every file and a digest of every firm's inputs, so that a later run can
// leave up-to-date files alone and `filinggen verify` can tell what changed since.
// The structure is documented in docs/batch.md and stable within its format_version.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.hpp"

namespace filinggen::batch {

// 2: the finding counts spelled errors/warnings/info; options.duplex. Format 1 is still read.
inline constexpr int kManifestFormatVersion = 2;

struct ManifestFile {
  std::string document;  // declaration, revision-table, self-assessment, findings, …
  std::string format;    // pdf, xlsx, json
  std::string path;      // relative to DIR, '/'-separated: <firm-id>/<name>
  std::string sha256;
  std::uint64_t size = 0;
  int pages = 0;  // a PDF's page count; 0 for other files (written as null)
  bool operator==(const ManifestFile&) const = default;
};

struct FindingCounts {
  std::size_t errors = 0, warnings = 0, infos = 0;
  bool operator==(const FindingCounts&) const = default;
};

struct ManifestFirm {
  std::string firm_id;
  std::string input;         // the data file, as given on the command line
  std::string input_digest;  // SHA-256 over everything that shapes the firm's files (docs/batch.md)
  std::string status;        // "ok" or "failed"
  std::optional<FindingCounts> findings;  // none when the rules were not checked
  std::vector<ManifestFile> files;        // in the order they were written
  bool operator==(const ManifestFirm&) const = default;
};

// The options that change what a firm's files contain; shards of one batch must agree.
struct ManifestOptions {
  std::vector<std::string> formats, documents;  // documents: empty means every document
  bool strict = false;
  std::optional<long long> source_date_epoch;
  bool duplex = false;
  bool operator==(const ManifestOptions&) const = default;
};

struct Manifest {
  std::string filinggen_version;
  ManifestOptions options;
  std::vector<ManifestFirm> firms;  // sorted by firm id, so shards merge to the unsharded manifest

  const ManifestFirm* find(const std::string& firm_id) const;
  void sort_firms();
};

// The manifest's file name: manifest.json, or manifest.shard-K-of-N.json for a shard.
std::string manifest_name(int shard_index, int shard_count);

std::string manifest_json(const Manifest& manifest);
// Reads a manifest back; nothing, with the reason (manifest.unreadable) in `diagnostics`,
// when it cannot.
std::optional<Manifest> read_manifest(const std::string& path, Diagnostics& diagnostics);

}  // namespace filinggen::batch
