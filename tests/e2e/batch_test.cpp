// End to end, the batch at scale: --jobs, a killed run, the manifest and verify,
// incremental runs, shards and merge-manifests, --firms, --fail-fast, --json and init.
#include <signal.h>
#include <sys/stat.h>

#include <chrono>
#include <map>
#include <thread>

#include "e2e/e2e_support.hpp"

namespace fs = std::filesystem;

namespace {

using namespace filinggen::e2e;

class Batch : public ToolTest {
 protected:
  // `count` synthetic firms in dir_/firms, each a copy of a sample firm under its own
  // id (with its revisions and self-assessment), beside a copy of data/standard.
  fs::path synthetic_firms(int count, const std::string& sample = "hengyi-securities") {
    const fs::path firms = dir_ / "firms";
    fs::create_directories(firms);
    if (!fs::exists(dir_ / "standard")) fs::copy(kSource + "/data/standard", dir_ / "standard");
    const std::string text = read_text(kSource + "/data/firms/" + sample + ".yaml");
    const std::string id_line = "  id: " + sample + "\n";
    for (int i = 0; i < count; ++i) {
      char id[32];
      std::snprintf(id, sizeof id, "firm-%03d", i);
      std::string copy = text;
      copy.replace(copy.find(id_line), id_line.size(), std::string("  id: ") + id + "\n");
      std::ofstream(firms / (std::string(id) + ".yaml")) << copy;
    }
    return firms;
  }

  // Runs the tool with stdout and stderr kept apart, in dir_ so that paths are relative.
  struct Streams {
    int status = -1;
    std::string out, err;
  };
  Streams tool(const std::string& args, const std::string& env = "") {
    // (run() adds 2>&1 after the command: the parentheses keep it off the tool's streams.)
    Outcome r = run("(cd " + quoted(dir_.string()) + " && " + env + " " + quoted(kTool) + " " + args +
                    " >stdout.txt 2>stderr.txt)");
    Streams s{r.status, read_text(dir_ / "stdout.txt"), read_text(dir_ / "stderr.txt")};
    fs::remove(dir_ / "stdout.txt");
    fs::remove(dir_ / "stderr.txt");
    return s;
  }

  // The run's lock files (`.manifest.json.lock`: empty, kept, never rewritten).
  static bool is_lock_file(const fs::path& path) {
    const std::string name = path.filename().string();
    return name.size() > 6 && name[0] == '.' && name.ends_with(".lock");
  }

  // Every file under `root` by relative path, with its bytes (lock files aside).
  static std::map<std::string, std::string> tree(const fs::path& root) {
    std::map<std::string, std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(root))
      if (e.is_regular_file() && !is_lock_file(e.path())) files[fs::relative(e.path(), root).generic_string()] = read_text(e.path());
    return files;
  }

  struct Stamp {
    ino_t inode;
    long long mtime_ns;
    bool operator==(const Stamp&) const = default;
  };
  static std::map<std::string, Stamp> stamps(const fs::path& root) {
    std::map<std::string, Stamp> out;
    for (const auto& e : fs::recursive_directory_iterator(root)) {
      struct stat st{};
      if (e.is_regular_file() && !is_lock_file(e.path()) && ::stat(e.path().c_str(), &st) == 0)
        out[fs::relative(e.path(), root).generic_string()] = {st.st_ino, st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec};
    }
    return out;
  }

  // Runs a Python program (from a file, so that it may hold any quotes) in `folder`.
  Outcome python_program(const std::string& program, const fs::path& folder, const std::string& argument = "") {
    std::ofstream(dir_ / "probe.py") << program;
    Outcome r = run("cd " + quoted(folder.string()) + " && /usr/bin/python3 " + quoted((dir_ / "probe.py").string()) + " " +
                    quoted(argument));
    fs::remove(dir_ / "probe.py");
    return r;
  }
  // A Python expression's value over the JSON document in `json` (bound to `d`).
  std::string python(const std::string& json, const std::string& expression) {
    std::ofstream(dir_ / "doc.json") << json;
    Outcome r = python_program("import json, sys\nd = json.load(open(sys.argv[1]))\nprint(" + expression + ")\n", dir_,
                               (dir_ / "doc.json").string());
    fs::remove(dir_ / "doc.json");
    return r.out.substr(0, r.out.find_last_not_of('\n') + 1);
  }
};

}  // namespace

TEST_F(Batch, TwoJobsWriteAndPrintExactlyWhatOneJobDoes) {
  synthetic_firms(8, "hongyue-securities");
  fs::copy_file(kSource + "/tests/bad/unreal-date.yaml", dir_ / "firms" / "firm-004b.yaml");  // one failure among them
  const std::string common = "generate firms --format pdf,xlsx";
  Streams one = tool(common + " --out serial --jobs 1", "SOURCE_DATE_EPOCH=1767225600");
  Streams two = tool(common + " --out parallel --jobs 2", "SOURCE_DATE_EPOCH=1767225600");
  EXPECT_EQ(one.status, 1) << one.err;
  EXPECT_EQ(two.status, 1) << two.err;
  auto same_folder = [](std::string s) {
    for (std::size_t at; (at = s.find("parallel")) != std::string::npos;) s.replace(at, 8, "serial");
    return s;
  };
  EXPECT_EQ(same_folder(two.out), one.out);
  EXPECT_EQ(same_folder(two.err), one.err);
  EXPECT_NE(one.err.find("失敗：firms/firm-004b.yaml"), std::string::npos) << one.err;
  const auto serial = tree(dir_ / "serial"), parallel = tree(dir_ / "parallel");
  ASSERT_EQ(serial.size(), 8u * 8 + 1) << "3 PDFs, 3 workbooks, the board pack and findings.json a firm; the manifest";
  ASSERT_EQ(parallel.size(), serial.size());
  for (const auto& [path, bytes] : serial) {
    ASSERT_TRUE(parallel.count(path)) << path;
    EXPECT_TRUE(parallel.at(path) == bytes) << path << " differs between --jobs 1 and --jobs 2";
  }
}

TEST_F(Batch, AKilledRunLeavesNoPartialFileAndTheNextRunCompletesTheWork) {
  synthetic_firms(40);
  const fs::path out = dir_ / "out";
  const std::string firms = (dir_ / "firms").string(), out_s = out.string();
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    freopen("/dev/null", "w", stdout);
    freopen("/dev/null", "w", stderr);
    execl(kTool.c_str(), "filinggen", "generate", firms.c_str(), "--out", out_s.c_str(), "--format", "pdf,xlsx",
          "--jobs", "2", static_cast<char*>(nullptr));
    _exit(127);
  }
  // Kill it once a few firms are written and most are not.
  for (int i = 0; i < 6000 && !fs::exists(out / "firm-003" / "findings.json"); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the run finished before it could be killed; give it more firms";
  ASSERT_FALSE(fs::exists(out / "firm-039" / "findings.json")) << "the run was not killed part-way";

  // Every file under an expected name is complete.
  std::size_t checked = 0;
  for (const auto& e : fs::recursive_directory_iterator(out)) {
    const std::string name = e.path().filename().string();
    if (!e.is_regular_file() || name[0] == '.') continue;
    if (e.path().extension() == ".pdf") {
      Outcome check = run("qpdf --check " + quoted(e.path().string()));
      EXPECT_EQ(check.status, 0) << e.path() << check.out;
      ++checked;
    } else if (e.path().extension() == ".xlsx") {
      Outcome open = python_program("import openpyxl, sys\nopenpyxl.load_workbook(sys.argv[1])\n", dir_, e.path().string());
      EXPECT_EQ(open.status, 0) << e.path() << open.out;
      ++checked;
    }
  }
  EXPECT_GT(checked, 0u);
  // A temporary file such as a kill leaves behind is removed by the next run.
  fs::create_directories(out / "firm-039");
  std::ofstream(out / "firm-039" / ".declaration.pdf.Ab12Cd") << "%PDF-1.7 half";

  Outcome again = generate(quoted(firms), out, "", "--format pdf,xlsx --jobs 2");
  ASSERT_EQ(again.status, 0) << again.out;
  for (int i = 0; i < 40; ++i) {
    char id[32];
    std::snprintf(id, sizeof id, "firm-%03d", i);
    for (const char* name : {"declaration.pdf", "revision-table.pdf", "self-assessment.pdf", "declaration.xlsx",
                             "revision-table.xlsx", "self-assessment.xlsx", "board-pack.pdf", "findings.json"})
      EXPECT_TRUE(fs::is_regular_file(out / id / name)) << id << "/" << name;
    for (const auto& e : fs::directory_iterator(out / id))
      EXPECT_NE(e.path().filename().string()[0], '.') << "temporary file left: " << e.path();
  }
  EXPECT_EQ(run(quoted(kTool) + " verify " + quoted(out_s)).status, 0);
}

TEST_F(Batch, TheManifestsHashesMatchAndVerifyCatchesAnEditedAndADeletedFile) {
  synthetic_firms(3);
  ASSERT_EQ(tool("generate firms --out out --format pdf,xlsx").status, 0);
  // The manifest's records, recomputed by Python's hashlib.
  Outcome recomputed = python_program(R"(
import hashlib, json
m = json.load(open('manifest.json'))
assert m['format'] == 'filinggen-manifest' and m['format_version'] == 2, m
n = 0
for firm in m['firms']:
    assert firm['status'] == 'ok' and firm['findings'] == {'errors': 0, 'warnings': 0, 'info': 0}, firm
    for f in firm['files']:
        data = open(f['path'], 'rb').read()
        assert hashlib.sha256(data).hexdigest() == f['sha256'], f
        assert len(data) == f['size'], f
        assert (f['pages'] is None) == (f['format'] != 'pdf'), f
        n += 1
print(n)
)", dir_ / "out");
  ASSERT_EQ(recomputed.status, 0) << recomputed.out;
  EXPECT_EQ(recomputed.out, "24\n") << "8 files for each of 3 firms";
  EXPECT_EQ(tool("verify out").status, 0);

  std::ofstream(dir_ / "out" / "firm-001" / "declaration.pdf", std::ios::app) << "%% edited";
  fs::remove(dir_ / "out" / "firm-002" / "revision-table.xlsx");
  Streams v = tool("verify out");
  EXPECT_EQ(v.status, 1) << v.out << v.err;
  EXPECT_NE(v.out.find("已變更：out/firm-001/declaration.pdf"), std::string::npos) << v.out;
  EXPECT_NE(v.out.find("遺失：out/firm-002/revision-table.xlsx"), std::string::npos) << v.out;
  EXPECT_NE(v.out.find("22 個與清單相符，1 個已變更，1 個遺失"), std::string::npos) << v.out;
  EXPECT_EQ(tool("verify firms").status, 2) << "no manifest there";

  // The next run redoes exactly the firms whose files changed.
  Streams again = tool("generate firms --out out --format pdf,xlsx");
  EXPECT_EQ(again.status, 0);
  EXPECT_NE(again.out.find("已是最新，未重寫：firm-000"), std::string::npos) << again.out;
  EXPECT_NE(again.out.find("已產生：out/firm-001/declaration.pdf"), std::string::npos) << again.out;
  EXPECT_NE(again.out.find("已產生：out/firm-002/revision-table.xlsx"), std::string::npos) << again.out;
  EXPECT_EQ(tool("verify out").status, 0);
}

TEST_F(Batch, AnUnchangedRerunRewritesNothingAndForceRewritesEverything) {
  synthetic_firms(3);
  ASSERT_EQ(tool("generate firms --out out").status, 0);
  const auto before = stamps(dir_ / "out");
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  Streams again = tool("generate firms --out out");
  EXPECT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(again.out.find("已產生：out/firm-"), std::string::npos) << again.out;
  EXPECT_NE(again.out.find("共 3 家公司：3 家完成（其中 3 家已是最新，未重寫），0 家失敗。"), std::string::npos) << again.out;
  auto after = stamps(dir_ / "out");
  for (const auto& [path, stamp] : before)
    if (path != "manifest.json") {
      EXPECT_TRUE(after.at(path) == stamp) << path << " was rewritten";
    }

  // A changed input redoes its firm only; --force redoes every firm.
  std::ofstream(dir_ / "firms" / "firm-001.yaml", std::ios::app) << "# 註解也算變更\n";
  Streams changed = tool("generate firms --out out");
  EXPECT_NE(changed.out.find("已產生：out/firm-001/declaration.pdf"), std::string::npos) << changed.out;
  EXPECT_NE(changed.out.find("已是最新，未重寫：firm-002"), std::string::npos) << changed.out;
  const auto before_force = stamps(dir_ / "out");
  Streams forced = tool("generate firms --out out --force");
  EXPECT_EQ(forced.status, 0);
  after = stamps(dir_ / "out");
  for (const auto& [path, stamp] : before_force) EXPECT_FALSE(after.at(path) == stamp) << path << " not rewritten";
  // Other options make other files: nothing is taken as up to date.
  Streams other = tool("generate firms --out out --documents declaration");
  EXPECT_EQ(other.out.find("已是最新"), std::string::npos) << other.out;
}

TEST_F(Batch, TwoShardsMergedEqualOneUnshardedRun) {
  synthetic_firms(9, "heju-futures");
  ASSERT_EQ(tool("generate firms --out whole --jobs 2").status, 0);
  Streams first = tool("generate firms --out part1 --shard 1/2");
  Streams second = tool("generate firms --out part2 --shard 2/2");
  ASSERT_EQ(first.status, 0) << first.err;
  ASSERT_EQ(second.status, 0) << second.err;
  ASSERT_TRUE(fs::exists(dir_ / "part1" / "manifest.shard-1-of-2.json"));
  ASSERT_TRUE(fs::exists(dir_ / "part2" / "manifest.shard-2-of-2.json"));
  // Every firm in exactly one shard, and neither shard empty.
  std::size_t in_first = 0, in_second = 0;
  for (int i = 0; i < 9; ++i) {
    const std::string id = "firm-00" + std::to_string(i);
    const bool a = fs::exists(dir_ / "part1" / id), b = fs::exists(dir_ / "part2" / id);
    EXPECT_NE(a, b) << id;
    in_first += a;
    in_second += b;
  }
  EXPECT_GT(in_first, 0u);
  EXPECT_GT(in_second, 0u);
  Streams merged = tool("merge-manifests merged.json part1/manifest.shard-1-of-2.json part2/manifest.shard-2-of-2.json");
  ASSERT_EQ(merged.status, 0) << merged.err;
  EXPECT_TRUE(read_text(dir_ / "merged.json") == read_text(dir_ / "whole" / "manifest.json"));

  Streams overlap = tool("merge-manifests twice.json part1/manifest.shard-1-of-2.json part1/manifest.shard-1-of-2.json");
  EXPECT_EQ(overlap.status, 2);
  EXPECT_NE(overlap.err.find("同一家公司只能屬於一個分片"), std::string::npos) << overlap.err;
  EXPECT_FALSE(fs::exists(dir_ / "twice.json"));
  ASSERT_EQ(tool("generate firms --out part3 --shard 2/2 --format xlsx").status, 0);
  Streams mismatched = tool("merge-manifests mixed.json part1/manifest.shard-1-of-2.json part3/manifest.shard-2-of-2.json");
  EXPECT_EQ(mismatched.status, 2);
  EXPECT_NE(mismatched.err.find("選項"), std::string::npos) << mismatched.err;
  EXPECT_EQ(tool("generate firms --out x --shard 3/2").status, 2);
}

TEST_F(Batch, FirmsFailFastAndTheJsonSummaryReadBack) {
  synthetic_firms(4, "heju-futures");
  Streams some = tool("generate firms --out out --firms firm-001,firm-003 --json");
  ASSERT_EQ(some.status, 0) << some.err;
  EXPECT_TRUE(fs::exists(dir_ / "out" / "firm-001") && fs::exists(dir_ / "out" / "firm-003"));
  EXPECT_FALSE(fs::exists(dir_ / "out" / "firm-000") || fs::exists(dir_ / "out" / "firm-002"));
  EXPECT_EQ(python(some.out, "d['format'], d['format_version'], d['exit_code'], d['totals']"),
            "filinggen-summary 2 0 {'firms': 2, 'generated': 2, 'up_to_date': 0, 'valid': 0, 'failed': 0, 'not_started': 0}");
  EXPECT_EQ(python(some.out, "[(f['firm_id'], f['status'], len(f['files']), f['findings']['errors']) for f in d['firms']]"),
            "[('firm-001', 'generated', 4, 0), ('firm-003', 'generated', 4, 0)]");
  Streams again = tool("generate firms --out out --json");
  EXPECT_EQ(python(again.out, "[f['status'] for f in d['firms']]"), "['generated', 'up_to_date', 'generated', 'up_to_date']");
  Streams missing = tool("generate firms --out out --firms firm-009 --json");
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(python(missing.out, "d['missing_firm_ids'], d['exit_code']"), "['firm-009'] 2");

  // A bad file second in order: --fail-fast stops there, and says how much is left.
  fs::copy_file(kSource + "/tests/bad/unreal-date.yaml", dir_ / "firms" / "firm-000b.yaml");
  Streams stopped = tool("generate firms --out fast --fail-fast --jobs 2 --json");
  EXPECT_EQ(stopped.status, 1) << stopped.err;
  EXPECT_TRUE(fs::exists(dir_ / "fast" / "firm-000" / "declaration.pdf"));
  for (const char* id : {"firm-001", "firm-002", "firm-003"}) EXPECT_FALSE(fs::exists(dir_ / "fast" / id)) << id;
  EXPECT_NE(stopped.err.find("其後 3 個資料檔未處理"), std::string::npos) << stopped.err;
  EXPECT_EQ(python(stopped.out, "d['totals']['not_started'], [f['status'] for f in d['firms']], d['firms'][1]['problems'][0]['line'] > 0"),
            "3 ['generated', 'failed'] True");
  Streams all = tool("generate firms --out slow --jobs 2");
  EXPECT_EQ(all.status, 1);
  EXPECT_TRUE(fs::exists(dir_ / "slow" / "firm-003" / "declaration.pdf"));
}

TEST_F(Batch, QuietPrintsOnlyProblemsAndValidateTakesTheSameOptions) {
  synthetic_firms(2, "heju-futures");
  Streams quiet = tool("generate firms --out out --quiet");
  EXPECT_EQ(quiet.status, 0);
  EXPECT_EQ(quiet.out, "");
  EXPECT_EQ(quiet.err, "") << "no progress bar when stderr is not a terminal";
  Streams valid = tool("validate firms --jobs 2 --firms firm-001 --json");
  EXPECT_EQ(valid.status, 0) << valid.err;
  EXPECT_EQ(python(valid.out, "d['command'], [(f['firm_id'], f['status']) for f in d['firms']], d['manifest']"),
            "validate [('firm-001', 'valid')] None");
  Streams check = tool("check firms --jobs 2 --shard 1/1 --json");
  EXPECT_EQ(check.status, 0) << check.err;
}

TEST_F(Batch, InitWritesACommentedStarterFileThatValidates) {
  Streams made = tool("init taipei-futures --out new");
  ASSERT_EQ(made.status, 0) << made.err;
  const std::string text = read_text(dir_ / "new" / "taipei-futures.yaml");
  EXPECT_NE(text.find("id: taipei-futures"), std::string::npos);
  EXPECT_NE(text.find("# 公司全名"), std::string::npos);
  EXPECT_NE(text.find("  security_unit:\n    name: 資訊室\n    dedicated: false\n"), std::string::npos) << "the unit, explained";
  EXPECT_NE(text.find("duties: [it]"), std::string::npos) << "a duty named in the list form";
  EXPECT_NE(text.find("利益衝突"), std::string::npos);
  Streams valid = tool("validate new/taipei-futures.yaml");
  EXPECT_EQ(valid.status, 0) << valid.err;
  EXPECT_EQ(tool("check new/taipei-futures.yaml").status, 0) << "the starter values meet the rules too";

  std::ofstream(dir_ / "new" / "taipei-futures.yaml", std::ios::app) << "# 已填寫的資料\n";
  Streams again = tool("init taipei-futures --out new");
  EXPECT_EQ(again.status, 2);
  EXPECT_NE(again.err.find("已存在，未覆寫"), std::string::npos) << again.err;
  EXPECT_NE(read_text(dir_ / "new" / "taipei-futures.yaml").find("# 已填寫的資料"), std::string::npos);
  for (const char* bad : {"../escape", "Upper", "a/b", "-x"}) EXPECT_EQ(tool(std::string("init '") + bad + "'").status, 2) << bad;
  EXPECT_FALSE(fs::exists(dir_ / "escape.yaml"));
}

TEST_F(Batch, ADuplexRunAfterASimplexRunRemakesTheBoardPack) {
  synthetic_firms(1);
  ASSERT_EQ(tool("generate firms --out out").status, 0);
  const std::string simplex = read_text(dir_ / "out" / "firm-000" / "board-pack.pdf");
  Streams duplex = tool("generate firms --out out --duplex");
  ASSERT_EQ(duplex.status, 0) << duplex.err;
  EXPECT_EQ(duplex.out.find("已是最新"), std::string::npos) << "--duplex changes the pack\n" << duplex.out;
  EXPECT_NE(read_text(dir_ / "out" / "firm-000" / "board-pack.pdf"), simplex);
  EXPECT_NE(read_text(dir_ / "out" / "manifest.json").find("\"duplex\": true"), std::string::npos);
  Streams again = tool("generate firms --out out --duplex");
  EXPECT_NE(again.out.find("已是最新，未重寫：firm-000"), std::string::npos) << again.out;
}

TEST_F(Batch, VerifyDoesNotFollowAManifestPathOutOfTheOutputFolder) {
  synthetic_firms(1);
  ASSERT_EQ(tool("generate firms --out out").status, 0);
  std::string manifest = read_text(dir_ / "out" / "manifest.json");
  const std::string inside = "\"firm-000/declaration.pdf\"";
  ASSERT_NE(manifest.find(inside), std::string::npos);
  manifest.replace(manifest.find(inside), inside.size(), "\"../firms/firm-000.yaml\"");
  std::ofstream(dir_ / "out" / "manifest.json", std::ios::trunc) << manifest;
  Streams r = tool("verify out");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("不在輸出資料夾內：out/../firms/firm-000.yaml"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("已變更："), std::string::npos) << "the file outside was not read\n" << r.out;
}

TEST_F(Batch, AManifestOfFormatOneIsStillRead) {
  synthetic_firms(1);
  ASSERT_EQ(tool("generate firms --out out").status, 0);
  std::string manifest = read_text(dir_ / "out" / "manifest.json");
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"\"format_version\": 2", "\"format_version\": 1"}, {"\"errors\":", "\"error\":"},
           {"\"warnings\":", "\"warning\":"}, {", \"duplex\": false", ""}}) {
    ASSERT_NE(manifest.find(from), std::string::npos) << from;
    manifest.replace(manifest.find(from), from.size(), to);
  }
  std::ofstream(dir_ / "out" / "manifest.json", std::ios::trunc) << manifest;
  Streams r = tool("verify out");
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("0 個已變更，0 個遺失"), std::string::npos) << r.out;
  Streams rerun = tool("generate firms --out out");
  EXPECT_EQ(rerun.status, 0);
  EXPECT_EQ(rerun.err.find("不沿用"), std::string::npos) << "read, not refused\n" << rerun.err;
}

TEST_F(Batch, ShardAutoTakesTheShardFromKubernetesOrSlurm) {
  synthetic_firms(6);
  // Kubernetes numbers pods from 0 and gives no count: index 1 of 3 is shard 2 of 3.
  Streams k8s = tool("validate firms --shard auto --quiet", "JOB_COMPLETION_INDEX=1 FILINGGEN_SHARD_COUNT=3");
  Streams explicit_shard = tool("validate firms --shard 2/3 --json");
  Streams k8s_json = tool("validate firms --shard auto/3 --json", "JOB_COMPLETION_INDEX=1");
  EXPECT_EQ(k8s.status, 0) << k8s.err;
  EXPECT_EQ(k8s_json.out, explicit_shard.out) << "auto/3 at index 1 is 2/3";
  // Slurm numbers tasks from SLURM_ARRAY_TASK_MIN, 0 or 1 as --array says.
  Streams slurm0 = tool("validate firms --shard auto --json",
                        "env -u JOB_COMPLETION_INDEX SLURM_ARRAY_TASK_ID=1 SLURM_ARRAY_TASK_MIN=0 SLURM_ARRAY_TASK_COUNT=3");
  Streams slurm1 = tool("validate firms --shard auto --json",
                        "env -u JOB_COMPLETION_INDEX SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_MIN=1 SLURM_ARRAY_TASK_COUNT=3");
  EXPECT_EQ(slurm0.out, explicit_shard.out);
  EXPECT_EQ(slurm1.out, explicit_shard.out);
  Streams generated = tool("generate firms --out out --shard auto", "JOB_COMPLETION_INDEX=2 FILINGGEN_SHARD_COUNT=3");
  EXPECT_EQ(generated.status, 0) << generated.err;
  EXPECT_TRUE(fs::exists(dir_ / "out" / "manifest.shard-3-of-3.json"));
}

TEST_F(Batch, ShardAutoOutsideAJobRunnerOrOutOfRangeIsRefused) {
  synthetic_firms(1);
  Streams nowhere = tool("validate firms --shard auto", "env -u JOB_COMPLETION_INDEX -u SLURM_ARRAY_TASK_ID");
  EXPECT_EQ(nowhere.status, 2);
  EXPECT_NE(nowhere.err.find("--shard auto 須在 Kubernetes Indexed Job"), std::string::npos) << nowhere.err;
  Streams no_count = tool("validate firms --shard auto", "JOB_COMPLETION_INDEX=0");
  EXPECT_EQ(no_count.status, 2);
  EXPECT_NE(no_count.err.find("FILINGGEN_SHARD_COUNT"), std::string::npos) << no_count.err;
  Streams beyond = tool("validate firms --shard auto/2", "JOB_COMPLETION_INDEX=2");
  EXPECT_EQ(beyond.status, 2);
  EXPECT_NE(beyond.err.find("第 3 份，不在 1 到 2 之間"), std::string::npos) << beyond.err;
}
