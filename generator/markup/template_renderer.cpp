// Mustache rendering: the wording of each document lives in templates/, not in code.
// Partials come only from templates/partials/ and are named by a plain file name; a
// template that names one that is not there is an error, not a silent gap.
#include <filesystem>
#include <map>

#include "base/file_text.hpp"
#include "markup/markup.hpp"

namespace filinggen::markup {
namespace fs = std::filesystem;
namespace {

using Partials = std::map<std::string, std::string>;  // name -> text

Partials read_partials(const fs::path& templates_dir) {
  Partials partials;
  const fs::path folder = templates_dir / "partials";
  if (fs::is_directory(folder))
    for (const auto& entry : fs::directory_iterator(folder))
      if (entry.is_regular_file() && entry.path().extension() == ".mustache")
        partials[entry.path().stem().string()] = read_file(entry.path().string()).value_or("");
  return partials;
}

// Line and column (from 1) of a byte offset.
SourcePos position(const std::string& file, const std::string& text, std::size_t offset) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') { ++line; column = 1; }
    else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  }
  return {file, line, column};
}

std::string trimmed(const std::string& s) {
  const auto b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// Every {{> name}} of `text` must be a partial that exists (the standard delimiters).
bool partials_exist(const std::string& file, const std::string& text, const Partials& partials,
                    Diagnostics& diagnostics) {
  bool ok = true;
  for (std::size_t at = text.find("{{>"); at != std::string::npos; at = text.find("{{>", at + 3)) {
    const std::size_t end = text.find("}}", at);
    if (end == std::string::npos) break;
    const std::string name = trimmed(text.substr(at + 3, end - at - 3));
    if (partials.count(name)) continue;
    ok = false;
    diagnostics.error("template.partial", position(file, text, at), "{{> " + name + "}}",
                      name.find_first_of("/\\.") != std::string::npos
                          ? "片段名稱「" + name + "」只能是檔名，不能含路徑；片段只從範本資料夾的 partials/ 讀取。"
                          : "找不到片段「" + name + "」；片段須放在範本資料夾的 partials/" + name + ".mustache。");
  }
  return ok;
}

// kainjow reports "… at N" with a byte offset: as the line and column of the template.
void syntax_error(const std::string& file, const std::string& text, const std::string& message,
                  Diagnostics& diagnostics) {
  const std::size_t at = message.rfind(" at ");
  std::size_t offset = 0;
  std::string what = message;
  if (at != std::string::npos && message.find_first_not_of("0123456789", at + 4) == std::string::npos) {
    offset = std::stoul(message.substr(at + 4));
    what = message.substr(0, at);
  }
  diagnostics.error("template.syntax", position(file, text, offset), "",
                    "文件範本格式錯誤（" + what + "）；請檢查 {{#…}} 與 {{/…}} 是否成對、大括號是否完整。");
}

}  // namespace

std::optional<std::string> render_template(const std::string& templates_dir, const std::string& name,
                                           const kainjow::mustache::data& view, Diagnostics& diagnostics) {
  const fs::path path = fs::path(templates_dir) / (name + ".mustache");
  auto source = read_file(path.string());
  if (!source) {
    diagnostics.error("template.missing", {path.string(), 0, 0}, "",
                      "找不到文件範本；請確認範本資料夾（--templates）設定正確。");
    return std::nullopt;
  }
  const Partials partials = read_partials(templates_dir);
  bool ok = partials_exist(path.string(), *source, partials, diagnostics);
  for (const auto& [partial, text] : partials)
    ok = partials_exist((fs::path(templates_dir) / "partials" / (partial + ".mustache")).string(), text, partials,
                        diagnostics) && ok;
  if (!ok) return std::nullopt;

  kainjow::mustache::data data = view;
  for (const auto& [partial, text] : partials)
    data.set(partial, kainjow::mustache::partial([text = text] { return text; }));
  kainjow::mustache::mustache tmpl(*source);
  if (!tmpl.is_valid()) {
    syntax_error(path.string(), *source, tmpl.error_message(), diagnostics);
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
