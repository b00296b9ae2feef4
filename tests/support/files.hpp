#pragma once
// Files of the tests: a whole file's bytes, and a scratch folder that cleans up after itself.
#include <filesystem>
#include <string>

namespace filinggen::test {

// A whole file's bytes; empty when it cannot be read, so a missing file shows as a diff.
std::string read_text(const std::filesystem::path& path);

// A fresh, empty folder of one test under the temporary folder, removed with all in it
// when it goes out of scope (also when an assertion ends the test early).
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name);  // <tmp>/filinggen-<name>-<pid>
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
  // Writes `text` to `file` in the folder and returns the file's path.
  std::string write(const std::string& file, const std::string& text) const;

 private:
  std::filesystem::path path_;
};

}  // namespace filinggen::test
