// The output folder as a generate run holds it: writes through descriptors, the lock of a
// manifest, the manifest merged with another run's, and a stop between items.
#include <gtest/gtest.h>
#include <signal.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "batch/firm_job.hpp"
#include "batch/output_folder.hpp"
#include "batch/parallel_runner.hpp"
#include "batch/stop_signal.hpp"
#include "support/files.hpp"

using namespace filinggen;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

batch::ManifestFirm firm(const std::string& id, const std::string& digest = "d") {
  batch::ManifestFirm f;
  f.firm_id = id;
  f.input = id + ".yaml";
  f.input_digest = digest;
  f.status = "ok";
  f.files = {{"declaration", "pdf", id + "/declaration.pdf", "00", 1, 1}};
  return f;
}

batch::Manifest manifest(std::vector<batch::ManifestFirm> firms) {
  batch::Manifest m;
  m.firms = std::move(firms);
  m.sort_firms();
  return m;
}

std::vector<std::string> ids(const batch::Manifest& m) {
  std::vector<std::string> out;
  for (const auto& f : m.firms) out.push_back(f.firm_id);
  return out;
}

}  // namespace

TEST(OutputFolder, AFirmFolderSwappedForALinkDuringTheRunCannotRedirectItsFiles) {
  const test::ScratchDir scratch("swapped");
  const fs::path out = scratch / "out", elsewhere = scratch / "elsewhere";
  fs::create_directories(elsewhere);
  batch::OutputFolder folder(out.string(), "manifest.json", nullptr);
  std::string error;
  ASSERT_TRUE(folder.hold(error)) << error;
  bool linked = false;
  const batch::Descriptor firm = folder.open_firm_folder("firm-a", error, linked);
  ASSERT_TRUE(firm) << error;
  // Checked, opened, and then swapped for a link to a folder outside.
  fs::rename(out / "firm-a", out / "moved-away");
  fs::create_directory_symlink(elsewhere, out / "firm-a");
  Diagnostics diagnostics;
  ASSERT_TRUE(batch::write_atomically_at(firm.get(), (out / "firm-a").string(), "findings.json", "{}", diagnostics));
  EXPECT_TRUE(fs::is_empty(elsewhere)) << "nothing reaches the link's target";
  EXPECT_EQ(read(out / "moved-away" / "findings.json"), "{}") << "the file went into the folder that was opened";
  // Opened again now, the link is refused.
  EXPECT_FALSE(folder.open_firm_folder("firm-a", error, linked));
  EXPECT_TRUE(linked);
  EXPECT_NE(error.find("連結（symlink）"), std::string::npos) << error;
}

TEST(OutputFolder, ASecondRunOfTheSameManifestWaitsSaysSoAndAStopEndsTheWait) {
  const test::ScratchDir scratch("lock");
  const std::string out = (scratch / "out").string();
  batch::OutputFolder first(out, "manifest.json", nullptr);
  std::string error;
  ASSERT_TRUE(first.hold(error)) << error;
  // Another shard's manifest is not kept waiting.
  batch::OutputFolder other_shard(out, "manifest.shard-2-of-2.json", nullptr);
  EXPECT_TRUE(other_shard.hold(error)) << error;

  std::atomic<bool> told{false};
  std::string notice;
  batch::OutputFolder second(out, "manifest.json", [&](const std::string& text) {
    notice = text;
    told = true;
  });
  bool held = true;
  std::string second_error = "unset";
  std::thread waiting([&] { held = second.hold(second_error); });
  while (!told) std::this_thread::yield();
  batch::request_stop(SIGTERM);
  waiting.join();
  batch::clear_stop();
  EXPECT_FALSE(held);
  EXPECT_EQ(second_error, "") << "a stop, not a failure";
  EXPECT_NE(notice.find("另一個 filinggen generate 正在寫入「" + out + "」"), std::string::npos) << notice;
}

TEST(ManifestMerge, AFirmAnotherRunRecordedMeanwhileIsKeptWhateverThisRunCovered) {
  const batch::ManifestOptions options;
  const batch::Manifest at_start = manifest({firm("a"), firm("c")});
  // While this run ran, another recorded b (new) and c (remade).
  const batch::Manifest on_disk = manifest({firm("a"), firm("b"), firm("c", "other")});
  const auto full = batch::next_manifest(&at_start, &on_disk, {firm("a", "new")}, false, options);
  EXPECT_EQ(ids(full), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(full.find("a")->input_digest, "new") << "this run's record of its own firm";
  // Nothing recorded meanwhile: a full run lists its own firms only, as before.
  const auto alone = batch::next_manifest(&at_start, &at_start, {firm("a", "new")}, false, options);
  EXPECT_EQ(ids(alone), (std::vector<std::string>{"a"}));
  // A run of some firms keeps every other firm on disk.
  const auto some = batch::next_manifest(&at_start, &at_start, {firm("a", "new")}, true, options);
  EXPECT_EQ(ids(some), (std::vector<std::string>{"a", "c"}));
  // Records made with other options are not kept.
  batch::Manifest duplex = on_disk;
  duplex.options.duplex = true;
  EXPECT_EQ(ids(batch::next_manifest(&at_start, &duplex, {firm("a")}, true, options)), (std::vector<std::string>{"a"}));
}

TEST(ParallelRunner, AStopRequestedAfterAnItemLeavesTheRestUntaken) {
  std::size_t taken = 0;
  auto work = [](std::size_t) { return batch::FirmJob{}; };
  auto take = [&](batch::FirmJob&&) {
    if (++taken == 6) batch::request_stop(SIGINT);  // as the handler would, while item 5 is written
    return true;
  };
  const std::size_t left = batch::run_in_order(100, 2, 4, work, take);
  batch::clear_stop();
  EXPECT_EQ(taken, 6u) << "the item being written is finished, no other is taken";
  EXPECT_EQ(left, 94u);
}
