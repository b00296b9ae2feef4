// Subsetting with hb-subset: the glyphs one document used, ready to embed. Shaping is
// already done, so the layout tables go: kept, they pull in every glyph a substitution
// could reach (Noto: 459 -> 950 glyphs).
#include <hb-subset.h>

#include <algorithm>

#include "font/cff_charset.hpp"
#include "font/face_handles.hpp"

namespace filinggen::font {
namespace {

constexpr hb_tag_t kDroppedTables[] = {
    HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
    HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'), HB_TAG('m', 'o', 'r', 'x'),
    HB_TAG('D', 'S', 'I', 'G'), HB_TAG('v', 'h', 'e', 'a'), HB_TAG('v', 'm', 't', 'x'),
    HB_TAG('V', 'O', 'R', 'G'),
};

hb_subset_input_t* subset_input(const std::vector<GlyphId>& glyphs) {
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) return nullptr;
  hb_set_t* glyph_set = hb_subset_input_glyph_set(input);
  hb_set_add(glyph_set, 0);  // .notdef stays glyph 0
  for (GlyphId g : glyphs) hb_set_add(glyph_set, g);
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t tag : kDroppedTables) hb_set_add(drop, tag);
  // Hinting only serves screens at small sizes; print and PDF viewers rasterise outlines.
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
  return input;
}

std::string blob_bytes(hb_blob_t* blob) {
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  std::string bytes(data ? data : "", data ? length : 0);
  hb_blob_destroy(blob);
  return bytes;
}

}  // namespace

std::optional<Subset> FontFace::subset(const std::vector<GlyphId>& glyphs, std::string& error) const {
  const Handles& h = *hb_;
  hb_face_t* source = h.face;
  if (h.preprocess) {
    // Before the face's first subset, never beside one: HarfBuzz 6.0 leaks a table of the
    // preprocessed face when another thread subsets the same face while it is being
    // preprocessed (LeakSanitizer, one run in five of two firms on two workers).
    std::call_once(h.preprocessed_once, [&h] { h.preprocessed = hb_subset_preprocess(h.face); });
    if (h.preprocessed) source = h.preprocessed;
  }
  hb_subset_input_t* input = subset_input(glyphs);
  hb_subset_plan_t* plan = input ? hb_subset_plan_create_or_fail(source, input) : nullptr;
  hb_face_t* result = plan ? hb_subset_plan_execute_or_fail(plan) : nullptr;
  if (input) hb_subset_input_destroy(input);
  if (!result) {
    if (plan) hb_subset_plan_destroy(plan);
    error = "無法從字型「" + family_ + "」（" + path() + "）取出文件用到的字形子集。";
    return std::nullopt;
  }
  Subset subset;
  subset.outlines = outlines_;
  const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(plan);
  if (outlines_ == Outlines::truetype) {
    subset.program = blob_bytes(hb_face_reference_blob(result));
  } else {
    subset.program = table_bytes(result, HB_TAG('C', 'F', 'F', ' '));
  }
  std::optional<CffCharset> charset;
  if (outlines_ == Outlines::cff) charset = read_cff_charset(subset.program);
  bool ok = outlines_ == Outlines::truetype || charset.has_value();
  for (GlyphId g : glyphs) {
    const hb_codepoint_t fresh = hb_map_get(old_to_new, g);
    if (fresh == HB_MAP_VALUE_INVALID || fresh > 0xFFFF) { ok = false; break; }
    std::uint16_t code = static_cast<std::uint16_t>(fresh);
    if (charset) {
      if (fresh >= charset->cid_of_glyph.size()) { ok = false; break; }
      code = charset->cid_of_glyph[fresh];
    }
    subset.codes[g] = code;
  }
  if (charset) {
    subset.cid_keyed = charset->cid_keyed;
    if (charset->cid_keyed) {
      subset.registry = charset->registry;
      subset.ordering = charset->ordering;
      subset.supplement = charset->supplement;
    }
  }
  hb_face_destroy(result);
  hb_subset_plan_destroy(plan);
  if (!ok || subset.program.empty()) {
    error = "字型「" + family_ + "」（" + path() + "）的字形子集不完整，無法內嵌。";
    return std::nullopt;
  }
  return subset;
}

}  // namespace filinggen::font
