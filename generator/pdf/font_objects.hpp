#pragma once
// Private to pdf (unit-tested): the document's own font objects. Each face a document
// uses becomes one Type0 font with Identity-H codes (two when part of its glyphs come
// from a shared subset, shared_fonts.hpp): a CIDFontType2 (TrueType outlines,
// FontFile2) or CIDFontType0 (CFF outlines, FontFile3/CIDFontType0C), its /W widths, a
// FontDescriptor with the face's metrics, and a ToUnicode CMap.
#include <podofo/podofo.h>

#include <cstdint>
#include <map>
#include <memory>
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

// How one subset draws: glyph of the face -> code in content streams, code -> advance in
// 1/1000 em (the /W values).
struct FontCodes {
  std::map<font::GlyphId, std::uint16_t> codes;
  std::map<std::uint16_t, double> widths;
};

// A subset made ready to embed, independent of any PDF document: a shared subset is made
// once and embedded in many documents as it is.
struct PreparedFont {
  font::Subset form;         // outline kind and CID system; `program` left empty
  std::string name;          // TAG+PostScriptName
  std::shared_ptr<const FontCodes> codes;
  FaceUse use;               // what each glyph stands for (ToUnicode)
  std::string program;       // the font program, deflated
  std::size_t program_length = 0;
  std::string to_unicode;    // the CMap, deflated
  PoDoFo::PdfArray widths;   // /W
};

struct EmbeddedFont {
  std::string resource_name;  // e.g. F1, as pages' /Resources name it
  PoDoFo::PdfReference ref;   // the Type0 font
  std::shared_ptr<const FontCodes> codes;
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

// Subsets `face` to the glyphs of `use` and deflates what a PDF embeds, at `level`.
std::optional<PreparedFont> prepare_font(const font::FontFace& face, const FaceUse& use, int level, std::string& error);

// Writes the objects of a prepared font into `doc`; the bytes are copied as they are.
EmbeddedFont embed_prepared(PoDoFo::PdfMemDocument& doc, const font::FontFace& face, const PreparedFont& font);

// Stores already-deflated bytes as the stream of `object`, with /Filter /FlateDecode.
void set_deflated_stream(PoDoFo::PdfObject* object, const std::string& plain);
void set_packed_stream(PoDoFo::PdfObject* object, const std::string& packed);

}  // namespace filinggen::pdf
