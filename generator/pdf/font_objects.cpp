// One face's subset as PDF objects: Type0 -> CIDFont -> FontDescriptor -> font program,
// plus the ToUnicode CMap. PoDoFo only stores the objects; their content is ours.
#include "pdf/font_objects.hpp"

#include <cmath>

#include "pdf/deflate.hpp"

namespace filinggen::pdf {
namespace {

using namespace PoDoFo;

PdfVariant number(double value) { return PdfVariant(static_cast<double>(std::round(value * 1000) / 1000)); }
PdfVariant integer(long long value) { return PdfVariant(static_cast<pdf_int64>(value)); }

PdfArray w_array(const std::map<std::uint16_t, double>& widths) {
  PdfArray w;
  for (const auto& [first, run] : w_groups(widths)) {
    w.push_back(integer(first));
    PdfArray values;
    for (double width : run) values.push_back(number(width));
    w.push_back(values);
  }
  return w;
}

PdfObject* font_program(PdfMemDocument& doc, const PreparedFont& font) {
  PdfObject* file = doc.GetObjects().CreateObject();
  set_packed_stream(file, font.program);
  if (font.form.outlines == font::Outlines::truetype)
    file->GetDictionary().AddKey(PdfName("Length1"), integer(static_cast<long long>(font.program_length)));
  else
    file->GetDictionary().AddKey(PdfName("Subtype"), PdfName("CIDFontType0C"));
  return file;
}

PdfObject* descriptor(PdfMemDocument& doc, const font::FontFace& face, const std::string& name, PdfObject* program) {
  const font::FaceMetrics& m = face.metrics();
  PdfObject* d = doc.GetObjects().CreateObject("FontDescriptor");
  PdfDictionary& dict = d->GetDictionary();
  dict.AddKey(PdfName("FontName"), PdfName(name));
  dict.AddKey(PdfName("Flags"), integer(4));  // symbolic: glyphs outside the standard Latin set
  PdfArray bbox;
  for (double v : m.bbox) bbox.push_back(number(v * 1000));
  dict.AddKey(PdfName("FontBBox"), bbox);
  dict.AddKey(PdfName("ItalicAngle"), number(m.italic_angle));
  dict.AddKey(PdfName("Ascent"), number(m.ascent * 1000));
  dict.AddKey(PdfName("Descent"), number(m.descent * 1000));
  dict.AddKey(PdfName("CapHeight"), number(m.cap_height * 1000));
  dict.AddKey(PdfName("StemV"), integer(80));  // not in TrueType or CFF data; the customary value
  const bool truetype = face.outlines() == font::Outlines::truetype;
  dict.AddKey(PdfName(truetype ? "FontFile2" : "FontFile3"), program->Reference());
  return d;
}

PdfObject* cid_font(PdfMemDocument& doc, const font::Subset& subset, const std::string& name, PdfObject* desc,
                    const PdfArray& widths) {
  const bool truetype = subset.outlines == font::Outlines::truetype;
  PdfObject* cid = doc.GetObjects().CreateObject("Font");
  PdfDictionary& dict = cid->GetDictionary();
  dict.AddKey(PdfName("Subtype"), PdfName(truetype ? "CIDFontType2" : "CIDFontType0"));
  dict.AddKey(PdfName("BaseFont"), PdfName(name));
  PdfDictionary info;
  info.AddKey(PdfName("Registry"), PdfString(subset.registry));
  info.AddKey(PdfName("Ordering"), PdfString(subset.ordering));
  info.AddKey(PdfName("Supplement"), integer(subset.supplement));
  dict.AddKey(PdfName("CIDSystemInfo"), info);
  dict.AddKey(PdfName("FontDescriptor"), desc->Reference());
  dict.AddKey(PdfName("DW"), integer(1000));
  dict.AddKey(PdfName("W"), widths);
  if (truetype) dict.AddKey(PdfName("CIDToGIDMap"), PdfName("Identity"));  // code = subset glyph id
  return cid;
}

}  // namespace

void set_packed_stream(PdfObject* object, const std::string& packed) {
  PdfMemoryInputStream in(packed.data(), static_cast<pdf_long>(packed.size()));
  object->GetStream()->SetRawData(&in, static_cast<pdf_long>(packed.size()));
  object->GetDictionary().AddKey(PdfName::KeyFilter, PdfName("FlateDecode"));
}

void set_deflated_stream(PdfObject* object, const std::string& plain) { set_packed_stream(object, deflate(plain)); }

std::optional<PreparedFont> prepare_font(const font::FontFace& face, const FaceUse& use, int level, std::string& error) {
  std::vector<font::GlyphId> glyphs;
  for (const auto& entry : use.text_of) glyphs.push_back(entry.first);
  auto subset = face.subset(glyphs, error);
  if (!subset) return std::nullopt;

  auto codes = std::make_shared<FontCodes>();
  codes->codes = subset->codes;
  std::map<std::uint16_t, std::string> texts;
  for (const auto& [glyph, text] : use.text_of) {
    const std::uint16_t code = codes->codes.at(glyph);
    codes->widths[code] = face.advance(glyph) * 1000;
    texts.emplace(code, text);
  }
  PreparedFont font;
  font.name = subset_tag(face.postscript_name(), glyphs).append("+").append(face.postscript_name());
  font.program_length = subset->program.size();
  font.program = deflate(subset->program, level);
  subset->program.clear();
  font.form = std::move(*subset);
  font.to_unicode = deflate(to_unicode_cmap(texts), level);
  font.widths = w_array(codes->widths);
  font.codes = std::move(codes);
  font.use = use;
  return font;
}

EmbeddedFont embed_prepared(PdfMemDocument& doc, const font::FontFace& face, const PreparedFont& prepared) {
  PdfObject* desc = descriptor(doc, face, prepared.name, font_program(doc, prepared));
  PdfObject* cid = cid_font(doc, prepared.form, prepared.name, desc, prepared.widths);
  PdfObject* to_unicode = doc.GetObjects().CreateObject();
  set_packed_stream(to_unicode, prepared.to_unicode);

  PdfObject* type0 = doc.GetObjects().CreateObject("Font");
  PdfDictionary& dict = type0->GetDictionary();
  dict.AddKey(PdfName("Subtype"), PdfName("Type0"));
  dict.AddKey(PdfName("BaseFont"), PdfName(prepared.name));
  dict.AddKey(PdfName("Encoding"), PdfName("Identity-H"));
  PdfArray descendants;
  descendants.push_back(cid->Reference());
  dict.AddKey(PdfName("DescendantFonts"), descendants);
  dict.AddKey(PdfName("ToUnicode"), to_unicode->Reference());
  return EmbeddedFont{"", type0->Reference(), prepared.codes};
}

}  // namespace filinggen::pdf
