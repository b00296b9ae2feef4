#pragma once
// The PDF writer: laid-out pages in, PDF bytes out. Every face used is embedded as a
// subset of its glyphs (Type0, Identity-H) with a ToUnicode map, so text can be
// searched and copied; PoDoFo keeps the document structure.
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "layout/layout.hpp"
#include "base/civil_date.hpp"
#include "base/diagnostic.hpp"

namespace filinggen::pdf {

struct PdfOptions {
  // Written as the document's creation and modification date: from the data (or
  // SOURCE_DATE_EPOCH), never the clock, so the same input gives the same bytes.
  CivilDate creation_date;
  std::string creator;  // e.g. "filinggen 0.1.0"
};

// Face index -> glyph -> the characters it stands for: the glyphs every document of a
// kind draws, known before any document is laid out (from its template and shared data).
using SharedGlyphs = std::map<int, std::map<font::GlyphId, std::string>>;

// Those glyphs subset and deflated once, then embedded as they are in every document
// given them; a document's other glyphs go into a small subset of its own
// (shared_fonts.hpp). Read-only once made, so threads share it.
class SharedFonts;
std::shared_ptr<const SharedFonts> share_fonts(const SharedGlyphs& glyphs, const font::FontSet& fonts,
                                               Diagnostics& diagnostics);

// `shared` (may be null): the shared subsets of the document's kind.
std::optional<std::string> write_pdf(const layout::PagedDocument& document, const font::FontSet& fonts,
                                     const PdfOptions& options, Diagnostics& diagnostics,
                                     const SharedFonts* shared = nullptr);

}  // namespace filinggen::pdf
