#pragma once
// Private to filings: the shared font subsets of each kind of document, made once per run.
// What every firm's document of a kind prints, whoever the firm, is its template's text
// and the standard's shared data it shows (the checklist, the amendments); those
// characters' glyphs are subset and deflated once (pdf::share_fonts) and each document
// of the kind embeds them as they are, with a small subset of its own for the rest.
// They depend only on the templates, the shared files and the fonts, all part of the run's
// input, so the output does not depend on which firm came first, on --jobs or on shards.
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "filings/catalogue.hpp"
#include "filings/filings.hpp"
#include "pdf/pdf.hpp"

namespace filinggen::filings {

// Of one run (Resources holds it); thread-safe.
class KindFonts {
 public:
  // The shared subsets of `kind`'s documents for `file` (its shared data file), or null
  // when they cannot be made (the document then gets subsets of its own only).
  std::shared_ptr<const pdf::SharedFonts> of_document(const DocumentKind& kind, const model::FirmFile& file,
                                                      const Resources& resources);
  // The board pack's: its own pages' templates and those of the `kinds` it binds.
  std::shared_ptr<const pdf::SharedFonts> of_board_pack(const std::vector<const DocumentKind*>& kinds,
                                                        const model::FirmFile& file, const Resources& resources);

 private:
  struct Source {
    std::vector<std::string> templates;  // names, as in templates/<name>.mustache
    std::vector<std::string> data_files;
  };
  std::shared_ptr<const pdf::SharedFonts> made(const Source& source, const Resources& resources);

  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const pdf::SharedFonts>> made_;
};

// The characters' glyphs in the faces that draw them for the data's font role.
pdf::SharedGlyphs shared_glyphs(const std::set<char32_t>& characters, const font::FontSet& fonts);

}  // namespace filinggen::filings
