// compression_bench: how long HarfBuzz takes to subset the faces of a declaration and how
// small and how fast zlib and libdeflate make the subset, per level.
//
// Usage: compression_bench TEXT.txt [REPEATS]
//   TEXT.txt  UTF-8 text of a real declaration (e.g. pdftotext of out/<firm>/declaration.pdf)
//   REPEATS   runs per measurement, the median is printed (default 20)
//
// Prints two Markdown tables on stdout: the subsets, and compressed bytes / median ms per
// codec and level. Each face gets the characters of the text that it has (as the project's
// font chains do for the main face). Subsetting follows generator/font/subset.cpp: an
// hb_subset_input with the characters' glyphs, GSUB/GPOS/GDEF (and BASE, JSTF, morx, DSIG,
// vhea, vmtx, VORG) dropped, HB_SUBSET_FLAGS_NO_HINTING and not HB_SUBSET_FLAGS_RETAIN_GIDS,
// through hb_subset_plan_create_or_fail + hb_subset_plan_execute_or_fail. What is compressed is what a
// PDF embeds: the whole subset font (FontFile2) for TrueType, the bare 'CFF ' table
// (FontFile3 /CIDFontType0C) for CFF. zlib output (compress2) and libdeflate's zlib output
// are both /FlateDecode streams.
//
// Build: g++ -std=c++20 -O2 compression_bench.cpp $(pkg-config --cflags --libs harfbuzz-subset libdeflate zlib)
#include <hb-subset.h>
#include <hb.h>
#include <libdeflate.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Code points of a UTF-8 text, control characters left out.
std::vector<hb_codepoint_t> code_points(const std::string& s) {
  std::vector<hb_codepoint_t> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) throw std::runtime_error("the text is not valid UTF-8");
    hb_codepoint_t cp = len == 1 ? c : c & (0x7F >> len);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    if (cp >= 0x20 && cp != 0x7F) out.push_back(cp);
    i += len;
  }
  return out;
}

struct Face {
  const char* name;
  const char* path;
  unsigned index;
  bool preprocess;
  bool keep_hinting = false;  // the project drops hinting; this shows what that saves
};

struct Codec {
  std::string name;
  int level;
  std::function<std::size_t(const std::vector<char>&, std::vector<char>&)> run;
};

struct Result {
  std::string face;
  unsigned covered = 0, missing = 0, glyphs = 0;
  std::string kind;
  std::size_t subset_bytes = 0;
  double load_ms = 0, preprocess_ms = -1, first_subset_ms = 0, subset_ms = 0;
  std::vector<std::pair<std::size_t, double>> packed;  // per codec: bytes, median ms
};

std::vector<Codec> codecs() {
  std::vector<Codec> list;
  for (int level : {1, 6, 9})
    list.push_back({"zlib", level, [level](const std::vector<char>& in, std::vector<char>& out) {
                      uLongf n = compressBound(in.size());
                      out.resize(n);
                      if (compress2(reinterpret_cast<Bytef*>(out.data()), &n,
                                    reinterpret_cast<const Bytef*>(in.data()), in.size(), level) != Z_OK)
                        throw std::runtime_error("compress2 failed");
                      return static_cast<std::size_t>(n);
                    }});
  for (int level : {1, 6, 9, 12}) {
    // One compressor per level, made once, as a process that writes many PDFs would.
    libdeflate_compressor* c = libdeflate_alloc_compressor(level);
    if (!c) throw std::runtime_error("libdeflate_alloc_compressor failed");
    list.push_back({"libdeflate", level, [c](const std::vector<char>& in, std::vector<char>& out) {
                      out.resize(libdeflate_zlib_compress_bound(c, in.size()));
                      std::size_t n = libdeflate_zlib_compress(c, in.data(), in.size(), out.data(), out.size());
                      if (n == 0) throw std::runtime_error("libdeflate_zlib_compress failed");
                      return n;
                    }});
  }
  return list;
}

Result measure(const Face& spec, const std::vector<hb_codepoint_t>& text, int repeats,
               const std::vector<Codec>& codecs) {
  const bool keep_hinting = spec.keep_hinting;
  Result r;
  r.face = spec.name;
  auto t0 = Clock::now();
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(spec.path);
  if (!blob) throw std::runtime_error(std::string("cannot read ") + spec.path);
  hb_face_t* face = hb_face_create(blob, spec.index);
  hb_blob_destroy(blob);
  r.load_ms = ms_since(t0);
  if (hb_face_get_glyph_count(face) == 0) throw std::runtime_error(std::string("no face in ") + spec.path);

  hb_set_t* has = hb_set_create();
  hb_face_collect_unicodes(face, has);
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) throw std::runtime_error("hb_subset_input_create_or_fail failed");
  hb_set_t* unicodes = hb_set_create();
  for (hb_codepoint_t cp : text)
    if (hb_set_has(has, cp)) hb_set_add(unicodes, cp);
  r.covered = hb_set_get_population(unicodes);
  {
    hb_set_t* distinct = hb_set_create();
    for (hb_codepoint_t cp : text) hb_set_add(distinct, cp);
    r.missing = hb_set_get_population(distinct) - r.covered;
    hb_set_destroy(distinct);
  }
  hb_set_destroy(has);
  // The project subsets glyphs (shaping is done); without GSUB the glyphs are the cmap's.
  {
    hb_font_t* font = hb_font_create(face);
    hb_set_t* glyphs = hb_subset_input_glyph_set(input);
    hb_set_add(glyphs, 0);
    hb_codepoint_t cp = HB_SET_VALUE_INVALID, gid = 0;
    while (hb_set_next(unicodes, &cp))
      if (hb_font_get_nominal_glyph(font, cp, &gid)) hb_set_add(glyphs, gid);
    hb_font_destroy(font);
  }
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (const char* tag : {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "morx", "DSIG", "vhea", "vmtx", "VORG"})
    hb_set_add(drop, hb_tag_from_string(tag, 4));
  unsigned flags = hb_subset_input_get_flags(input) & ~HB_SUBSET_FLAGS_RETAIN_GIDS;
  if (!keep_hinting) flags |= HB_SUBSET_FLAGS_NO_HINTING;
  hb_subset_input_set_flags(input, flags);

  hb_face_t* source = face;
  if (spec.preprocess) {
    t0 = Clock::now();
    source = hb_subset_preprocess(face);
    r.preprocess_ms = ms_since(t0);
  }

  std::vector<double> times;
  hb_face_t* subset = nullptr;
  for (int i = 0; i < repeats; ++i) {
    if (subset) hb_face_destroy(subset);
    t0 = Clock::now();
    hb_subset_plan_t* plan = hb_subset_plan_create_or_fail(source, input);
    if (!plan) throw std::runtime_error("hb_subset_plan_create_or_fail failed");
    subset = hb_subset_plan_execute_or_fail(plan);
    hb_subset_plan_destroy(plan);
    if (!subset) throw std::runtime_error("hb_subset_plan_execute_or_fail failed");
    // The bytes that get embedded are part of the cost: serialise them inside the timing.
    hb_blob_t* cff = hb_face_reference_table(subset, HB_TAG('C', 'F', 'F', ' '));
    hb_blob_t* bytes = hb_blob_get_length(cff) ? hb_blob_reference(cff) : hb_face_reference_blob(subset);
    const double t = ms_since(t0);
    if (i == 0) r.first_subset_ms = t;
    times.push_back(t);
    if (i == repeats - 1) {
      r.kind = hb_blob_get_length(cff) ? "bare `CFF ` table" : "TrueType font";
      unsigned n = 0;
      const char* data = hb_blob_get_data(bytes, &n);
      std::vector<char> raw(data, data + n);
      r.subset_bytes = n;
      r.glyphs = hb_face_get_glyph_count(subset);
      std::vector<char> out;
      for (const Codec& c : codecs) {
        std::vector<double> ct;
        std::size_t packed = 0;
        for (int k = 0; k < repeats; ++k) {
          const auto c0 = Clock::now();
          packed = c.run(raw, out);
          ct.push_back(ms_since(c0));
        }
        r.packed.emplace_back(packed, median(ct));
      }
    }
    hb_blob_destroy(bytes);
    hb_blob_destroy(cff);
  }
  r.subset_ms = median(times);
  hb_face_destroy(subset);
  if (source != face) hb_face_destroy(source);
  hb_face_destroy(face);
  hb_subset_input_destroy(input);
  hb_set_destroy(unicodes);
  return r;
}

}  // namespace

int main(int argc, char** argv) try {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: %s TEXT.txt [REPEATS]\n", argv[0]);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) throw std::runtime_error(std::string("cannot read ") + argv[1]);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const int repeats = argc == 3 ? std::max(1, std::stoi(argv[2])) : 20;
  const auto cps = code_points(text);

  const Face faces[] = {
      {"AR PL KaitiM Big5 (bkai00mp.ttf)", "/usr/share/fonts/truetype/arphic-bkai00mp/bkai00mp.ttf", 0, false},
      {"AR PL KaitiM Big5, preprocessed", "/usr/share/fonts/truetype/arphic-bkai00mp/bkai00mp.ttf", 0, true},
      {"AR PL KaitiM Big5, hinting kept", "/usr/share/fonts/truetype/arphic-bkai00mp/bkai00mp.ttf", 0, false, true},
      {"TW-Kai (TW-Kai-98_1.ttf)", "/usr/share/fonts/truetype/cns11643/TW-Kai-98_1.ttf", 0, false},
      {"Noto Serif CJK TC (NotoSerifCJK-Regular.ttc #3)", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 3,
       false},
  };
  const auto list = codecs();
  std::vector<Result> results;
  for (const Face& f : faces) results.push_back(measure(f, cps, repeats, list));

  std::printf("Text: %zu characters, %u distinct; %d runs per figure, median.\n\n", cps.size(),
              [&] {
                hb_set_t* s = hb_set_create();
                for (auto cp : cps) hb_set_add(s, cp);
                unsigned n = hb_set_get_population(s);
                hb_set_destroy(s);
                return n;
              }(),
              repeats);
  std::printf("| face | characters (missing) | glyphs | embedded | subset bytes | preprocess ms | first subset ms | subset ms |\n");
  std::printf("|---|---:|---:|---|---:|---:|---:|---:|\n");
  for (const Result& r : results) {
    char pre[32] = "–";
    if (r.preprocess_ms >= 0) std::snprintf(pre, sizeof pre, "%.1f", r.preprocess_ms);
    std::printf("| %s | %u (%u) | %u | %s | %zu | %s | %.2f | %.2f |\n", r.face.c_str(), r.covered, r.missing,
                r.glyphs, r.kind.c_str(), r.subset_bytes, pre, r.first_subset_ms, r.subset_ms);
  }
  std::printf("\nCompressed bytes (%% of the subset) and median ms, per codec and level:\n\n| codec | level |");
  // The preprocessed face gives the same subset bytes; show each distinct subset once.
  std::vector<const Result*> shown;
  for (const Result& r : results)
    if (r.preprocess_ms < 0) shown.push_back(&r);
  for (const Result* r : shown) std::printf(" %s |", r->face.c_str());
  std::printf("\n|---|---:|");
  for (std::size_t i = 0; i < shown.size(); ++i) std::printf("---:|");
  std::printf("\n");
  for (std::size_t c = 0; c < list.size(); ++c) {
    std::printf("| %s | %d |", list[c].name.c_str(), list[c].level);
    for (const Result* r : shown)
      std::printf(" %zu (%.1f%%), %.2f ms |", r->packed[c].first, 100.0 * r->packed[c].first / r->subset_bytes,
                  r->packed[c].second);
    std::printf("\n");
  }
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "compression_bench: %s\n", e.what());
  return 1;
}
