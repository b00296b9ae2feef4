// End to end, text from data that could be taken for something else: page-number
// placeholders and Excel's header codes in a firm name (issue 22, item 6).
#include "e2e/e2e_support.hpp"

namespace fs = std::filesystem;

namespace {

using namespace filinggen::e2e;

class HostileText : public ToolTest {
 protected:
  // The sample firm hengyi-securities under another name, beside data/standard.
  fs::path firm_named(const std::string& yaml_name) {
    fs::create_directories(dir_ / "firms");
    if (!fs::exists(dir_ / "standard")) fs::copy(kSource + "/data/standard", dir_ / "standard");
    std::string text = read_text(kSource + "/data/firms/hengyi-securities.yaml");
    const std::string line = "  name: 恆益證券股份有限公司\n";
    text.replace(text.find(line), line.size(), "  name: " + yaml_name + "\n");
    const fs::path file = dir_ / "firms" / "hengyi-securities.yaml";
    std::ofstream(file) << text;
    return file;
  }
};

TEST_F(HostileText, PagePlaceholdersAndHeaderCodesInAFirmNameStayText) {
  const fs::path file = firm_named(R"("{page}恆益&P證券{pages}股份有限公司&N")");
  const fs::path out = dir_ / "out";
  const Outcome r = generate(quoted(file.string()), out, "", "--format pdf,xlsx --documents revision-table");
  ASSERT_EQ(r.status, 0) << r.out;
  // The PDF's running header (page 2 on) says the name as written; the footer still counts.
  const std::string text = pdf_text(out / "hengyi-securities" / "revision-table.pdf");
  EXPECT_NE(text.find("{page}恆益&P證券{pages}股份有限公司&N"), std::string::npos) << text.substr(0, 600);
  EXPECT_NE(text.find("第2頁，共"), std::string::npos) << text.substr(0, 600);
  // The workbook's print header: every & of the name doubled, so Excel prints it.
  const Outcome sheet = run("unzip -p " + quoted((out / "hengyi-securities" / "revision-table.xlsx").string()) +
                            " xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.out.find("<oddHeader>&amp;R{page}恆益&amp;&amp;P證券{pages}股份有限公司&amp;&amp;N"), std::string::npos)
      << sheet.out.substr(0, 2000);
  EXPECT_NE(sheet.out.find("<oddFooter>&amp;C第 &amp;P 頁，共 &amp;N 頁"), std::string::npos);
}

}  // namespace

namespace {

using namespace filinggen::e2e;

TEST_F(HostileText, FileNamesAndValuesReachTheTerminalEscaped) {
  // A data file whose name clears the screen and, after a carriage return, prints a fake
  // success line; its content is broken, so the name is printed in a diagnostic too.
  const std::string name = "firm\x1b[2J\r已匯入：ok.yaml";
  std::ofstream(dir_ / name) << "schema_version: [\n";
  const Outcome r = run("cd " + quoted(dir_.string()) + " && " + quoted(kTool) + " validate " + quoted(name));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << "no raw ESC reaches the terminal";
  EXPECT_EQ(r.out.find('\r'), std::string::npos) << "no raw carriage return";
  EXPECT_NE(r.out.find("firm<U+001B>[2J<U+000D>已匯入：ok.yaml"), std::string::npos) << r.out;
}

}  // namespace
