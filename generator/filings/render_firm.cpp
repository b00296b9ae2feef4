// A firm's files: each document of the catalogue that applies and is wanted, rendered
// once, written in every chosen format from that rendering, its pages kept for the board
// pack; then the pack, bound from those pages and written by the same PDF writer.
#include <algorithm>
#include <ctime>

#include "filings/board_pack.hpp"
#include "filings/catalogue.hpp"
#include "filings/format_writers.hpp"
#include "filings/kind_fonts.hpp"
#include "filinggen/version.hpp"

namespace filinggen::filings {
namespace {

bool chosen(const std::vector<std::string>& list, const std::string& name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}
bool listed(const Selection& selection, const std::string& document) {
  return selection.documents.empty() || chosen(selection.documents, document);
}
bool wants_board_pack(const Selection& selection) {
  return chosen(selection.formats, "pdf") && listed(selection, kBoardPack);
}

FileStamp stamp_of(const model::FirmFile& file, const Resources& resources) {
  CivilDate created = file.declaration.date;
  if (resources.source_date_epoch) {
    const auto t = static_cast<std::time_t>(*resources.source_date_epoch);
    std::tm utc{};
    gmtime_r(&t, &utc);
    created = {utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday};
  }
  return {created, std::string("filinggen ") + kVersion, file.firm.name};
}

// An internal failure in one document's step is this firm's error, naming the document;
// the other firms of the batch go on.
template <typename Step>
bool guarded(const std::string& document, const model::FirmFile& file, Diagnostics& diagnostics, Step step) {
  try {
    return step();
  } catch (const std::exception& e) {
    diagnostics.error("generate.failed", {file.path, 0, 0}, document, std::string("產生文件時發生內部錯誤：") + e.what());
    return false;
  }
}

// The formats of `kind` the user chose, in the table's order.
std::vector<const FormatWriter*> writers_for(const DocumentKind& kind, const Selection& selection) {
  std::vector<const FormatWriter*> writers;
  for (const auto& writer : format_writers())
    if ((kind.formats & writer.bit) && chosen(selection.formats, writer.name)) writers.push_back(&writer);
  return writers;
}

bool prints(const std::vector<const FormatWriter*>& writers) {
  return std::any_of(writers.begin(), writers.end(), [](const FormatWriter* w) { return w->needs_pages; });
}

bool write_files(const std::string& document, const std::vector<const FormatWriter*>& writers,
                 const Rendering& rendering, const FileStamp& stamp, const Resources& resources,
                 std::vector<OutputFile>& files, Diagnostics& diagnostics) {
  for (const FormatWriter* writer : writers) {
    auto bytes = writer->write(rendering, stamp, resources, diagnostics);
    if (!bytes) return false;
    const int pages = writer->needs_pages ? static_cast<int>(rendering.pages->pages.size()) : 0;
    files.push_back({document + "." + writer->name, document, writer->name, std::move(*bytes), pages});
  }
  return true;
}

}  // namespace

std::vector<DocumentName> document_names() {
  std::vector<DocumentName> names;
  for (const auto& kind : catalogue()) names.push_back({kind.name, kind.title});
  names.push_back({kBoardPack, kBoardPackTitle});
  return names;
}

std::optional<std::vector<OutputFile>> render_firm(const model::FirmFile& file, const rules::FirmReport* report,
                                                   const Resources& resources, const Selection& selection,
                                                   Diagnostics& diagnostics) {
  const bool board_pack = wants_board_pack(selection);
  const FileStamp stamp = stamp_of(file, resources);
  std::vector<OutputFile> files;
  std::vector<PackDocument> pack_documents;
  std::vector<const DocumentKind*> pack_kinds;
  for (const auto& kind : catalogue()) {
    if (!applies(kind, file)) continue;
    const auto writers = listed(selection, kind.name) ? writers_for(kind, selection) : std::vector<const FormatWriter*>{};
    const bool into_pack = board_pack && kind.in_board_pack;
    if (writers.empty() && !into_pack) continue;
    const bool pages = into_pack || std::any_of(writers.begin(), writers.end(), [](auto* w) { return w->needs_pages; });
    const bool done = guarded(kind.name, file, diagnostics, [&] {
      auto rendering = render_template(kind.template_name, kind.view(file, report), pages, resources, diagnostics);
      if (rendering && prints(writers)) rendering->shared_fonts = resources.kind_fonts->of_document(kind, file, resources);
      if (!rendering || !write_files(kind.name, writers, *rendering, stamp, resources, files, diagnostics)) return false;
      if (into_pack) {
        pack_documents.push_back({kind.name, std::move(*rendering->pages)});
        pack_kinds.push_back(&kind);
      }
      return true;
    });
    if (!done) return std::nullopt;
  }
  if (board_pack) {
    const bool done = guarded(kBoardPack, file, diagnostics, [&] {
      auto pack = bind_board_pack(file, report, std::move(pack_documents), selection.duplex, resources, diagnostics);
      if (!pack) return false;
      const Rendering volume{doc::Document{}, std::move(*pack),
                             resources.kind_fonts->of_board_pack(pack_kinds, file, resources)};
      return write_files(kBoardPack, {&format_writer("pdf")}, volume, stamp, resources, files, diagnostics);
    });
    if (!done) return std::nullopt;
  }
  return files;
}

}  // namespace filinggen::filings
