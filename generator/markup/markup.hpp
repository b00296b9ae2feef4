#pragma once
// The markup stage: a Mustache template and its view data become document markup,
// and the markup (a small XML vocabulary, see docs/markup.md) becomes a document tree.
#include <kainjow/mustache.hpp>

#include <optional>
#include <string>

#include "markup/document.hpp"
#include "base/diagnostic.hpp"

namespace filinggen::markup {

// Renders templates/<name>.mustache with every templates/partials/*.mustache available
// as a partial. Reports a broken template and returns nothing.
std::optional<std::string> render_template(const std::string& templates_dir, const std::string& name,
                                           const kainjow::mustache::data& view, Diagnostics& diagnostics);

// Parses document markup; `source_name` names it in messages.
std::optional<doc::Document> parse_markup(const std::string& markup, const std::string& source_name,
                                          Diagnostics& diagnostics);

}  // namespace filinggen::markup
