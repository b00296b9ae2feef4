// One firm's job: load -> check -> for each document: view -> template -> markup ->
// (layout -> PDF) and (workbook) -> the board pack from the laid-out pages, all in
// memory; run_batch writes them atomically. Any failure stops this firm only.
#include <algorithm>
#include <ctime>
#include <filesystem>

#include "batch/batch.hpp"
#include "batch/board_pack.hpp"
#include "batch/template_document.hpp"
#include "filinggen/version.hpp"
#include "model/load.hpp"
#include "pdf/pdf.hpp"
#include "view/view.hpp"
#include "xlsx/xlsx.hpp"

namespace filinggen::batch {
namespace fs = std::filesystem;
namespace {

// The documents a firm file yields, in the order they are written.
struct DocumentSpec {
  const char* name;           // output file stem, and the name --documents takes
  const char* template_name;  // templates/<template_name>.mustache
  kainjow::mustache::data (*view)(const model::FirmFile&, const rules::FirmReport*);
  bool (*applies)(const model::FirmFile&);  // whether the firm has this document; null: every firm
};

bool has_revisions(const model::FirmFile& file) { return file.revisions.has_value(); }
bool has_self_assessment(const model::FirmFile& file) { return file.self_assessment.has_value(); }

// Only the declaration speaks of the computed figures.
kainjow::mustache::data revision_table(const model::FirmFile& file, const rules::FirmReport*) {
  return view::revision_table_view(file);
}
kainjow::mustache::data self_assessment(const model::FirmFile& file, const rules::FirmReport*) {
  return view::self_assessment_view(file);
}

const DocumentSpec kDocuments[] = {
    {"declaration", "declaration.zh-TW", &view::declaration_view, nullptr},
    {"revision-table", "revision-table.zh-TW", &revision_table, &has_revisions},
    {"self-assessment", "self-assessment.zh-TW", &self_assessment, &has_self_assessment},
};

bool applies(const DocumentSpec& spec, const model::FirmFile& file) { return !spec.applies || spec.applies(file); }

// Whether the document is written as files of its own (the board pack takes every
// document the firm has, listed or not).
bool listed(const DocumentSpec& spec, const Environment& env) {
  return env.documents.empty() ||
         std::find(env.documents.begin(), env.documents.end(), spec.name) != env.documents.end();
}

// Data text is set in the formal Kai face; its chain must cover every character.
constexpr const char* kDataFontRole = "kai";

CivilDate creation_date(const model::FirmFile& file, const Environment& env) {
  if (env.source_date_epoch) {
    std::time_t t = static_cast<std::time_t>(*env.source_date_epoch);
    std::tm utc{};
    gmtime_r(&t, &utc);
    return {utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday};
  }
  return file.declaration.date;
}

pdf::PdfOptions pdf_options(const model::FirmFile& file, const Environment& env) {
  return {creation_date(file, env), std::string("filinggen ") + kVersion};
}

std::optional<doc::Document> document_tree(const DocumentSpec& spec, const model::FirmFile& file,
                                           const rules::FirmReport* report, const Environment& env,
                                           Diagnostics& diagnostics) {
  return template_document(spec.template_name, spec.view(file, report), env, diagnostics);
}

std::optional<LaidOutDocument> lay_out_spec(const DocumentSpec& spec, const model::FirmFile& file,
                                            const rules::FirmReport* report, const Environment& env,
                                            Diagnostics& diagnostics) {
  auto tree = document_tree(spec, file, report, env, diagnostics);
  if (!tree) return std::nullopt;
  auto pages = layout::layout_document(*tree, *env.fonts, diagnostics);
  if (!pages) return std::nullopt;
  return LaidOutDocument{std::move(*tree), std::move(*pages)};
}

bool wants_format(const Environment& env, const char* format) {
  return std::find(env.formats.begin(), env.formats.end(), format) != env.formats.end();
}

// One document in every requested format, all from one document tree, so the PDF and
// the workbook cannot disagree. Output: files appended to `rendered` when `as_files`,
// and the laid-out pages appended to `pack` when given.
bool render_document(const DocumentSpec& spec, const model::FirmFile& file, const rules::FirmReport* report,
                     const Environment& env, const fs::path& folder, bool as_files, std::vector<PackDocument>* pack,
                     std::vector<RenderedFile>& rendered, Diagnostics& diagnostics) {
  auto tree = document_tree(spec, file, report, env, diagnostics);
  if (!tree) return false;
  const pdf::PdfOptions options = pdf_options(file, env);
  const bool pdf_file = as_files && wants_format(env, "pdf");
  if (pdf_file || pack) {
    auto pages = layout::layout_document(*tree, *env.fonts, diagnostics);
    if (!pages) return false;
    if (pdf_file) {
      auto bytes = pdf::write_pdf(*pages, *env.fonts, options, diagnostics);
      if (!bytes) return false;
      rendered.push_back({(folder / (std::string(spec.name) + ".pdf")).string(), spec.name, "pdf", std::move(*bytes),
                          static_cast<int>(pages->pages.size()), ""});
    }
    if (pack) pack->push_back({spec.name, std::move(*pages)});
  }
  if (as_files && wants_format(env, "xlsx")) {
    auto bytes = xlsx::write_workbook(
        *tree, xlsx::WorkbookOptions{options.creation_date, file.firm.name, options.creator}, diagnostics);
    if (!bytes) return false;
    rendered.push_back({(folder / (std::string(spec.name) + ".xlsx")).string(), spec.name, "xlsx", std::move(*bytes), 0, ""});
  }
  return true;
}

bool render_pack(const model::FirmFile& file, FirmOutcome& outcome, std::vector<PackDocument> documents,
                 const Environment& env, const fs::path& folder, std::vector<RenderedFile>& rendered) {
  try {
    auto pack = render_board_pack(file, outcome.report ? &*outcome.report : nullptr, std::move(documents), env,
                                  pdf_options(file, env), outcome.diagnostics);
    if (!pack) return false;
    rendered.push_back({(folder / (std::string(kBoardPack) + ".pdf")).string(), kBoardPack, "pdf", std::move(pack->bytes),
                        static_cast<int>(pack->pages), ""});
    return true;
  } catch (const std::exception& e) {
    outcome.diagnostics.error("generate.failed", {outcome.input, 0, 0}, kBoardPack,
                              std::string("產生文件時發生內部錯誤：") + e.what());
    return false;
  }
}

}  // namespace

std::optional<LaidOutDocument> lay_out(const std::string& name, const model::FirmFile& file, const Environment& env,
                                       Diagnostics& diagnostics) {
  const auto report = env.rules ? check_rules(file, env, diagnostics) : std::nullopt;
  for (const auto& spec : kDocuments)
    if (name == spec.name) return lay_out_spec(spec, file, report ? &*report : nullptr, env, diagnostics);
  return std::nullopt;
}

std::vector<std::string> document_names() {
  std::vector<std::string> names;
  for (const auto& spec : kDocuments) names.push_back(spec.name);
  names.push_back(kBoardPack);
  return names;
}

std::optional<model::FirmFile> load_checked(const std::string& input, const Environment& env,
                                            FirmOutcome& outcome) {
  outcome.input = input;
  model::LoadResult loaded = model::load_firm_file(input);
  outcome.diagnostics.append(loaded.diagnostics);
  if (!loaded.firm) return std::nullopt;
  outcome.firm_id = loaded.firm->firm.id;
  if (env.fonts) check_font_coverage(loaded.firm->texts, *env.fonts, kDataFontRole, outcome.diagnostics);
  if (outcome.diagnostics.has_errors()) return std::nullopt;
  return std::move(loaded.firm);
}

void render_filings(const model::FirmFile& file, const std::string& out_dir, const Environment& env,
                    FirmOutcome& outcome) {
  // Every document is rendered before any is kept: a firm gets all its files or none new.
  std::vector<RenderedFile> rendered;
  const fs::path folder = fs::path(out_dir) / file.firm.id;
  const bool board_pack = wants_board_pack(env);
  std::vector<PackDocument> pack_documents;
  for (const auto& spec : kDocuments) {
    if (!applies(spec, file) || (!listed(spec, env) && !board_pack)) continue;
    try {
      if (!render_document(spec, file, outcome.report ? &*outcome.report : nullptr, env, folder, listed(spec, env),
                           board_pack ? &pack_documents : nullptr, rendered, outcome.diagnostics))
        return;
    } catch (const std::exception& e) {
      outcome.diagnostics.error("generate.failed", {outcome.input, 0, 0}, spec.name,
                                std::string("產生文件時發生內部錯誤：") + e.what());
      return;
    }
  }
  // The board pack, from the pages laid out above (docs/board-pack.md).
  if (board_pack && !render_pack(file, outcome, std::move(pack_documents), env, folder, rendered)) return;
  for (auto& r : rendered) outcome.rendered.push_back(std::move(r));
}

}  // namespace filinggen::batch
