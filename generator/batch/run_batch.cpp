#include <map>

#include "batch/batch.hpp"

namespace filinggen::batch {

void run_batch(const std::vector<std::string>& inputs, Mode mode, const std::string& out_dir,
               const Environment& env, const std::function<void(const FirmOutcome&)>& done) {
  std::map<std::string, std::string> folder_owner;  // firm id -> the input that has it
  for (const auto& input : inputs) {
    FirmOutcome outcome;
    auto file = load_checked(input, env, outcome);
    if (file) {
      auto [owner, fresh] = folder_owner.emplace(file->firm.id, input);
      if (!fresh)
        outcome.diagnostics.error("firm.id_twice", {input, 0, 0}, "firm.id",
                                  "公司代號「" + file->firm.id + "」已由「" + owner->second +
                                      "」使用；兩個資料檔會寫入同一個資料夾，請改用不同的代號。");
      else if (mode == Mode::generate)
        write_filings(*file, out_dir, env, outcome);
    }
    done(outcome);
  }
}

}  // namespace filinggen::batch
