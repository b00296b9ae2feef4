// The digest is a SHA-256 over a small text that lists each input with its own digest,
// one line each, so the text itself says what was covered.
#include "batch/input_digest.hpp"

#include <algorithm>
#include <filesystem>

#include "base/json_text.hpp"
#include "batch/sha256.hpp"
#include "filinggen/version.hpp"

namespace filinggen::batch {
namespace fs = std::filesystem;
namespace {

// `name` is what the line calls the file (a template by its name within the folder, so
// that the same templates elsewhere give the same digest); `path` is where it is read.
std::string content_line(const std::string& what, const std::string& name, const std::string& path) {
  return what + " " + name + " " + sha256_of_file(path).value_or("absent") + "\n";
}
std::string content_line(const std::string& what, const std::string& path) { return content_line(what, path, path); }

// A 52 MB face is not read on every run: a face file counts as changed when its size or
// modification time does, the way make and rsync decide.
std::string font_line(const std::string& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) return "font " + path + " absent\n";
  const auto mtime = fs::last_write_time(path, ec).time_since_epoch().count();
  return "font " + path + " " + std::to_string(size) + " " + std::to_string(mtime) + "\n";
}

std::vector<fs::path> files_under(const std::string& dir, bool recursive, const std::string& prefix) {
  std::vector<fs::path> found;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return found;
  auto take = [&](const fs::directory_entry& e) {
    if (e.is_regular_file() && e.path().filename().string().rfind(prefix, 0) == 0) found.push_back(e.path());
  };
  if (recursive)
    for (const auto& e : fs::recursive_directory_iterator(dir, ec)) take(e);
  else
    for (const auto& e : fs::directory_iterator(dir, ec)) take(e);
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

std::string run_digest(const RunInputs& in) {
  const ManifestOptions& o = in.options;
  std::string text = std::string("filinggen ") + kVersion + "\n";
  text += "formats " + json_strings(o.formats) + "\ndocuments " + json_strings(o.documents) + "\nstrict " +
          (o.strict ? "yes" : "no") + "\nsource_date_epoch " +
          (o.source_date_epoch ? std::to_string(*o.source_date_epoch) : "unset") + "\nduplex " +
          (o.duplex ? "yes" : "no") + "\n";
  for (const auto& path : files_under(in.templates_dir, true, ""))
    text += content_line("template", fs::relative(path, in.templates_dir).generic_string(), path.string());
  text += content_line("fonts-config", in.fonts_config);
  std::vector<std::string> faces = in.font_files;
  std::sort(faces.begin(), faces.end());
  faces.erase(std::unique(faces.begin(), faces.end()), faces.end());
  for (const auto& face : faces) text += font_line(face);
  if (!in.rules_dir.empty())
    for (const auto& path : files_under(in.rules_dir, false, "rules-")) text += content_line("rules", path.string());
  return sha256_hex(text);
}

std::string firm_digest(const std::string& run_digest, const model::FirmFile& file) {
  std::string text = "run " + run_digest + "\n" + content_line("firm", file.path);
  if (file.revisions && !file.revisions->amendments_file.empty())
    text += content_line("amendments", file.revisions->amendments_file);
  if (file.self_assessment && !file.self_assessment->checklist_file.empty())
    text += content_line("checklist", file.self_assessment->checklist_file);
  return sha256_hex(text);
}

}  // namespace filinggen::batch
