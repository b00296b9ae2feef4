// The format -> writer table: the PDF from the pages, the workbook from the tree.
#include "filings/format_writers.hpp"

#include <stdexcept>

#include "filings/catalogue.hpp"
#include "pdf/pdf.hpp"
#include "xlsx/xlsx.hpp"

namespace filinggen::filings {
namespace {

std::optional<std::string> pdf_file(const Rendering& rendering, const FileStamp& stamp, const Resources& resources,
                                    Diagnostics& diagnostics) {
  return pdf::write_pdf(*rendering.pages, *resources.fonts, pdf::PdfOptions{stamp.created, stamp.creator}, diagnostics,
                        rendering.shared_fonts.get());
}

std::optional<std::string> xlsx_file(const Rendering& rendering, const FileStamp& stamp, const Resources&,
                                     Diagnostics& diagnostics) {
  return xlsx::write_workbook(rendering.tree, xlsx::WorkbookOptions{stamp.created, stamp.company, stamp.creator},
                              diagnostics);
}

}  // namespace

const std::vector<FormatWriter>& format_writers() {
  static const std::vector<FormatWriter> writers{
      {"pdf", kPdfBit, true, &pdf_file},
      {"xlsx", kXlsxBit, false, &xlsx_file},
  };
  return writers;
}

const FormatWriter& format_writer(std::string_view name) {
  for (const auto& writer : format_writers())
    if (name == writer.name) return writer;
  throw std::logic_error("unknown format " + std::string(name));
}

std::vector<std::string> format_names() {
  std::vector<std::string> names;
  for (const auto& writer : format_writers()) names.push_back(writer.name);
  return names;
}

}  // namespace filinggen::filings
