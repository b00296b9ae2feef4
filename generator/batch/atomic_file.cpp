#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

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

// Why a write failed, in words a user acts on (the system's own words after them).
std::string reason(int code) {
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

// The bytes in a new hidden file `.NAME.XXXXXX` beside `path`, synced; its name in `temp`.
// Its mode is `like`'s (and its owner, where the system allows), or for a new file what
// the umask leaves of 0666.
bool write_temporary(const std::string& path, const std::string& bytes, std::string& temp, std::string& error,
                     const struct stat* like = nullptr) {
  const fs::path target(path);
  std::error_code ec;
  fs::create_directories(target.parent_path().empty() ? "." : target.parent_path(), ec);
  if (ec) {
    error = "無法建立資料夾「" + target.parent_path().string() + "」：" + reason(ec.value());
    return false;
  }
  // A hidden name beside the target: the rename stays within one file system.
  std::string hidden = target.filename().string();
  hidden.insert(0, 1, '.');
  hidden += ".XXXXXX";
  temp = (target.parent_path() / hidden).string();
  int fd = mkstemp(temp.data());
  if (fd < 0) {
    error = "無法在「" + target.parent_path().string() + "」建立暫存檔：" + reason(errno);
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
    ::unlink(temp.c_str());
    return false;
  }
  return true;
}

bool write_failed(const std::string& path, const std::string& error, Diagnostics& diagnostics) {
  diagnostics.error("output.write", {path, 0, 0}, "", error);
  return false;
}

}  // namespace

bool write_atomically(const std::string& path, const std::string& bytes, Diagnostics& diagnostics) {
  std::string temp, error;
  if (!write_temporary(path, bytes, temp, error)) return write_failed(path, error, diagnostics);
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    error = "無法寫入「" + path + "」：" + reason(errno) + "。原有的檔案未被更動。";
    ::unlink(temp.c_str());
    return write_failed(path, error, diagnostics);
  }
  return true;
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
  std::string temp;
  if (!write_temporary(target.string(), bytes, temp, error, &st)) return write_failed(path, error, diagnostics);
  if (std::rename(temp.c_str(), target.c_str()) != 0) {
    error = "無法寫入「" + target.string() + "」：" + reason(errno) + "。原有的檔案未被更動。";
    ::unlink(temp.c_str());
    return write_failed(path, error, diagnostics);
  }
  return true;
}

bool create_atomically(const std::string& path, const std::string& bytes, Diagnostics& diagnostics) {
  std::string temp, error;
  if (!write_temporary(path, bytes, temp, error)) return write_failed(path, error, diagnostics);
  // link() fails when the name exists, so an existing file is never replaced, even by a
  // second run at the same moment.
  const bool linked = ::link(temp.c_str(), path.c_str()) == 0;
  const int saved = errno;
  ::unlink(temp.c_str());
  if (linked) return true;
  if (saved == EEXIST)
    diagnostics.error("output.exists", {path, 0, 0}, "", "此檔案已存在，未覆寫；請換一個代號，或先移走原檔。");
  else
    write_failed(path, "無法建立「" + path + "」：" + reason(saved) + "。", diagnostics);
  return false;
}

namespace {

// ".NAME.XXXXXX", as write_atomically names its temporary files (mkstemp fills the six
// places with letters and digits).
bool is_temporary_name(const std::string& name, std::string& target) {
  if (name.size() < 9 || name[0] != '.' || name[name.size() - 7] != '.') return false;
  for (std::size_t i = name.size() - 6; i < name.size(); ++i)
    if (!std::isalnum(static_cast<unsigned char>(name[i]))) return false;
  target = name.substr(1, name.size() - 8);
  return !target.empty();
}

}  // namespace

bool stays_inside(const std::string& root, const std::string& folder, std::string& error) {
  std::error_code ec;
  fs::create_directories(root, ec);
  // A firm's folder that is a link is never written through, wherever it leads: one
  // leading to another firm's folder would put this firm's filings over that firm's.
  if (fs::is_symlink(fs::symlink_status(folder, ec))) {
    const fs::path base = fs::weakly_canonical(root, ec), target = fs::weakly_canonical(folder, ec);
    const auto [end, _] = std::mismatch(base.begin(), base.end(), target.begin(), target.end());
    error = end != base.end()
                ? "「" + folder + "」經由連結（symlink）指向輸出資料夾以外的「" + target.string() +
                      "」；為了不寫到別處，本公司的文件不寫入。請刪除這個連結，或改用其他輸出資料夾。"
                : "「" + folder + "」是連結（symlink），指向「" + target.string() +
                      "」；公司的資料夾不能是連結，否則會寫進另一家公司的資料夾。本公司的文件不寫入；請刪除這個連結。";
    return false;
  }
  const fs::path base = fs::weakly_canonical(root, ec);
  const fs::path target = fs::weakly_canonical(folder, ec);
  if (ec) {
    error = "無法確認「" + folder + "」的實際位置：" + reason(ec.value());
    return false;
  }
  const auto [end, _] = std::mismatch(base.begin(), base.end(), target.begin(), target.end());
  if (end == base.end()) return true;
  error = "「" + folder + "」經由連結（symlink）指向輸出資料夾以外的「" + target.string() +
          "」；為了不寫到別處，本公司的文件不寫入。請刪除這個連結，或改用其他輸出資料夾。";
  return false;
}

void remove_stale_temporaries(const std::string& folder, const std::string& only_for) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    std::string target;
    if (!entry.is_regular_file(ec) || !is_temporary_name(entry.path().filename().string(), target)) continue;
    const std::string ext = fs::path(target).extension().string();
    const bool ours = only_for.empty() ? (ext == ".pdf" || ext == ".xlsx" || ext == ".json") : target == only_for;
    if (ours) fs::remove(entry.path(), ec);
  }
}

}  // namespace filinggen::batch
