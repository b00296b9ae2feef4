#pragma once
// Private to the font stage: what the PDF writer needs from a bare CFF table. A
// CID-keyed CFF subset keeps the source's CIDs in its charset, so the PDF draws each
// glyph by that CID; a name-keyed one is drawn by glyph id.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace filinggen::font {

struct CffCharset {
  bool cid_keyed = false;
  std::string registry, ordering;  // the ROS, when CID-keyed
  int supplement = 0;
  std::vector<std::uint16_t> cid_of_glyph;  // index: glyph id of the table
};

// Reads the first font of a CFF table; nullopt when the table is malformed.
std::optional<CffCharset> read_cff_charset(const std::string& cff);

}  // namespace filinggen::font
