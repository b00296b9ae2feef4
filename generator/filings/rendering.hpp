#pragma once
// Private to filings: the first half of every document's way to paper. A template with
// its view becomes markup, then a document tree, then (when a PDF or the board pack
// needs them) laid-out pages. The firm's documents and the board pack's own pages
// (cover, contents, findings) all go this way.
#include <optional>
#include <string>

#include <kainjow/mustache.hpp>

#include "filings/filings.hpp"
#include "layout/layout.hpp"
#include "markup/document.hpp"
#include "pdf/pdf.hpp"

namespace filinggen::filings {

// One document rendered once; every file of it is written from this.
struct Rendering {
  doc::Document tree;
  std::optional<layout::PagedDocument> pages;  // only when something prints it
  std::shared_ptr<const pdf::SharedFonts> shared_fonts{};  // its kind's, for the PDF (may be null)
};

// templates/<template_name>.mustache with `view` -> markup -> tree, and its pages when
// `with_pages`; nothing (after reporting) when the template or its markup is wrong.
std::optional<Rendering> render_template(const std::string& template_name, const kainjow::mustache::data& view,
                                         bool with_pages, const Resources& resources, Diagnostics& diagnostics);

}  // namespace filinggen::filings
