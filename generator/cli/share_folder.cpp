#include "cli/share_folder.hpp"

#include <cstdlib>
#include <filesystem>

#include "filinggen/version.hpp"

namespace filinggen::cli {
namespace fs = std::filesystem;

std::string share_folder() {
  if (const char* home = std::getenv("FILINGGEN_HOME"); home && *home) return home;
  std::error_code ec;
  const fs::path binary = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = (binary.parent_path() / ".." / "share" / "filinggen").lexically_normal();
    if (fs::is_directory(installed / "templates", ec)) return installed.string();
  }
  return kResourceDir;
}

}  // namespace filinggen::cli
