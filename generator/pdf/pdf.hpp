#pragma once
// The PDF writer: laid-out pages in, PDF bytes out. Every face used is embedded as a
// subset of its glyphs (Type0, Identity-H) with a ToUnicode map, so text can be
// searched and copied; PoDoFo keeps the document structure.
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

std::optional<std::string> write_pdf(const layout::PagedDocument& document, const font::FontSet& fonts,
                                     const PdfOptions& options, Diagnostics& diagnostics);

}  // namespace filinggen::pdf
