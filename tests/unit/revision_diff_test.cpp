// The revision diff marks what a person marks in a revision comparison table: whole
// changed phrases, edges on punctuation, never half a character, never a line break.
#include <gtest/gtest.h>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstdint>
#include <memory>

#include "text/edit_script.hpp"
#include "text/text.hpp"

using namespace filinggen;
using Phrases = std::vector<std::string>;

namespace {

// The text each span covers, in order: what is underlined (or struck through).
Phrases phrases(std::string_view text, const std::vector<text::ByteSpan>& spans) {
  Phrases out;
  for (const auto& span : spans) out.emplace_back(text.substr(span.begin, span.end - span.begin));
  return out;
}

// The whole text with each span in 【】, where a phrase could be found in more than one place.
std::string marked(std::string_view text, const std::vector<text::ByteSpan>& spans) {
  std::string out;
  std::size_t at = 0;
  for (const auto& span : spans) {
    out.append(text.substr(at, span.begin - at)).append("【");
    out.append(text.substr(span.begin, span.end - span.begin)).append("】");
    at = span.end;
  }
  return out.append(text.substr(at));
}

bool is_cluster_boundary(std::string_view text, std::size_t offset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  std::unique_ptr<UText, decltype(&utext_close)> utext(
      utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status), &utext_close);
  it->setText(utext.get(), status);
  return U_SUCCESS(status) && it->isBoundary(static_cast<int32_t>(offset));
}

// What every diff must give: sorted, separate, non-empty spans on cluster boundaries,
// none holding a line break.
void expect_well_formed(std::string_view text, const std::vector<text::ByteSpan>& spans) {
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const auto& span = spans[i];
    EXPECT_LT(span.begin, span.end) << span;
    EXPECT_LE(span.end, text.size()) << span;
    if (i > 0) {
      EXPECT_LT(spans[i - 1].end, span.begin) << "sorted and not touching: " << spans[i - 1] << span;
    }
    EXPECT_TRUE(is_cluster_boundary(text, span.begin)) << span;
    EXPECT_TRUE(is_cluster_boundary(text, span.end)) << span;
    const std::string_view covered = text.substr(span.begin, span.end - span.begin);
    EXPECT_EQ(covered.find('\n'), std::string_view::npos) << span;
    EXPECT_EQ(covered.find("\u2028"), std::string_view::npos) << span;
  }
}

text::RevisionDiff diff(std::string_view current, std::string_view amended) {
  text::RevisionDiff d = text::diff_revision(current, amended);
  expect_well_formed(current, d.deleted);
  expect_well_formed(amended, d.inserted);
  return d;
}

}  // namespace

TEST(RevisionDiff, OneCharacterChanged) {
  const std::string current = "公司應訂定資訊安全政策，並提報董事會。";
  const std::string amended = "公司得訂定資訊安全政策，並提報董事會。";
  const auto d = diff(current, amended);
  EXPECT_EQ(d.inserted, (std::vector<text::ByteSpan>{{6, 9}}));
  EXPECT_EQ(d.deleted, (std::vector<text::ByteSpan>{{6, 9}}));
  EXPECT_EQ(marked(amended, d.inserted), "公司【得】訂定資訊安全政策，並提報董事會。");
  EXPECT_EQ(marked(current, d.deleted), "公司【應】訂定資訊安全政策，並提報董事會。");
}

TEST(RevisionDiff, InsertionAtTheStart) {
  const std::string amended = "公司之資訊安全政策應每年檢討。";
  const auto d = diff("資訊安全政策應每年檢討。", amended);
  EXPECT_EQ(phrases(amended, d.inserted), (Phrases{"公司之"}));
  EXPECT_EQ(d.inserted.at(0), (text::ByteSpan{0, 9}));
  EXPECT_TRUE(d.deleted.empty());
}

TEST(RevisionDiff, InsertionAtTheEndIsAWholeSentence) {
  const std::string amended = "資訊安全政策應每年檢討。並提報董事會。";
  const auto d = diff("資訊安全政策應每年檢討。", amended);
  EXPECT_EQ(marked(amended, d.inserted), "資訊安全政策應每年檢討。【並提報董事會。】");
  EXPECT_TRUE(d.deleted.empty());
}

TEST(RevisionDiff, ClauseRewrittenAroundACoincidenceAtItsStart) {
  // 責 of 權責 and of 責成 is shared by chance: both clauses are marked whole.
  const std::string current = "公司應經權責主管核准。";
  const std::string amended = "公司應責成資訊單位辦理。";
  const auto d = diff(current, amended);
  EXPECT_EQ(phrases(amended, d.inserted), (Phrases{"責成資訊單位辦理"}));
  EXPECT_EQ(phrases(current, d.deleted), (Phrases{"經權責主管核准"}));
}

TEST(RevisionDiff, RewrittenClauseIsOnePhraseDespiteCharactersInCommon) {
  // 權責 and 管 appear in both clauses by chance; a minimal diff would keep them.
  const std::string current = "公司員工使用行動裝置處理公務時，應經權責主管核准，並遵循公司資訊安全相關規定。";
  const std::string amended = "公司員工使用行動裝置處理公務時，應於事前核定管制措施與權責分工，並遵循公司資訊安全相關規定。";
  const auto d = diff(current, amended);
  EXPECT_EQ(phrases(amended, d.inserted), (Phrases{"於事前核定管制措施與權責分工"}));
  EXPECT_EQ(phrases(current, d.deleted), (Phrases{"經權責主管核准"}));

  const std::string amended2 = "公司員工使用行動裝置處理公務時，應依公務用行動裝置設備管理辦法辦理，並遵循公司資訊安全相關規定。";
  const auto d2 = diff(current, amended2);
  EXPECT_EQ(phrases(amended2, d2.inserted), (Phrases{"依公務用行動裝置設備管理辦法辦理"}));
  EXPECT_EQ(phrases(current, d2.deleted), (Phrases{"經權責主管核准"}));
}

TEST(RevisionDiff, InsertedClauseBeforeTheFullStopTakesItsComma) {
  const std::string amended = "每年應參加資訊安全專業課程訓練或職能訓練，並通過評量。";
  const auto d = diff("每年應參加資訊安全專業課程訓練或職能訓練。", amended);
  EXPECT_EQ(marked(amended, d.inserted), "每年應參加資訊安全專業課程訓練或職能訓練【，並通過評量】。");
  EXPECT_TRUE(d.deleted.empty());
}

TEST(RevisionDiff, InsertedClauseBetweenCommasEndsWithItsComma) {
  // 「，報經董事會通過」 and 「報經董事會通過，」 are both the same insertion; a clause ends
  // with its own punctuation.
  const std::string current = "公司應訂定資訊安全政策，並依下列規定辦理。";
  const std::string amended = "公司應訂定資訊安全政策，報經董事會通過，並依下列規定辦理。";
  const auto d = diff(current, amended);
  EXPECT_EQ(marked(amended, d.inserted), "公司應訂定資訊安全政策，【報經董事會通過，】並依下列規定辦理。");
  EXPECT_TRUE(d.deleted.empty());
  // The same clause removed is struck through the same way.
  const auto back = diff(amended, current);
  EXPECT_EQ(marked(amended, back.deleted), "公司應訂定資訊安全政策，【報經董事會通過，】並依下列規定辦理。");
  EXPECT_TRUE(back.inserted.empty());
}

TEST(RevisionDiff, CharacterBeyondTheBmpIsOneUnit) {
  const std::string current = "負責人：林𥚃";  // U+25683, four bytes in UTF-8
  const std::string amended = "負責人：林堃";
  const auto d = diff(current, amended);
  EXPECT_EQ(d.deleted, (std::vector<text::ByteSpan>{{15, 19}}));
  EXPECT_EQ(d.inserted, (std::vector<text::ByteSpan>{{15, 18}}));
  EXPECT_EQ(phrases(current, d.deleted), (Phrases{"𥚃"}));
  EXPECT_EQ(phrases(amended, d.inserted), (Phrases{"堃"}));
}

TEST(RevisionDiff, CombiningMarkChangesTheWholeCluster) {
  const std::string current = "cafe\u0301 au lait";  // e + COMBINING ACUTE ACCENT
  const std::string amended = "cafe\u0300 au lait";  // e + COMBINING GRAVE ACCENT
  const auto d = diff(current, amended);
  EXPECT_EQ(d.deleted, (std::vector<text::ByteSpan>{{3, 6}}));
  EXPECT_EQ(d.inserted, (std::vector<text::ByteSpan>{{3, 6}}));
  EXPECT_EQ(phrases(amended, d.inserted), (Phrases{"e\u0300"}));
}

TEST(RevisionDiff, ChangesOnTwoLinesAreTwoSpans) {
  const std::string current = "（一）應每年檢討一次。\n（二）應提報董事會。";
  const std::string amended = "（一）應每年至少檢討一次。\n（二）應提報董事會通過。";
  const auto d = diff(current, amended);
  EXPECT_EQ(phrases(amended, d.inserted), (Phrases{"至少", "通過"}));
  EXPECT_TRUE(d.deleted.empty());
}

TEST(RevisionDiff, ChangeAcrossALineBreakIsCutThere) {
  // One rewrite spanning the line break, in the data's \n and in markup's U+2028.
  for (const std::string newline : {"\n", "\u2028"}) {
    const std::string current = "第一行甲" + newline + "乙第二行";
    const std::string amended = "第一行丙" + newline + "丁第二行";
    const auto d = diff(current, amended);
    EXPECT_EQ(phrases(amended, d.inserted), (Phrases{"丙", "丁"}));
    EXPECT_EQ(phrases(current, d.deleted), (Phrases{"甲", "乙"}));
  }
  const std::string amended = "（三）每年檢討一次。\n（四）聲明書應揭露。";
  const auto d = diff("（三）每年檢討一次。", amended);
  EXPECT_EQ(phrases(amended, d.inserted), (Phrases{"（四）聲明書應揭露。"}));
}

TEST(RevisionDiff, UnchangedLineBetweenRewrittenLinesIsNotMarked) {
  const std::string current = "（一）應指定專人負責資訊安全。\n（二）（略）\n（三）應每年檢討一次。";
  const std::string amended = "（一）得委外辦理資安監控作業。\n（二）（略）\n（三）須提報董事會核定之。";
  const auto d = diff(current, amended);
  EXPECT_EQ(marked(amended, d.inserted),
            "（一）【得委外辦理資安監控作業】。\n（二）（略）\n（三）【須提報董事會核定之】。");
  EXPECT_EQ(marked(current, d.deleted), "（一）【應指定專人負責資訊安全】。\n（二）（略）\n（三）【應每年檢討一次】。");
}

TEST(RevisionDiff, ChangedNumbersAreMarkedOneByOne) {
  const std::string current = "依第三款至第五款辦理";
  const std::string amended = "依第二款至第四款辦理";
  const auto d = diff(current, amended);
  EXPECT_EQ(marked(amended, d.inserted), "依第【二】款至第【四】款辦理");
  EXPECT_EQ(marked(current, d.deleted), "依第【三】款至第【五】款辦理");
}

TEST(RevisionDiff, IdenticalTextsHaveNoSpans) {
  const std::string text = "公司應訂定資訊安全政策，並依下列規定辦理：\n（一）（略）";
  const auto d = diff(text, text);
  EXPECT_TRUE(d.inserted.empty());
  EXPECT_TRUE(d.deleted.empty());
  const auto empty = diff("", "");
  EXPECT_TRUE(empty.inserted.empty());
  EXPECT_TRUE(empty.deleted.empty());
}

TEST(RevisionDiff, EmptyCurrentTextInsertsEveryLine) {
  const std::string amended = "公司運用雲端服務時，應依下列規定辦理：\n（一）訂定規範。\n\n（二）訂定措施。";
  const auto d = diff("", amended);
  EXPECT_EQ(phrases(amended, d.inserted),
            (Phrases{"公司運用雲端服務時，應依下列規定辦理：", "（一）訂定規範。", "（二）訂定措施。"}));
  EXPECT_TRUE(d.deleted.empty());
}

TEST(RevisionDiff, EmptyAmendedTextDeletesEveryLine) {
  const std::string current = "公司員工使用行動裝置處理公務時，\n應經權責主管核准。\n";
  const auto d = diff(current, "");
  EXPECT_EQ(phrases(current, d.deleted), (Phrases{"公司員工使用行動裝置處理公務時，", "應經權責主管核准。"}));
  EXPECT_TRUE(d.inserted.empty());
}

// data/standard/amendments-2025-04-11.yaml, CC-13000-2: four insertions, nothing removed.
TEST(RevisionDiff, TrainingHoursAmendment) {
  const std::string current =
      "公司應視資訊安全管理需要，指定專人或專責單位負責規劃與執行資訊安全工作，且每年應定期參加"
      "資訊安全專業課程訓練或職能訓練。其他使用資訊系統之從業人員，每年應接受資訊安全宣導課程。";
  const std::string amended =
      "公司應視資訊安全管理需要，指定專人或專責單位負責規劃與執行資訊安全工作，且每年應定期參加"
      "十五小時以上資訊安全專業課程訓練或職能訓練，並通過評量。其他使用資訊系統之從業人員，每年應"
      "至少接受三小時以上資訊安全宣導課程。";
  const auto d = diff(current, amended);
  EXPECT_EQ(phrases(amended, d.inserted), (Phrases{"十五小時以上", "，並通過評量", "至少", "三小時以上"}));
  EXPECT_TRUE(d.deleted.empty()) << "接受 stays: it was never removed";
}

// The same file, CC-21100-1: long passages added around text that stays; 管理規範 becomes
// 資訊安全規範與管理辦法, where 規範 is kept.
TEST(RevisionDiff, EmergingTechnologyAmendment) {
  const std::string current = "公司運用新興科技辦理業務時，應評估其可能之資訊安全風險，並訂定相關管理規範。";
  const std::string amended =
      "公司運用雲端服務、社群媒體、行動裝置及物聯網等新興科技辦理業務時，應參考中華民國證券商業同業公會"
      "雲端運算、社群媒體、行動裝置資訊安全自律規範及證券期貨市場相關公會「新興科技資訊安全管控指引」，"
      "評估其可能之資訊安全風險，並依下列各點訂定相關資訊安全規範與管理辦法。";
  const auto d = diff(current, amended);
  EXPECT_EQ(phrases(amended, d.inserted),
            (Phrases{"雲端服務、社群媒體、行動裝置及物聯網等",
                     "參考中華民國證券商業同業公會雲端運算、社群媒體、行動裝置資訊安全自律規範及證券期貨市場相關公會"
                     "「新興科技資訊安全管控指引」，",
                     "依下列各點", "資訊安全", "與管理辦法"}));
  EXPECT_EQ(phrases(current, d.deleted), (Phrases{"管理"}));
}

// The same file, CC-12000-1: a new item on a line of its own is underlined without its line break.
TEST(RevisionDiff, NewItemAmendment) {
  const std::string head =
      "公司應訂定資訊安全政策，並依下列規定辦理：\n（一）（略）\n（二）（略）\n"
      "（三）資訊安全政策應每年至少檢討一次，並提報董事會。";
  const std::string item =
      "（四）公司每年應將前一年度資訊安全整體執行情形，由負責資訊安全之最高主管與董事長、總經理、稽核主管"
      "聯名出具資訊安全整體執行情形聲明書，並提報董事會通過，於會計年度終了後三個月內將該聲明書內容揭露於"
      "公開資訊觀測站。";
  const auto d = diff(head, head + "\n" + item);
  EXPECT_EQ(phrases(head + "\n" + item, d.inserted), (Phrases{item}));
  EXPECT_TRUE(d.deleted.empty());
}

// Speed is measured by scripts/bench, not here; these check that long inputs are whole.
TEST(RevisionDiff, CompletelyDifferentLongTextsAreAllChanged) {
  std::string current, amended;
  for (int i = 0; i < 3000; ++i) {
    current += text::to_utf8(U'一' + static_cast<char32_t>(i % 500));
    amended += text::to_utf8(U'丁' + static_cast<char32_t>(i % 500) + 600);
  }
  const auto d = diff(current, amended);
  EXPECT_EQ(d.deleted, (std::vector<text::ByteSpan>{{0, current.size()}}));
  EXPECT_EQ(d.inserted, (std::vector<text::ByteSpan>{{0, amended.size()}}));
}

TEST(RevisionDiff, ManyChanceMatchesGiveWellFormedSpans) {
  // Two unrelated texts over a small alphabet: thousands of one-character coincidences.
  const std::u32string alphabet = U"之資訊安全公司應每年，。";
  std::uint32_t seed = 12345;
  auto next = [&] { return (seed = seed * 1103515245u + 12345u) >> 16; };
  std::string current, amended;
  for (int i = 0; i < 3000; ++i) {
    current += text::to_utf8(alphabet[next() % alphabet.size()]);
    amended += text::to_utf8(alphabet[next() % alphabet.size()]);
  }
  const auto d = diff(current, amended);
  for (const auto* spans : {&d.deleted, &d.inserted})
    for (std::size_t i = 0; i < spans->size(); ++i) {
      EXPECT_LT((*spans)[i].begin, (*spans)[i].end);
      if (i > 0) {
        EXPECT_LT((*spans)[i - 1].end, (*spans)[i].begin) << "sorted, separate spans";
      }
    }
  ASSERT_FALSE(d.inserted.empty());
  EXPECT_LE(d.inserted.back().end, amended.size());
}

// The diff core alone: its scripts are shortest (checked against the longest common
// subsequence by dynamic programming) and spell both texts.
TEST(RevisionDiff, MinimalEditsAreShortest) {
  using text::revision::Op;
  std::uint32_t seed = 99;
  auto next = [&] { return (seed = seed * 1103515245u + 12345u) >> 16; };
  for (int round = 0; round < 3000; ++round) {
    const std::size_t letters = 1 + next() % 4;
    std::u32string a, b;
    for (std::size_t i = next() % 12; i > 0; --i) a += static_cast<char32_t>(U'a' + next() % letters);
    for (std::size_t i = next() % 12; i > 0; --i) b += static_cast<char32_t>(U'a' + next() % letters);
    std::vector<std::vector<std::size_t>> lcs(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 1; i <= a.size(); ++i)
      for (std::size_t j = 1; j <= b.size(); ++j)
        lcs[i][j] = a[i - 1] == b[j - 1] ? lcs[i - 1][j - 1] + 1 : std::max(lcs[i - 1][j], lcs[i][j - 1]);

    std::u32string spelled_a, spelled_b;
    std::size_t edits = 0;
    for (const auto& edit : text::revision::minimal_edits(a, b, 1'000'000)) {
      if (edit.op != Op::insert) spelled_a += edit.units;
      if (edit.op != Op::remove) spelled_b += edit.units;
      if (edit.op != Op::keep) edits += edit.units.size();
    }
    ASSERT_EQ(spelled_a, a);
    ASSERT_EQ(spelled_b, b);
    ASSERT_EQ(edits, a.size() + b.size() - 2 * lcs[a.size()][b.size()]) << text::to_utf8(a) << " / " << text::to_utf8(b);
  }
}

TEST(RevisionDiff, BeyondTheWorkLimitTheMiddleCountsAsChanged) {
  using text::revision::Op;
  const auto script = text::revision::minimal_edits(U"前言甲乙丙丁戊結語", U"前言子乙丑丁寅結語", 3);
  ASSERT_EQ(script.size(), 4u);
  EXPECT_EQ(script[0].op, Op::keep);
  EXPECT_EQ(script[0].units, U"前言");
  EXPECT_EQ(script[1].units, U"甲乙丙丁戊");
  EXPECT_EQ(script[2].units, U"子乙丑丁寅");
  EXPECT_EQ(script[3].units, U"結語");
}

// The cleanup alone: what a removal's end and the next insertion's start share is kept.
TEST(RevisionDiff, CleanupKeepsTheOverlapOfARemovalAndTheNextInsertion) {
  using text::revision::Op;
  text::revision::EditScript script{
      {Op::keep, U"依"}, {Op::remove, U"甲乙丙丁"}, {Op::insert, U"丙丁戊"}, {Op::keep, U"辦理"}};
  text::revision::clean_up_phrases(script, {});
  ASSERT_EQ(script.size(), 5u);
  EXPECT_EQ(script[1].op, Op::remove);
  EXPECT_EQ(script[1].units, U"甲乙");
  EXPECT_EQ(script[2].op, Op::keep);
  EXPECT_EQ(script[2].units, U"丙丁");
  EXPECT_EQ(script[3].op, Op::insert);
  EXPECT_EQ(script[3].units, U"戊");
}

// An answer the diff remembers (the same amendment in every firm's table) is the answer
// it gave the first time, and another pair of texts gets its own.
TEST(RevisionDiff, ThePairsAskedBeforeGetTheSameAnswerAndOthersTheirOwn) {
  const std::string current = "證券商應訂定資訊安全政策。", amended = "證券商應訂定並定期檢討資訊安全政策。",
                    other = "證券商應訂定資訊安全政策及作業程序。";
  const text::RevisionDiff first = text::diff_revision(current, amended);
  const text::RevisionDiff second = text::diff_revision(current, other);
  const text::RevisionDiff again = text::diff_revision(current, amended);
  EXPECT_EQ(phrases(amended, again.inserted), phrases(amended, first.inserted));
  EXPECT_EQ(again.deleted, first.deleted);
  EXPECT_EQ(phrases(amended, first.inserted), (Phrases{"並定期檢討"}));
  EXPECT_EQ(phrases(other, second.inserted), (Phrases{"及作業程序"}));
}
