#include "batch/template_document.hpp"

#include <filesystem>

#include "markup/markup.hpp"

namespace filinggen::batch {

std::optional<doc::Document> template_document(const std::string& template_name, const kainjow::mustache::data& view,
                                               const Environment& env, Diagnostics& diagnostics) {
  auto markup = markup::render_template(env.templates_dir, template_name, view, diagnostics);
  if (!markup) return std::nullopt;
  // Positions in markup messages are those of the rendered markup, not of the template.
  const std::string source =
      (std::filesystem::path(env.templates_dir) / template_name).string() + ".mustache（套用資料後）";
  return markup::parse_markup(*markup, source, diagnostics);
}

}  // namespace filinggen::batch
