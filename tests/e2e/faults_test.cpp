// Faults a user meets: a full disk (a write failure injected with LD_PRELOAD, see
// tests/faults/fail_writes.cpp), an output path blocked by a file, and what the product
// never does (run a shell command, open a network connection).
#include <algorithm>

#include "e2e/e2e_support.hpp"

using namespace filinggen::e2e;
using Faults = ToolTest;

namespace {

const std::string kFirms = quoted(kSource + "/data/firms/hengyi-securities.yaml") + " " +
                           quoted(kSource + "/data/firms/hongyue-securities.yaml");

std::vector<std::string> names_in(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(folder)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_F(Faults, AFullDiskFailsOneFirmAndKeepsItsEarlierFiles) {
  const fs::path out = dir_ / "out";
  ASSERT_EQ(generate(kFirms, out, "SOURCE_DATE_EPOCH=1767225600").status, 0);
  const std::string earlier = read_text(out / "hongyue-securities" / "declaration.pdf");
  const std::string hengyi_before = read_text(out / "hengyi-securities" / "declaration.pdf");
  const auto hongyue_files = names_in(out / "hongyue-securities");

  // A later run (another date, so other bytes) on a disk that is full for hongyue's folder.
  const std::string env = "SOURCE_DATE_EPOCH=1798761600 LD_PRELOAD=" + quoted(FILINGGEN_FAULT_LIBRARY) +
                          " FILINGGEN_FAIL_WRITES_TO=/hongyue-securities/ ASAN_OPTIONS=verify_asan_link_order=0";
  const Outcome r = generate(kFirms, out, env);
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("磁碟空間不足"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("失敗：" + kSource + "/data/firms/hongyue-securities.yaml"), std::string::npos) << r.out;
  EXPECT_EQ(read_text(out / "hongyue-securities" / "declaration.pdf"), earlier) << "the earlier good file is untouched";
  EXPECT_EQ(names_in(out / "hongyue-securities"), hongyue_files) << "no partial or temporary file is left";
  EXPECT_NE(read_text(out / "hengyi-securities" / "declaration.pdf"), hengyi_before) << "the other firm is written";
  expect_clean_structure(out / "hengyi-securities" / "declaration.pdf");
}

TEST_F(Faults, AnUnwritableFirmFolderFailsThatFirmOnly) {
  const fs::path out = dir_ / "out";
  const std::string env = "LD_PRELOAD=" + quoted(FILINGGEN_FAULT_LIBRARY) +
                          " FILINGGEN_DENY_CREATE_IN=/hengyi-securities/ ASAN_OPTIONS=verify_asan_link_order=0";
  const Outcome r = generate(kFirms, out, env);
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("沒有寫入權限"), std::string::npos) << r.out;
  EXPECT_TRUE(!fs::exists(out / "hengyi-securities") || fs::is_empty(out / "hengyi-securities"));
  expect_clean_structure(out / "hongyue-securities" / "declaration.pdf");
}

TEST_F(Faults, AnOutputFolderBlockedByAFileIsAClearErrorForEveryFirm) {
  const fs::path blocked = dir_ / "out";
  std::ofstream(blocked) << "a file where the output folder should be";
  const Outcome r = generate(kFirms, blocked);
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("無法建立資料夾"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("同名的檔案"), std::string::npos) << r.out;
  EXPECT_EQ(read_text(blocked), "a file where the output folder should be");
}

TEST_F(Faults, AFirmFolderLinkedOutsideTheOutputFolderIsNotFollowed) {
  const fs::path out = dir_ / "out", elsewhere = dir_ / "elsewhere";
  fs::create_directories(out);
  fs::create_directories(elsewhere);
  fs::create_directory_symlink(elsewhere, out / "hengyi-securities");
  const Outcome r = generate(kFirms, out);
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("指向輸出資料夾以外"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::is_empty(elsewhere)) << "nothing is written through the link";
  expect_clean_structure(out / "hongyue-securities" / "declaration.pdf");
}

TEST_F(Faults, AFirmFolderLinkedToAnotherFirmsFolderIsNotFollowed) {
  // out/hengyi-securities a link to out/heju-futures: hengyi's documents overwrote
  // heju's, exit 0. A firm folder that is a link, wherever it leads, is refused.
  const fs::path out = dir_ / "out";
  ASSERT_EQ(generate(quoted(kSource + "/data/firms/heju-futures.yaml"), out).status, 0);
  const std::string heju = read_text(out / "heju-futures" / "declaration.pdf");
  const auto heju_files = names_in(out / "heju-futures");
  fs::create_directory_symlink("heju-futures", out / "hengyi-securities");
  const Outcome r = generate(kFirms, out);
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find(out.string() + "/hengyi-securities: 「" + out.string() + "/hengyi-securities」是連結（symlink）"),
            std::string::npos) << r.out;
  EXPECT_EQ(read_text(out / "heju-futures" / "declaration.pdf"), heju) << "heju's file is untouched";
  EXPECT_EQ(names_in(out / "heju-futures"), heju_files);
  expect_clean_structure(out / "hongyue-securities" / "declaration.pdf");
}

TEST_F(Faults, TheToolRunsNoShellCommandAndOpensNoNetworkConnection) {
  // The functions a program needs to start a command or reach the network, none of which
  // filinggen imports (its libraries' own imports are theirs: fonts, PDF, Excel, ICU).
  const Outcome symbols = run("nm -D --undefined-only " + quoted(kTool));
  ASSERT_EQ(symbols.status, 0) << symbols.out;
  for (const char* name : {"system", "popen", "execl", "execlp", "execv", "execve", "execvp", "fork", "vfork",
                           "posix_spawn", "socket", "connect", "getaddrinfo", "gethostbyname"}) {
    std::istringstream lines(symbols.out);
    bool found = false;
    for (std::string line; std::getline(lines, line);) {
      const std::string symbol = line.substr(line.find_last_of(' ') + 1);
      found = found || symbol.substr(0, symbol.find('@')) == name;
    }
    EXPECT_FALSE(found) << "filinggen imports " << name;
  }
}

TEST_F(Faults, MemoryRunningOutIsASentenceAndExitTwoNeverAnAbort) {
  // Any allocation over 16 KB fails (injected with LD_PRELOAD): reading the workbook's
  // parts runs out of memory. The run used to abort (exit 134) on std::bad_alloc, or
  // read a part it could not parse as an empty sheet.
  fs::copy(kSource + "/data", dir_ / "data", fs::copy_options::recursive);
  const fs::path firm = dir_ / "data/firms/hengyi-securities.yaml";
  ASSERT_EQ(generate(quoted(firm.string()), dir_ / "out", "", "--format xlsx --documents self-assessment").status, 0);
  const std::string before = read_text(firm);
  const std::string env = "LD_PRELOAD=" + quoted(FILINGGEN_FAULT_LIBRARY) +
                          " FILINGGEN_FAIL_NEW_OVER=16384 ASAN_OPTIONS=verify_asan_link_order=0";
  const Outcome r = run(env + " " + quoted(kTool) + " import-assessment " +
                        quoted((dir_ / "out/hengyi-securities/self-assessment.xlsx").string()) + " --firm " +
                        quoted(firm.string()) + " --in-place");
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("filinggen: 記憶體不足，無法完成"), std::string::npos) << r.out;
  EXPECT_EQ(read_text(firm), before) << "the firm file is unchanged";
}
