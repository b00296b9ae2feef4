// The pure parts of the font objects: the subset tag, /W groups and the ToUnicode CMap.
#include <algorithm>
#include <cstdio>

#include "pdf/font_objects.hpp"
#include "pdf/pdf_number.hpp"
#include "text/text.hpp"

namespace filinggen::pdf {
namespace {

std::string hex4(unsigned value) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04X", value & 0xFFFF);
  return buf;
}

// Each UTF-16BE code unit of the text as four hex digits.
std::string utf16_hex(const std::string& utf8) {
  const std::string bytes = text::to_utf16be(utf8);
  std::string out;
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2)
    out += hex4((static_cast<unsigned char>(bytes[i]) << 8) | static_cast<unsigned char>(bytes[i + 1]));
  return out;
}

constexpr const char* kCMapHead =
    "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
constexpr const char* kCMapTail = "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

}  // namespace

std::string subset_tag(const std::string& face_name, const std::vector<font::GlyphId>& glyphs) {
  std::vector<font::GlyphId> sorted = glyphs;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  std::uint64_t hash = 1469598103934665603ull;  // FNV-1a
  auto mix = [&hash](unsigned char byte) { hash = (hash ^ byte) * 1099511628211ull; };
  for (char c : face_name) mix(static_cast<unsigned char>(c));
  for (font::GlyphId g : sorted)
    for (int shift = 0; shift < 32; shift += 8) mix(static_cast<unsigned char>(g >> shift));
  std::string tag;
  for (int i = 0; i < 6; ++i, hash /= 26) tag += static_cast<char>('A' + hash % 26);
  return tag;
}

std::vector<std::pair<std::uint16_t, std::vector<double>>> w_groups(const std::map<std::uint16_t, double>& widths) {
  std::vector<std::pair<std::uint16_t, std::vector<double>>> groups;
  for (const auto& [code, width] : widths) {
    if (pdf_number(width) == "1000") continue;
    if (groups.empty() || groups.back().first + groups.back().second.size() != code)
      groups.push_back({code, {}});
    groups.back().second.push_back(width);
  }
  return groups;
}

std::string to_unicode_cmap(const std::map<std::uint16_t, std::string>& text_of_code) {
  std::vector<std::string> entries;
  for (const auto& [code, text] : text_of_code)
    if (!text.empty()) entries.push_back(std::string("<").append(hex4(code)).append("> <").append(utf16_hex(text)).append(">\n"));
  std::string cmap = kCMapHead;
  for (std::size_t at = 0; at < entries.size(); at += 100) {
    const std::size_t n = std::min<std::size_t>(100, entries.size() - at);
    cmap += std::to_string(n) + " beginbfchar\n";
    for (std::size_t i = at; i < at + n; ++i) cmap += entries[i];
    cmap += "endbfchar\n";
  }
  return cmap + kCMapTail;
}

}  // namespace filinggen::pdf
