// The whole pipeline for one document, stage by stage, with the library's own calls:
//
//   load (model) -> view -> template + markup -> layout -> PDF -> atomic write (batch)
//
//   build/examples/declaration_pipeline data/firms/hengyi-securities.yaml /tmp/declaration.pdf
#include <iostream>

#include "batch/batch.hpp"
#include "filinggen/version.hpp"
#include "markup/markup.hpp"
#include "model/load.hpp"
#include "pdf/pdf.hpp"
#include "view/view.hpp"

using namespace filinggen;

static int fail(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics.items()) std::cerr << d.str() << '\n';
  return 1;
}

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: declaration_pipeline FIRM.yaml OUT.pdf\n";
    return 2;
  }
  const std::string resources = kResourceDir;
  Diagnostics diagnostics;

  // 1. model: the firm file, checked, with every error located.
  model::LoadResult loaded = model::load_firm_file(argv[1]);
  if (!loaded.firm) return fail(loaded.diagnostics);

  // 2. view: ROC dates, Chinese numbering and labels for the template.
  kainjow::mustache::data view = view::declaration_view(*loaded.firm);

  // 3. markup: the template's wording filled in, parsed into the document tree.
  auto markup = markup::render_template(resources + "/templates", "declaration.zh-TW", view, diagnostics);
  if (!markup) return fail(diagnostics);
  auto document = markup::parse_markup(*markup, "declaration.zh-TW", diagnostics);
  if (!document) return fail(diagnostics);

  // 4. layout: lines broken and measured, pages filled, footers numbered.
  auto fonts = font::FontSet::load(resources + "/fonts/fonts.yaml", diagnostics);
  if (!fonts) return fail(diagnostics);
  auto pages = layout::layout_document(*document, *fonts, diagnostics);
  if (!pages) return fail(diagnostics);

  // 5. pdf: the pages as PDF bytes, fonts embedded as subsets.
  auto bytes = pdf::write_pdf(*pages, *fonts, {loaded.firm->declaration.date, "filinggen example"}, diagnostics);
  if (!bytes) return fail(diagnostics);

  // 6. batch: written through a temporary file and a rename.
  if (!batch::write_atomically(argv[2], *bytes, diagnostics)) {
    return fail(diagnostics);
  }
  std::cout << argv[2] << ": " << pages->pages.size() << " pages\n";
  return 0;
}
