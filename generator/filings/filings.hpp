#pragma once
// The filings stage: a checked firm turned into its files, in memory. Every document of
// the catalogue is rendered once (template -> tree -> pages), and each of its files (the
// PDF, the workbook) and the board pack are made from that one rendering, so they cannot
// disagree. The batch writes the files; nothing here touches the disk but templates.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.hpp"
#include "model/firm.hpp"
#include "rules/finding.hpp"

namespace filinggen::font {
class FontSet;
}

namespace filinggen::filings {

// The font subsets each kind of document shares in a run (kind_fonts.hpp).
class KindFonts;
std::shared_ptr<KindFonts> new_kind_fonts();

// What rendering needs from the run's surroundings, the same for every firm.
struct Resources {
  std::string templates_dir;                   // templates/<document>.mustache and partials/
  const font::FontSet* fonts = nullptr;        // the faces, loaded once per run
  std::optional<long long> source_date_epoch;  // SOURCE_DATE_EPOCH: overrides the dates from the data
  // Made once per run and shared by copies of these Resources (every worker's).
  std::shared_ptr<KindFonts> kind_fonts = new_kind_fonts();
};

// What the user chose to make (--documents, --format, --duplex).
struct Selection {
  std::vector<std::string> documents;       // document names; empty: every document
  std::vector<std::string> formats{"pdf"};  // format names
  bool duplex = false;                      // the board pack printed on both sides
};

// One file of a firm, in memory, before the batch writes it to <firm-id>/<name>.
struct OutputFile {
  std::string name;      // declaration.pdf, …
  std::string document;  // declaration, revision-table, self-assessment, board-pack
  std::string format;    // pdf, xlsx
  std::string bytes;
  int pages = 0;         // a PDF's page count; 0 for other files
};

// A document as --documents names it, and what it is called in Chinese.
struct DocumentName {
  std::string name;   // declaration, …, board-pack
  std::string title;  // 聲明書, …
};
// The names --documents and --format take, in the order files are made.
std::vector<DocumentName> document_names();
std::vector<std::string> format_names();

// Every character of the firm's data that no face of the data's role has, reported at
// the field it came from, so nothing prints as a blank box.
void check_font_coverage(const model::FirmFile& file, const font::FontSet& fonts, Diagnostics& diagnostics);

// The firm's files for `selection`: every document that applies to the firm in every
// format chosen, then the board pack. `report` (may be null) gives the rules' figures
// and findings. All files, or nothing with the reason in `diagnostics`.
std::optional<std::vector<OutputFile>> render_firm(const model::FirmFile& file, const rules::FirmReport* report,
                                                 const Resources& resources, const Selection& selection,
                                                 Diagnostics& diagnostics);

}  // namespace filinggen::filings
