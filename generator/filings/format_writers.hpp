#pragma once
// Private to filings: the formats a document can be written in, one row each, so a new
// format is one row and one writer function. Each writer takes the one rendering.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_date.hpp"
#include "filings/rendering.hpp"

namespace filinggen::filings {

// What every file of a firm says of itself (document properties): fixed by the data or
// SOURCE_DATE_EPOCH, never the clock, so the same input gives the same bytes.
struct FileStamp {
  CivilDate created;
  std::string creator;  // "filinggen 0.1.0"
  std::string company;  // the firm's name
};

struct FormatWriter {
  const char* name;       // as --format takes it, and the file's extension
  unsigned bit;           // catalogue.hpp's FormatBits
  bool needs_pages;       // written from the laid-out pages (else from the tree alone)
  std::optional<std::string> (*write)(const Rendering& rendering, const FileStamp& stamp, const Resources& resources,
                                      Diagnostics& diagnostics);
};

// In the order a document's files are made: pdf, xlsx.
const std::vector<FormatWriter>& format_writers();
// The writer of `name` (one of format_names()).
const FormatWriter& format_writer(std::string_view name);

}  // namespace filinggen::filings
