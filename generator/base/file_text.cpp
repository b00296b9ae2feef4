#include "base/file_text.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace filinggen {
namespace {

constexpr long kProcMagic = 0x9fa0;       // PROC_SUPER_MAGIC
constexpr long kSysfsMagic = 0x62656572;  // SYSFS_MAGIC

std::string megabytes(std::size_t bytes) { return std::to_string((bytes + (1 << 20) - 1) >> 20) + " MB"; }

FileProblem cannot_open(const std::string& path, int error) {
  return {ReadFailure::cannot_open, error == ENOENT ? "找不到檔案「" + path + "」。"
                                    : error == EACCES ? "沒有讀取「" + path + "」的權限。"
                                                      : "無法開啟「" + path + "」（" + std::strerror(error) + "）。"};
}

FileProblem not_regular(const std::string& path, const struct stat& st) {
  const char* what = S_ISDIR(st.st_mode)    ? "資料夾"
                     : S_ISFIFO(st.st_mode) ? "具名管道（FIFO）"
                     : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "裝置"
                     : S_ISSOCK(st.st_mode) ? "socket"
                                            : "系統的虛擬檔案（/proc 或 /sys）";
  return {ReadFailure::not_regular,
          "「" + path + "」是" + what + "，不是一般檔案；filinggen 只讀取一般檔案，請確認路徑是否指錯了檔案。"};
}

FileProblem too_large(const std::string& path, std::size_t cap) {
  return {ReadFailure::too_large, "「" + path + "」超過此類檔案的上限 " + megabytes(cap) +
                                      "，遠大於任何正常的檔案；請確認指定的是正確的檔案。"};
}

// The checks of an open file: a regular file, not of /proc or /sys, within the cap.
std::optional<FileProblem> checked(int fd, const std::string& path, std::size_t cap) {
  struct stat st {};
  if (fstat(fd, &st) != 0) return cannot_open(path, errno);
  struct statfs fs {};
  const bool pseudo = fstatfs(fd, &fs) == 0 && (fs.f_type == kProcMagic || fs.f_type == kSysfsMagic);
  if (!S_ISREG(st.st_mode) || pseudo) {
    if (pseudo && S_ISREG(st.st_mode)) st.st_mode = 0;  // named as a virtual file
    return not_regular(path, st);
  }
  if (static_cast<unsigned long long>(st.st_size) > cap) return too_large(path, cap);
  return std::nullopt;
}

struct Descriptor {
  int fd;
  ~Descriptor() { if (fd >= 0) close(fd); }
};

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
int open_for_reading(const std::string& path) { return open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY); }

}  // namespace

std::optional<FileProblem> file_problem(const std::string& path, std::size_t cap) {
  Descriptor file{open_for_reading(path)};
  if (file.fd < 0) return cannot_open(path, errno);
  return checked(file.fd, path, cap);
}

std::optional<std::string> read_file(const std::string& path, std::size_t cap, FileProblem& problem) {
  Descriptor file{open_for_reading(path)};
  if (file.fd < 0) {
    problem = cannot_open(path, errno);
    return std::nullopt;
  }
  if (auto refused = checked(file.fd, path, cap)) {
    problem = *refused;
    return std::nullopt;
  }
  std::string bytes;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = read(file.fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      problem = cannot_open(path, errno);
      return std::nullopt;
    }
    if (n == 0) return bytes;
    if (bytes.size() + static_cast<std::size_t>(n) > cap) {
      problem = too_large(path, cap);
      return std::nullopt;
    }
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
}

void report_file_problem(const FileProblem& problem, SourcePos at, const std::string& field,
                         const std::string& cannot_open, Diagnostics& diagnostics) {
  switch (problem.failure) {
    case ReadFailure::cannot_open: diagnostics.error("file.unreadable", at, field, cannot_open); break;
    case ReadFailure::not_regular: diagnostics.error("file.unreadable", at, field, problem.sentence); break;
    case ReadFailure::too_large: diagnostics.error("file.too_large", at, field, problem.sentence); break;
  }
}

}  // namespace filinggen
