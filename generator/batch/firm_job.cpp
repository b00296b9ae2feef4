// One firm's job: load -> check -> for each document: view -> template -> markup ->
// (layout -> PDF) and (workbook), in memory; run_batch writes them atomically. Any
// failure stops this firm only.
#include <algorithm>
#include <ctime>
#include <filesystem>

#include "batch/batch.hpp"
#include "filinggen/version.hpp"
#include "markup/markup.hpp"
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

bool wanted(const DocumentSpec& spec, const model::FirmFile& file, const Environment& env) {
  if (spec.applies && !spec.applies(file)) return false;
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

std::optional<doc::Document> document_tree(const DocumentSpec& spec, const model::FirmFile& file,
                                           const rules::FirmReport* report, const Environment& env,
                                           Diagnostics& diagnostics) {
  auto markup = markup::render_template(env.templates_dir, spec.template_name, spec.view(file, report), diagnostics);
  if (!markup) return std::nullopt;
  // Positions in markup messages are those of the rendered markup, not of the template.
  const std::string source = (fs::path(env.templates_dir) / spec.template_name).string() + ".mustache（套用資料後）";
  return markup::parse_markup(*markup, source, diagnostics);
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
// the workbook cannot disagree. Output: files appended to `rendered`.
bool render_document(const DocumentSpec& spec, const model::FirmFile& file, const rules::FirmReport* report,
                     const Environment& env, const fs::path& folder, std::vector<RenderedFile>& rendered,
                     Diagnostics& diagnostics) {
  auto tree = document_tree(spec, file, report, env, diagnostics);
  if (!tree) return false;
  const CivilDate created = creation_date(file, env);
  const std::string generator = std::string("filinggen ") + kVersion;
  if (wants_format(env, "pdf")) {
    auto pages = layout::layout_document(*tree, *env.fonts, diagnostics);
    if (!pages) return false;
    auto bytes = pdf::write_pdf(*pages, *env.fonts, pdf::PdfOptions{created, generator}, diagnostics);
    if (!bytes) return false;
    rendered.push_back({(folder / (std::string(spec.name) + ".pdf")).string(), spec.name, "pdf", std::move(*bytes),
                        static_cast<int>(pages->pages.size()), ""});
  }
  if (wants_format(env, "xlsx")) {
    auto bytes = xlsx::write_workbook(*tree, xlsx::WorkbookOptions{created, file.firm.name, generator}, diagnostics);
    if (!bytes) return false;
    rendered.push_back({(folder / (std::string(spec.name) + ".xlsx")).string(), spec.name, "xlsx", std::move(*bytes), 0, ""});
  }
  return true;
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
  for (const auto& spec : kDocuments) {
    if (!wanted(spec, file, env)) continue;
    try {
      if (!render_document(spec, file, outcome.report ? &*outcome.report : nullptr, env, folder, rendered,
                           outcome.diagnostics))
        return;
    } catch (const std::exception& e) {
      outcome.diagnostics.error("generate.failed", {outcome.input, 0, 0}, spec.name,
                                std::string("產生文件時發生內部錯誤：") + e.what());
      return;
    }
  }
  for (auto& r : rendered) outcome.rendered.push_back(std::move(r));
}

}  // namespace filinggen::batch
