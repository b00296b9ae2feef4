#pragma once
// One document of a firm up to layout, as the PDF writer is given it: for tests and
// tools that check the tree and the pages rather than the bytes.
#include "filings/filings.hpp"
#include "layout/layout.hpp"
#include "markup/document.hpp"

namespace filinggen::filings {

struct LaidOutDocument {
  doc::Document tree;
  layout::PagedDocument pages;
};

// `document` is one of document_names() other than the board pack.
std::optional<LaidOutDocument> lay_out(const std::string& document, const model::FirmFile& file,
                                       const rules::FirmReport* report, const Resources& resources,
                                       Diagnostics& diagnostics);

}  // namespace filinggen::filings
