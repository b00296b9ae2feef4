#include "filings/rendering.hpp"

#include <filesystem>

#include "font/font.hpp"
#include "markup/markup.hpp"

namespace filinggen::filings {

std::optional<Rendering> render_template(const std::string& template_name, const kainjow::mustache::data& view,
                                         bool with_pages, const Resources& resources, Diagnostics& diagnostics) {
  auto markup = markup::render_template(resources.templates_dir, template_name, view, diagnostics);
  if (!markup) return std::nullopt;
  // Positions in markup messages are those of the rendered markup, not of the template.
  const std::string source =
      (std::filesystem::path(resources.templates_dir) / template_name).string() + ".mustache（套用資料後）";
  auto tree = markup::parse_markup(*markup, source, diagnostics);
  if (!tree) return std::nullopt;
  Rendering rendering{std::move(*tree), std::nullopt};
  if (with_pages) {
    rendering.pages = layout::layout_document(rendering.tree, *resources.fonts, diagnostics);
    if (!rendering.pages) return std::nullopt;
  }
  return rendering;
}

}  // namespace filinggen::filings
