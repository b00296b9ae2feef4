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
#include "model/firm.hpp"
#include "rules/rules.hpp"

namespace filinggen::batch {

// DATA arguments -> firm files: a file is taken as is; a folder gives its *.yaml,
// *.yml and *.json files (not its subfolders), sorted by name.
std::vector<std::string> collect_inputs(const std::vector<std::string>& arguments, Diagnostics& diagnostics);

// Writes `bytes` to `path` through a temporary file in the same folder and a rename,
// so `path` is either the old file or the complete new one, never half of one.
bool write_atomically(const std::string& path, const std::string& bytes, std::string& error);

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

struct FirmOutcome {
  std::string input;
  std::string firm_id;
  std::vector<std::string> written;  // files written, in order
  Diagnostics diagnostics;
  std::optional<rules::FirmReport> report;  // the rules' findings, when checked
  bool ok() const { return !diagnostics.has_errors(); }
};

// One firm's job in two halves: load and check (errors into `outcome`; nothing written),
// then render every document and write them all under out_dir/<firm-id>/, or none new
// when one fails. The documents see the figures of `outcome.report`.
std::optional<model::FirmFile> load_checked(const std::string& input, const Environment& env,
                                            FirmOutcome& outcome);
void write_filings(const model::FirmFile& file, const std::string& out_dir, const Environment& env,
                   FirmOutcome& outcome);

// The rules' report of a firm against the version in force for its year; an error in
// `diagnostics` when the library has no such version.
std::optional<rules::FirmReport> check_rules(const model::FirmFile& file, const Environment& env,
                                             Diagnostics& diagnostics);
// DIR/<firm-id>/findings.json (the JSON of docs/rules.md), written atomically.
void write_findings(const rules::FirmReport& report, const std::string& out_dir, FirmOutcome& outcome);

enum class Mode { validate, check, generate };

// Every input in turn, each outcome handed to `done` as soon as it is known (so a long
// batch reports as it goes). Two files with the same firm id would write into one
// folder: the second is refused, naming the first.
void run_batch(const std::vector<std::string>& inputs, Mode mode, const std::string& out_dir,
               const Environment& env, const std::function<void(const FirmOutcome&)>& done);

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
