#pragma once
// Private to pdf: the subsets every document of a kind shares. Subsetting and deflating
// the Kai outlines is most of a document's cost; made once per run, each document copies
// the deflated bytes, and only glyphs outside them (a firm's names) are subset per
// document. A document draws a glyph from the shared subset only when it stands there
// for the same text, so ToUnicode reads back exactly as with one subset per document.
#include <map>

#include "pdf/font_objects.hpp"
#include "pdf/pdf.hpp"

namespace filinggen::pdf {

// Deflated once per run, so a slower level that makes smaller files pays.
constexpr int kSharedDeflateLevel = 9;

class SharedFonts {
 public:
  explicit SharedFonts(std::map<int, PreparedFont> faces) : faces_(std::move(faces)) {}
  // The shared subset of `face`, or null.
  const PreparedFont* of(int face) const {
    auto found = faces_.find(face);
    return found == faces_.end() ? nullptr : &found->second;
  }

 private:
  std::map<int, PreparedFont> faces_;
};

// Which glyphs of `use` the shared subset `shared` (may be null) draws: those it has
// with the same text. The rest are the document's own.
struct SplitUse {
  FaceUse own;
  bool any_shared = false;
};
SplitUse split_use(const FaceUse& use, const PreparedFont* shared);

}  // namespace filinggen::pdf
