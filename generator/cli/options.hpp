#pragma once
// Command-line options of filinggen.
#include <optional>
#include <string>
#include <vector>

namespace filinggen::cli {

enum class Command { help, version, validate, check, generate, import_assessment, verify, merge_manifests, init,
                     export_workbook, import_workbook };

struct Options {
  Command command = Command::help;
  std::vector<std::string> data;  // firm files or folders
  std::string out_dir;
  std::string templates_dir;      // default: <resources>/templates
  std::string fonts_config;       // default: <resources>/fonts/fonts.yaml
  std::vector<std::string> documents;  // --documents; empty: every document
  std::vector<std::string> formats{"pdf"};  // --format: pdf, xlsx
  std::string firm_file;          // import-assessment --firm
  bool in_place = false;          // import-assessment --in-place
  bool xlsx = false;       // init --xlsx: the firm workbook instead of the YAML file
  std::string standard_dir;       // the shipped standard data that standard:NAME refers to: <share>/data/standard
  std::string rules_dir;          // default: the standard data folder
  bool json = false;              // check, generate, validate --json
  bool strict = false;            // generate --strict
  bool duplex = false;            // generate --duplex: the board pack for two-sided printing
  // Running a batch (docs/batch.md).
  unsigned jobs = 0;              // --jobs N; 0: the number of cores
  bool fail_fast = false;         // --fail-fast
  bool force = false;             // generate --force: redo up-to-date firms
  bool quiet = false;             // --quiet: only problems
  std::vector<std::string> firms; // --firms id,…
  int shard_index = 1, shard_count = 1;  // --shard K/N
};

// Parses argv; on a usage error returns nothing and sets `error`. --documents and
// --format take the names of the filings stage's catalogue.
std::optional<Options> parse_options(int argc, char** argv, std::string& error);

// --help, with the documents and formats of the catalogue.
std::string usage_text();

}  // namespace filinggen::cli
