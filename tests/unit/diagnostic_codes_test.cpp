// The closed list of diagnostic codes (base/diagnostic_codes.hpp) against
// docs/diagnostics.md, which tells users what each one means.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "base/diagnostic.hpp"
#include "base/file_text.hpp"
#include "base/json_text.hpp"
#include "support/source_tree.hpp"

using namespace filinggen;

namespace {

std::set<std::string> documented_codes() {
  FileProblem problem;
  const auto page = read_file(test::source_path("docs/diagnostics.md"), kDataFileCap, problem);
  EXPECT_TRUE(page);
  std::set<std::string> codes;
  static const std::regex row(R"(\n\| `([a-z_]+\.[a-z0-9_]+)` \|)");
  for (auto it = std::sregex_iterator(page->begin(), page->end(), row); it != std::sregex_iterator(); ++it)
    codes.insert((*it)[1]);
  return codes;
}

}  // namespace

TEST(DiagnosticCodes, EveryDeclaredCodeIsDocumentedAndNoOther) {
  const auto documented = documented_codes();
  std::set<std::string> declared;
  for (auto code : kDiagnosticCodes) {
    EXPECT_TRUE(declared.insert(std::string(code)).second) << "declared twice: " << code;
    EXPECT_TRUE(documented.count(std::string(code))) << "not in docs/diagnostics.md: " << code;
  }
  for (const auto& code : documented) EXPECT_TRUE(declared.count(code)) << "documented but not declared: " << code;
}

TEST(DiagnosticCodes, OneSpellingConvention) {
  static const std::regex spelling(R"([a-z]+(_[a-z0-9]+)*\.[a-z0-9]+(_[a-z0-9]+)*)");
  for (auto code : kDiagnosticCodes) EXPECT_TRUE(std::regex_match(std::string(code), spelling)) << code;
}

TEST(DiagnosticCodes, OneJsonEncoding) {
  Diagnostics d;
  d.error("value.date", {"a \"b\".yaml", 12, 9}, "declaration.date", "「2026-02-30」不是日期\n");
  EXPECT_EQ(diagnostic_json(d.items()[0]),
            R"({"severity": "error", "code": "value.date", "file": "a \"b\".yaml", "line": 12, "column": 9, )"
            R"("field": "declaration.date", "message": "「2026-02-30」不是日期\n"})");
}
