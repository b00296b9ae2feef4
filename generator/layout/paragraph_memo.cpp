// Paragraphs set once per worker. The standard's checklist and amendments and the
// templates' own wording are the same paragraphs, in the same columns, in every firm's
// documents: shaping them and breaking them into lines again for each firm was about a
// tenth of a year-end run. A paragraph set before with the same fonts and width is
// copied instead; the lines are the same, so the output is byte for byte what setting it
// again would give.
#include <functional>
#include <unordered_map>

#include "layout/line_box.hpp"

namespace filinggen::layout {
namespace {

// Everything set_paragraph_lines reads.
struct ParagraphKey {
  std::vector<doc::Span> spans;
  doc::ParagraphStyle style;
  std::optional<doc::Bookmark> bookmark;
  double width = 0;
  std::uint64_t fonts = 0;
  bool operator==(const ParagraphKey&) const = default;
};

struct KeyHash {
  std::size_t operator()(const ParagraphKey& key) const {
    std::size_t h = std::hash<double>{}(key.width) ^ (std::hash<std::uint64_t>{}(key.fonts) << 1);
    for (const auto& span : key.spans) h = h * 31 + std::hash<std::string>{}(span.text);
    return h * 31 + std::hash<double>{}(key.style.size);
  }
};

// A firm's own paragraphs (its names, its statement) come once and never again: the memo
// is emptied when it holds this many, so a run of any length keeps its memory flat, and
// the shared paragraphs are back in it after the next firm.
constexpr std::size_t kMaxParagraphs = 4096;

// Longer paragraphs are a firm's own text far more often than a shared one, and copying
// them is a good part of what setting them costs.
constexpr std::size_t kMaxBytes = 4096;

using Memo = std::unordered_map<ParagraphKey, std::vector<LineBox>, KeyHash>;

bool worth_keeping(const doc::Paragraph& p) {
  std::size_t bytes = 0;
  for (const auto& span : p.spans) bytes += span.text.size();
  return bytes <= kMaxBytes;
}

}  // namespace

bool set_paragraph(const doc::Paragraph& paragraph, double width, const font::FontSet& fonts,
                   Diagnostics& diagnostics, std::vector<LineBox>& out) {
  if (!worth_keeping(paragraph)) return set_paragraph_lines(paragraph, width, fonts, diagnostics, out);
  thread_local Memo memo;
  ParagraphKey key{paragraph.spans, paragraph.style, paragraph.bookmark, width, fonts.id()};
  if (auto known = memo.find(key); known != memo.end()) {
    out.insert(out.end(), known->second.begin(), known->second.end());
    return true;
  }
  const std::size_t first = out.size();
  if (!set_paragraph_lines(paragraph, width, fonts, diagnostics, out)) return false;  // reported, not kept
  if (memo.size() >= kMaxParagraphs) memo.clear();
  memo.emplace(std::move(key), std::vector<LineBox>(out.begin() + static_cast<std::ptrdiff_t>(first), out.end()));
  return true;
}

}  // namespace filinggen::layout
