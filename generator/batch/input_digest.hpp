#pragma once
// The digest of everything that shapes a firm's files, so that a re-run can tell an
// up-to-date firm from one to redo. Two parts: what every firm of a run shares (computed
// once per run) and the firm's own data with the shared data files it refers to.
#include <string>
#include <vector>

#include "batch/manifest.hpp"
#include "model/firm.hpp"

namespace filinggen::batch {

struct RunInputs {
  std::string templates_dir;            // every file under it, by content
  std::string fonts_config;             // by content
  std::vector<std::string> font_files;  // by path, size and modification time (docs/batch.md)
  std::string rules_dir;                // its rules-*.yaml, by content; empty when not checked
  ManifestOptions options;
};

// The shared part: filinggen's version, the options, templates, fonts and rules.
std::string run_digest(const RunInputs& inputs);

// The firm's part on top of `run_digest`: the firm file and the shared data files it
// read (amendments, checklist), by content. Safe to call from several threads.
std::string firm_digest(const std::string& run_digest, const model::FirmFile& file);

}  // namespace filinggen::batch
