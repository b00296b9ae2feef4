#pragma once
// The board pack (DIR/<firm-id>/board-pack.pdf): one printable file per firm for the
// board meeting, bound from the pages of the firm's documents (docs/board-pack.md).
#include <optional>
#include <string>
#include <vector>

#include "batch/batch.hpp"
#include "pdf/pdf.hpp"

namespace filinggen::batch {

// The name --documents takes for the pack.
inline constexpr const char* kBoardPack = "board-pack";

// Whether this run writes the pack: it is a PDF, so only with --format pdf, and only
// when --documents names it or names nothing.
bool wants_board_pack(const Environment& env);

// A document of the firm as laid out for its own PDF; the pack takes its pages.
struct PackDocument {
  std::string name;  // declaration, revision-table, …
  layout::PagedDocument pages;
};

// The pack as written: its PDF bytes and page count (a manifest lists it).
struct BoardPackPdf {
  std::string bytes;
  std::size_t pages = 0;
};

// The pack: cover, contents, `documents` in the order given, then the rules' findings
// when `report` has any; nothing (after reporting) when a template fails.
std::optional<BoardPackPdf> render_board_pack(const model::FirmFile& file, const rules::FirmReport* report,
                                             std::vector<PackDocument> documents, const Environment& env,
                                             const pdf::PdfOptions& options, Diagnostics& diagnostics);

}  // namespace filinggen::batch
