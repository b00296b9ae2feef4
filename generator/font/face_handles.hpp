#pragma once
// Private to the font stage: the HarfBuzz objects behind a FontFace.
#include <hb.h>

#include <mutex>

#include "font/font.hpp"

namespace filinggen::font {

struct FontFace::Handles {
  hb_blob_t* blob = nullptr;  // the memory-mapped file
  hb_face_t* face = nullptr;
  hb_font_t* font = nullptr;  // scaled to units per em: positions come back in font units
  bool preprocess = false;
  // hb_subset_preprocess'd copy, made before the face's first subset (subset.cpp says
  // why not later); every run subsets the first face of a chain at least twice, the
  // shared subsets and a document's own.
  mutable std::once_flag preprocessed_once;
  mutable hb_face_t* preprocessed = nullptr;

  ~Handles() {
    if (preprocessed) hb_face_destroy(preprocessed);
    if (font) hb_font_destroy(font);
    if (face) hb_face_destroy(face);
    if (blob) hb_blob_destroy(blob);
  }
};

// A table of the face, copied out (empty when absent).
std::string table_bytes(hb_face_t* face, hb_tag_t tag);

}  // namespace filinggen::font
