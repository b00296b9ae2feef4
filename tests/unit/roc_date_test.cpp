#include <gtest/gtest.h>

#include "text/text.hpp"
#include "view/view.hpp"

using namespace filinggen;

TEST(RocDate, FormatsInTheMinguoCalendar) {
  EXPECT_EQ(text::roc_date({2026, 3, 10}), "中華民國115年3月10日");
  EXPECT_EQ(text::roc_date({2026, 3, 31}), "中華民國115年3月31日");
  EXPECT_EQ(text::roc_date({1912, 1, 1}), "中華民國1年1月1日");
  EXPECT_EQ(text::roc_date_short({2025, 12, 31}), "114年12月31日");
  EXPECT_EQ(text::roc_year({2011, 1, 1}), 100);
}

TEST(RocDate, YearBoundariesDoNotShiftTheDay) {
  // Dates are civil days: no zone may turn 1 January into 31 December.
  EXPECT_EQ(text::roc_date({2026, 1, 1}), "中華民國115年1月1日");
  EXPECT_EQ(text::roc_date({2025, 12, 31}), "中華民國114年12月31日");
}

// The loader's messages write dates with CivilDate::roc() (model/ is below text/); the
// documents with ICU. Every day of the years around the boundaries reads the same.
TEST(RocDate, TheLoadersRocTextIsTheDocumentsOne) {
  for (int year : {1912, 2000, 2024, 2025, 2026, 2028, 2100})
    for (CivilDate d{year, 1, 1}; d.year == year; d = d.next_day()) ASSERT_EQ(d.roc(), text::roc_date_short(d)) << d.iso();
}

TEST(RocDate, AllChineseForm) {
  EXPECT_EQ(text::roc_date_chinese({2026, 3, 31}), "中華民國一一五年三月三十一日");
  EXPECT_EQ(text::roc_date_chinese({2026, 10, 10}), "中華民國一一五年十月十日");
  EXPECT_EQ(text::roc_date_chinese({2011, 2, 20}), "中華民國一〇〇年二月二十日");
}

TEST(RocDate, RefusesDatesBeforeTheRepublic) {
  EXPECT_THROW(text::roc_date({1911, 12, 31}), std::invalid_argument);
}

TEST(ChineseNumerals, SpellsArticleAndListNumbers) {
  EXPECT_EQ(text::chinese_number(36), "三十六");
  EXPECT_EQ(text::chinese_number(10), "十");
  EXPECT_EQ(text::chinese_number(12), "十二");
  EXPECT_EQ(text::chinese_number(105), "一百零五");
  EXPECT_EQ(text::chinese_list_label(3), "三、");
  EXPECT_EQ(text::chinese_digits(115), "一一五");
}

TEST(FiscalPeriod, CalendarAndNonCalendarYears) {
  auto calendar = view::fiscal_period(2025, {12, 31});
  EXPECT_EQ(calendar.first, (CivilDate{2025, 1, 1}));
  EXPECT_EQ(calendar.last, (CivilDate{2025, 12, 31}));
  auto june = view::fiscal_period(2025, {6, 30});
  EXPECT_EQ(june.first, (CivilDate{2024, 7, 1}));
  EXPECT_EQ(june.last, (CivilDate{2025, 6, 30}));
}
