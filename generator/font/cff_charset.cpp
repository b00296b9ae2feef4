// Reads the Top DICT, the strings and the charset of a CFF table (Adobe TN #5176),
// just far enough to know each glyph's CID and the font's ROS.
#include "font/cff_charset.hpp"

#include <map>

namespace filinggen::font {
namespace {

class Reader {
 public:
  explicit Reader(const std::string& bytes) : b_(bytes) {}
  bool ok(std::size_t at, std::size_t n) const { return at + n <= b_.size() && at + n >= at; }
  unsigned u8(std::size_t at) const { return ok(at, 1) ? static_cast<unsigned char>(b_[at]) : 0; }
  unsigned u16(std::size_t at) const { return (u8(at) << 8) | u8(at + 1); }
  unsigned offset(std::size_t at, unsigned size) const {
    unsigned v = 0;
    for (unsigned i = 0; i < size; ++i) v = (v << 8) | u8(at + i);
    return v;
  }
  std::size_t size() const { return b_.size(); }
  std::string slice(std::size_t begin, std::size_t end) const {
    return begin <= end && end <= b_.size() ? b_.substr(begin, end - begin) : "";
  }

 private:
  const std::string& b_;
};

// An INDEX: its objects' byte ranges and where the next structure starts.
struct Index {
  std::vector<std::pair<std::size_t, std::size_t>> objects;
  std::size_t end = 0;
};

std::optional<Index> read_index(const Reader& r, std::size_t at) {
  Index index;
  if (!r.ok(at, 2)) return std::nullopt;
  const unsigned count = r.u16(at);
  if (count == 0) {
    index.end = at + 2;
    return index;
  }
  const unsigned size = r.u8(at + 2);
  if (size < 1 || size > 4 || !r.ok(at + 3, (count + 1) * size)) return std::nullopt;
  const std::size_t data = at + 3 + (count + 1) * size - 1;  // offsets count from 1
  for (unsigned i = 0; i < count; ++i) {
    const std::size_t begin = data + r.offset(at + 3 + i * size, size);
    const std::size_t end = data + r.offset(at + 3 + (i + 1) * size, size);
    if (end < begin || end > r.size()) return std::nullopt;
    index.objects.emplace_back(begin, end);
  }
  index.end = index.objects.back().second;
  return index;
}

// Top DICT operators as keys (escaped ones as 1200 + second byte) with their operands.
std::map<int, std::vector<double>> read_dict(const Reader& r, std::size_t begin, std::size_t end) {
  std::map<int, std::vector<double>> dict;
  std::vector<double> operands;
  for (std::size_t at = begin; at < end;) {
    const unsigned b0 = r.u8(at);
    if (b0 <= 21) {
      int op = static_cast<int>(b0);
      if (b0 == 12) op = 1200 + static_cast<int>(r.u8(at + 1)), ++at;
      dict[op] = operands;
      operands.clear();
      ++at;
    } else if (b0 == 28) {
      operands.push_back(static_cast<std::int16_t>(r.u16(at + 1)));
      at += 3;
    } else if (b0 == 29) {
      operands.push_back(static_cast<std::int32_t>(r.offset(at + 1, 4)));
      at += 5;
    } else if (b0 == 30) {  // a real: skip its nibbles; no operator we read takes one
      ++at;
      while (at < end && (r.u8(at) & 0x0f) != 0x0f && (r.u8(at) >> 4) != 0x0f) ++at;
      ++at;
      operands.push_back(0);
    } else if (b0 >= 32 && b0 <= 246) {
      operands.push_back(static_cast<int>(b0) - 139);
      ++at;
    } else if (b0 >= 247 && b0 <= 250) {
      operands.push_back((static_cast<int>(b0) - 247) * 256 + static_cast<int>(r.u8(at + 1)) + 108);
      at += 2;
    } else if (b0 >= 251 && b0 <= 254) {
      operands.push_back(-(static_cast<int>(b0) - 251) * 256 - static_cast<int>(r.u8(at + 1)) - 108);
      at += 2;
    } else {
      ++at;  // reserved byte
    }
  }
  return dict;
}

std::string string_of(const Reader& r, const Index& strings, double sid) {
  const int index = static_cast<int>(sid) - 391;  // below 391: standard strings, none of which a ROS uses
  if (index < 0 || static_cast<std::size_t>(index) >= strings.objects.size()) return "";
  const auto [begin, end] = strings.objects[static_cast<std::size_t>(index)];
  return r.slice(begin, end);
}

// The charset: the CID (or SID) of every glyph but .notdef, in one of three formats.
bool read_charset(const Reader& r, std::size_t at, std::size_t glyphs, std::vector<std::uint16_t>& cids) {
  cids.assign(1, 0);
  const unsigned format = r.u8(at++);
  while (cids.size() < glyphs) {
    if (format == 0) {
      if (!r.ok(at, 2)) return false;
      cids.push_back(static_cast<std::uint16_t>(r.u16(at)));
      at += 2;
      continue;
    }
    if (format != 1 && format != 2) return false;
    const std::size_t width = format == 1 ? 1 : 2;
    if (!r.ok(at, 2 + width)) return false;
    const unsigned first = r.u16(at);
    const unsigned left = format == 1 ? r.u8(at + 2) : r.u16(at + 2);
    at += 2 + width;
    for (unsigned i = 0; i <= left && cids.size() < glyphs; ++i) cids.push_back(static_cast<std::uint16_t>(first + i));
  }
  return true;
}

}  // namespace

std::optional<CffCharset> read_cff_charset(const std::string& cff) {
  const Reader r(cff);
  if (r.size() < 4) return std::nullopt;
  auto names = read_index(r, r.u8(2));
  auto top = names ? read_index(r, names->end) : std::nullopt;
  auto strings = top ? read_index(r, top->end) : std::nullopt;
  if (!strings || top->objects.empty()) return std::nullopt;
  const auto dict = read_dict(r, top->objects[0].first, top->objects[0].second);
  CffCharset result;
  auto charstrings = dict.find(17);
  if (charstrings == dict.end() || charstrings->second.empty()) return std::nullopt;
  auto glyphs = read_index(r, static_cast<std::size_t>(charstrings->second[0]));
  if (!glyphs) return std::nullopt;
  const std::size_t count = glyphs->objects.size();
  auto ros = dict.find(1230);
  result.cid_keyed = ros != dict.end() && ros->second.size() == 3;
  if (result.cid_keyed) {
    result.registry = string_of(r, *strings, ros->second[0]);
    result.ordering = string_of(r, *strings, ros->second[1]);
    result.supplement = static_cast<int>(ros->second[2]);
  }
  auto charset = dict.find(15);
  const std::size_t charset_at = charset != dict.end() && !charset->second.empty()
                                     ? static_cast<std::size_t>(charset->second[0]) : 0;
  if (result.cid_keyed && charset_at > 2) {
    if (!read_charset(r, charset_at, count, result.cid_of_glyph)) return std::nullopt;
  } else {
    // Name-keyed (or a predefined charset): glyphs are addressed by their ids.
    for (std::size_t g = 0; g < count; ++g) result.cid_of_glyph.push_back(static_cast<std::uint16_t>(g));
  }
  return result;
}

}  // namespace filinggen::font
