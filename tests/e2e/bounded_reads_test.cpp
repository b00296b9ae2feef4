// Every file the tool opens is read one way (base/file_text.cpp): a regular file only,
// within the cap of its kind. Each case points a file the user names at something that
// used to hang the run (a FIFO), fill memory (/dev/zero, /proc/self/pagemap) or be read
// whole (a folder, a file too large), and must end at once with exit 2 and a sentence
// naming the file. Every command runs under `timeout`, so a hang fails the test.
#include <sys/stat.h>

#include "e2e/e2e_support.hpp"

using namespace filinggen::e2e;
using BoundedReads = ToolTest;

namespace {

const std::string kMinimal = kSource + "/tests/fixtures/minimal-firm.yaml";

Outcome tool(const std::string& args) { return run("timeout 60 " + quoted(kTool) + " " + args); }

void write(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

// A YAML "billion laughs": ten lists of ten aliases of the one before, 10^9 values.
std::string alias_bomb(const std::string& key) {
  std::string yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 10; ++i) {
    const std::string name = std::to_string(i), previous = std::to_string(i - 1);
    yaml.append("a").append(name).append(": &a").append(name).append(" [");
    for (int j = 0; j < 10; ++j) yaml.append(j ? ", *a" : "*a").append(previous);
    yaml.append("]\n");
  }
  return yaml + key + ": *a9\n";
}

}  // namespace

TEST_F(BoundedReads, ASharedFileThatIsADeviceAFifoAProcFileOrAFolderIsRefusedAtOnce) {
  fs::copy(kSource + "/data", dir_ / "data", fs::copy_options::recursive);
  const fs::path fifo = dir_ / "checklist.yaml";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const std::string firm = read_text(dir_ / "data/firms/hengyi-securities.yaml");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"/dev/zero", "是裝置，不是一般檔案"},
      {fifo.string(), "是具名管道（FIFO），不是一般檔案"},
      {"/proc/self/pagemap", "是系統的虛擬檔案（/proc 或 /sys），不是一般檔案"},
      {dir_.string(), "是資料夾，不是一般檔案"}};
  for (const auto& [target, words] : cases) {
    const fs::path path = dir_ / "data/firms/hengyi-securities.yaml";
    write(path, replaced(firm, "checklist: ../standard/self-assessment-2025-04-11.yaml", "checklist: " + target));
    const Outcome r = tool("validate " + quoted(path.string()));
    EXPECT_EQ(r.status, 2) << target << "\n" << r.out;
    EXPECT_NE(r.out.find(path.string() + ":128:14: self_assessment.checklist: 「" + target + "」" + words),
              std::string::npos) << r.out;
  }
}

TEST_F(BoundedReads, AFirmFileOverItsCapIsReportedOnceAndNeverParsed) {
  // Five megabytes of a valid-looking .json in the data folder: refused as too large,
  // and not parsed again to find its firm id.
  fs::create_directories(dir_ / "data");
  write(dir_ / "data/big.json", "{\"firm\": {\"id\": \"big\", \"name\": \"" + std::string(5 << 20, 'x') + "\"}}");
  const Outcome r = tool("validate " + quoted((dir_ / "data").string()));
  EXPECT_EQ(r.status, 2) << r.out;
  const std::string message = (dir_ / "data/big.json").string() + ": 「" + (dir_ / "data/big.json").string() +
                              "」超過此類檔案的上限 4 MB";
  const auto first = r.out.find(message);
  EXPECT_NE(first, std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(message, first + 1), std::string::npos) << "reported once\n" << r.out;
}

TEST_F(BoundedReads, AFontsConfigurationThatIsAFifoOrAnAliasBombIsAnError) {
  const fs::path fifo = dir_ / "fonts.yaml";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  Outcome r = tool("generate " + quoted(kMinimal) + " --fonts " + quoted(fifo.string()) + " --out " +
                   quoted((dir_ / "out").string()));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("「" + fifo.string() + "」是具名管道（FIFO）"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(dir_ / "out"));

  const fs::path bomb = dir_ / "bomb.yaml";
  write(bomb, alias_bomb("roles"));
  r = tool("generate " + quoted(kMinimal) + " --fonts " + quoted(bomb.string()) + " --out " +
           quoted((dir_ / "out").string()));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find(bomb.string() + ":"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("可能是別名 *alias 重複展開"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(dir_ / "out"));
}

TEST_F(BoundedReads, AFontFaceThatIsAFifoOrADeviceIsAnError) {
  // HarfBuzz maps a face by name: a FIFO hung the run before it was checked.
  const fs::path fifo = dir_ / "face.ttf";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  for (const std::string& face : {fifo.string(), std::string("/dev/zero")}) {
    const fs::path config = dir_ / "fonts.yaml";
    write(config, "roles:\n  kai:\n    - " + face + "\n  ming:\n    - " + face + "\n");
    const Outcome r = tool("generate " + quoted(kMinimal) + " --fonts " + quoted(config.string()) + " --out " +
                           quoted((dir_ / "out").string()));
    EXPECT_EQ(r.status, 2) << face << "\n" << r.out;
    EXPECT_NE(r.out.find("「" + face + "」是"), std::string::npos) << r.out;
    EXPECT_FALSE(fs::exists(dir_ / "out"));
  }
}

TEST_F(BoundedReads, AFirmFileThatIsAFifoIsRefusedByImportAssessment) {
  const fs::path fifo = dir_ / "firm.yaml";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const Outcome r = tool("import-assessment " + quoted(kSource + "/tests/fixtures/minimal-firm.yaml") + " --firm " +
                         quoted(fifo.string()));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find(fifo.string() + ": 「" + fifo.string() + "」是具名管道（FIFO）"), std::string::npos) << r.out;
}

TEST_F(BoundedReads, ADataArgumentThatIsAFifoIsNamedAsSuchNotAsMissing) {
  const fs::path fifo = dir_ / "firm.yaml";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const Outcome r = tool("validate " + quoted(fifo.string()));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find(fifo.string() + ": 這不是一般檔案或資料夾（例如 FIFO"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("找不到此檔案"), std::string::npos) << r.out;
}

TEST_F(BoundedReads, ATemplateThatIsAFifoIsAnError) {
  fs::copy(kSource + "/templates", dir_ / "templates", fs::copy_options::recursive);
  const fs::path fifo = dir_ / "templates/declaration.zh-TW.mustache";
  fs::remove(fifo);
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const Outcome r = tool("generate " + quoted(kMinimal) + " --documents declaration --templates " +
                         quoted((dir_ / "templates").string()) + " --out " + quoted((dir_ / "out").string()));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find(fifo.string() + ": 「" + fifo.string() + "」是具名管道（FIFO）"), std::string::npos) << r.out;
}

TEST_F(BoundedReads, AManifestThatIsAnAliasBombOrNamesAProcFileIsAnError) {
  const fs::path out = dir_ / "out";
  ASSERT_EQ(tool("generate " + quoted(kMinimal) + " --out " + quoted(out.string())).status, 0);
  const std::string manifest = read_text(out / "manifest.json");

  // A manifest naming /proc/self/pagemap: verify must not read it (it never ends).
  write(out / "manifest.json", replaced(manifest, "\"path\": \"test-securities/declaration.pdf\"",
                                        "\"path\": \"../../../../../../../../proc/self/pagemap\""));
  Outcome r = tool("verify " + quoted(out.string()));
  EXPECT_NE(r.status, 0) << r.out;
  EXPECT_NE(r.status, 124) << "verify hung on /proc/self/pagemap\n" << r.out;

  // A manifest is read as YAML (JSON is a subset of it), so it may hold aliases.
  write(out / "manifest.json", "format: filinggen-manifest\nformat_version: 2\n" + alias_bomb("firms"));
  r = tool("verify " + quoted(out.string()));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("可能是別名 *alias 重複展開"), std::string::npos) << r.out;
  r = tool("generate " + quoted(kMinimal) + " --out " + quoted(out.string()));
  EXPECT_NE(r.status, 124) << "generate hung on the manifest\n" << r.out;
  EXPECT_NE(r.status, 134) << "generate aborted on the manifest\n" << r.out;
}
