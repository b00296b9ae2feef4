// A bound volume (the board pack): footers set again with the volume's numbers, blank
// pages where duplex needs them, each document's outline nested under its own entry.
#include <gtest/gtest.h>

#include "layout/volume.hpp"
#include "layout_support.hpp"
#include "support/source_tree.hpp"

using namespace filinggen;

namespace {

// 100 pt of content width, six 15 pt lines a page; the footer in the bottom margin.
doc::Document numbered_document(const std::string& text, int pages) {
  doc::Document d;
  d.page = {120, 120, 10, 10, 10, 10};
  d.footer = doc::Footer{{}, "第 {page} 頁，共 {pages} 頁"};
  d.footer->style.size = 6;
  for (int i = 0; i < pages * 6; ++i) {
    doc::Paragraph p;
    p.style.size = 10;
    p.style.line_height = 1.5;
    p.spans.push_back({text, false});
    if (i % 6 == 0) p.bookmark = doc::Bookmark{text + std::to_string(i / 6 + 1), 1};
    d.blocks.push_back(p);
  }
  return d;
}

layout::PagedDocument lay_out(const doc::Document& d) {
  Diagnostics diagnostics;
  auto out = layout::layout_document(d, test::project_fonts(), diagnostics);
  for (const auto& item : diagnostics.items()) ADD_FAILURE() << item.str();
  EXPECT_TRUE(out);
  return out ? std::move(*out) : layout::PagedDocument{};
}

std::string footer_of(const layout::Page& page) { return test::lines_of(page).back().text; }

}  // namespace

TEST(Volume, NumberPagesReplacesTheFooterInsteadOfAddingOne) {
  layout::PagedDocument document = lay_out(numbered_document("聲明", 2));
  ASSERT_EQ(document.pages.size(), 2u);
  const std::size_t runs = document.pages[1].runs.size();
  EXPECT_EQ(footer_of(document.pages[1]), "第 2 頁，共 2 頁");
  Diagnostics diagnostics;
  ASSERT_TRUE(layout::number_pages(document, {7, 30}, test::project_fonts(), diagnostics));
  EXPECT_EQ(footer_of(document.pages[0]), "第 7 頁，共 30 頁");
  EXPECT_EQ(footer_of(document.pages[1]), "第 8 頁，共 30 頁");
  EXPECT_EQ(document.pages[1].runs.size(), runs) << "the old footer is gone";
  ASSERT_TRUE(layout::number_pages(document, {1, 2}, test::project_fonts(), diagnostics));
  EXPECT_EQ(footer_of(document.pages[1]), "第 2 頁，共 2 頁") << "and it can be set back";
}

TEST(Volume, DuplexStartsEveryPartOnAnOddPage) {
  const std::vector<std::size_t> counts = {1, 1, 2, 3, 1};
  const std::vector<bool> right_hand(counts.size(), true);
  const layout::VolumePlan single = layout::plan_volume(counts, right_hand, false);
  EXPECT_EQ(single.first_page, (std::vector<std::size_t>{1, 2, 3, 5, 8}));
  EXPECT_EQ(single.total, 8u);
  const layout::VolumePlan duplex = layout::plan_volume(counts, right_hand, true);
  EXPECT_EQ(duplex.first_page, (std::vector<std::size_t>{1, 3, 5, 7, 11}));
  EXPECT_EQ(duplex.blanks_before, (std::vector<std::size_t>{0, 1, 1, 0, 1}));
  EXPECT_EQ(duplex.total, 11u) << "no blank after the last part";
}

TEST(Volume, BindsPagesNumbersAndNestedOutline) {
  std::vector<layout::VolumePart> parts;
  parts.push_back({lay_out(numbered_document("封面", 1)), "", true});
  parts.push_back({lay_out(numbered_document("聲明", 2)), "聲明書", true});
  parts.push_back({lay_out(numbered_document("對照", 3)), "對照表", true});
  layout::PagedDocument blank = lay_out(numbered_document("空白", 1));
  blank.outline.clear();
  const layout::VolumePlan plan = layout::plan_volume(parts, true);
  Diagnostics diagnostics;
  auto volume = layout::bind_volume(std::move(parts), plan, blank, test::project_fonts(), diagnostics);
  ASSERT_TRUE(volume);
  // 封面 1, blank 2, 聲明 3-4, 對照 5-7.
  ASSERT_EQ(volume->pages.size(), 7u);
  for (std::size_t i = 0; i < volume->pages.size(); ++i)
    EXPECT_EQ(footer_of(volume->pages[i]), "第 " + std::to_string(i + 1) + " 頁，共 7 頁");
  EXPECT_EQ(test::lines_of(volume->pages[1]).front().text.substr(0, 6), "空白");

  struct Expected {
    std::string title;
    int level;
    std::size_t page;
  };
  const std::vector<Expected> expected = {{"封面1", 1, 0}, {"聲明書", 1, 2}, {"聲明1", 2, 2}, {"聲明2", 2, 3},
                                          {"對照表", 1, 4}, {"對照1", 2, 4}, {"對照2", 2, 5}, {"對照3", 2, 6}};
  ASSERT_EQ(volume->outline.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(volume->outline[i].title, expected[i].title) << i;
    EXPECT_EQ(volume->outline[i].level, expected[i].level) << i;
    EXPECT_EQ(volume->outline[i].page, expected[i].page) << i;
  }
}
