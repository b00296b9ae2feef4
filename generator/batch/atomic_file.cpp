#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "batch/batch.hpp"

namespace filinggen::batch {
namespace fs = std::filesystem;

bool write_atomically(const std::string& path, const std::string& bytes, std::string& error) {
  const fs::path target(path);
  std::error_code ec;
  fs::create_directories(target.parent_path().empty() ? "." : target.parent_path(), ec);
  if (ec) {
    error = "無法建立資料夾「" + target.parent_path().string() + "」：" + ec.message();
    return false;
  }
  // A hidden name beside the target: the rename stays within one file system.
  std::string hidden = target.filename().string();
  hidden.insert(0, 1, '.');
  hidden += ".XXXXXX";
  std::string temp = (target.parent_path() / hidden).string();
  int fd = mkstemp(temp.data());
  if (fd < 0) {
    error = "無法在「" + target.parent_path().string() + "」建立暫存檔：" + std::strerror(errno);
    return false;
  }
  fchmod(fd, 0644);
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  const bool written = done == bytes.size() && ::fsync(fd) == 0;
  const int saved = errno;
  ::close(fd);
  if (!written || std::rename(temp.c_str(), path.c_str()) != 0) {
    error = "無法寫入「" + path + "」：" + std::strerror(written ? errno : saved);
    ::unlink(temp.c_str());
    return false;
  }
  return true;
}

}  // namespace filinggen::batch
