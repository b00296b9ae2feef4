#include "support/files.hpp"

#include <unistd.h>

#include <fstream>

#include "base/file_text.hpp"

namespace filinggen::test {
namespace fs = std::filesystem;

// Outputs the tests read (PDFs among them) may be far larger than any input's cap.
std::string read_text(const fs::path& path) {
  FileProblem problem;
  return read_file(path.string(), std::size_t{1} << 30, problem).value_or("");
}

ScratchDir::ScratchDir(const std::string& name)
    : path_(fs::temp_directory_path() / ("filinggen-" + name + "-" + std::to_string(::getpid()))) {
  fs::remove_all(path_);
  fs::create_directories(path_);
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;  // never throw from a destructor; a leftover folder is harmless
  fs::remove_all(path_, ignored);
}

std::string ScratchDir::write(const std::string& file, const std::string& text) const {
  std::ofstream(path_ / file, std::ios::binary) << text;
  return (path_ / file).string();
}

}  // namespace filinggen::test
