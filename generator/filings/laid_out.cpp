#include "filings/laid_out.hpp"

#include "filings/catalogue.hpp"
#include "filings/rendering.hpp"

namespace filinggen::filings {

std::optional<LaidOutDocument> lay_out(const std::string& document, const model::FirmFile& file,
                                       const rules::FirmReport* report, const Resources& resources,
                                       Diagnostics& diagnostics) {
  for (const auto& kind : catalogue()) {
    if (document != kind.name) continue;
    auto rendering = render_template(kind.template_name, kind.view(file, report), true, resources, diagnostics);
    if (!rendering) return std::nullopt;
    return LaidOutDocument{std::move(rendering->tree), std::move(*rendering->pages)};
  }
  return std::nullopt;
}

}  // namespace filinggen::filings
