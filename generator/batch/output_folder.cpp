// The output folder of a generate run: one descriptor, one lock per manifest, and the
// checks that keep a firm's files in the firm's own folder.
#include "batch/output_folder.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <thread>

#include "batch/stop_signal.hpp"

namespace filinggen::batch {
namespace fs = std::filesystem;

Descriptor& Descriptor::operator=(Descriptor&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.release();
  }
  return *this;
}

Descriptor::~Descriptor() {
  if (fd_ >= 0) ::close(fd_);
}

namespace {

// How often a run waiting for the lock looks again, and at the stop flag.
constexpr auto kLockPoll = std::chrono::milliseconds(100);

// ".NAME.XXXXXX", as write_atomically names its temporary files (six letters and digits).
bool is_temporary_name(const std::string& name, std::string& target) {
  if (name.size() < 9 || name[0] != '.' || name[name.size() - 7] != '.') return false;
  for (std::size_t i = name.size() - 6; i < name.size(); ++i)
    if (!std::isalnum(static_cast<unsigned char>(name[i]))) return false;
  target = name.substr(1, name.size() - 8);
  return !target.empty();
}

}  // namespace

bool OutputFolder::hold(std::string& error) {
  error.clear();
  if (lock_fd_) return true;
  if (!root_fd_) {
    std::error_code ec;
    fs::create_directories(root_, ec);
    if (ec) {
      error = "無法建立資料夾「" + root_ + "」：" + failure_reason(ec.value());
      return false;
    }
    root_fd_ = Descriptor(::open(root_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!root_fd_) {
      error = "無法開啟輸出資料夾「" + root_ + "」：" + failure_reason(errno);
      return false;
    }
  }
  // A hidden file per manifest, never removed (removing a lock file lets two runs hold
  // two files of one name); flock is released by the system however the run ends.
  const std::string lock_name = "." + manifest_name_ + ".lock";
  Descriptor lock(::openat(root_fd_.get(), lock_name.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0666));
  if (!lock) {
    error = "無法建立輸出資料夾的鎖定檔「" + (fs::path(root_) / lock_name).string() + "」：" + failure_reason(errno);
    return false;
  }
  if (::flock(lock.get(), LOCK_EX | LOCK_NB) != 0) {
    if (notice_)
      notice_("另一個 filinggen generate 正在寫入「" + root_ + "」（" + manifest_name_ +
              "）；等它結束後再繼續，兩次執行的公司都會記入清單檔。");
    while (::flock(lock.get(), LOCK_EX | LOCK_NB) != 0) {
      if (errno != EWOULDBLOCK && errno != EINTR) {
        error = "無法鎖定輸出資料夾「" + root_ + "」：" + failure_reason(errno);
        return false;
      }
      if (stop_requested()) return false;
      std::this_thread::sleep_for(kLockPoll);
    }
  }
  lock_fd_ = std::move(lock);
  // What a killed run of this manifest left (no other run of it can be writing now).
  remove_stale_temporaries(root_fd_.get(), manifest_name_);
  return true;
}

Descriptor OutputFolder::open_firm_folder(const std::string& name, std::string& error, bool& linked) const {
  const std::string folder = (fs::path(root_) / name).string();
  if (::mkdirat(root_fd_.get(), name.c_str(), 0777) != 0 && errno != EEXIST) {
    error = "無法建立資料夾「" + folder + "」：" + failure_reason(errno);
    return {};
  }
  Descriptor fd(::openat(root_fd_.get(), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  if (fd) return fd;
  linked = errno == ELOOP || errno == ENOTDIR;
  error = linked
              ? "「" + folder + "」不是資料夾，或是連結（symlink）；公司的資料夾不能是連結，否則會寫到別處。本公司的文件不寫入；請刪除它後重新執行。"
              : "無法開啟資料夾「" + folder + "」：" + failure_reason(errno);
  return {};
}

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
    error = "無法確認「" + folder + "」的實際位置：" + failure_reason(ec.value());
    return false;
  }
  const auto [end, _] = std::mismatch(base.begin(), base.end(), target.begin(), target.end());
  if (end == base.end()) return true;
  error = "「" + folder + "」經由連結（symlink）指向輸出資料夾以外的「" + target.string() +
          "」；為了不寫到別處，本公司的文件不寫入。請刪除這個連結，或改用其他輸出資料夾。";
  return false;
}

void remove_stale_temporaries(int dir_fd, const std::string& only_for) {
  const int listing = ::dup(dir_fd);
  if (listing < 0) return;
  DIR* dir = ::fdopendir(listing);
  if (!dir) {
    ::close(listing);
    return;
  }
  ::rewinddir(dir);
  std::vector<std::string> stale;
  while (const dirent* entry = ::readdir(dir)) {
    std::string target;
    const std::string name = entry->d_name;
    struct stat st {};
    if (!is_temporary_name(name, target) || ::fstatat(dir_fd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 ||
        !S_ISREG(st.st_mode))
      continue;
    const std::string ext = fs::path(target).extension().string();
    const bool ours = only_for.empty() ? (ext == ".pdf" || ext == ".xlsx" || ext == ".json") : target == only_for;
    if (ours) stale.push_back(name);
  }
  ::closedir(dir);
  for (const auto& name : stale) ::unlinkat(dir_fd, name.c_str(), 0);
}

void remove_stale_temporaries(const std::string& folder, const std::string& only_for) {
  const Descriptor fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd) remove_stale_temporaries(fd.get(), only_for);
}

}  // namespace filinggen::batch
