// End to end, a run stopped on purpose or by accident (SIGINT, SIGTERM, SIGHUP, a closed
// stdout), and two runs into one output folder at once (issue 22, items 3 and 7).
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/wait.h>

#include <chrono>
#include <set>
#include <thread>

#include "e2e/e2e_support.hpp"

namespace fs = std::filesystem;

namespace {

using namespace filinggen::e2e;

class StoppedRuns : public ToolTest {
 protected:
  // `count` copies of a sample firm, firm-000 …, in dir_/firms beside data/standard.
  fs::path firms(int count) {
    const fs::path folder = dir_ / "firms";
    fs::create_directories(folder);
    if (!fs::exists(dir_ / "standard")) fs::copy(kSource + "/data/standard", dir_ / "standard");
    const std::string text = read_text(kSource + "/data/firms/hengyi-securities.yaml");
    const std::string id_line = "  id: hengyi-securities\n";
    for (int i = 0; i < count; ++i) {
      std::string copy = text;
      copy.replace(copy.find(id_line), id_line.size(), "  id: " + id(i) + "\n");
      std::ofstream(folder / (id(i) + ".yaml")) << copy;
    }
    return folder;
  }
  static std::string id(int i) {
    char text[32];
    std::snprintf(text, sizeof text, "firm-%03d", i);
    return text;
  }

  // The tool started in dir_ with `args`, stdout and stderr into files, TMPDIR its own.
  pid_t start(const std::vector<std::string>& args, const std::string& name = "run") {
    fs::create_directories(dir_ / "tmp");
    std::vector<std::string> env_text;
    for (char** e = environ; *e; ++e)
      if (std::string(*e).rfind("TMPDIR=", 0) != 0) env_text.push_back(*e);
    env_text.push_back("TMPDIR=" + (dir_ / "tmp").string());
    std::vector<char*> env, argv{const_cast<char*>("filinggen")};
    for (auto& e : env_text) env.push_back(e.data());
    env.push_back(nullptr);
    std::vector<std::string> args_copy = args;
    for (auto& a : args_copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    const std::string out = (dir_ / (name + ".out")).string(), err = (dir_ / (name + ".err")).string();
    const std::string tool = kTool, here = dir_.string();
    const pid_t pid = fork();
    if (pid == 0) {
      if (chdir(here.c_str()) != 0) _exit(126);
      const int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644), e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(o, 1);
      dup2(e, 2);
      execve(tool.c_str(), argv.data(), env.data());
      _exit(127);
    }
    return pid;
  }
  static int wait_for(pid_t pid) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
  }
  // Waits (without a deadline that could fail a slow machine: ctest's timeout is the
  // limit) until `path` exists or the process has ended; true when it exists.
  static bool wait_until_exists(const fs::path& path, pid_t pid) {
    while (!fs::exists(path)) {
      int status = 0;
      if (::waitpid(pid, &status, WNOHANG) == pid) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
  }

  // The firm folders that hold files, and the firms the manifest lists.
  static std::set<std::string> firm_folders_with_files(const fs::path& out) {
    std::set<std::string> found;
    for (const auto& e : fs::directory_iterator(out))
      if (e.is_directory() && !fs::is_empty(e.path())) found.insert(e.path().filename().string());
    return found;
  }
  static std::set<std::string> manifest_firms(const fs::path& out) {
    std::set<std::string> found;
    const std::string text = read_text(out / "manifest.json");
    for (std::size_t at = text.find("\"firm_id\": \""); at != std::string::npos; at = text.find("\"firm_id\": \"", at + 1)) {
      const std::size_t begin = at + 12;
      found.insert(text.substr(begin, text.find('"', begin) - begin));
    }
    return found;
  }
  // Hidden files a run leaves: none but the lock file of each manifest.
  static std::vector<std::string> leftovers(const fs::path& out) {
    std::vector<std::string> left;
    for (const auto& e : fs::recursive_directory_iterator(out)) {
      const std::string name = e.path().filename().string();
      if (name[0] == '.' && name != ".manifest.json.lock") left.push_back(e.path().string());
    }
    return left;
  }
  std::string err(const std::string& name = "run") { return read_text(dir_ / (name + ".err")); }
};

TEST_F(StoppedRuns, EachStopSignalFinishesTheFirmWritesTheManifestAndExitsWithItsCode) {
  const std::string data = firms(40).string();
  for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
    SCOPED_TRACE(strsignal(signal));
    const fs::path out = dir_ / ("out-" + std::to_string(signal));
    const pid_t pid = start({"generate", data, "--out", out.string(), "--format", "pdf,xlsx", "--jobs", "2"});
    ASSERT_TRUE(wait_until_exists(out / "firm-002" / "findings.json", pid)) << err();
    ::kill(pid, signal);
    ASSERT_EQ(wait_for(pid), 128 + signal) << err();
    // One line says why it stopped and what was done.
    const std::string said = err();
    EXPECT_NE(said.find("已停止："), std::string::npos) << said;
    EXPECT_NE(said.find("其檔案完整並已記入清單檔"), std::string::npos) << said;
    EXPECT_EQ(said.find("已停止："), said.rfind('\n', said.size() - 2) + 1) << "the last line: " << said;
    ASSERT_FALSE(fs::exists(out / "firm-039")) << "the run was not stopped part-way";
    // The manifest lists exactly the firms written, every one of them whole.
    EXPECT_EQ(manifest_firms(out), firm_folders_with_files(out));
    EXPECT_EQ(run(quoted(kTool) + " verify " + quoted(out.string())).status, 0);
    EXPECT_EQ(leftovers(out), std::vector<std::string>{}) << "no temporary file in the output folder";
    // (Workbooks are assembled in /dev/shm where there is one, shared with other runs;
    // TMPDIR is the scratch folder without it.)
    EXPECT_TRUE(fs::is_empty(dir_ / "tmp")) << "no workbook scratch file in TMPDIR";
  }
  // The next run takes up where the stopped one ended: what it finished is up to date.
  const fs::path out = dir_ / ("out-" + std::to_string(SIGINT));
  const std::size_t done = manifest_firms(out).size();
  const Outcome again = generate(quoted(data), out, "", "--format pdf,xlsx --jobs 2");
  ASSERT_EQ(again.status, 0) << again.out;
  EXPECT_NE(again.out.find("其中 " + std::to_string(done) + " 家已是最新"), std::string::npos) << again.out;
  EXPECT_EQ(manifest_firms(out).size(), 40u);
}

TEST_F(StoppedRuns, AClosedStdoutEndsTheRunAsASignalWouldAndKeepsTheManifest) {
  const std::string data = firms(40).string();
  const fs::path out = dir_ / "out";
  // `generate … | head -1`: head leaves after one line; the run used to die of SIGPIPE
  // after a few firms, with no manifest and no word.
  const Outcome piped = run("cd " + quoted(dir_.string()) + " && { " + quoted(kTool) + " generate " + quoted(data) +
                            " --out out --jobs 2 2>run.err; echo $? >code.txt; } | head -1");
  EXPECT_EQ(piped.out.rfind("已產生：out/firm-000/", 0), 0u) << piped.out;
  EXPECT_EQ(read_text(dir_ / "code.txt"), "141\n") << err();
  EXPECT_NE(err().find("已停止：標準輸出已無法寫入"), std::string::npos) << err();
  ASSERT_TRUE(fs::exists(out / "manifest.json")) << err();
  EXPECT_EQ(manifest_firms(out), firm_folders_with_files(out));
  EXPECT_LT(manifest_firms(out).size(), 40u) << "it stopped";
  EXPECT_EQ(run(quoted(kTool) + " verify " + quoted(out.string())).status, 0);
  EXPECT_EQ(leftovers(out), std::vector<std::string>{});
}

TEST_F(StoppedRuns, VerifyAfterAStoppedRerunReportsOnlyWhatSomeoneElseChanged) {
  const std::string data = firms(40).string();
  const fs::path out = dir_ / "out";
  ASSERT_EQ(generate(quoted(data), out, "", "--documents declaration --jobs 2").status, 0);
  // New data for every firm, so a re-run rewrites every file; it is stopped part-way.
  for (int i = 0; i < 40; ++i) {
    const fs::path file = dir_ / "firms" / (id(i) + ".yaml");
    std::string text = read_text(file);
    text.replace(text.find("恆益證券股份有限公司"), std::string("恆益證券股份有限公司").size(), "恆益綜合證券股份有限公司");
    std::ofstream(file) << text;
  }
  const pid_t pid = start({"generate", data, "--out", "out", "--documents", "declaration", "--jobs", "2"});
  const fs::path third = out / "firm-002" / "declaration.pdf";
  const auto before = fs::last_write_time(third);
  while (fs::last_write_time(third) == before) {
    int status = 0;
    ASSERT_NE(::waitpid(pid, &status, WNOHANG), pid) << "the run ended before it could be stopped";
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ::kill(pid, SIGINT);
  ASSERT_EQ(wait_for(pid), 130) << err();
  ASSERT_NE(read_text(out / "firm-039" / "declaration.pdf").size(), 0u);
  // Someone edits one file the stopped run never reached.
  std::ofstream(out / "firm-039" / "findings.json", std::ios::app) << " ";
  const Outcome verified = run(quoted(kTool) + " verify " + quoted(out.string()));
  EXPECT_EQ(verified.status, 1) << verified.out;
  EXPECT_NE(verified.out.find("已變更：" + (out / "firm-039" / "findings.json").string()), std::string::npos) << verified.out;
  EXPECT_NE(verified.out.find("1 個已變更，0 個遺失"), std::string::npos) << "only that one: " << verified.out;
}

TEST_F(StoppedRuns, TwoRunsOfSomeFirmsAtOnceOrInTurnBothEndUpInTheManifest) {
  const std::string data = firms(8).string();
  const fs::path out = dir_ / "out";
  const pid_t a = start({"generate", data, "--out", "out", "--firms", "firm-000,firm-001,firm-002,firm-003"}, "a");
  const pid_t b = start({"generate", data, "--out", "out", "--firms", "firm-004,firm-005,firm-006,firm-007"}, "b");
  EXPECT_EQ(wait_for(a), 0) << err("a");
  EXPECT_EQ(wait_for(b), 0) << err("b");
  EXPECT_EQ(manifest_firms(out).size(), 8u) << read_text(out / "manifest.json");
  EXPECT_EQ(run(quoted(kTool) + " verify " + quoted(out.string())).status, 0);
  // In turn: a third run of two firms keeps the other six.
  ASSERT_EQ(generate(quoted(data), out, "", "--firms firm-001,firm-006 --force").status, 0);
  EXPECT_EQ(manifest_firms(out).size(), 8u);
}

TEST_F(StoppedRuns, ASecondRunWaitsForTheFirstSaysSoAndCanBeStoppedWhileWaiting) {
  const std::string data = firms(2).string();
  const fs::path out = dir_ / "out";
  fs::create_directories(out);
  // This test holds the lock, as a first run would.
  const int lock = ::open((out / ".manifest.json.lock").c_str(), O_RDWR | O_CREAT, 0644);
  ASSERT_EQ(::flock(lock, LOCK_EX), 0);
  const pid_t waiting = start({"generate", data, "--out", "out"}, "waiting");
  while (err("waiting").find("另一個 filinggen generate 正在寫入") == std::string::npos) {
    int status = 0;
    ASSERT_NE(::waitpid(waiting, &status, WNOHANG), waiting) << "it did not wait: " << err("waiting");
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  EXPECT_FALSE(fs::exists(out / "firm-000")) << "nothing written while another run holds the folder";
  ::flock(lock, LOCK_UN);
  EXPECT_EQ(wait_for(waiting), 0) << err("waiting");
  EXPECT_EQ(manifest_firms(out).size(), 2u);

  // Stopped while it waits: nothing written, the manifest as it was.
  const std::string manifest = read_text(out / "manifest.json");
  ASSERT_EQ(::flock(lock, LOCK_EX), 0);
  const pid_t stopped = start({"generate", data, "--out", "out", "--force"}, "stopped");
  while (err("stopped").find("正在寫入") == std::string::npos) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  ::kill(stopped, SIGTERM);
  EXPECT_EQ(wait_for(stopped), 128 + SIGTERM) << err("stopped");
  EXPECT_NE(err("stopped").find("已停止：收到終止訊號"), std::string::npos) << err("stopped");
  EXPECT_EQ(read_text(out / "manifest.json"), manifest);
  ::close(lock);
}

}  // namespace
