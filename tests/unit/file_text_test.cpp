// base/file_text.cpp: the one way a file is read. The cap is exact, and what is not a
// regular file is refused without reading (a FIFO without a writer would block).
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "base/file_text.hpp"
#include "support/files.hpp"

using namespace filinggen;

TEST(ReadFile, TheCapIsExact) {
  test::ScratchDir dir("read-file-cap");
  const std::string path = (dir.path() / "f.txt").string();
  std::ofstream(path, std::ios::binary) << std::string(1000, 'x');
  FileProblem problem;
  ASSERT_TRUE(read_file(path, 1000, problem));
  EXPECT_EQ(read_file(path, 1000, problem)->size(), 1000u);
  EXPECT_FALSE(read_file(path, 999, problem));
  EXPECT_EQ(problem.failure, ReadFailure::too_large);
  EXPECT_NE(problem.sentence.find("「" + path + "」超過此類檔案的上限"), std::string::npos) << problem.sentence;
  EXPECT_FALSE(file_problem(path, 1000));
  EXPECT_TRUE(file_problem(path, 999));
}

TEST(ReadFile, WhatIsNotARegularFileIsRefusedWithoutReading) {
  test::ScratchDir dir("read-file-kinds");
  const std::string fifo = (dir.path() / "fifo").string();
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  for (const std::string& path : {fifo, std::string("/dev/zero"), std::string("/proc/self/status"), dir.path().string()}) {
    FileProblem problem;
    EXPECT_FALSE(read_file(path, kDataFileCap, problem)) << path;
    EXPECT_EQ(problem.failure, ReadFailure::not_regular) << path;
    EXPECT_NE(problem.sentence.find("「" + path + "」是"), std::string::npos) << problem.sentence;
    ASSERT_TRUE(file_problem(path, kFontFileCap)) << path;
    EXPECT_EQ(file_problem(path, kFontFileCap)->failure, ReadFailure::not_regular) << path;
  }
  FileProblem missing;
  EXPECT_FALSE(read_file((dir.path() / "absent").string(), kDataFileCap, missing));
  EXPECT_EQ(missing.failure, ReadFailure::cannot_open);
}
