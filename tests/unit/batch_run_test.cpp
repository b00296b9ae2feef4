// The pieces of a batch run: ordered parallel work, SHA-256, the manifest's text and its
// reading back, shards, stale temporary files.
#include <gtest/gtest.h>

#include <new>
#include <stdexcept>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "batch/batch.hpp"
#include "batch/firm_job.hpp"
#include "batch/manifest.hpp"
#include "batch/output_folder.hpp"
#include "batch/parallel_runner.hpp"
#include "batch/sha256.hpp"
#include "support/files.hpp"

using namespace filinggen;
namespace fs = std::filesystem;

TEST(ParallelRunner, HandsResultsOverInOrderWithABoundedWindow) {
  std::atomic<int> running{0}, most{0};
  std::atomic<std::size_t> highest_started{0};
  std::atomic<std::size_t> taken_so_far{0};  // read by the workers while take writes it
  std::vector<std::string> order;
  auto work = [&](std::size_t i) {
    most = std::max(most.load(), ++running);
    highest_started = std::max(highest_started.load(), i);
    EXPECT_LT(i, taken_so_far + 4 + 1) << "started beyond the window";
    // Later items finish first, so order must come from the runner, not from timing.
    std::this_thread::sleep_for(std::chrono::milliseconds(i % 3 == 0 ? 6 : 1));
    --running;
    batch::FirmJob o;
    o.outcome.input = std::to_string(i);
    return o;
  };
  auto take = [&](batch::FirmJob&& o) {
    order.push_back(o.outcome.input);
    taken_so_far = order.size();
    return true;
  };
  EXPECT_EQ(batch::run_in_order(40, 2, 4, work, take), 0u);
  ASSERT_EQ(order.size(), 40u);
  for (std::size_t i = 0; i < order.size(); ++i) EXPECT_EQ(order[i], std::to_string(i));
  EXPECT_LE(most.load(), 2);
}

TEST(ParallelRunner, StopsStartingWhenTakeSaysSo) {
  std::atomic<std::size_t> started{0};
  auto work = [&](std::size_t i) {
    ++started;
    batch::FirmJob o;
    o.outcome.input = std::to_string(i);
    return o;
  };
  std::size_t taken = 0;
  auto take = [&](batch::FirmJob&&) { return ++taken < 3; };
  EXPECT_EQ(batch::run_in_order(100, 2, 4, work, take), 97u);
  EXPECT_EQ(taken, 3u);
  EXPECT_LE(started.load(), 3u + 4u + 2u) << "not every item was started";
}

// Memory running out in a worker, or while the calling thread writes, must reach
// main()'s sentence: before, a worker's exception and one thrown while workers were
// still running both ended in std::terminate (an abort, exit 134).
TEST(ParallelRunner, AnExceptionInAWorkerReachesTheCallerAfterEveryThreadIsJoined) {
  auto work = [](std::size_t i) {
    if (i == 5) throw std::bad_alloc();
    batch::FirmJob o;
    o.outcome.input = std::to_string(i);
    return o;
  };
  std::size_t taken = 0;
  auto take = [&](batch::FirmJob&&) { return ++taken > 0; };
  EXPECT_THROW(batch::run_in_order(50, 2, 4, work, take), std::bad_alloc);
  EXPECT_LE(taken, 5u) << "nothing after the failed item is handed over";
}

TEST(ParallelRunner, AnExceptionInTakeReachesTheCallerAfterEveryThreadIsJoined) {
  auto work = [](std::size_t i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    batch::FirmJob o;
    o.outcome.input = std::to_string(i);
    return o;
  };
  auto take = [](batch::FirmJob&& o) -> bool {
    if (o.outcome.input == "3") throw std::runtime_error("disk gone");
    return true;
  };
  EXPECT_THROW(batch::run_in_order(50, 2, 4, work, take), std::runtime_error);
}

TEST(Sha256, KnownDigests) {
  EXPECT_EQ(batch::sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(batch::sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const test::ScratchDir scratch("sha");
  const fs::path file = scratch / "big";
  std::string big(200000, 'x');
  std::ofstream(file, std::ios::binary) << big;
  EXPECT_EQ(batch::sha256_of_file(file.string()), batch::sha256_hex(big));
  fs::remove(file);
  EXPECT_FALSE(batch::sha256_of_file(file.string()));
}

TEST(Manifest, ReadsBackWhatItWrote) {
  batch::Manifest m;
  m.filinggen_version = "0.1.0";
  m.options = {{"pdf", "xlsx"}, {"declaration"}, true, 1767225600};
  m.firms.push_back({"zeta", "data/z.yaml", "abc", "failed", std::nullopt, {}});
  m.firms.push_back({"alpha", "data/a \"quoted\".yaml", "def", "ok", batch::FindingCounts{1, 2, 3},
                     {{"declaration", "pdf", "alpha/declaration.pdf", "0123", 4567, 2},
                      {"findings", "json", "alpha/findings.json", "89ab", 10, 0}}});
  m.sort_firms();
  const test::ScratchDir scratch("manifest");
  const fs::path file = scratch / "manifest.json";
  std::ofstream(file) << batch::manifest_json(m);
  Diagnostics d;
  auto back = batch::read_manifest(file.string(), d);
  ASSERT_TRUE(back) << (d.items().empty() ? "" : d.items()[0].str());
  EXPECT_EQ(back->filinggen_version, m.filinggen_version);
  EXPECT_TRUE(back->options == m.options);
  ASSERT_EQ(back->firms.size(), 2u);
  EXPECT_EQ(back->firms[0].firm_id, "alpha");
  EXPECT_TRUE(back->firms == m.firms);
  ASSERT_NE(back->find("zeta"), nullptr);
  EXPECT_EQ(back->find("nobody"), nullptr);
  EXPECT_EQ(batch::manifest_json(*back), batch::manifest_json(m));

  std::ofstream(file) << "{\"format\": \"filinggen-manifest\", \"format_version\": 9, \"firms\": []}";
  EXPECT_FALSE(batch::read_manifest(file.string(), d));
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].code, "manifest.unreadable");
  EXPECT_EQ(d.items()[0].pos.file, file.string());
  EXPECT_NE(d.items()[0].message.find("版本為 9"), std::string::npos) << d.items()[0].message;
}

TEST(Shards, AStableSplitByFirmId) {
  EXPECT_EQ(batch::shard_of("hengyi-securities", 1), 1);
  // FNV-1a 64 of the id: fixed values, the same on every machine and in every release.
  EXPECT_EQ(batch::shard_of("a", 1000), static_cast<int>(0xaf63dc4c8601ec8cull % 1000) + 1);
  batch::Choices plan;
  plan.shard_count = 3;
  std::size_t taken = 0;
  for (int shard = 1; shard <= 3; ++shard) {
    plan.shard_index = shard;
    for (int i = 0; i < 30; ++i) taken += plan.selects("firm-" + std::to_string(i));
  }
  EXPECT_EQ(taken, 30u) << "each firm in exactly one shard";
  plan.firms = {"firm-1"};
  plan.shard_count = 1;
  EXPECT_TRUE(plan.selects("firm-1"));
  EXPECT_FALSE(plan.selects("firm-2"));
}

TEST(StaleTemporaries, OnlyWriteAtomicallysOwnLeftoversAreRemoved) {
  const test::ScratchDir scratch("stale");
  const fs::path dir = scratch.path();
  for (const char* name : {".declaration.pdf.Ab12Cd", ".manifest.json.x9Y8z7", "declaration.pdf", ".notes.backup",
                           ".declaration.pdf.short", "keep.txt"})
    std::ofstream(dir / name) << "x";
  batch::remove_stale_temporaries(dir.string(), "manifest.json");
  EXPECT_FALSE(fs::exists(dir / ".manifest.json.x9Y8z7"));
  EXPECT_TRUE(fs::exists(dir / ".declaration.pdf.Ab12Cd")) << "not the manifest's";
  batch::remove_stale_temporaries(dir.string());
  EXPECT_FALSE(fs::exists(dir / ".declaration.pdf.Ab12Cd"));
  for (const char* kept : {"declaration.pdf", ".notes.backup", ".declaration.pdf.short", "keep.txt"})
    EXPECT_TRUE(fs::exists(dir / kept)) << kept;
}

TEST(CreateAtomically, NeverReplacesAFile) {
  const test::ScratchDir scratch("create");
  const fs::path file = scratch / "firm.yaml";
  Diagnostics d;
  EXPECT_TRUE(batch::create_atomically(file.string(), "first", d));
  EXPECT_FALSE(batch::create_atomically(file.string(), "second", d));
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].code, "output.exists");
  EXPECT_NE(d.items()[0].message.find("已存在"), std::string::npos);
  std::ifstream in(file);
  std::string text;
  std::getline(in, text);
  EXPECT_EQ(text, "first");
  std::size_t leftovers = 0;
  for (const auto& e : fs::directory_iterator(file.parent_path()))
    leftovers += e.path().filename().string().rfind("." + file.filename().string(), 0) == 0;
  EXPECT_EQ(leftovers, 0u);
}
