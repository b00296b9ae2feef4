#pragma once
// Private to batch: a template rendered with its view and parsed into the document tree,
// the first half of every document's way to paper (the firm's documents and the board
// pack's own pages alike).
#include <optional>
#include <string>

#include <kainjow/mustache.hpp>

#include "batch/batch.hpp"
#include "markup/document.hpp"

namespace filinggen::batch {

// templates/<template_name>.mustache with `view` -> markup -> tree; nothing (after
// reporting) when the template or its markup is wrong.
std::optional<doc::Document> template_document(const std::string& template_name, const kainjow::mustache::data& view,
                                               const Environment& env, Diagnostics& diagnostics);

}  // namespace filinggen::batch
