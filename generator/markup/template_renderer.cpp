// Mustache rendering: the wording of each document lives in templates/, not in code.
// Partials come only from templates/partials/ and are named by a plain file name; a
// template that names one that is not there is an error, not a silent gap. Templates are
// trusted, but a mistake in one must still be an error and not a crash: a partial that
// includes itself (kainjow would recurse until the stack overflows), sections nested
// deeper than any document needs, and output that grows without end are each refused.
#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

#include "base/file_text.hpp"
#include "markup/markup.hpp"

namespace filinggen::markup {
namespace fs = std::filesystem;
namespace {

using Partials = std::map<std::string, std::string>;  // name -> text

constexpr int kMaxSectionDepth = 32;                 // the shipped templates nest 4 deep
constexpr std::size_t kMaxOutputBytes = 64 << 20;    // a document's markup is some hundred KB

Partials read_partials(const fs::path& templates_dir, Diagnostics& diagnostics) {
  Partials partials;
  const fs::path folder = templates_dir / "partials";
  if (fs::is_directory(folder))
    for (const auto& entry : fs::directory_iterator(folder))
      if (entry.path().extension() == ".mustache") {
        FileProblem problem;
        auto text = read_file(entry.path().string(), kTemplateFileCap, problem);
        if (!text) report_file_problem(problem, {entry.path().string(), 0, 0}, "", problem.sentence, diagnostics);
        partials[entry.path().stem().string()] = text.value_or("");
      }
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

// The partials `text` names with {{> name}} (the standard delimiters).
std::set<std::string> included(const std::string& text) {
  std::set<std::string> names;
  for (std::size_t at = text.find("{{>"); at != std::string::npos; at = text.find("{{>", at + 3)) {
    const std::size_t end = text.find("}}", at);
    if (end == std::string::npos) break;
    names.insert(trimmed(text.substr(at + 3, end - at - 3)));
  }
  return names;
}

// Whether `target` is reached from the partials `from` includes, directly or through others.
bool reaches(const std::string& from, const std::string& target, const Partials& partials, std::set<std::string>& seen) {
  auto found = partials.find(from);
  if (found == partials.end()) return false;
  for (const auto& next : included(found->second)) {
    if (next == target) return true;
    if (seen.insert(next).second && reaches(next, target, partials, seen)) return true;
  }
  return false;
}

// A partial that includes itself, directly or through others, reported at its include
// that leads back to it.
bool no_recursion(const fs::path& templates_dir, const Partials& partials, Diagnostics& diagnostics) {
  for (const auto& [name, text] : partials)
    for (const auto& next : included(text)) {
      std::set<std::string> seen{next};
      if (next != name && !reaches(next, name, partials, seen)) continue;
      const std::string file = (templates_dir / "partials" / (name + ".mustache")).string();
      std::size_t at = text.find("{{>");
      while (at != std::string::npos && trimmed(text.substr(at + 3, text.find("}}", at) - at - 3)) != next)
        at = text.find("{{>", at + 3);
      diagnostics.error("template.recursion", position(file, text, at), "{{> " + next + "}}",
                        next == name ? "片段「" + name + "」引入了自己，套用時永遠不會結束；片段不能引入自己。"
                                     : "片段「" + name + "」經由「" + next +
                                           "」又引入了自己，套用時永遠不會結束；片段不能直接或間接引入自己。");
      return false;
    }
  return true;
}

// Sections ({{#…}} and {{^…}}) nested deeper than kMaxSectionDepth, reported where the
// limit is passed.
bool depth_within_limit(const std::string& file, const std::string& text, Diagnostics& diagnostics) {
  int depth = 0;
  for (std::size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at + 2)) {
    const char kind = at + 2 < text.size() ? text[at + 2] : '\0';
    if (kind == '/') --depth;
    if (kind != '#' && kind != '^') continue;
    if (++depth > kMaxSectionDepth) {
      diagnostics.error("template.too_deep", position(file, text, at), "",
                        "區段（{{#…}}、{{^…}}）巢狀超過 " + std::to_string(kMaxSectionDepth) +
                            " 層；文件範本不需要這麼深的結構，請檢查是否漏了 {{/…}}。");
      return false;
    }
  }
  return true;
}

// Thrown by the output handler when a rendering passes kMaxOutputBytes. (kainjow hands
// its output over a line at a time, so a single line is not bounded by this.)
struct OutputTooLarge {};

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

// The template's own {page} and {pages} as elements (of the same length, so kainjow's
// offsets stay the template's), before any data is put in: a firm name that says
// "{page}" stays text, since Mustache escapes the < of any element in data.
std::string mark_page_placeholders(std::string text) {
  for (const auto& [placeholder, element] : {std::pair{"{page}", "<pg />"}, std::pair{"{pages}", "<pgs />"}}) {
    const std::string from = placeholder;
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + 1)) {
      const bool in_tag = (at > 0 && text[at - 1] == '{') || (at + from.size() < text.size() && text[at + from.size()] == '}');
      if (!in_tag) text.replace(at, from.size(), element);
    }
  }
  return text;
}

// A template checked and parsed, with the text it was made from.
struct ParsedTemplate {
  std::string source;
  Partials partials;
  std::unique_ptr<kainjow::mustache::mustache> tmpl;
};

// Every firm's documents use the same few templates: each is checked and parsed once per
// worker and kept while its text and the partials stay the same (they are read again
// every time, so an edited template is used at once).
std::map<std::string, ParsedTemplate>& parsed_templates() {
  thread_local std::map<std::string, ParsedTemplate> each_thread;  // path -> template
  return each_thread;
}

void forget(const std::string& path) { parsed_templates().erase(path); }

// The template at `path`, checked and parsed; null after reporting what is wrong.
// `ok`: whether the partials could all be read.
kainjow::mustache::mustache* parsed(const fs::path& templates_dir, const std::string& path, const std::string& source,
                                    const Partials& partials, bool ok, Diagnostics& diagnostics) {
  auto& kept = parsed_templates();
  if (auto known = kept.find(path);
      ok && known != kept.end() && known->second.source == source && known->second.partials == partials)
    return known->second.tmpl.get();
  forget(path);
  ok = partials_exist(path, source, partials, diagnostics) && ok;
  ok = depth_within_limit(path, source, diagnostics) && ok;
  for (const auto& [partial, text] : partials) {
    const std::string file = (templates_dir / "partials" / (partial + ".mustache")).string();
    ok = partials_exist(file, text, partials, diagnostics) && ok;
    ok = depth_within_limit(file, text, diagnostics) && ok;
  }
  if (!ok || !no_recursion(templates_dir.string(), partials, diagnostics)) return nullptr;
  auto tmpl = std::make_unique<kainjow::mustache::mustache>(mark_page_placeholders(source));
  if (!tmpl->is_valid()) {
    syntax_error(path, source, tmpl->error_message(), diagnostics);
    return nullptr;
  }
  return kept.insert_or_assign(path, ParsedTemplate{source, partials, std::move(tmpl)}).first->second.tmpl.get();
}

}  // namespace

std::optional<std::string> render_template(const std::string& templates_dir, const std::string& name,
                                           const kainjow::mustache::data& view, Diagnostics& diagnostics) {
  const fs::path path = fs::path(templates_dir) / (name + ".mustache");
  FileProblem problem;
  auto source = read_file(path.string(), kTemplateFileCap, problem);
  if (!source) {
    if (problem.failure == ReadFailure::cannot_open)
      diagnostics.error("template.missing", {path.string(), 0, 0}, "",
                        "找不到文件範本；請確認範本資料夾（--templates）設定正確。");
    else
      report_file_problem(problem, {path.string(), 0, 0}, "", problem.sentence, diagnostics);
    return std::nullopt;
  }
  const std::size_t errors_before = diagnostics.error_count();
  Partials partials = read_partials(templates_dir, diagnostics);
  kainjow::mustache::mustache* tmpl = parsed(templates_dir, path.string(), *source, partials,
                                             diagnostics.error_count() == errors_before, diagnostics);
  if (!tmpl) return std::nullopt;

  // The view is copied only to give it the partials (kainjow finds them among the data).
  std::optional<kainjow::mustache::data> with_partials;
  if (!partials.empty()) {
    with_partials = view;
    for (const auto& [partial, text] : partials)
      with_partials->set(partial, kainjow::mustache::partial([text = mark_page_placeholders(text)] { return text; }));
  }
  const kainjow::mustache::data& data = with_partials ? *with_partials : view;
  std::string out;
  try {
    tmpl->render(data, [&out](const std::string& piece) {
      if (out.size() + piece.size() > kMaxOutputBytes) throw OutputTooLarge{};
      out += piece;
    });
  } catch (const OutputTooLarge&) {
    forget(path.string());  // left in the middle of rendering
    diagnostics.error("template.render", {path.string(), 0, 0}, "",
                      "文件範本套用後超過 " + std::to_string(kMaxOutputBytes >> 20) +
                          " MB，遠大於任何文件；請檢查範本中的區段是否重複展開了清單。");
    return std::nullopt;
  }
  if (!tmpl->is_valid()) {
    diagnostics.error("template.render", {path.string(), 0, 0}, "", "文件範本無法套用：" + tmpl->error_message());
    forget(path.string());
    return std::nullopt;
  }
  return out;
}

}  // namespace filinggen::markup
