// filinggen verify DIR: what batch::verify_output found, one line for each file that is
// not as it was written, and the totals.
#include <iostream>

#include "base/terminal_text.hpp"
#include "batch/verify.hpp"
#include "cli/commands.hpp"

namespace filinggen::cli {
namespace {

void print_verdict(const batch::FileVerdict& v) {
  switch (v.state) {
    case batch::FileState::matching: return;
    case batch::FileState::missing: std::cout << "遺失：" << printable(v.path) << "（清單記載此檔，但已不存在）\n"; return;
    case batch::FileState::unreadable: std::cout << "無法讀取：" << printable(v.path) << "\n"; return;
    case batch::FileState::outside:
      std::cout << "不在輸出資料夾內：" << printable(v.path) << "（清單記載的路徑超出輸出資料夾，未讀取；清單檔可能被改動）\n";
      return;
    case batch::FileState::changed:
      std::cout << "已變更：" << printable(v.path) << "（寫出後內容已被修改；大小 " << v.recorded_size << " → " << v.size
                << " 位元組）\n";
      return;
  }
}

}  // namespace

int run_verify(const Options& options) {
  const batch::VerifyResult result = batch::verify_output(options.data.front(), print_verdict);
  if (result.problems.has_errors()) {
    report(result.problems);
    return kNothingDone;
  }
  std::cout << "共檢查 " << result.files << " 個檔案：" << result.matching << " 個與清單相符，" << result.changed
            << " 個已變更，" << result.missing << " 個遺失或無法讀取。\n";
  return result.changed + result.missing == 0 ? kAllGood : kSomeFailed;
}

}  // namespace filinggen::cli
