#pragma once
// Helpers of the end-to-end tests: run build/filinggen as a user would, read back
// what it wrote with poppler, qpdf and MuPDF.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "support/files.hpp"
#include "support/pdf_text.hpp"
#include "support/process.hpp"

namespace filinggen::e2e {
namespace fs = std::filesystem;

inline const std::string kSource = FILINGGEN_SOURCE_DIR;
inline const std::string kTool = FILINGGEN_BINARY;

using test::Outcome;
using test::pdf_text;
using test::quoted;
using test::read_text;
using test::run;

// The font lines of `pdffonts` (after its header and rule).
inline std::vector<std::string> pdf_fonts(const fs::path& pdf) {
  std::istringstream lines(run("pdffonts " + quoted(pdf.string())).out);
  std::vector<std::string> fonts;
  std::string line;
  for (int i = 0; std::getline(lines, line); ++i)
    if (i >= 2 && !line.empty()) fonts.push_back(line);
  return fonts;
}

inline void expect_embedded_subsets_with_to_unicode(const fs::path& pdf, const std::string& type) {
  const auto fonts = pdf_fonts(pdf);
  ASSERT_FALSE(fonts.empty()) << pdf;
  for (const auto& line : fonts) {
    EXPECT_NE(line.find(type), std::string::npos) << line;
    EXPECT_NE(line.find("Identity-H"), std::string::npos) << line;
    EXPECT_NE(line.find("yes yes yes"), std::string::npos) << "emb sub uni: " << line;
    EXPECT_EQ(line.find('+'), 6u) << "six-letter subset tag: " << line;
  }
}

inline void expect_clean_structure(const fs::path& pdf) {
  Outcome check = run("qpdf --check " + quoted(pdf.string()));
  EXPECT_EQ(check.status, 0) << check.out;
  EXPECT_NE(check.out.find("No syntax or stream encoding errors"), std::string::npos) << check.out;
  // MuPDF draws every page and says "error" (or "warning") for anything it must repair.
  // (Debian's build lacks colour management and says so; that line is not about the file.)
  Outcome draw = run("mutool draw -q -o /dev/null " + quoted(pdf.string()) + " | grep -v 'ICC support'");
  EXPECT_EQ(draw.out.find("error"), std::string::npos) << draw.out;
  EXPECT_EQ(draw.out.find("warning"), std::string::npos) << draw.out;
}

// A fresh folder per test, removed afterwards.
class ToolTest : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_.emplace(std::string("e2e-") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    dir_ = scratch_->path();
  }
  void TearDown() override { scratch_.reset(); }

  Outcome generate(const std::string& data, const fs::path& out, const std::string& env = "",
                   const std::string& options = "") {
    return run(env + " " + quoted(kTool) + " generate " + data + " --out " + quoted(out.string()) + " " + options);
  }

  fs::path dir_;

 private:
  std::optional<test::ScratchDir> scratch_;
};

}  // namespace filinggen::e2e
