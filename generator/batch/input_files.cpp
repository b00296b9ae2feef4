#include <algorithm>
#include <filesystem>

#include "batch/batch.hpp"

namespace filinggen::batch {
namespace fs = std::filesystem;

std::vector<std::string> collect_inputs(const std::vector<std::string>& arguments, Diagnostics& diagnostics) {
  std::vector<std::string> inputs;
  for (const auto& argument : arguments) {
    std::error_code ec;
    if (fs::is_regular_file(argument, ec)) {
      inputs.push_back(argument);
    } else if (fs::is_directory(argument, ec)) {
      std::vector<std::string> found;
      for (const auto& entry : fs::directory_iterator(argument, ec)) {
        const std::string ext = entry.path().extension().string();
        const std::string name = entry.path().filename().string();
        // ~$hengyi.xlsx is the lock file Excel keeps beside a workbook it has open.
        const bool workbook = ext == ".xlsx" && name.rfind("~$", 0) != 0 && name.rfind(".~lock", 0) != 0;
        if (entry.is_regular_file() && (ext == ".yaml" || ext == ".yml" || ext == ".json" || workbook))
          found.push_back(entry.path().string());
      }
      std::sort(found.begin(), found.end());
      if (found.empty())
        diagnostics.error("input.empty_folder", {argument, 0, 0}, "",
                          "此資料夾中沒有公司資料檔（.yaml、.yml、.json）或公司資料活頁簿（.xlsx）。");
      inputs.insert(inputs.end(), found.begin(), found.end());
    } else if (fs::exists(argument, ec)) {
      diagnostics.error("file.unreadable", {argument, 0, 0}, "",
                        "這不是一般檔案或資料夾（例如 FIFO、裝置或通訊端），filinggen 不讀取；請指定公司資料檔或其資料夾。");
    } else {
      diagnostics.error("input.missing", {argument, 0, 0}, "", "找不到此檔案或資料夾。");
    }
  }
  return inputs;
}

}  // namespace filinggen::batch
