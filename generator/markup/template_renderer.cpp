// Mustache rendering: the wording of each document lives in templates/, not in code.
#include <filesystem>

#include "base/file_text.hpp"
#include "markup/markup.hpp"

namespace filinggen::markup {
namespace fs = std::filesystem;
std::optional<std::string> render_template(const std::string& templates_dir, const std::string& name,
                                           const kainjow::mustache::data& view, Diagnostics& diagnostics) {
  const fs::path path = fs::path(templates_dir) / (name + ".mustache");
  auto source = read_file(path.string());
  if (!source) {
    diagnostics.error("template.missing", {path.string(), 0, 0}, "",
                      "找不到文件範本；請確認範本資料夾（--templates）設定正確。");
    return std::nullopt;
  }
  kainjow::mustache::data data = view;
  const fs::path partials = fs::path(templates_dir) / "partials";
  if (fs::is_directory(partials))
    for (const auto& entry : fs::directory_iterator(partials)) {
      if (entry.path().extension() != ".mustache") continue;
      std::string text = read_file(entry.path().string()).value_or("");
      data.set(entry.path().stem().string(), kainjow::mustache::partial([text] { return text; }));
    }

  kainjow::mustache::mustache tmpl(*source);
  if (!tmpl.is_valid()) {
    diagnostics.error("template.syntax", {path.string(), 0, 0}, "", "文件範本格式錯誤：" + tmpl.error_message());
    return std::nullopt;
  }
  std::string out = tmpl.render(data);
  if (!tmpl.is_valid()) {
    diagnostics.error("template.render", {path.string(), 0, 0}, "", "文件範本無法套用：" + tmpl.error_message());
    return std::nullopt;
  }
  return out;
}

}  // namespace filinggen::markup
