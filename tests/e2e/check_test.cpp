// End to end: `filinggen check` on the sample data as a compliance officer runs it, the
// JSON read back with jq, and the findings.json and --strict of generate.
#include "e2e/e2e_support.hpp"

using namespace filinggen::e2e;
namespace fs = std::filesystem;

namespace {

using Check = ToolTest;

const std::string kSamples = quoted(kSource + "/data/firms");
const std::vector<std::string> kCleanFirms = {"heju-futures", "hengyi-securities", "hongyue-securities",
                                              "jiahan-securities-taipei"};

Outcome check(const std::string& args) { return run(quoted(kTool) + " check " + args); }

// jq over a JSON file; its output, trimmed of the last newline.
std::string jq(const std::string& filter, const fs::path& json) {
  Outcome r = run("jq -r " + quoted(filter) + " " + quoted(json.string()));
  EXPECT_EQ(r.status, 0) << filter << "\n" << r.out;
  if (!r.out.empty() && r.out.back() == '\n') r.out.pop_back();
  return r.out;
}

// The text of one firm's block in check's report (from its name line to the blank line).
std::string block_of(const std::string& report, const std::string& firm_id) {
  const std::size_t start = report.find("（" + firm_id + "）");
  if (start == std::string::npos) return "";
  return report.substr(start, report.find("\n\n", start) - start);
}

TEST_F(Check, OnTheSamplesReportsOnlyTheShortfallFirmAndExitsOne) {
  Outcome r = check(kSamples);
  EXPECT_EQ(r.status, 1) << r.out;
  for (const auto& id : kCleanFirms) {
    const std::string block = block_of(r.out, id);
    EXPECT_NE(block.find("結果：未發現缺失。"), std::string::npos) << id << "\n" << block;
    EXPECT_NE(block.find("證券商內部控制制度標準規範 2025-04-11 版"), std::string::npos) << "names the version";
  }
  const std::string ruisheng = block_of(r.out, "ruisheng-securities");
  // Deliberately changed with the sample (its opening comment lists the faults): the
  // unit, a conflicting duty and disclosure before the board are new; the shortfall
  // points at the unit and names who is there.
  EXPECT_NE(ruisheng.find("結果：錯誤 9 項、警告 3 項、提示 0 項"), std::string::npos) << ruisheng;
  EXPECT_NE(ruisheng.find("ruisheng-securities.yaml:25:5: firm.security_unit  [CC-13000 staffing.staff]\n"
                          "        實收資本額新臺幣215億元屬「200億以上」級距，「資訊安全處」應配置至少二名專責人員，目前僅曾冠霖（資訊安全處經理）一名。"),
            std::string::npos) << ruisheng;
  EXPECT_NE(ruisheng.find("ruisheng-securities.yaml:26:16: firm.security_unit.dedicated  [CC-13000 staffing.unit]"),
            std::string::npos) << ruisheng;
  EXPECT_NE(ruisheng.find("兼辦內部稽核職務，與資訊安全職務有利益衝突"), std::string::npos) << ruisheng;
  EXPECT_NE(ruisheng.find("ruisheng-securities.yaml:99:20: declaration.disclosure_date  [CC-12000 declaration.board_before_disclosure]"),
            std::string::npos) << ruisheng;
  EXPECT_NE(ruisheng.find("ruisheng-securities.yaml:99:20: declaration.disclosure_date  [CC-12000 declaration.deadline]"),
            std::string::npos) << ruisheng;
  EXPECT_NE(ruisheng.find("  單位：資訊安全處（非專責單位，由資訊長督導）\n"), std::string::npos) << ruisheng;
  EXPECT_NE(r.out.find("共 5 家公司：4 家未發現缺失，1 家有缺失（其中 1 家有錯誤）。"), std::string::npos) << r.out;
}

TEST_F(Check, CleanFirmsExitZero) {
  std::string firms;
  for (const auto& id : kCleanFirms) firms += quoted(kSource + "/data/firms/" + id + ".yaml") + " ";
  Outcome r = check(firms);
  EXPECT_EQ(r.status, 0) << r.out;
}

TEST_F(Check, JsonHasTheDocumentedStructure) {
  Outcome r = check("--json " + kSamples);
  EXPECT_EQ(r.status, 1);
  const fs::path json = dir_ / "findings.json";
  std::ofstream(json) << r.out;
  EXPECT_EQ(jq(".format + \" \" + (.format_version|tostring)", json), "filinggen-findings 1") << r.out;
  EXPECT_EQ(jq("[.firms[] | \"\\(.firm.id) \\(.year) \\(.rules.version) \\(.summary.errors)/\\(.summary.warnings)/\\(.summary.info) \\(.findings|length)\"] | join(\",\")", json),
            "heju-futures 2025 2025-04-11 0/0/0 0,hengyi-securities 2025 2025-04-11 0/0/0 0,"
            "hongyue-securities 2025 2025-04-11 0/0/0 0,jiahan-securities-taipei 2025 2025-04-11 0/0/0 0,"
            "ruisheng-securities 2025 2025-04-11 9/3/0 12");
  // Every finding has every field, with its type.
  EXPECT_EQ(jq("[.firms[].findings[] | (.severity|IN(\"error\",\"warning\",\"info\")) and (.control|type==\"string\") "
               "and (.rule|type==\"string\") and (.field|type==\"string\") and (.file|type==\"string\") "
               "and (.line|type==\"number\" and . > 0) and (.column|type==\"number\" and . > 0) "
               "and (.message|type==\"string\" and length > 0)] | all",
               json),
            "true");
  EXPECT_EQ(jq(".firms[] | select(.firm.id==\"ruisheng-securities\") | .figures | "
               "\"\\(.capital) \\(.tier) \\(.staff.required)/\\(.staff.actual) \\(.training.security.met)/\\(.training.security.people) \\(.disclosure_deadline)\"",
               json),
            "21500000000 200億以上 2/1 1/3 2026-03-31");
  EXPECT_EQ(jq(".firms[] | select(.firm.id==\"ruisheng-securities\") | .figures.security_unit | \"\\(.name) \\(.dedicated) \\(.reports_to)\"", json),
            "資訊安全處 false 資訊長");
  EXPECT_EQ(jq(".firms[] | select(.firm.id==\"heju-futures\") | .figures.security_unit", json), "null") << "no unit in the data";
  EXPECT_EQ(jq(".invalid_inputs | length", json), "0");
}

TEST_F(Check, InvalidInputExitsTwoAndIsListedInTheJson) {
  Outcome r = check(quoted(kSource + "/tests/bad/unreal-date.yaml") + " " + quoted(kSource + "/data/firms/heju-futures.yaml"));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("無法檢查："), std::string::npos) << r.out;
  // Only stdout, as a script reads it (the human messages go to stderr).
  const std::string json_only = quoted(kTool) + " check --json " + quoted(kSource + "/tests/bad/unreal-date.yaml");
  r = run("sh -c " + quoted(json_only + " 2>/dev/null"));
  EXPECT_EQ(r.status, 2);
  const fs::path json = dir_ / "f.json";
  std::ofstream(json) << r.out;
  EXPECT_EQ(jq(".invalid_inputs[0].problems[0].code", json), "value.date");
  EXPECT_EQ(jq(".firms | length", json), "0");
}

// The samples file for 2025; a library with only a later version has nothing in force.
TEST_F(Check, AYearWithoutRulesInForceIsInvalidInput) {
  fs::create_directories(dir_ / "rules");
  fs::copy_file(kSource + "/tests/fixtures/rules/rules-2027-01-01.yaml", dir_ / "rules" / "rules-2027-01-01.yaml");
  Outcome r = check("--rules " + quoted((dir_ / "rules").string()) + " " + quoted(kSource + "/data/firms/heju-futures.yaml"));
  EXPECT_EQ(r.status, 2) << r.out;
  // Deliberately changed: the versions there are, with their dates, and the year first.
  EXPECT_NE(r.out.find("heju-futures.yaml:72:9: declaration.year: 聲明年度為民國114年度，其會計年度終了日114年12月31日時尚無生效之規則版本可供檢查；"
                       "現有規則版本：2027-01-01 版（116年1月1日生效）。請先確認聲明年度是否正確。"),
            std::string::npos) << r.out;
}

// The case: a statement of 2026 written for the year 2024, before any version.
// The message says the year is likely wrong, not only that a rules file is missing.
TEST_F(Check, AWrongYearIsNamedAsTheLikelyCause) {
  Outcome r = check(quoted(kSource + "/tests/findings/statement-on-a-year-before-the-rules.yaml"));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("現有規則版本：2025-04-11 版（114年4月11日生效）。請先確認聲明年度：聲明書日期為115年3月10日，"
                       "其前剛終了之會計年度為民國114年度，聲明年度可能誤填。"),
            std::string::npos) << r.out;
}

// Faults the loader used to refuse (exit 2, nothing checked) are findings now: every one
// reported in one check, exit 1; plain generate renders with findings.json, --strict not.
TEST_F(Check, SeveralRegulatoryFaultsAreAllReportedInOneCheck) {
  const std::string firm = quoted(kSource + "/tests/findings/several-faults.yaml");
  Outcome r = check(firm);
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("結果：錯誤 7 項"), std::string::npos) << r.out;
  for (const char* rule : {"[CC-13000 staffing.staff]", "[CC-13000 staffing.duties]", "[CC-13000 training.security_hours]",
                           "[CC-12000 declaration.year_covered]", "[CC-12000 declaration.co_signers]",
                           "[CC-12000 declaration.co_signer_role]", "[CC-12000 declaration.board_before_disclosure]"})
    EXPECT_NE(r.out.find(rule), std::string::npos) << rule << "\n" << r.out;

  r = generate(firm, dir_ / "out");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_TRUE(fs::is_regular_file(dir_ / "out" / "test-securities" / "declaration.pdf"));
  EXPECT_EQ(jq(".firms[0].summary.errors", dir_ / "out" / "test-securities" / "findings.json"), "7");
  r = generate(firm, dir_ / "strict", "", "--strict");
  EXPECT_NE(r.status, 0) << r.out;
  EXPECT_TRUE(fs::is_regular_file(dir_ / "strict" / "test-securities" / "findings.json"));
  EXPECT_FALSE(fs::exists(dir_ / "strict" / "test-securities" / "declaration.pdf"));
}

// generate without a rules version for the year: a warning, and the documents, unless
// the statement is written from the figures (hongyue's is) or --strict asks for a check.
TEST_F(Check, GenerateWithoutRulesInForceWarnsAndStillRenders) {
  fs::create_directories(dir_ / "rules");
  fs::copy_file(kSource + "/tests/fixtures/rules/rules-2027-01-01.yaml", dir_ / "rules" / "rules-2027-01-01.yaml");
  const std::string rules = "--rules " + quoted((dir_ / "rules").string());
  const std::string firms = quoted(kSource + "/data/firms/heju-futures.yaml") + " " +
                            quoted(kSource + "/data/firms/hongyue-securities.yaml");
  Outcome r = generate(firms, dir_ / "out", "", rules);
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("heju-futures.yaml:72:9: 警告: declaration.year:"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::is_regular_file(dir_ / "out" / "heju-futures" / "declaration.pdf"));
  EXPECT_FALSE(fs::exists(dir_ / "out" / "heju-futures" / "findings.json")) << "nothing was checked";
  EXPECT_NE(r.out.find("須有規則版本才能產生"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(dir_ / "out" / "hongyue-securities"));
  r = generate(quoted(kSource + "/data/firms/heju-futures.yaml"), dir_ / "strict", "", rules + " --strict");
  EXPECT_EQ(r.status, 2) << r.out;
}

TEST_F(Check, GenerateWritesFindingsJsonAndStillRendersWithoutStrict) {
  Outcome r = generate(kSamples, dir_ / "out");
  EXPECT_EQ(r.status, 0) << r.out;
  const fs::path firm = dir_ / "out" / "ruisheng-securities";
  EXPECT_TRUE(fs::is_regular_file(firm / "declaration.pdf"));
  EXPECT_EQ(jq(".firms[0].summary.errors", firm / "findings.json"), "9");
  EXPECT_NE(r.out.find("法規檢查：ruisheng-securities（依 2025-04-11 版）錯誤 9 項、警告 3 項"), std::string::npos) << r.out;
  for (const auto& id : kCleanFirms) EXPECT_EQ(jq(".firms[0].findings | length", dir_ / "out" / id / "findings.json"), "0");
  // The declaration's staffing paragraph is written from the computed figures.
  const std::string text = pdf_text(firm / "declaration.pdf");
  EXPECT_NE(text.find("配置專責主管一名及專責人員一名"), std::string::npos) << text;
  EXPECT_NE(text.find("由資訊安全處負責資訊安全"), std::string::npos) << "the unit's name, from the data\n" << text;
  EXPECT_EQ(text.find("{{"), std::string::npos) << text;
}

TEST_F(Check, StrictGivesAFirmWithAnErrorFindingNoDocuments) {
  Outcome r = generate(kSamples, dir_ / "out", "", "--strict");
  EXPECT_EQ(r.status, 1) << r.out;
  const fs::path firm = dir_ / "out" / "ruisheng-securities";
  EXPECT_TRUE(fs::is_regular_file(firm / "findings.json"));
  EXPECT_FALSE(fs::exists(firm / "declaration.pdf"));
  EXPECT_NE(r.out.find("依 --strict，法規檢查有 9 項錯誤"), std::string::npos) << r.out;
  for (const auto& id : kCleanFirms) EXPECT_TRUE(fs::is_regular_file(dir_ / "out" / id / "declaration.pdf")) << id;
}

}  // namespace
