// The catalogue of bad input, end to end: every case of tests/bad/ given to
// `filinggen generate` as a user would. Each must exit 2, print exactly its expected
// messages (file:line:col: field: sentence), and write nothing at all.
//   tests/bad/*.yaml            a firm file (and the shared files it refers to)
//   tests/bad/fonts/*.yaml      a font configuration (--fonts), with the minimal firm
//   tests/bad/templates/<case>/ a templates folder (--templates), with the minimal firm;
//                               its file `expect` lists the messages
#include <algorithm>

#include "e2e/e2e_support.hpp"
#include "support/expectations.hpp"

using namespace filinggen::e2e;
namespace test = filinggen::test;

namespace {

std::vector<fs::path> entries(const fs::path& folder, bool folders) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(folder))
    if (folders ? e.is_directory() : e.path().extension() == ".yaml") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// The messages of a run: the lines of its output that start with `prefix` (the case's path).
std::vector<std::string> messages_about(const std::string& output, const std::string& prefix) {
  std::vector<std::string> out;
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);)
    if (line.rfind(prefix, 0) == 0) out.push_back(line);
  return out;
}

class Catalogue : public ToolTest {
 protected:
  // Runs the case; `base` + each expected line must start one message, and there must be
  // no other message about the case.
  void expect_refused(const std::string& args, const std::string& base, const std::vector<std::string>& expected,
                      const std::string& name) {
    ASSERT_FALSE(expected.empty()) << name << " lists no expected message";
    const fs::path out = dir_ / "out";
    const Outcome r = run(quoted(kTool) + " generate " + args + " --out " + quoted(out.string()));
    EXPECT_EQ(r.status, 2) << name << "\n" << r.out;
    EXPECT_FALSE(fs::exists(out) && !fs::is_empty(out)) << name << ": something was written";
    const auto got = messages_about(r.out, base);
    EXPECT_EQ(got.size(), expected.size()) << name << "\n" << r.out;
    for (const auto& e : expected) {
      const bool found = std::any_of(got.begin(), got.end(), [&](const std::string& g) { return g.rfind(base + e, 0) == 0; });
      EXPECT_TRUE(found) << name << ": missing " << base + e << "\n" << r.out;
    }
  }
};

}  // namespace

TEST_F(Catalogue, EveryBadFirmFileExitsTwoAndWritesNothing) {
  const auto cases = entries(kSource + "/tests/bad", false);
  EXPECT_GE(cases.size(), 40u) << "the catalogue keeps at least forty firm-file cases";
  for (const auto& c : cases) {
    std::vector<std::string> expected;
    for (const auto& e : test::expected_lines(c))  // in this file (line:col first) or a shared one
      expected.push_back(std::isdigit(static_cast<unsigned char>(e[0])) ? ":" + e : "");
    // Messages about shared files name those files; count only this file's own here.
    std::vector<std::string> own;
    for (const auto& e : expected)
      if (!e.empty()) own.push_back(e);
    const Outcome r = run(quoted(kTool) + " generate " + quoted(c.string()) + " --out " + quoted((dir_ / "out").string()));
    EXPECT_EQ(r.status, 2) << c << "\n" << r.out;
    EXPECT_FALSE(fs::exists(dir_ / "out") && !fs::is_empty(dir_ / "out")) << c << ": something was written";
    const auto got = messages_about(r.out, c.string() + ":");
    EXPECT_EQ(got.size(), own.size()) << c << "\n" << r.out;
    for (const auto& e : own)
      EXPECT_TRUE(std::any_of(got.begin(), got.end(), [&](const std::string& g) { return g.rfind(c.string() + e, 0) == 0; }))
          << c << ": missing " << e << "\n" << r.out;
    fs::remove_all(dir_ / "out");
  }
}

TEST_F(Catalogue, EveryBadFontConfigurationExitsTwoAndWritesNothing) {
  const std::string firm = quoted(kSource + "/tests/fixtures/minimal-firm.yaml");
  const auto cases = entries(kSource + "/tests/bad/fonts", false);
  EXPECT_GE(cases.size(), 5u);
  for (const auto& c : cases) {
    std::vector<std::string> expected;
    for (const auto& e : test::expected_lines(c)) expected.push_back(":" + e);
    expect_refused(firm + " --fonts " + quoted(c.string()), c.string(), expected, c.filename().string());
    fs::remove_all(dir_ / "out");
  }
}

TEST_F(Catalogue, EveryBadTemplatesFolderExitsTwoAndWritesNothing) {
  const std::string firm = quoted(kSource + "/tests/fixtures/minimal-firm.yaml");
  const auto cases = entries(kSource + "/tests/bad/templates", true);
  EXPECT_GE(cases.size(), 4u);
  for (const auto& c : cases) {
    std::vector<std::string> expected;
    for (const auto& e : test::expected_lines(c / "expect", "")) expected.push_back(e);
    expect_refused(firm + " --documents declaration --templates " + quoted(c.string()), c.string() + "/", expected,
                   c.filename().string());
    fs::remove_all(dir_ / "out");
  }
}
