#include "filings/kind_fonts.hpp"

#include <cstdint>
#include <filesystem>

#include "base/file_text.hpp"
#include "filings/printed_characters.hpp"
#include "font/font.hpp"
#include "text/text.hpp"

namespace filinggen::filings {
namespace {

// The role every template's text is set in unless it asks for another (markup's default).
constexpr const char* kTextRole = "kai";

// The board pack's own pages.
const std::vector<std::string> kPackTemplates{"board-pack-cover.zh-TW", "board-pack-contents.zh-TW",
                                              "findings.zh-TW"};

// Copies of the Resources share the cache; one given other fonts or templates must not
// find subsets made for the first.
std::string key_of(const Resources& resources, const std::vector<std::string>& templates,
                   const std::vector<std::string>& data_files) {
  std::string key = std::to_string(reinterpret_cast<std::uintptr_t>(resources.fonts));
  key.append("\n").append(resources.templates_dir).append("\n");
  for (const auto& name : templates) key.append(name).push_back('\n');
  key.push_back('\n');
  for (const auto& path : data_files) key.append(path).push_back('\n');
  return key;
}

// A file that cannot be read adds nothing: rendering reports it in its own words.
void add_file(const std::string& path, bool is_template, std::set<char32_t>& characters) {
  FileProblem problem;
  auto text = read_file(path, is_template ? kTemplateFileCap : kDataFileCap, problem);
  if (!text) return;
  characters.merge(is_template ? template_characters(*text) : data_characters(*text));
}

std::vector<std::string> data_files_of(const DocumentKind& kind, const model::FirmFile& file) {
  if (!kind.shared_data) return {};
  std::string path = kind.shared_data(file);
  if (path.empty()) return {};
  return {std::move(path)};
}

}  // namespace

pdf::SharedGlyphs shared_glyphs(const std::set<char32_t>& characters, const font::FontSet& fonts) {
  pdf::SharedGlyphs glyphs;
  if (!fonts.has_role(kTextRole)) return glyphs;
  for (char32_t c : characters) {  // in code-point order: the first character of a glyph names it
    const auto face = fonts.face_for(kTextRole, c);
    if (!face) continue;
    const auto glyph = fonts.face(*face).glyph(c);
    if (glyph) glyphs[*face].emplace(*glyph, text::to_utf8(c));
  }
  return glyphs;
}

std::shared_ptr<const pdf::SharedFonts> KindFonts::of_document(const DocumentKind& kind, const model::FirmFile& file,
                                                               const Resources& resources) {
  return made({{kind.template_name}, data_files_of(kind, file)}, resources);
}

std::shared_ptr<const pdf::SharedFonts> KindFonts::of_board_pack(const std::vector<const DocumentKind*>& kinds,
                                                                 const model::FirmFile& file,
                                                                 const Resources& resources) {
  Source source{kPackTemplates, {}};
  for (const DocumentKind* kind : kinds) {
    source.templates.push_back(kind->template_name);
    for (auto& path : data_files_of(*kind, file)) source.data_files.push_back(std::move(path));
  }
  return made(source, resources);
}

// Made under the lock: once per kind and shared file in a run, and a worker that needs the
// same subsets waits for them rather than making them twice.
std::shared_ptr<const pdf::SharedFonts> KindFonts::made(const Source& source, const Resources& resources) {
  if (!resources.fonts) return nullptr;
  const std::string key = key_of(resources, source.templates, source.data_files);
  std::lock_guard lock(mutex_);
  auto found = made_.find(key);
  if (found != made_.end()) return found->second;
  std::set<char32_t> characters;
  for (const auto& name : source.templates)
    add_file((std::filesystem::path(resources.templates_dir) / (name + ".mustache")).string(), true, characters);
  for (const auto& path : source.data_files) add_file(path, false, characters);
  Diagnostics ignored;  // a face that cannot be subset is reported when a document needs it
  auto fonts = pdf::share_fonts(shared_glyphs(characters, *resources.fonts), *resources.fonts, ignored);
  made_.emplace(key, fonts);
  return fonts;
}

std::shared_ptr<KindFonts> new_kind_fonts() { return std::make_shared<KindFonts>(); }

}  // namespace filinggen::filings
