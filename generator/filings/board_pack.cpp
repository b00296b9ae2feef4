// The board pack's composition: the pack's own pages laid out, the contents settled on
// the page numbers it prints, and every part bound into one volume.
#include "filings/board_pack.hpp"

#include "layout/volume.hpp"
#include "view/view.hpp"

namespace filinggen::filings {
namespace {

constexpr const char* kCoverTemplate = "board-pack-cover.zh-TW";
constexpr const char* kContentsTemplate = "board-pack-contents.zh-TW";
constexpr const char* kFindingsTemplate = "findings.zh-TW";
constexpr const char* kBlankTemplate = "board-pack-blank.zh-TW";

// A contents page whose count changes with the numbers it prints is laid out again;
// page numbers are a few digits wide, so this settles at once in practice.
constexpr int kContentsAttempts = 4;

std::optional<layout::PagedDocument> lay_out_page(const std::string& template_name, const kainjow::mustache::data& view,
                                                  const Resources& resources, Diagnostics& diagnostics) {
  Diagnostics found;
  auto rendering = render_template(template_name, view, true, resources, found);
  // A template folder made before the pack existed lacks its templates: say what to do.
  for (Diagnostic d : found.items()) {
    if (d.code == DiagnosticCode("template.missing").spelling())
      d.message += "董事會議資料（board-pack）需要此範本：可自 filinggen 的 templates/ 複製，"
                   "或以 --documents 只列出其他文件。";
    diagnostics.add(std::move(d));
  }
  if (!rendering) return std::nullopt;
  return std::move(rendering->pages);
}

// How the pack names a document in its contents and outline: the title its own template
// gives it, less the firm's name in front (the cover already says whose pack it is).
std::string pack_title(const layout::PagedDocument& document, const std::string& firm_name) {
  std::string title = document.title;
  if (title.rfind(firm_name, 0) == 0) title.erase(0, firm_name.size());
  for (const std::string space : {" ", "\u3000"})
    while (title.rfind(space, 0) == 0) title.erase(0, space.size());
  return title.empty() ? document.title : title;
}

// The contents, laid out with the page each document starts on. `parts` are the
// pack's parts with a placeholder at `contents_at`; the contents' own page count decides
// where the documents after it start, so it is laid out until that count holds.
std::optional<layout::PagedDocument> lay_out_contents(const model::FirmFile& file,
                                                      const std::vector<layout::VolumePart>& parts,
                                                      std::size_t contents_at, bool duplex,
                                                      const Resources& resources, Diagnostics& diagnostics) {
  std::vector<std::size_t> counts;
  std::vector<bool> right_hand;
  for (const auto& part : parts) {
    counts.push_back(part.document.pages.size());
    right_hand.push_back(part.right_hand);
  }
  counts[contents_at] = 1;
  for (int attempt = 0; attempt < kContentsAttempts; ++attempt) {
    const layout::VolumePlan plan = layout::plan_volume(counts, right_hand, duplex);
    std::vector<view::ContentsLine> lines;
    for (std::size_t i = contents_at + 1; i < parts.size(); ++i)
      lines.push_back({parts[i].outline_title, plan.first_page[i]});
    auto contents = lay_out_page(kContentsTemplate, view::board_pack_contents_view(file, lines), resources, diagnostics);
    if (!contents) return std::nullopt;
    if (contents->pages.size() == counts[contents_at]) return contents;
    counts[contents_at] = contents->pages.size();
  }
  diagnostics.error("board_pack.contents", {kContentsTemplate, 0, 0}, "",
                    "董事會議資料的目錄頁數無法確定（每次排版頁數不同）；請檢查目錄範本。");
  return std::nullopt;
}

}  // namespace

std::optional<layout::PagedDocument> bind_board_pack(const model::FirmFile& file, const rules::FirmReport* report,
                                                     std::vector<PackDocument> documents, bool duplex,
                                                     const Resources& resources, Diagnostics& diagnostics) {
  auto cover = lay_out_page(kCoverTemplate, view::board_pack_cover_view(file), resources, diagnostics);
  auto blank = lay_out_page(kBlankTemplate, kainjow::mustache::data{}, resources, diagnostics);
  if (!cover || !blank) return std::nullopt;

  // The cover is page 1 and has no outline entry of its own: the outline's top entry,
  // the pack's title, opens it.
  std::vector<layout::VolumePart> parts;
  parts.push_back({std::move(*cover), "", true});
  const std::size_t contents_at = parts.size();
  parts.push_back({layout::PagedDocument{}, "", true});  // the contents, laid out once the parts after it are
  for (auto& document : documents) {
    const std::string title = pack_title(document.pages, file.firm.name);
    parts.push_back({std::move(document.pages), title, true});
  }
  if (report && !report->findings.empty()) {
    auto findings = lay_out_page(kFindingsTemplate, view::findings_view(file, *report), resources, diagnostics);
    if (!findings) return std::nullopt;
    const std::string title = pack_title(*findings, file.firm.name);
    parts.push_back({std::move(*findings), title, true});
  }

  auto contents = lay_out_contents(file, parts, contents_at, duplex, resources, diagnostics);
  if (!contents) return std::nullopt;
  parts[contents_at].outline_title = pack_title(*contents, file.firm.name);
  parts[contents_at].document = std::move(*contents);

  const layout::VolumePlan plan = layout::plan_volume(parts, duplex);
  return layout::bind_volume(std::move(parts), plan, *blank, *resources.fonts, diagnostics);
}

}  // namespace filinggen::filings
