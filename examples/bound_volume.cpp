// Several laid-out documents bound into one volume, as the board pack is: each keeps its
// pages and bookmarks, the footers count through the volume, with duplex each document
// starts on a right-hand page, and the PDF is written once (each face subset once).
//
//   build/examples/bound_volume /tmp/volume.pdf
#include <iostream>

#include "batch/batch.hpp"
#include "filinggen/version.hpp"
#include "layout/volume.hpp"
#include "pdf/pdf.hpp"

using namespace filinggen;

// A document of `paragraphs` long paragraphs (over a page each), each a bookmark, with
// a numbered footer.
static doc::Document document(const std::string& title, int paragraphs) {
  doc::Document d;
  d.title = title;
  d.footer = doc::Footer{{}, "第 {page} 頁，共 {pages} 頁"};
  d.footer->style.size = 9;
  d.footer->style.align = doc::Align::center;
  for (int i = 1; i <= paragraphs; ++i) {
    doc::Paragraph p;
    p.style.size = 14;
    std::string text = title + "第" + std::to_string(i) + "段：";
    for (int k = 0; k < 120; ++k) text += "資訊安全整體執行情形。";
    p.spans.push_back({text, false});
    p.bookmark = doc::Bookmark{"第" + std::to_string(i) + "段", 1};
    d.blocks.push_back(p);
  }
  return d;
}

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: bound_volume OUT.pdf\n";
    return 2;
  }
  Diagnostics diagnostics;
  auto fonts = font::FontSet::load(std::string(kResourceDir) + "/fonts/fonts.yaml", diagnostics);
  std::vector<layout::VolumePart> parts;
  for (auto [title, paragraphs] : {std::pair{"甲文件", 2}, std::pair{"乙文件", 1}}) {
    auto pages = fonts ? layout::layout_document(document(title, paragraphs), *fonts, diagnostics) : std::nullopt;
    if (pages) parts.push_back({std::move(*pages), title, true});
  }
  auto blank = fonts ? layout::layout_document(document("空白", 0), *fonts, diagnostics) : std::nullopt;
  std::optional<layout::PagedDocument> volume;
  if (parts.size() == 2 && blank) {
    const layout::VolumePlan plan = layout::plan_volume(parts, /*duplex=*/true);
    volume = layout::bind_volume(std::move(parts), plan, *blank, *fonts, diagnostics);
  }
  auto bytes = volume ? pdf::write_pdf(*volume, *fonts, {{2026, 1, 1}, "filinggen example"}, diagnostics) : std::nullopt;
  if (!bytes || !batch::write_atomically(argv[1], *bytes, diagnostics)) {
    for (const auto& item : diagnostics.items()) std::cerr << item.str() << '\n';
    return 1;
  }
  std::cout << argv[1] << ": " << volume->pages.size() << " pages, " << volume->outline.size() << " bookmarks\n";
  return 0;
}
