#pragma once
// Private to filings: the board pack (<firm-id>/board-pack.pdf), one printable volume per
// firm for the board meeting: its own pages (cover, contents, findings) from templates
// like every document, and the firm's documents bound behind them (docs/board-pack.md).
#include <optional>
#include <string>
#include <vector>

#include "filings/rendering.hpp"

namespace filinggen::filings {

// A document of the firm as laid out for its own PDF; the pack binds its pages.
struct PackDocument {
  std::string name;  // declaration, revision-table, …
  layout::PagedDocument pages;
};

// Cover, contents, `documents` in the order given, then the rules' findings when
// `report` has any, bound into one volume; with `duplex` each part starts on a
// right-hand page. Nothing (after reporting) when a template fails.
std::optional<layout::PagedDocument> bind_board_pack(const model::FirmFile& file, const rules::FirmReport* report,
                                                     std::vector<PackDocument> documents, bool duplex,
                                                     const Resources& resources, Diagnostics& diagnostics);

}  // namespace filinggen::filings
