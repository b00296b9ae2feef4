#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "batch/batch.hpp"
#include "support/files.hpp"

using namespace filinggen;
namespace fs = std::filesystem;

using test::read_text;

TEST(AtomicFile, WritesCreatesFoldersAndLeavesNoTemporaryFile) {
  const test::ScratchDir scratch("atomic");
  const fs::path dir = scratch.path();
  Diagnostics d;
  ASSERT_TRUE(batch::write_atomically((dir / "firm" / "declaration.pdf").string(), "first", d));
  ASSERT_TRUE(batch::write_atomically((dir / "firm" / "declaration.pdf").string(), "second", d));
  EXPECT_TRUE(d.items().empty());
  EXPECT_EQ(read_text(dir / "firm" / "declaration.pdf"), "second");
  std::size_t files = 0;
  for (auto& e : fs::directory_iterator(dir / "firm")) files += e.is_regular_file();
  EXPECT_EQ(files, 1u);
}

TEST(AtomicFile, FailureKeepsTheOldFileAndSaysWhy) {
  const test::ScratchDir scratch("atomic-fail");
  const fs::path dir = scratch.path();
  std::ofstream(dir / "blocker") << "a file where a folder should be";
  Diagnostics d;
  EXPECT_FALSE(batch::write_atomically((dir / "blocker" / "declaration.pdf").string(), "x", d));
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].code, "output.write");
  EXPECT_EQ(d.items()[0].pos.file, (dir / "blocker" / "declaration.pdf").string());
  EXPECT_NE(d.items()[0].message.find("擋住了資料夾"), std::string::npos) << d.items()[0].message;
  EXPECT_EQ(read_text(dir / "blocker"), "a file where a folder should be");
}
