#pragma once
// A bound volume: several laid-out documents as one, with page numbers running through
// it and each document under its own outline entry (the board pack). Nothing here knows
// what the documents are; the caller decides their order and titles.
#include <optional>
#include <string>
#include <vector>

#include "layout/layout.hpp"

namespace filinggen::layout {

// One document of the volume.
struct VolumePart {
  PagedDocument document;
  std::string outline_title;  // its top-level outline entry, its own entries under it; empty: none
  bool right_hand = true;     // with duplex, starts on a right-hand (odd) page
};

// Where each part starts once bound: its first page (1-based) and how many blank pages
// go before it so that, with duplex, it starts on a right-hand page.
struct VolumePlan {
  std::vector<std::size_t> first_page;
  std::vector<std::size_t> blanks_before;
  std::size_t total = 0;
};
VolumePlan plan_volume(const std::vector<VolumePart>& parts, bool duplex);
// The same from page counts alone, before the parts are final (a contents page that
// must print the numbers of the parts after it).
VolumePlan plan_volume(const std::vector<std::size_t>& page_counts, const std::vector<bool>& right_hand,
                       bool duplex);

// The parts one after the other, blank pages where the plan puts them (each a copy of
// `blank`'s first page), every footer numbered through the volume. The outline: each
// part's title at level 1 on its first page, the part's own entries one level deeper.
// The volume's title and information are the first part's.
std::optional<PagedDocument> bind_volume(std::vector<VolumePart> parts, const VolumePlan& plan,
                                         const PagedDocument& blank, const font::FontSet& fonts,
                                         Diagnostics& diagnostics);

}  // namespace filinggen::layout
