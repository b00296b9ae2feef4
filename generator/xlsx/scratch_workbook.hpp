#pragma once
// A workbook libxlsxwriter writes into a private temporary file, read back as bytes and
// removed, so the caller writes it atomically like a PDF. Every workbook filinggen makes
// (the filings' workbooks, the firm workbook) goes through it.
#include <xlsxwriter.h>

#include <optional>
#include <string>

#include "base/diagnostic.hpp"

namespace filinggen::xlsx {

class ScratchWorkbook {
 public:
  // `source` names the document in messages.
  ScratchWorkbook(std::string source, Diagnostics& diagnostics);
  ~ScratchWorkbook();
  ScratchWorkbook(const ScratchWorkbook&) = delete;
  ScratchWorkbook& operator=(const ScratchWorkbook&) = delete;

  lxw_workbook* workbook() const { return workbook_; }  // null when it could not be made
  // Closes the workbook and returns its bytes; nothing (reported) when that fails or
  // `ok` is false (the sheets could not be written).
  std::optional<std::string> finish(bool ok = true);

 private:
  std::string source_;
  Diagnostics& diagnostics_;
  std::string path_;
  lxw_workbook* workbook_ = nullptr;
};

}  // namespace filinggen::xlsx
