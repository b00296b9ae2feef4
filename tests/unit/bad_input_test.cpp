// The catalogue of bad input: each file in tests/bad/ ends with "# expect:" lines,
// each one the message (line:col: field: start of the sentence) it must produce.
// The file must produce exactly those errors and no others. A message about a shared
// file it refers to names that file relative to tests/bad/ (shared/x.yaml:line:col: …);
// such shared files live in subfolders, which are not read as firm files.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>

#include "batch/batch.hpp"
#include "support/diagnostics.hpp"
#include "support/expectations.hpp"
#include "support/source_tree.hpp"

using namespace filinggen;

namespace {

class BadInput : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(BadInput, ProducesExactlyTheExpectedMessages) {
  const std::string path = GetParam();
  const auto expected = test::expected_lines(path);
  ASSERT_FALSE(expected.empty()) << path << " has no '# expect:' line";
  batch::Surroundings surroundings;
  surroundings.resources = {test::source_path("templates"), &test::project_fonts(), std::nullopt};
  surroundings.standard_dir = test::source_path("data/standard");
  std::vector<std::string> got;
  batch::BatchEvents events;
  events.firm = [&](const batch::FirmOutcome& outcome) { got = test::message_lines(outcome.diagnostics); };
  batch::run_batch(batch::Mode::validate, {path}, "", surroundings, batch::Choices{}, events);
  std::string all;
  for (const auto& g : got) all += "  " + g + "\n";
  EXPECT_EQ(got.size(), expected.size()) << all;
  const std::string folder = std::filesystem::path(path).parent_path().string();
  for (const auto& e : expected) {
    const bool in_this_file = !e.empty() && std::isdigit(static_cast<unsigned char>(e[0]));
    const std::string want = in_this_file ? path + ":" + e : folder + "/" + e;
    bool found = false;
    for (const auto& g : got) found = found || g.find(want) == 0;
    EXPECT_TRUE(found) << "missing: " << e << "\ngot:\n" << all;
  }
}

INSTANTIATE_TEST_SUITE_P(Catalogue, BadInput, ::testing::ValuesIn(test::catalogue_cases("tests/bad")),
                         [](const auto& info) { return test::case_name(info.param); });
