#include "cli/interruption.hpp"

#include <signal.h>

#include <iostream>

#include "batch/stop_signal.hpp"

namespace filinggen::cli {
namespace {

std::string signal_words(int signal) {
  switch (signal) {
    case SIGINT: return "收到中斷訊號（SIGINT，例如按了 Ctrl-C）";
    case SIGTERM: return "收到終止訊號（SIGTERM）";
    case SIGHUP: return "終端機已關閉（SIGHUP）";
    case SIGPIPE: return "標準輸出已無法寫入（接收輸出的程式已結束，例如 | head）";
    default: return "收到訊號 " + std::to_string(signal);
  }
}

}  // namespace

void flush_or_stop() {
  std::cout.flush();
  if (!std::cout) batch::request_stop(SIGPIPE);
}

void report_interruption(const batch::BatchResult& result, bool generating) {
  const batch::BatchTotals& t = result.totals;
  std::cerr << "已停止：" << signal_words(result.stop_signal) << "；已處理 " << t.firms << " 家公司"
            << (generating ? (result.manifest.empty() ? "，其檔案完整" : "，其檔案完整並已記入清單檔") : "")
            << "，其餘 " << t.not_started << " 個資料檔未處理"
            << (generating ? "；再次執行同一命令即可接續，已完成的公司不會重做。" : "。") << std::endl;
}

}  // namespace filinggen::cli
