// Line breaking follows the zh-Hant-TW rules: no line starts with closing punctuation
// and none ends with an opening bracket.
#include <gtest/gtest.h>

#include "layout/layout.hpp"
#include "layout_support.hpp"
#include "support/source_tree.hpp"
#include "text/text.hpp"

using namespace filinggen;

namespace {

const std::u32string kNoLineStart = U"，。、；：」』）！？";
const std::u32string kNoLineEnd = U"「『（";

bool may_break_before(const std::u32string& text, std::size_t index) {
  for (const auto& b : text::line_breaks(text))
    if (b.index == index) return true;
  return false;
}

const char* kSample =
    "本公司依「證券暨期貨市場各服務事業建立內部控制制度處理準則」第三十六條之二規定，"
    "配置資訊安全專責主管及專責人員（至少二名），並於每年參加十五小時以上之課程；"
    "其他使用資訊系統之從業人員，每年應至少接受三小時以上資訊安全宣導課程。"
    "『本點新增』、「本點刪除」：均依規定辦理！是否符合？";

}  // namespace

TEST(LineBreaks, NeverBeforeClosingOrAfterOpeningPunctuation) {
  const std::u32string text = text::to_code_points(kSample);
  for (std::size_t i = 1; i < text.size(); ++i) {
    if (kNoLineStart.find(text[i]) != std::u32string::npos) {
      EXPECT_FALSE(may_break_before(text, i)) << "break before " << text::to_utf8(text[i]) << " at " << i;
    }
    if (kNoLineEnd.find(text[i - 1]) != std::u32string::npos) {
      EXPECT_FALSE(may_break_before(text, i)) << "break after " << text::to_utf8(text[i - 1]) << " at " << i;
    }
  }
}

TEST(LineBreaks, BetweenIdeographsAndAtNewlines) {
  const std::u32string text = U"資訊安全\n聲明";
  auto breaks = text::line_breaks(text);
  EXPECT_TRUE(may_break_before(text, 1));  // 資|訊
  bool hard_after_newline = false;
  for (const auto& b : breaks) hard_after_newline = hard_after_newline || (b.index == 5 && b.mandatory);
  EXPECT_TRUE(hard_after_newline);
  EXPECT_EQ(breaks.back().index, text.size());
}

TEST(LineBreaks, LaidOutLinesKeepThePunctuationRules) {
  // Many widths, so that every punctuation mark lands at some line edge.
  for (double width = 100; width <= 200; width += 7) {
    doc::Document d;
    d.page = {width + 20, 2000, 10, 10, 10, 10};
    doc::Paragraph p;
    p.style.size = 10;
    p.spans.push_back({kSample, false});
    d.blocks.push_back(p);
    Diagnostics diagnostics;
    auto pages = layout::layout_document(d, test::project_fonts(), diagnostics);
    ASSERT_TRUE(pages);
    auto lines = test::lines_of(pages->pages.at(0));
    ASSERT_GT(lines.size(), 3u);
    std::string joined;
    for (const auto& line : lines) {
      const std::u32string text = text::to_code_points(line.text);
      ASSERT_FALSE(text.empty());
      EXPECT_EQ(kNoLineStart.find(text.front()), std::u32string::npos) << "width " << width << ": " << line.text;
      EXPECT_EQ(kNoLineEnd.find(text.back()), std::u32string::npos) << "width " << width << ": " << line.text;
      joined += line.text;
    }
    EXPECT_EQ(joined, kSample) << "no character may be lost or repeated";
  }
}
