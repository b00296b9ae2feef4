#pragma once
// Private to filings: the document catalogue, one row per document a firm can get. A new
// document is one row here, its template and its view (docs/architecture.md).
#include <string>
#include <string_view>
#include <vector>

#include <kainjow/mustache.hpp>

#include "model/firm.hpp"
#include "rules/finding.hpp"

namespace filinggen::filings {

// The formats a document can be made in, as a set of bits (format_writers.hpp names them).
enum FormatBits : unsigned { kPdfBit = 1u << 0, kXlsxBit = 1u << 1 };

struct DocumentKind {
  const char* name;           // the output file stem, and the name --documents takes
  const char* title;          // what --help calls it
  const char* template_name;  // templates/<template_name>.mustache
  kainjow::mustache::data (*view)(const model::FirmFile&, const rules::FirmReport*);
  bool (*applies)(const model::FirmFile&);  // whether the firm has this document; null: every firm
  unsigned formats;           // FormatBits it can be made in
  bool in_board_pack;         // bound into the board pack
  // The shared data file whose text the document shows every firm (the standard's
  // checklist, its amendments), for the kind's shared font subsets; null: none.
  std::string (*shared_data)(const model::FirmFile&);
};

// The firm's documents, in the order their files are made.
const std::vector<DocumentKind>& catalogue();

// The board pack: the firm's documents bound into one PDF for the board (board_pack.hpp).
inline constexpr const char* kBoardPack = "board-pack";
inline constexpr const char* kBoardPackTitle = "董事會議資料";

inline bool applies(const DocumentKind& kind, const model::FirmFile& file) {
  return !kind.applies || kind.applies(file);
}

}  // namespace filinggen::filings
