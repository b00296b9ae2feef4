// The temporary file a workbook is assembled in, and closing it one workbook at a time.
#include "xlsx/scratch_workbook.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>

#include "base/c_time_buffer.hpp"
#include "base/file_text.hpp"

namespace filinggen::xlsx {
namespace fs = std::filesystem;
namespace {

// libxlsxwriter 1.1.4 prints the document's dates (docProps/core.xml) through gmtime(),
// whose result lives in one buffer shared by the whole process: two workbooks closed at
// once on two threads could print each other's date. Closing (assembling the zip) is
// therefore one workbook at a time (and never while PoDoFo stamps a PDF: localtime()
// shares that buffer); building the sheets before it runs in parallel.
lxw_error close_workbook(lxw_workbook* wb) {
  std::lock_guard lock(c_time_buffer());
  return workbook_close(wb);
}

// Where libxlsxwriter's part files and the finished zip go before they are read back:
// memory (/dev/shm) when the system has it, so a workbook costs no disk writes; else the
// temporary folder.
const std::string& scratch_folder() {
  static const std::string folder = [] {
    std::error_code error;
    if (fs::is_directory("/dev/shm", error) && access("/dev/shm", W_OK | X_OK) == 0) return std::string("/dev/shm");
    return fs::temp_directory_path(error).string();
  }();
  return folder;
}

}  // namespace

ScratchWorkbook::ScratchWorkbook(std::string source, Diagnostics& diagnostics)
    : source_(std::move(source)), diagnostics_(diagnostics) {
  std::string pattern = (fs::path(scratch_folder()) / "filinggen-XXXXXX.xlsx").string();
  const int fd = mkstemps(pattern.data(), 5);
  if (fd < 0) {
    diagnostics_.error("xlsx.write", {source_, 0, 0}, "", "無法在暫存資料夾建立試算表暫存檔。");
    return;
  }
  close(fd);
  path_ = pattern;
  lxw_workbook_options options{};
  options.tmpdir = const_cast<char*>(scratch_folder().c_str());
  workbook_ = workbook_new_opt(path_.c_str(), &options);
}

ScratchWorkbook::~ScratchWorkbook() {
  if (workbook_) close_workbook(workbook_);
  if (!path_.empty()) unlink(path_.c_str());
}

std::optional<std::string> ScratchWorkbook::finish(bool ok) {
  if (!workbook_) return std::nullopt;
  const lxw_error closed = close_workbook(workbook_);
  workbook_ = nullptr;
  if (!ok) return std::nullopt;
  if (closed != LXW_NO_ERROR) {
    diagnostics_.error("xlsx.write", {source_, 0, 0}, "", std::string("無法產生試算表：") + lxw_strerror(closed));
    return std::nullopt;
  }
  FileProblem problem;  // a file this run wrote: only a failing disk refuses it
  auto bytes = read_file(path_, kWorkbookFileCap * 8, problem);
  if (!bytes) diagnostics_.error("xlsx.write", {source_, 0, 0}, "", "無法讀回剛產生的試算表暫存檔。");
  return bytes;
}

}  // namespace filinggen::xlsx
