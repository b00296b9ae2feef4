// The revision comparison table's view: 修正條文對照表.
#include <set>
#include <string_view>

#include "model/enum_names.hpp"
#include "text/text.hpp"
#include "view/numbered_points.hpp"
#include "view/version_date.hpp"
#include "view/view.hpp"

namespace filinggen::view {
namespace mustache = kainjow::mustache;
namespace {

void append_escaped(std::string& out, std::string_view text) {
  for (char c : text) switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
}

// `text` as markup for a table cell: XML-escaped, the bytes of `spans` (sorted, not
// overlapping) wrapped in <tag>…</tag>, data line breaks kept as U+2028. The template
// prints it with {{{ }}}, since it is markup already.
std::string marked_up(std::string_view text, const std::vector<text::ByteSpan>& spans, std::string_view tag) {
  std::string out;
  std::size_t at = 0;
  for (const auto& span : spans) {
    if (span.begin < at || span.end <= span.begin || span.end > text.size()) continue;  // not a span of this text
    append_escaped(out, text.substr(at, span.begin - at));
    out.append("<").append(tag).append(">");
    append_escaped(out, text.substr(span.begin, span.end - span.begin));
    out.append("</").append(tag).append(">");
    at = span.end;
  }
  append_escaped(out, text.substr(at));
  return text::line_breaks_as_separators(out);
}

std::string plain(std::string_view text) { return marked_up(text, {}, ""); }

// The two text columns of an entry. An amended entry underlines what the diff inserted
// (and offers the current text with what it deleted struck through); a new or deleted
// provision is printed plain, its other column saying 本點新增 or 本點刪除.
mustache::data entry(const model::RevisionEntry& e, const std::string& unit) {
  std::string amended, current, current_struck;
  switch (e.kind) {
    case model::RevisionKind::amended: {
      const text::RevisionDiff diff = text::diff_revision(e.current, e.amended);
      amended = marked_up(e.amended, diff.inserted, "u");
      current = plain(e.current);
      current_struck = marked_up(e.current, diff.deleted, "s");
      break;
    }
    case model::RevisionKind::added:
      amended = plain(e.amended);
      current = current_struck = plain("本" + unit + "新增");
      break;
    case model::RevisionKind::deleted:
      amended = plain("本" + unit + "刪除");
      current = current_struck = plain(e.current);
      break;
  }
  mustache::data v;
  v.set("id", e.id);
  v.set("code", e.code);
  v.set("title", e.title);
  v.set("label", e.code + " " + e.title);
  v.set("kind", std::string(model::enum_label(model::kRevisionKinds, e.kind)));
  v.set("is_amended", e.kind == model::RevisionKind::amended);
  v.set("is_added", e.kind == model::RevisionKind::added);
  v.set("is_deleted", e.kind == model::RevisionKind::deleted);
  v.set("amended", amended);
  v.set("current", current);
  v.set("current_struck", current_struck);
  v.set("explanation", numbered_points(e.explanation));
  return v;
}

// "CC-12000, CC-13000, CC-21100": the control points the table touches, for the keywords.
std::string control_codes(const std::vector<model::RevisionEntry>& entries) {
  std::set<std::string> codes;
  for (const auto& e : entries) codes.insert(e.code);
  std::string out;
  for (const auto& code : codes) out += (out.empty() ? "" : ", ") + code;
  return out;
}

}  // namespace

mustache::data revision_table_view(const model::FirmFile& file) {
  const model::Revisions& r = file.revisions.value();
  const std::string unit(model::enum_label(model::kArticleUnits, r.article_unit));
  mustache::data entries{mustache::data::type::list};
  for (const auto& e : r.entries) entries.push_back(entry(e, unit));

  mustache::data v;
  v.set("firm_name", file.firm.name);
  // A firm with only its own entries has no shared amendments file, so no standard.
  const bool has_standard = !r.standard.empty();
  v.set("has_standard", has_standard);
  v.set("standard", r.standard);
  v.set("standard_date", has_standard ? text::roc_date(version_date(r.version)) : std::string());
  v.set("board_date", text::roc_date_short(r.board_meeting));
  v.set("unit", unit);
  v.set("entry_count", std::to_string(r.entries.size()));
  v.set("control_codes", control_codes(r.entries));
  v.set("entries", entries);
  return v;
}

}  // namespace filinggen::view
