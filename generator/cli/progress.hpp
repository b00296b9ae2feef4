#pragma once
// A progress bar on stderr while a batch runs, only when stderr is a terminal (a log
// file or a pipe gets the plain per-firm lines and no bar).
#include <cstddef>

namespace filinggen::cli {

class ProgressBar {
 public:
  ProgressBar(std::size_t total, bool wanted);
  ~ProgressBar() { clear(); }
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // Wipes the bar so that a message can be printed on a clean line.
  void clear();
  // One more firm done: the bar is drawn again.
  void advance();

 private:
  std::size_t total_, done_ = 0;
  bool shown_ = false, enabled_;
};

}  // namespace filinggen::cli
