#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

#include "batch/batch.hpp"
#include "batch/output_folder.hpp"

namespace filinggen::batch {
namespace fs = std::filesystem;

namespace {

// The process's umask, read before main() while no other thread can create a file (umask
// can only be read by setting it); new files get 0666 without it, as `touch` would.
const mode_t kUmask = [] {
  const mode_t mask = ::umask(022);
  ::umask(mask);
  return mask;
}();

}  // namespace

std::string failure_reason(int code) {
  const std::string system = std::strerror(code);
  switch (code) {
    case ENOSPC:
    case EDQUOT: return "磁碟空間不足（" + system + "）；請清出空間後重新執行";
    case EACCES:
    case EPERM: return "沒有寫入權限（" + system + "）；請確認輸出資料夾可寫入";
    case EROFS: return "輸出位置是唯讀的（" + system + "）；請改用可寫入的資料夾";
    case ENOTDIR:
    case EEXIST: return "輸出路徑上有同名的檔案擋住了資料夾（" + system + "）";
    default: return system;
  }
}

namespace {

std::string reason(int code) { return failure_reason(code); }

// A new hidden file `.NAME.XXXXXX` in the open folder `dir_fd`, created exclusively and
// never through a link (mkstemp's pattern, made relative to the descriptor).
int create_temporary_at(int dir_fd, const std::string& name, std::string& temp) {
  static constexpr char kLetters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  thread_local std::mt19937_64 random{std::random_device{}() ^ static_cast<std::uint64_t>(::getpid())};
  for (int attempt = 0; attempt < 100; ++attempt) {
    temp = "." + name + ".";
    for (int i = 0; i < 6; ++i) temp += kLetters[random() % (sizeof kLetters - 1)];
    const int fd = ::openat(dir_fd, temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

// The bytes in a new hidden temporary file beside `name` in `dir_fd`, synced; its name
// in `temp`. Its mode is `like`'s (and its owner, where the system allows), or for a new
// file what the umask leaves of 0666.
bool write_temporary_at(int dir_fd, const std::string& dir_path, const std::string& name, const std::string& bytes,
                        std::string& temp, std::string& error, const struct stat* like = nullptr) {
  const std::string path = (fs::path(dir_path) / name).string();
  const int fd = create_temporary_at(dir_fd, name, temp);
  if (fd < 0) {
    error = "無法在「" + dir_path + "」建立暫存檔：" + reason(errno);
    return false;
  }
  if (like) {
    if (::fchown(fd, like->st_uid, like->st_gid) != 0) {}  // another owner needs privileges: keep ours
    ::fchmod(fd, like->st_mode & 07777);
  } else {
    ::fchmod(fd, 0666 & ~kUmask);
  }
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
  if (!written) {
    error = "無法寫入「" + path + "」：" + reason(saved) + "。原有的檔案未被更動。";
    ::unlinkat(dir_fd, temp.c_str(), 0);
    return false;
  }
  return true;
}

// The folder a path-named file goes into, created when missing and opened once.
Descriptor open_parent(const fs::path& target, std::string& error) {
  const fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::error_code ec;
  fs::create_directories(parent, ec);
  if (ec) {
    error = "無法建立資料夾「" + parent.string() + "」：" + reason(ec.value());
    return {};
  }
  Descriptor fd(::open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!fd) error = "無法開啟資料夾「" + parent.string() + "」：" + reason(errno);
  return fd;
}

bool write_failed(const std::string& path, const std::string& error, Diagnostics& diagnostics) {
  diagnostics.error("output.write", {path, 0, 0}, "", error);
  return false;
}

}  // namespace

bool write_atomically_at(int dir_fd, const std::string& dir_path, const std::string& name, const std::string& bytes,
                         Diagnostics& diagnostics) {
  const std::string path = (fs::path(dir_path) / name).string();
  std::string temp, error;
  if (!write_temporary_at(dir_fd, dir_path, name, bytes, temp, error)) return write_failed(path, error, diagnostics);
  if (::renameat(dir_fd, temp.c_str(), dir_fd, name.c_str()) != 0) {
    error = "無法寫入「" + path + "」：" + reason(errno) + "。原有的檔案未被更動。";
    ::unlinkat(dir_fd, temp.c_str(), 0);
    return write_failed(path, error, diagnostics);
  }
  return true;
}

bool write_atomically(const std::string& path, const std::string& bytes, Diagnostics& diagnostics) {
  std::string error;
  const fs::path target(path);
  const Descriptor folder = open_parent(target, error);
  if (!folder) return write_failed(path, error, diagnostics);
  return write_atomically_at(folder.get(), target.parent_path().string(), target.filename().string(), bytes,
                             diagnostics);
}

bool replace_in_place(const std::string& path, const std::string& bytes, Diagnostics& diagnostics) {
  std::string error;
  // Through a link to the file it names, so the link stays a link and the real file
  // gets the new text (renaming over the link would replace it by a plain copy).
  std::error_code ec;
  const fs::path target = fs::is_symlink(fs::symlink_status(path, ec)) ? fs::canonical(path, ec) : fs::path(path);
  struct stat st {};
  if (ec || ::stat(target.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
    error = "無法寫入「" + path + "」：" + (ec ? "連結所指的檔案不存在" : std::string("找不到這個檔案，或它不是一般檔案")) +
            "。原有的檔案未被更動。";
    return write_failed(path, error, diagnostics);
  }
  if ((st.st_mode & S_IWUSR) == 0) {
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
    error = "「" + target.string() + "」是唯讀檔案（權限 " + mode + "），未覆寫；若確定要匯入，請先取消唯讀（例如 chmod u+w）。";
    return write_failed(path, error, diagnostics);
  }
  const Descriptor folder = open_parent(target, error);
  if (!folder) return write_failed(path, error, diagnostics);
  const std::string name = target.filename().string();
  std::string temp;
  if (!write_temporary_at(folder.get(), target.parent_path().string(), name, bytes, temp, error, &st))
    return write_failed(path, error, diagnostics);
  if (::renameat(folder.get(), temp.c_str(), folder.get(), name.c_str()) != 0) {
    error = "無法寫入「" + target.string() + "」：" + reason(errno) + "。原有的檔案未被更動。";
    ::unlinkat(folder.get(), temp.c_str(), 0);
    return write_failed(path, error, diagnostics);
  }
  return true;
}

bool create_atomically(const std::string& path, const std::string& bytes, Diagnostics& diagnostics) {
  std::string temp, error;
  const fs::path target(path);
  const Descriptor folder = open_parent(target, error);
  if (!folder) return write_failed(path, error, diagnostics);
  const std::string name = target.filename().string();
  if (!write_temporary_at(folder.get(), target.parent_path().string(), name, bytes, temp, error))
    return write_failed(path, error, diagnostics);
  // linkat() fails when the name exists, so an existing file is never replaced, even by
  // a second run at the same moment.
  const bool linked = ::linkat(folder.get(), temp.c_str(), folder.get(), name.c_str(), 0) == 0;
  const int saved = errno;
  ::unlinkat(folder.get(), temp.c_str(), 0);
  if (linked) return true;
  if (saved == EEXIST)
    diagnostics.error("output.exists", {path, 0, 0}, "", "此檔案已存在，未覆寫；請換一個代號，或先移走原檔。");
  else
    write_failed(path, "無法建立「" + path + "」：" + reason(saved) + "。", diagnostics);
  return false;
}

}  // namespace filinggen::batch
