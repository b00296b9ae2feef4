#pragma once
// Private to batch: the output folder as a generate run holds it (output_folder.cpp):
// opened once as a descriptor, locked against a second run writing the same manifest,
// and written only through descriptors, so that a folder swapped for a link during the
// run cannot send a file elsewhere.
#include <functional>
#include <string>

#include "base/diagnostic.hpp"

namespace filinggen::batch {

// An open file descriptor, closed with its owner.
class Descriptor {
 public:
  Descriptor() = default;
  explicit Descriptor(int fd) : fd_(fd) {}
  Descriptor(Descriptor&& other) noexcept : fd_(other.release()) {}
  Descriptor& operator=(Descriptor&& other) noexcept;
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor();
  int get() const { return fd_; }
  explicit operator bool() const { return fd_ >= 0; }
  int release() {
    const int fd = fd_;
    fd_ = -1;
    return fd;
  }

 private:
  int fd_ = -1;
};

class OutputFolder {
 public:
  using Notice = std::function<void(const std::string&)>;
  // `manifest_name`: the manifest this run writes; runs of other shards (other manifests)
  // are not kept waiting, they never share a firm.
  OutputFolder(std::string root, std::string manifest_name, Notice notice)
      : root_(std::move(root)), manifest_name_(std::move(manifest_name)), notice_(std::move(notice)) {}

  // Opens the folder (created when missing) and takes the lock of this manifest, the
  // first time; while another run holds it, says so once and waits. False, with the
  // reason in `error`, when the folder cannot be opened, or when a stop is requested
  // while waiting (then `error` is empty).
  bool hold(std::string& error);
  int fd() const { return root_fd_.get(); }
  const std::string& path() const { return root_; }

  // DIR/<name>, created when missing, opened without following a link: empty, with the
  // reason in `error`, when it is a link (even one made after hold; `linked` is then
  // true) or cannot be made or opened.
  Descriptor open_firm_folder(const std::string& name, std::string& error, bool& linked) const;

 private:
  std::string root_, manifest_name_;
  Notice notice_;
  Descriptor root_fd_, lock_fd_;
};

// Why a write failed, in words a user acts on (the system's own words after them).
std::string failure_reason(int code);

// Writes `bytes` as `name` in the open folder `dir_fd` (shown to the user as `dir_path`)
// through a hidden temporary file there and renameat, as write_atomically does.
bool write_atomically_at(int dir_fd, const std::string& dir_path, const std::string& name, const std::string& bytes,
                         Diagnostics& diagnostics);

// Whether `folder` (a firm's output folder) is inside `root` once links are followed and
// is not itself a link (to anywhere), so that a symlink planted in the output folder
// cannot send a firm's files elsewhere or into another firm's folder. (The descriptor
// of open_firm_folder is what holds; this gives the sentence that says where it leads.)
bool stays_inside(const std::string& root, const std::string& folder, std::string& error);

// Removes what a killed run left of write_atomically in the open folder `dir_fd`:
// hidden `.NAME.XXXXXX` files whose NAME is `only_for`, or when it is empty any NAME.pdf,
// NAME.xlsx, NAME.json (a firm's folder). Never a file under an expected name.
void remove_stale_temporaries(int dir_fd, const std::string& only_for = "");
void remove_stale_temporaries(const std::string& folder, const std::string& only_for = "");

}  // namespace filinggen::batch
