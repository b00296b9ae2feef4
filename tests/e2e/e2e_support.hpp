#pragma once
// Helpers of the end-to-end tests: run build/filinggen as a user would, read back
// what it wrote with poppler, qpdf and MuPDF.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace filinggen::e2e {
namespace fs = std::filesystem;

inline const std::string kSource = FILINGGEN_SOURCE_DIR;
inline const std::string kTool = FILINGGEN_BINARY;

struct Outcome {
  int status = -1;
  std::string out;  // stdout and stderr
};

inline Outcome run(const std::string& command) {
  Outcome r;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return r;
  char buf[4096];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) r.out.append(buf, n);
  int status = pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

inline std::string quoted(const std::string& s) { return "'" + s + "'"; }

inline std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The text of a PDF without line breaks and spaces, so that a phrase split over two
// lines or spread by justification is still found.
inline std::string pdf_text(const fs::path& pdf) {
  std::string raw = run("pdftotext -enc UTF-8 " + quoted(pdf.string()) + " -").out, out;
  for (char c : raw)
    if (c != '\n' && c != ' ' && c != '\f') out += c;
  return out;
}

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
    dir_ = fs::temp_directory_path() /
           ("filinggen-e2e-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  Outcome generate(const std::string& data, const fs::path& out, const std::string& env = "",
                   const std::string& options = "") {
    return run(env + " " + quoted(kTool) + " generate " + data + " --out " + quoted(out.string()) + " " + options);
  }

  fs::path dir_;
};

}  // namespace filinggen::e2e
