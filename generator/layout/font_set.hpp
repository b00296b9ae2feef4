#pragma once
// The fonts a run may use: named roles ("kai", "ming"), each a chain of faces tried
// in order for every character, read from fonts/fonts.yaml.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "layout/font_face.hpp"
#include "model/diagnostic.hpp"

namespace filinggen::layout {

class FontSet {
 public:
  // Reads the configuration; relative paths are taken from the configuration's folder
  // and faces whose file is absent are skipped, so a licensed face dropped into
  // fonts/local/ is used when present. A role left with no face is an error.
  static std::optional<FontSet> load(const std::string& config_path, Diagnostics& diagnostics);

  // The first face of `role`'s chain that has `code_point`, as an index into faces().
  std::optional<int> face_for(const std::string& role, char32_t code_point) const;
  bool has_role(const std::string& role) const { return roles_.count(role) > 0; }
  std::vector<std::string> role_names() const;
  const FontFace& face(int index) const { return *faces_[static_cast<std::size_t>(index)]; }
  std::size_t face_count() const { return faces_.size(); }

 private:
  std::vector<std::shared_ptr<FontFace>> faces_;
  std::map<std::string, std::vector<int>> roles_;
};

}  // namespace filinggen::layout
