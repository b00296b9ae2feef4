#pragma once
// Private to pdf (unit-tested): the document's own font objects. Each face a document
// uses becomes one Type0 font with Identity-H codes: a CIDFontType2 (TrueType outlines,
// FontFile2) or CIDFontType0 (CFF outlines, FontFile3/CIDFontType0C), its /W widths, a
// FontDescriptor with the face's metrics, and a ToUnicode CMap.
#include <podofo/podofo.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "font/font.hpp"

namespace filinggen::pdf {

// The glyphs a document draws from one face, each with the characters it stands for
// (the first text seen wins: a glyph shared by several code points gets one entry).
struct FaceUse {
  std::map<font::GlyphId, std::string> text_of;
};

struct EmbeddedFont {
  std::string resource_name;                    // e.g. F1, as pages' /Resources name it
  PoDoFo::PdfReference ref;                     // the Type0 font
  std::map<font::GlyphId, std::uint16_t> codes; // glyph of the face -> code in content streams
  std::map<std::uint16_t, double> widths;       // code -> advance in 1/1000 em (the /W values)
};

// Six capital letters that depend only on the face and the glyph set, so the same
// document always gets the same name and different subsets different ones.
std::string subset_tag(const std::string& face_name, const std::vector<font::GlyphId>& glyphs);

// /W: runs of consecutive codes as (first code, widths); codes whose width is the /DW
// of 1000 are left out.
std::vector<std::pair<std::uint16_t, std::vector<double>>> w_groups(const std::map<std::uint16_t, double>& widths);

// The ToUnicode CMap: one bfchar per code (at most 100 per block), UTF-16BE, characters
// beyond the BMP as surrogate pairs.
std::string to_unicode_cmap(const std::map<std::uint16_t, std::string>& text_of_code);

// Subsets `face` to the glyphs of `use` and writes the font's objects into `doc`.
std::optional<EmbeddedFont> embed_font(PoDoFo::PdfMemDocument& doc, const font::FontFace& face, const FaceUse& use,
                                       std::string& error);

// Stores already-deflated bytes as the stream of `object`, with /Filter /FlateDecode.
void set_deflated_stream(PoDoFo::PdfObject* object, const std::string& plain);

}  // namespace filinggen::pdf
