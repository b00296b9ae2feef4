// The catalogue of regulatory faults: each file in tests/findings/ is a firm file that
// can be read but breaks the regulation, and ends with "# expect:" lines, each one a
// finding (line:col: field [severity control rule] start of the sentence) or a
// diagnostic (line:col: field: start of the sentence) that `check` must report for it,
// run as `check` runs it: loaded, then checked against the rules in data/standard/.
// The file must produce exactly those and no others, so a fault that stops the check
// (an input error hiding the other findings) fails its case.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>

#include "batch/batch.hpp"
#include "support/diagnostics.hpp"
#include "support/expectations.hpp"
#include "support/source_tree.hpp"

using namespace filinggen;

namespace {

const rules::RuleLibrary& shipped_rules() {
  static const rules::RuleLibrary library = [] {
    Diagnostics d;
    auto loaded = rules::load_rule_library(test::source_path("data/standard"), d);
    if (d.has_errors()) throw std::runtime_error(test::messages(d));
    return loaded;
  }();
  return library;
}

std::string finding_line(const rules::Finding& f) {
  return f.pos.file + ":" + std::to_string(f.pos.line) + ":" + std::to_string(f.pos.column) + ": " + f.field + " [" +
         std::string(rules::severity_label(f.severity)) + " " + f.control + " " + f.rule + "] " + f.message;
}

class RegulatoryFault : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(RegulatoryFault, CheckReportsExactlyTheExpectedFindings) {
  const std::string path = GetParam();
  const auto expected = test::expected_lines(path);
  ASSERT_FALSE(expected.empty()) << path << " has no '# expect:' line";
  batch::Surroundings surroundings;
  surroundings.resources = {test::source_path("templates"), &test::project_fonts(), std::nullopt};
  surroundings.rules = &shipped_rules();
  std::vector<std::string> got;
  batch::BatchEvents events;
  events.firm = [&](const batch::FirmOutcome& outcome) {
    got = test::message_lines(outcome.diagnostics);
    if (outcome.report)
      for (const auto& f : outcome.report->findings) got.push_back(finding_line(f));
  };
  batch::run_batch(batch::Mode::check, {path}, "", surroundings, batch::Choices{}, events);
  std::string all;
  for (const auto& g : got) all += "  " + g + "\n";
  EXPECT_EQ(got.size(), expected.size()) << all;
  for (const auto& e : expected) {
    bool found = false;
    for (const auto& g : got) found = found || g.find(path + ":" + e) == 0;
    EXPECT_TRUE(found) << "missing: " << e << "\ngot:\n" << all;
  }
}

INSTANTIATE_TEST_SUITE_P(Catalogue, RegulatoryFault, ::testing::ValuesIn(test::catalogue_cases("tests/findings")),
                         [](const auto& info) { return test::case_name(info.param); });
