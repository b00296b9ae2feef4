#include "cli/progress.hpp"

#include <unistd.h>

#include <iostream>
#include <string>

namespace filinggen::cli {

ProgressBar::ProgressBar(std::size_t total, bool wanted) : total_(total), enabled_(wanted && ::isatty(2) == 1) {}

void ProgressBar::clear() {
  if (!shown_) return;
  std::cerr << "\r\033[K" << std::flush;
  shown_ = false;
}

void ProgressBar::advance() {
  ++done_;
  if (!enabled_ || total_ == 0) return;
  constexpr std::size_t kWidth = 30;
  const std::size_t filled = done_ * kWidth / total_;
  std::cerr << "\r處理中 [" << std::string(filled, '#') << std::string(kWidth - filled, '.') << "] " << done_ << "/"
            << total_ << " 家" << std::flush;
  shown_ = true;
}

}  // namespace filinggen::cli
