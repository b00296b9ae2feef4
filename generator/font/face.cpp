// A face: opened from a .ttf/.otf file or one face of a .ttc/.otc collection, with its
// names, outline kind, metrics and cmap, and shaping of runs set in it.
#include <hb-ot.h>

#include <algorithm>
#include <cstring>

#include "base/file_text.hpp"
#include "font/face_handles.hpp"

namespace filinggen::font {
namespace {

std::string name_of(hb_face_t* face, hb_ot_name_id_t id) {
  unsigned length = hb_ot_name_get_utf8(face, id, HB_LANGUAGE_INVALID, nullptr, nullptr);
  if (length == 0) return "";
  std::string text(length + 1, '\0');
  unsigned size = length + 1;
  hb_ot_name_get_utf8(face, id, HB_LANGUAGE_INVALID, &size, text.data());
  text.resize(size);
  return text;
}

// The English family name when the face has one (collections name faces in English
// too), else whatever the name table gives first.
std::string family_of(hb_face_t* face) {
  for (hb_ot_name_id_t id : {HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY, HB_OT_NAME_ID_FONT_FAMILY}) {
    unsigned length = hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), nullptr, nullptr);
    if (length > 0) {
      std::string text(length + 1, '\0');
      unsigned size = length + 1;
      hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), &size, text.data());
      text.resize(size);
      return text;
    }
  }
  return name_of(face, HB_OT_NAME_ID_FONT_FAMILY);
}

unsigned read_u16(const std::string& t, std::size_t at) {
  return at + 2 <= t.size() ? (static_cast<unsigned char>(t[at]) << 8) | static_cast<unsigned char>(t[at + 1]) : 0;
}
int read_s16(const std::string& t, std::size_t at) { return static_cast<std::int16_t>(read_u16(t, at)); }

FaceMetrics read_metrics(hb_face_t* face, hb_font_t* font, double upem) {
  FaceMetrics m;
  auto metric = [&](hb_ot_metrics_tag_t tag, double fallback) {
    hb_position_t value = 0;
    return hb_ot_metrics_get_position(font, tag, &value) ? value / upem : fallback;
  };
  m.ascent = metric(HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, m.ascent);
  m.descent = metric(HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, m.descent);
  m.cap_height = metric(HB_OT_METRICS_TAG_CAP_HEIGHT, m.ascent);
  if (m.cap_height <= 0) m.cap_height = m.ascent;  // CJK faces often leave it 0
  m.underline_offset = metric(HB_OT_METRICS_TAG_UNDERLINE_OFFSET, m.underline_offset);
  m.underline_thickness = metric(HB_OT_METRICS_TAG_UNDERLINE_SIZE, m.underline_thickness);
  if (m.underline_thickness <= 0.005 || m.underline_thickness > 0.2) m.underline_thickness = 0.05;
  if (m.underline_offset >= 0 || m.underline_offset < -0.4) m.underline_offset = -0.1;
  const std::string head = table_bytes(face, HB_TAG('h', 'e', 'a', 'd'));
  if (head.size() >= 44)
    for (int i = 0; i < 4; ++i) m.bbox[i] = read_s16(head, 36 + 2 * static_cast<std::size_t>(i)) / upem;
  const std::string post = table_bytes(face, HB_TAG('p', 'o', 's', 't'));
  if (post.size() >= 8) m.italic_angle = read_s16(post, 4) + read_u16(post, 6) / 65536.0;
  return m;
}

bool has_table(hb_face_t* face, hb_tag_t tag) {
  hb_blob_t* blob = hb_face_reference_table(face, tag);
  const bool present = hb_blob_get_length(blob) > 0;
  hb_blob_destroy(blob);
  return present;
}

// A PDF font name: ASCII letters, digits and hyphens only.
std::string pdf_safe(const std::string& name) {
  std::string out;
  for (char c : name)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') out += c;
  return out;
}

// The face of a collection whose family is `family`, or -1.
int find_family(hb_blob_t* blob, const std::string& family) {
  const unsigned count = hb_face_count(blob);
  for (unsigned i = 0; i < count; ++i) {
    hb_face_t* face = hb_face_create(blob, i);
    const bool match = family_of(face) == family || name_of(face, HB_OT_NAME_ID_FULL_NAME) == family;
    hb_face_destroy(face);
    if (match) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

std::string table_bytes(hb_face_t* face, hb_tag_t tag) {
  hb_blob_t* blob = hb_face_reference_table(face, tag);
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  std::string bytes(data ? data : "", data ? length : 0);
  hb_blob_destroy(blob);
  return bytes;
}

std::unique_ptr<FontFace> FontFace::open(const FaceSource& source, std::string& error) {
  std::unique_ptr<FontFace> f(new FontFace());
  f->source_ = source;
  f->hb_ = std::make_unique<Handles>();
  Handles& h = *f->hb_;
  // HarfBuzz maps the file by name: it must be a regular file first (a FIFO would hang).
  if (auto refused = file_problem(source.path, kFontFileCap); refused && refused->failure != ReadFailure::cannot_open) {
    error = refused->sentence;
    return nullptr;
  }
  h.blob = hb_blob_create_from_file_or_fail(source.path.c_str());
  const unsigned faces = h.blob ? hb_face_count(h.blob) : 0;
  if (faces == 0) {
    error = "無法讀取字型檔「" + source.path + "」：檔案不存在、無法開啟，或不是 TrueType/OpenType 字型。";
    return nullptr;
  }
  if (!source.family.empty()) {
    const int found = find_family(h.blob, source.family);
    if (found < 0) {
      error = "字型檔「" + source.path + "」中沒有字族「" + source.family + "」。";
      return nullptr;
    }
    f->source_.index = static_cast<unsigned>(found);
  } else if (source.index >= faces) {
    error = "字型檔「" + source.path + "」只有 " + std::to_string(faces) + " 個字型，沒有第 " +
            std::to_string(source.index) + " 號（從 0 起算）。";
    return nullptr;
  }
  h.face = hb_face_create(h.blob, f->source_.index);
  const bool glyf = has_table(h.face, HB_TAG('g', 'l', 'y', 'f'));
  const bool cff = has_table(h.face, HB_TAG('C', 'F', 'F', ' '));
  if (!glyf && !cff) {
    error = "字型檔「" + source.path + "」沒有 TrueType（glyf）或 CFF 字形，無法內嵌於 PDF"
            "（CFF2 可變字型與點陣字型不支援）。";
    return nullptr;
  }
  f->outlines_ = glyf ? Outlines::truetype : Outlines::cff;
  h.preprocess = source.preprocess.value_or(f->outlines_ == Outlines::truetype);
  f->units_per_em_ = std::max(16u, hb_face_get_upem(h.face));
  h.font = hb_font_create(h.face);
  hb_font_set_scale(h.font, static_cast<int>(f->units_per_em_), static_cast<int>(f->units_per_em_));
  f->family_ = family_of(h.face);
  f->postscript_name_ = pdf_safe(name_of(h.face, HB_OT_NAME_ID_POSTSCRIPT_NAME));
  if (f->postscript_name_.empty()) f->postscript_name_ = pdf_safe(f->family_);
  if (f->postscript_name_.empty()) f->postscript_name_ = "Face" + std::to_string(f->source_.index);
  f->metrics_ = read_metrics(h.face, h.font, f->units_per_em_);
  return f;
}

FontFace::~FontFace() = default;

bool FontFace::has(char32_t code_point) const {
  hb_codepoint_t glyph = 0;
  return hb_font_get_nominal_glyph(hb_->font, code_point, &glyph) && glyph != 0;
}

std::optional<GlyphId> FontFace::glyph(char32_t code_point) const {
  hb_codepoint_t glyph = 0;
  if (!hb_font_get_nominal_glyph(hb_->font, code_point, &glyph) || glyph == 0) return std::nullopt;
  return glyph;
}

double FontFace::advance(GlyphId glyph) const {
  return hb_font_get_glyph_h_advance(hb_->font, glyph) / units_per_em_;
}

std::vector<ShapedGlyph> FontFace::shape(std::u32string_view text) const {
  hb_buffer_t* buffer = hb_buffer_create();
  hb_buffer_add_utf32(buffer, reinterpret_cast<const std::uint32_t*>(text.data()), static_cast<int>(text.size()),
                      0, static_cast<int>(text.size()));
  hb_buffer_guess_segment_properties(buffer);
  hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);  // horizontal CJK and Latin only
  hb_buffer_set_language(buffer, hb_language_from_string("zh-Hant-TW", -1));
  hb_shape(hb_->font, buffer, nullptr, 0);
  unsigned count = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
  std::vector<ShapedGlyph> glyphs(count);
  for (unsigned i = 0; i < count; ++i)
    glyphs[i] = {info[i].codepoint, info[i].cluster, pos[i].x_advance / units_per_em_,
                 pos[i].x_offset / units_per_em_, pos[i].y_offset / units_per_em_};
  hb_buffer_destroy(buffer);
  return glyphs;
}

}  // namespace filinggen::font
