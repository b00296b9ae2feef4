#pragma once
// The batch stage: from data files to written filings, one firm at a time, each firm's
// failure contained. The CLI is a thin shell around this.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "font/font.hpp"
#include "layout/layout.hpp"
#include "base/diagnostic.hpp"
#include "batch/manifest.hpp"
#include "model/firm.hpp"
#include "rules/rules.hpp"

namespace filinggen::batch {

// DATA arguments -> firm files: a file is taken as is; a folder gives its *.yaml,
// *.yml and *.json files (not its subfolders), sorted by name.
std::vector<std::string> collect_inputs(const std::vector<std::string>& arguments, Diagnostics& diagnostics);

// Writes `bytes` to `path` through a temporary file in the same folder and a rename,
// so `path` is either the old file or the complete new one, never half of one.
bool write_atomically(const std::string& path, const std::string& bytes, std::string& error);
// The same for a file that must not exist yet: refused, with `error` saying so, when it does.
bool create_atomically(const std::string& path, const std::string& bytes, std::string& error);

// Removes what a killed run left of write_atomically in `folder`: hidden `.NAME.XXXXXX`
// files whose NAME is `only_for`, or when it is empty any NAME.pdf, NAME.xlsx, NAME.json
// (a firm's folder). Never a file under an expected name.
void remove_stale_temporaries(const std::string& folder, const std::string& only_for = "");

// Whether `folder` (a firm's output folder) is inside `root` once links are followed, so
// that a symlink planted in the output folder cannot send a firm's files elsewhere.
bool stays_inside(const std::string& root, const std::string& folder, std::string& error);

// Every character of the firm's data that no face of `role` has, reported at the field
// it came from, so nothing prints as a blank box.
void check_font_coverage(const std::vector<model::SourceText>& texts, const font::FontSet& fonts,
                         const std::string& role, Diagnostics& diagnostics);

// What a run needs from its surroundings; tests pass fixed values.
struct Environment {
  std::string templates_dir;
  const font::FontSet* fonts = nullptr;
  std::optional<long long> source_date_epoch;  // overrides dates from the data
  std::vector<std::string> documents;          // which documents to write; empty: all
  std::vector<std::string> formats{"pdf"};     // pdf, xlsx: each document in each
  const rules::RuleLibrary* rules = nullptr;   // the regulation's rules; null: not checked
  bool strict = false;                         // generate: no documents for a firm with an error finding
  bool duplex = false;                         // the board pack printed on both sides: documents start on odd pages
};

// One document of a firm up to layout: its tree and its pages, for tests and tools that
// check what the PDF writer is given.
struct LaidOutDocument {
  doc::Document tree;
  layout::PagedDocument pages;
};
std::optional<LaidOutDocument> lay_out(const std::string& document, const model::FirmFile& file,
                                       const Environment& env, Diagnostics& diagnostics);

// The names of the documents a firm can get (declaration, …, and board-pack), as
// --documents takes them.
std::vector<std::string> document_names();

// A file of a firm rendered in memory by a worker, written later in input order.
struct RenderedFile {
  std::string path;      // out_dir/<firm-id>/<name>
  std::string document;  // declaration, revision-table, …, findings
  std::string format;    // pdf, xlsx, json
  std::string bytes;
  int pages = 0;         // a PDF's page count
  std::string sha256;    // of `bytes`, computed by the worker
};

struct FirmOutcome {
  std::string input;
  std::string firm_id;
  std::vector<std::string> written;  // files written, in order
  Diagnostics diagnostics;
  std::optional<rules::FirmReport> report;  // the rules' findings, when checked
  bool ok() const { return !diagnostics.has_errors(); }

  // The batch's bookkeeping (run_batch.cpp).
  bool loaded = false;                  // the data loaded and is valid (and its id was not refused)
  Diagnostics load_diagnostics;         // the diagnostics as they were after loading
  std::vector<RenderedFile> rendered;   // to be written, then released
  std::vector<ManifestFile> files;      // the firm's files for the manifest: written now, or up to date
  std::string input_digest;             // input_digest.hpp; empty when not generating
  bool up_to_date = false;              // the manifest's files match and nothing was rendered
  bool selected = true;                 // false: left out by --firms or --shard
};

// One firm's job in two halves: load and check (errors into `outcome`; nothing written),
// then render every document into `outcome.rendered` (all or, when one fails, none).
// The documents see the figures of `outcome.report`.
std::optional<model::FirmFile> load_checked(const std::string& input, const Environment& env,
                                            FirmOutcome& outcome);
void render_filings(const model::FirmFile& file, const std::string& out_dir, const Environment& env,
                    FirmOutcome& outcome);

// The rules' report of a firm against the version in force for its year; an error in
// `diagnostics` when the library has no such version.
std::optional<rules::FirmReport> check_rules(const model::FirmFile& file, const Environment& env,
                                             Diagnostics& diagnostics);
// DIR/<firm-id>/findings.json (the JSON of docs/rules.md), into `outcome.rendered`.
void render_findings(const rules::FirmReport& report, const std::string& out_dir, FirmOutcome& outcome);

enum class Mode { validate, check, generate };

// How a batch is run, beyond what each firm needs (docs/batch.md).
struct RunPlan {
  unsigned jobs = 1;             // worker threads rendering firms
  bool fail_fast = false;        // stop at the first failed firm; the firms after it are not started
  bool force = false;            // redo firms whose files are up to date
  std::vector<std::string> firms;  // --firms: only these firm ids; empty: every firm
  int shard_index = 1, shard_count = 1;  // --shard K/N: only the firms of shard K
  const Manifest* previous = nullptr;    // the last run's manifest in out_dir, for up-to-date firms
  std::string run_digest;                // input_digest.hpp; empty: no digests, nothing up to date

  bool selects(const std::string& firm_id) const;
};

// The shard (1..count) of a firm id: FNV-1a 64 of the id's bytes, modulo count, plus one.
int shard_of(const std::string& firm_id, int count);

// The firm id a data file declares, read without checking the rest (for --firms and
// --shard on a file that does not load); the file's stem when it has none.
std::string declared_firm_id(const std::string& input);

// Every selected input, each outcome handed to `done` in input order as soon as it and
// those before it are known (so a long batch reports as it goes, and --jobs N reports
// exactly as --jobs 1). Firms are loaded and rendered by plan.jobs worker threads, at
// most 2 × jobs ahead of the one being reported, so memory does not grow with the batch;
// files are written by the calling thread, in input order. Two files with the same firm
// id would write into one folder: the second is refused, naming the first.
struct BatchResult {
  std::size_t not_started = 0;  // inputs left when --fail-fast stopped the batch
};
BatchResult run_batch(const std::vector<std::string>& inputs, Mode mode, const std::string& out_dir,
                      const Environment& env, const RunPlan& plan,
                      const std::function<void(const FirmOutcome&)>& done);
inline void run_batch(const std::vector<std::string>& inputs, Mode mode, const std::string& out_dir,
                      const Environment& env, const std::function<void(const FirmOutcome&)>& done) {
  run_batch(inputs, mode, out_dir, env, RunPlan{}, done);
}

// What the manifest says of a delivered firm (none for an input that did not load).
std::optional<ManifestFirm> manifest_entry(const FirmOutcome& outcome);

// The manifest after a run: this run's firms; when the run covered only some firms
// (--firms, or stopped by --fail-fast), also the previous manifest's other firms, whose
// files it left as they were (only when made with the same options).
Manifest next_manifest(const Manifest* previous, std::vector<ManifestFirm> entries, bool partial,
                       const ManifestOptions& options);

// import-assessment: the answers of a filled-in self-assessment workbook (FILLED.xlsx,
// written by generate --format xlsx) merged into the firm file's text: its
// self_assessment.answers replaced, every other line kept. Nothing when any answer is
// wrong (each error names the sheet and cell) or the result would not load.
struct ImportResult {
  std::optional<std::string> firm_text;
  Diagnostics diagnostics;
};
ImportResult import_assessment(const std::string& workbook_path, const std::string& firm_path);

}  // namespace filinggen::batch
