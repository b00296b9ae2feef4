#include "layout/font_face.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
#include FT_TRUETYPE_TAGS_H
#include FT_TRUETYPE_TABLES_H

namespace filinggen::layout {

struct FontFace::Library {
  FT_Library handle = nullptr;
  Library() { FT_Init_FreeType(&handle); }
  ~Library() { FT_Done_FreeType(handle); }
};

std::unique_ptr<FontFace> FontFace::open(const std::string& path, std::string& error) {
  std::unique_ptr<FontFace> font(new FontFace());
  font->library_ = std::make_shared<Library>();
  font->path_ = path;
  FT_Face face = nullptr;
  if (!font->library_->handle || FT_New_Face(font->library_->handle, path.c_str(), 0, &face) != 0) {
    error = "無法讀取字型檔「" + path + "」。";
    return nullptr;
  }
  font->face_ = face;
  FT_ULong glyf_length = 0;
  const bool truetype = FT_Load_Sfnt_Table(face, TTAG_glyf, 0, nullptr, &glyf_length) == 0 && glyf_length > 0;
  if (face->num_faces > 1 || !truetype) {
    error = "字型檔「" + path + "」不是單一的 TrueType 字型（.ttc 字型集或 CFF/.otf 字型無法以子集內嵌於 PDF）；"
            "請改用 .ttf 字型。";
    return nullptr;
  }
  font->family_ = face->family_name ? face->family_name : path;
  font->units_per_em_ = face->units_per_EM > 0 ? face->units_per_EM : 1000;
  return font;
}

FontFace::~FontFace() {
  if (face_) FT_Done_Face(static_cast<FT_Face>(face_));
}

bool FontFace::has(char32_t code_point) const {
  return FT_Get_Char_Index(static_cast<FT_Face>(face_), code_point) != 0;
}

double FontFace::advance(char32_t code_point) const {
  auto cached = advances_.find(code_point);
  if (cached != advances_.end()) return cached->second;
  auto face = static_cast<FT_Face>(face_);
  FT_Fixed units = 0;
  FT_UInt glyph = FT_Get_Char_Index(face, code_point);
  FT_Get_Advance(face, glyph, FT_LOAD_NO_SCALE, &units);
  double em = static_cast<double>(units) / units_per_em_;
  advances_.emplace(code_point, em);
  return em;
}

}  // namespace filinggen::layout
