#include <gtest/gtest.h>

#include "base/civil_date.hpp"

using filinggen::CivilDate;
using filinggen::MonthDay;

TEST(CivilDate, ParsesRealIsoDates) {
  auto d = CivilDate::parse_iso("2026-03-31");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 2026);
  EXPECT_EQ(d->month, 3);
  EXPECT_EQ(d->day, 31);
  EXPECT_TRUE(CivilDate::parse_iso("2024-02-29"));  // leap year
}

TEST(CivilDate, RejectsUnrealOrMalformedDates) {
  for (const char* bad : {"2025-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-4-1",
                          "2026/04/01", "20260401", "2026-04-01T00:00", "", "２０２６-04-01"})
    EXPECT_FALSE(CivilDate::parse_iso(bad)) << bad;
}

TEST(CivilDate, AddsMonthsClampingToTheMonthEnd) {
  EXPECT_EQ((CivilDate{2025, 12, 31}.plus_months(3)), (CivilDate{2026, 3, 31}));
  EXPECT_EQ((CivilDate{2025, 11, 30}.plus_months(3)), (CivilDate{2026, 2, 28}));
  EXPECT_EQ((CivilDate{2025, 12, 31}.plus_months(-12)), (CivilDate{2024, 12, 31}));
  EXPECT_EQ((CivilDate{2024, 12, 31}.next_day()), (CivilDate{2025, 1, 1}));
  EXPECT_EQ((CivilDate{2024, 2, 28}.next_day()), (CivilDate{2024, 2, 29}));
}

TEST(MonthDay, ParsesFiscalYearEnds) {
  ASSERT_TRUE(MonthDay::parse("12-31"));
  EXPECT_EQ(MonthDay::parse("06-30")->month, 6);
  EXPECT_FALSE(MonthDay::parse("06-31"));
  EXPECT_FALSE(MonthDay::parse("1231"));
}
