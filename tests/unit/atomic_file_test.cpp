#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "batch/batch.hpp"

using namespace filinggen;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path fresh_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("filinggen-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  return dir;
}

}  // namespace

TEST(AtomicFile, WritesCreatesFoldersAndLeavesNoTemporaryFile) {
  fs::path dir = fresh_dir("atomic");
  std::string error;
  ASSERT_TRUE(batch::write_atomically((dir / "firm" / "declaration.pdf").string(), "first", error)) << error;
  ASSERT_TRUE(batch::write_atomically((dir / "firm" / "declaration.pdf").string(), "second", error)) << error;
  EXPECT_EQ(read(dir / "firm" / "declaration.pdf"), "second");
  std::size_t files = 0;
  for (auto& e : fs::directory_iterator(dir / "firm")) files += e.is_regular_file();
  EXPECT_EQ(files, 1u);
  fs::remove_all(dir);
}

TEST(AtomicFile, FailureKeepsTheOldFileAndSaysWhy) {
  fs::path dir = fresh_dir("atomic-fail");
  fs::create_directories(dir);
  std::ofstream(dir / "blocker") << "a file where a folder should be";
  std::string error;
  EXPECT_FALSE(batch::write_atomically((dir / "blocker" / "declaration.pdf").string(), "x", error));
  EXPECT_FALSE(error.empty());
  EXPECT_EQ(read(dir / "blocker"), "a file where a folder should be");
  fs::remove_all(dir);
}
