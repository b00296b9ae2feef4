#pragma once
// The font stage: faces opened once per process (memory-mapped through HarfBuzz) into a
// read-only set that every document and thread shares. It answers three questions:
// which face of a role has a character (the cmap), which glyphs and advances a run of
// text gets (hb_shape), and which bytes embed the glyphs a document used (hb-subset).
// Nothing here knows about pages or PDF objects.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.hpp"

namespace filinggen::font {

using GlyphId = std::uint32_t;

enum class Outlines { truetype, cff };

// Vertical metrics and decoration, in em (font units / units per em); y grows upwards.
struct FaceMetrics {
  double ascent = 0.88, descent = -0.12, cap_height = 0.7;
  double underline_offset = -0.1, underline_thickness = 0.05;  // offset: top of the line, below 0
  double italic_angle = 0;
  double bbox[4] = {0, -0.12, 1, 0.88};  // xMin yMin xMax yMax
};

// One glyph of shaped text: `cluster` is the index (into the code points shaped) of the
// first character it draws; advance and offsets are in em.
struct ShapedGlyph {
  GlyphId glyph = 0;
  std::uint32_t cluster = 0;
  double advance = 0, x_offset = 0, y_offset = 0;
};

// Which face of which file: a .ttc/.otc collection holds several, picked by index or
// by family name.
struct FaceSource {
  std::string path;
  unsigned index = 0;
  std::string family;                  // when set, the face of the collection with this family
  std::optional<bool> preprocess;      // hb_subset_preprocess; unset: TrueType faces first in a chain
};

// The glyphs a document used from one face, as bytes to embed.
struct Subset {
  Outlines outlines = Outlines::truetype;
  std::string program;  // TrueType: the subset font file; CFF: the bare 'CFF ' table
  // The code each glyph of the source face is drawn with in the PDF: the subset's glyph
  // id (TrueType, name-keyed CFF) or the glyph's CID (CID-keyed CFF keeps its CIDs).
  std::map<GlyphId, std::uint16_t> codes;
  bool cid_keyed = false;
  std::string registry = "Adobe", ordering = "Identity";
  int supplement = 0;
};

class FontFace {
 public:
  // Opens the face; on failure returns null with `error` set to a sentence for the user.
  static std::unique_ptr<FontFace> open(const FaceSource& source, std::string& error);
  ~FontFace();
  FontFace(const FontFace&) = delete;
  FontFace& operator=(const FontFace&) = delete;

  const std::string& path() const { return source_.path; }
  unsigned index() const { return source_.index; }
  const std::string& family() const { return family_; }
  const std::string& postscript_name() const { return postscript_name_; }
  Outlines outlines() const { return outlines_; }
  const FaceMetrics& metrics() const { return metrics_; }

  bool has(char32_t code_point) const;
  // The glyph the cmap gives `code_point`, or nothing when the face lacks it.
  std::optional<GlyphId> glyph(char32_t code_point) const;
  double advance(GlyphId glyph) const;  // the face's own advance (hmtx), in em
  // Shapes one run of text set in this face alone; clusters index into `text`.
  std::vector<ShapedGlyph> shape(std::u32string_view text) const;
  // Subsets the face to `glyphs` (any order, duplicates allowed). Thread-safe.
  std::optional<Subset> subset(const std::vector<GlyphId>& glyphs, std::string& error) const;

 private:
  FontFace() = default;
  struct Handles;
  std::unique_ptr<Handles> hb_;
  FaceSource source_;
  std::string family_, postscript_name_;
  Outlines outlines_ = Outlines::truetype;
  FaceMetrics metrics_;
  double units_per_em_ = 1000;
};

// The fonts a run may use: named roles ("kai", "ming"), each a chain of faces tried in
// order for every character, read from fonts/fonts.yaml.
class FontSet {
 public:
  // Reads the configuration; relative paths are taken from the configuration's folder
  // and faces whose file is absent are skipped, so a licensed face dropped into
  // fonts/local/ is used when present. A role left with no face is an error.
  static std::optional<FontSet> load(const std::string& config_path, Diagnostics& diagnostics);

  // The first face of `role`'s chain that has every code point of `cluster`, as an
  // index into faces().
  std::optional<int> face_for(std::string_view role, std::u32string_view cluster) const;
  std::optional<int> face_for(std::string_view role, char32_t code_point) const {
    return face_for(role, std::u32string_view(&code_point, 1));
  }
  // The first face of the role: its metrics place underlines and strike-throughs.
  std::optional<int> primary_face(const std::string& role) const;
  bool has_role(const std::string& role) const { return roles_.count(role) > 0; }
  std::vector<std::string> role_names() const;
  const FontFace& face(int index) const { return *faces_[static_cast<std::size_t>(index)]; }
  std::size_t face_count() const { return faces_.size(); }
  // Different for every set loaded in the process (copies keep it): what layout's
  // memo of set paragraphs knows the fonts by.
  std::uint64_t id() const { return id_; }

 private:
  std::vector<std::shared_ptr<FontFace>> faces_;
  std::uint64_t id_ = 0;
  std::map<std::string, std::vector<int>, std::less<>> roles_;  // looked up by string_view
};

}  // namespace filinggen::font
