// plan_volume and bind_volume: the pages of several documents as one volume.
#include "layout/volume.hpp"

namespace filinggen::layout {

VolumePlan plan_volume(const std::vector<std::size_t>& page_counts, const std::vector<bool>& right_hand,
                       bool duplex) {
  VolumePlan plan;
  std::size_t used = 0;  // pages before the next part
  for (std::size_t i = 0; i < page_counts.size(); ++i) {
    // With duplex, page used + 1 is a left-hand page when `used` is odd.
    const std::size_t blanks = duplex && right_hand[i] && used % 2 == 1 ? 1 : 0;
    plan.blanks_before.push_back(blanks);
    plan.first_page.push_back(used + blanks + 1);
    used += blanks + page_counts[i];
  }
  plan.total = used;
  return plan;
}

VolumePlan plan_volume(const std::vector<VolumePart>& parts, bool duplex) {
  std::vector<std::size_t> counts;
  std::vector<bool> right_hand;
  for (const auto& part : parts) {
    counts.push_back(part.document.pages.size());
    right_hand.push_back(part.right_hand);
  }
  return plan_volume(counts, right_hand, duplex);
}

std::optional<PagedDocument> bind_volume(std::vector<VolumePart> parts, const VolumePlan& plan,
                                         const PagedDocument& blank, const font::FontSet& fonts,
                                         Diagnostics& diagnostics) {
  if (parts.empty() || blank.pages.empty()) return std::nullopt;
  const PagedDocument& first = parts.front().document;
  PagedDocument volume{first.title, first.author, first.subject, first.keywords, first.language, {}, {},
                       first.setup, std::nullopt};
  for (std::size_t i = 0; i < parts.size(); ++i) {
    for (std::size_t b = 0; b < plan.blanks_before[i]; ++b) {
      PagedDocument page{blank};
      page.pages.resize(1);
      if (!number_pages(page, {volume.pages.size() + 1, plan.total}, fonts, diagnostics)) return std::nullopt;
      volume.pages.push_back(std::move(page.pages.front()));
    }
    PagedDocument& part = parts[i].document;
    if (!number_pages(part, {plan.first_page[i], plan.total}, fonts, diagnostics)) return std::nullopt;
    const std::size_t offset = volume.pages.size();
    const bool titled = !parts[i].outline_title.empty();
    if (titled && !part.pages.empty()) volume.outline.push_back({parts[i].outline_title, 1, offset, 0});
    for (OutlineEntry entry : part.outline) {
      entry.page += offset;
      entry.level += titled ? 1 : 0;
      volume.outline.push_back(std::move(entry));
    }
    for (auto& page : part.pages) volume.pages.push_back(std::move(page));
  }
  return volume;
}

}  // namespace filinggen::layout
