#pragma once
// One TrueType face, read with FreeType for what layout needs: which characters it
// has and how wide they are. The PDF writer embeds the same file by its path.
#include <memory>
#include <string>
#include <unordered_map>

namespace filinggen::layout {

class FontFace {
 public:
  // Opens a single-face TrueType (glyf) font; .ttc collections and CFF faces are
  // refused because the PDF writer cannot embed them as subsets. On failure returns
  // null and sets `error` to a sentence for the user.
  static std::unique_ptr<FontFace> open(const std::string& path, std::string& error);
  ~FontFace();
  FontFace(const FontFace&) = delete;
  FontFace& operator=(const FontFace&) = delete;

  const std::string& path() const { return path_; }
  const std::string& family() const { return family_; }
  bool has(char32_t code_point) const;
  double advance(char32_t code_point) const;  // in em (font units / units per em)

 private:
  FontFace() = default;
  struct Library;
  std::shared_ptr<Library> library_;
  void* face_ = nullptr;  // FT_Face, kept opaque so FreeType stays inside this file
  std::string path_;
  std::string family_;
  double units_per_em_ = 1000;
  mutable std::unordered_map<char32_t, double> advances_;
};

}  // namespace filinggen::layout
