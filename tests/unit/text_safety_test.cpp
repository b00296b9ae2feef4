// Text from data on its way to a terminal (printable) and into a filing (check_decoded_text).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/terminal_text.hpp"
#include "base/text_safety.hpp"

using namespace filinggen;

TEST(Printable, ControlsBidiAndBytesThatAreNotUtf8AreShownNotObeyed) {
  EXPECT_EQ(printable("恆益證券\t第 1 行\n"), "恆益證券\t第 1 行\n") << "Chinese, tab and line feed unchanged";
  EXPECT_EQ(printable("a\x1b[2Jb\rc\x7f"), "a<U+001B>[2Jb<U+000D>c<U+007F>");
  EXPECT_EQ(printable("\xC2\x9B" "x"), "<U+009B>x") << "C1 (CSI)";
  EXPECT_EQ(printable("名\u202E稱\u2066"), "名<U+202E>稱<U+2066>");
  EXPECT_EQ(printable("\xFF\xC0\xAF" "ok"), "<0xFF><0xC0><0xAF>ok") << "not UTF-8 (an overlong /)";
  EXPECT_EQ(printable(std::string("a\0b", 3)), "a<U+0000>b");
}

TEST(DecodedText, EachKindIsReportedOnceAtItsFieldNamingTheCodePoint) {
  struct Case {
    std::string value, code, words;
  };
  for (const Case& c : std::vector<Case>{{"a\x1b" "b", "text.control_character", "U+001B"},
                                         {std::string("a\0b", 3), "text.control_character", "U+0000"},
                                         {"名\u202E稱", "text.bidi_control", "U+202E"},
                                         {"名\u2069", "text.bidi_control", "U+2069"},
                                         {"e\u0301\u0301\u0301\u0301\u0301", "text.combining_marks", "U+0301"}}) {
    Diagnostics d;
    EXPECT_FALSE(check_decoded_text(c.value, {"f.yaml", 3, 9}, "firm.name", d)) << c.code;
    ASSERT_EQ(d.items().size(), 1u) << c.code;
    EXPECT_EQ(d.items()[0].code, c.code);
    EXPECT_EQ(d.items()[0].field, "firm.name");
    EXPECT_NE(d.items()[0].message.find(c.words), std::string::npos) << d.items()[0].message;
  }
  Diagnostics d;
  EXPECT_TRUE(check_decoded_text("恆益證券\t第一行\n第二行\r\ne\u0301\u0301\u0301\u0301", {"f.yaml", 1, 1}, "x", d))
      << "tabs, line breaks and four marks in a row are text";
}
