// What the loader refuses before reading a field, and what it accepts from Windows
// editors; the cases too big to keep as files in tests/bad/ are made here.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "base/file_text.hpp"
#include "model/load.hpp"
#include "support/files.hpp"
#include "support/source_tree.hpp"

using namespace filinggen;
namespace fs = std::filesystem;

namespace {

std::string minimal() {
  FileProblem problem;
  return read_file(test::source_path("tests/fixtures/minimal-firm.yaml"), kDataFileCap, problem).value();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

// The codes of the errors of loading `text`.
std::vector<std::string> codes(const std::string& text, const std::string& name = "firm.yaml") {
  auto loaded = model::load_firm_text(text, (fs::temp_directory_path() / name).string());
  std::vector<std::string> out;
  for (const auto& d : loaded.diagnostics.items()) out.push_back(d.code);
  return out;
}

}  // namespace

TEST(InputChecks, ByteOrderMarkAndCrlfAreAccepted) {
  const std::string lf = minimal();
  std::string crlf = "\xEF\xBB\xBF";
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  auto a = model::load_firm_text(lf, "a.yaml"), b = model::load_firm_text(crlf, "b.yaml");
  ASSERT_TRUE(a.firm);
  ASSERT_TRUE(b.firm) << (b.diagnostics.items().empty() ? "" : b.diagnostics.items()[0].str());
  EXPECT_EQ(b.firm->firm.name, a.firm->firm.name) << "no BOM or CR in the text";
  EXPECT_EQ(b.firm->declaration.statement, a.firm->declaration.statement);
  EXPECT_EQ(b.firm->people.at(0).title, "資訊部經理");
}

TEST(InputChecks, TenMegabytesOfTextIsRefusedWholesale) {
  const std::string text = replaced(minimal(), "    - 本公司民國", "    - " + std::string(10 << 20, 'x') + "本公司民國");
  EXPECT_EQ(codes(text), std::vector<std::string>{"file.too_large"});
}

TEST(InputChecks, OneOverlongTextField) {
  std::string long_text;
  for (int i = 0; i < 100'000; ++i) long_text += "資";  // 300 KB
  const std::string text = replaced(minimal(), "name: 測試證券股份有限公司", "name: " + long_text);
  auto loaded = model::load_firm_text(text, "firm.yaml");
  ASSERT_FALSE(loaded.diagnostics.items().empty());
  EXPECT_EQ(loaded.diagnostics.items()[0].code, "yaml.text_too_long");
  EXPECT_EQ(loaded.diagnostics.items()[0].field, "firm.name");
  EXPECT_EQ(loaded.diagnostics.items()[0].pos.line, 5);
}

TEST(InputChecks, HundredThousandChecklistRows) {
  const test::ScratchDir dir("rows");
  std::ofstream checklist(dir / "checklist.yaml");
  checklist << "schema_version: 1\nversion: \"2025-04-11\"\neffective: 2025-04-11\ntitle: 自評表\nareas:\n"
            << "  - code: CC-12000\n    title: 資安政策\n    items:\n";
  for (int i = 0; i < 100'000; ++i) checklist << "      - {id: SA-" << i << ", text: 項目}\n";
  checklist.close();
  const std::string text = minimal() +
                           "self_assessment:\n  checklist: checklist.yaml\n  date: 2026-05-15\n"
                           "  applications: [add_business_item]\n  subject: 申請\n  answers: []\n";
  auto loaded = model::load_firm_text(text, (dir / "firm.yaml").string());
  ASSERT_FALSE(loaded.firm);
  ASSERT_FALSE(loaded.diagnostics.items().empty());
  const auto& d = loaded.diagnostics.items()[0];
  EXPECT_EQ(d.code, "yaml.list_too_long");
  EXPECT_EQ(d.field, "areas[0].items");
  EXPECT_NE(d.pos.file.find("checklist.yaml"), std::string::npos) << "the shared file is named";
  EXPECT_NE(d.message.find("100000 項"), std::string::npos) << d.message;
}

TEST(InputChecks, NestingAndAliasesHaveLimits) {
  std::string deep = "x";
  for (int i = 0; i < 200; ++i) deep = "[" + deep + "]";
  EXPECT_EQ(codes(minimal() + "extra: " + deep + "\n").at(0), "yaml.too_deep");
  // "Billion laughs": each level refers to the one below ten times.
  std::string bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 9; ++i) {
    bomb.append("a").append(std::to_string(i)).append(": &a").append(std::to_string(i)).append(" [");
    for (int j = 0; j < 10; ++j) bomb.append(j ? ", *a" : "*a").append(std::to_string(i - 1));
    bomb += "]\n";
  }
  EXPECT_EQ(codes(minimal() + bomb).at(0), "yaml.too_large");
}

TEST(InputChecks, ControlCharactersAreReportedUpToFive) {
  const std::string text = replaced(minimal(), "本公司民國", "本\x01\x02\x03\x04\x05\x06\x07\x0B公司民國");
  const auto found = codes(text);
  EXPECT_EQ(found.size(), 5u);
  for (const auto& c : found) EXPECT_EQ(c, "file.control_character");
}
