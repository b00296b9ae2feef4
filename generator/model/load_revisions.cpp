// revisions: the comparison table entries, taken from a shared amendments file,
// with this firm's overrides applied and its own entries appended.
#include <set>

#include "model/load_sections.hpp"

namespace filinggen::model {
namespace {

std::vector<std::string> read_explanation(Fields& f, const FileContext& ctx, Need need) {
  std::vector<std::string> points;
  auto items = f.list("explanation", need, need == Need::required ? 1 : 0);
  for (std::size_t i = 0; i < items.size(); ++i)
    if (auto t = text_item(items[i], f.path_of("explanation") + "[" + std::to_string(i) + "]", ctx))
      points.push_back(*t);
  return points;
}

// A new article has no current text; a deleted one no amended text. An override only
// adds text, so for it (`overriding`) only text the kind does not allow is reported.
void check_texts_match_kind(const RevisionEntry& e, ArticleUnit unit, Fields& f, bool overriding = false) {
  const std::string word(enum_label(kArticleUnits, unit));  // 點 or 條
  const bool wants_current = e.kind != RevisionKind::added;
  const bool wants_amended = e.kind != RevisionKind::deleted;
  if (wants_current && e.current.empty() && !overriding)
    f.error_at("current", "revision.current_missing", "修正或刪除的條文須填現行條文（current）。");
  if (!wants_current && !e.current.empty())
    f.error_at("current", "revision.current_unexpected",
               "新增的條文沒有現行條文，請刪除 current（表中會印「本" + word + "新增」）。");
  if (wants_amended && e.amended.empty() && !overriding)
    f.error_at("amended", "revision.amended_missing", "修正或新增的條文須填修正條文（amended）。");
  if (!wants_amended && !e.amended.empty())
    f.error_at("amended", "revision.amended_unexpected",
               "刪除的條文沒有修正條文，請刪除 amended（表中會印「本" + word + "刪除」）。");
}

RevisionEntry read_entry(const YamlNode& node, const std::string& path, ArticleUnit unit,
                         const FileContext& ctx) {
  RevisionEntry e;
  Fields f(node, path, ctx);
  e.id = f.code("id").value_or("");
  e.code = f.code("code").value_or("");
  e.title = f.text("title").value_or("");
  e.kind = f.choice("kind", kRevisionKinds).value_or(RevisionKind::amended);
  e.current = f.text("current", Need::optional).value_or("");
  e.amended = f.text("amended", Need::optional).value_or("");
  e.explanation = read_explanation(f, ctx, Need::required);
  if (f.ok()) check_texts_match_kind(e, unit, f);
  f.finish();
  return e;
}

std::vector<RevisionEntry> read_entries(Fields& f, const std::string& key, Need need, ArticleUnit unit,
                                        const FileContext& ctx, std::set<std::string>& ids) {
  std::vector<RevisionEntry> entries;
  auto nodes = f.list(key, need, need == Need::required ? 1 : 0);
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const std::string path = f.path_of(key) + "[" + std::to_string(i) + "]";
    entries.push_back(read_entry(nodes[i], path, unit, ctx));
    if (!entries.back().id.empty() && !ids.insert(entries.back().id).second)
      ctx.error(nodes[i], path + ".id", "revision.duplicate", "條文編號「" + entries.back().id + "」重複。");
  }
  return entries;
}

}  // namespace

Revisions read_amendments(const YamlNode& root, const FileContext& ctx, std::set<std::string>& ids) {
  Revisions r;
  Fields top(root, "", ctx);
  if (!top.ok()) return r;
  r.version = read_data_version(top);
  r.standard = top.text("standard").value_or("");
  r.article_unit = top.choice("article_unit", kArticleUnits, Need::optional).value_or(ArticleUnit::point);
  r.entries = read_entries(top, "entries", Need::required, r.article_unit, ctx, ids);
  top.finish();
  return r;
}

namespace {

void apply_override(const YamlNode& node, const std::string& path, Revisions& r, const FileContext& ctx,
                    std::set<std::string>& overridden, bool shared_missing) {
  Fields f(node, path, ctx);
  auto code = f.code("code");
  if (code && !overridden.insert(*code).second)
    f.error_at("code", "override.twice", "條文「" + *code + "」已覆寫過一次；請把修改合併到同一項。");
  if (f.ok() && !f.has("title") && !f.has("current") && !f.has("amended") && !f.has("explanation"))
    f.error_at("code", "override.empty", "覆寫項目須至少填 title、current、amended 或 explanation 其中之一。");
  RevisionEntry* target = nullptr;
  for (auto& e : r.entries)
    if (code && e.id == *code) target = &e;
  if (code && !target && !shared_missing)  // a missing shared file is reported once, not per override
    f.error_at("code", "override.unknown", "共用修正條文中沒有編號「" + *code + "」的條文，無法覆寫。");
  RevisionEntry scratch;
  RevisionEntry& e = target ? *target : scratch;
  if (auto v = f.text("title", Need::optional)) e.title = *v;
  if (auto v = f.text("current", Need::optional)) e.current = *v;
  if (auto v = f.text("amended", Need::optional)) e.amended = *v;
  if (f.has("explanation")) e.explanation = read_explanation(f, ctx, Need::optional);
  if (target && f.ok()) check_texts_match_kind(e, r.article_unit, f, /*overriding=*/true);
  f.finish();
}

}  // namespace

std::optional<Revisions> read_revisions(Fields& top, const std::string& base_dir, const FileContext& ctx) {
  auto node = top.mapping("revisions", Need::optional);
  if (!node) return std::nullopt;
  Revisions r;
  std::set<std::string> ids;
  Fields f(*node, "revisions", ctx);
  bool shared_missing = false;
  if (auto ref = f.text("amendments", Need::optional)) {
    const auto path = resolve_reference(base_dir, *ref, f.child("amendments"), f.path_of("amendments"), ctx);
    auto root = path ? read_shared_file(*path, f.child("amendments"), f.path_of("amendments"), ctx) : std::nullopt;
    shared_missing = !root;
    if (root) {
      FileContext shared{*path, ctx.diagnostics, ctx.texts};
      r = read_amendments(*root, shared, ids);
    }
    r.amendments_file = path.value_or("");  // what a batch's input digest covers
  }
  // The board meeting the firm presents the table to (printed in its title block).
  r.board_meeting = f.date("board_meeting").value_or(CivilDate{});
  auto overrides = f.list("overrides", Need::optional);
  std::set<std::string> overridden;
  for (std::size_t i = 0; i < overrides.size(); ++i)
    apply_override(overrides[i], f.path_of("overrides") + "[" + std::to_string(i) + "]", r, ctx, overridden, shared_missing);
  for (auto& e : read_entries(f, "entries", Need::optional, r.article_unit, ctx, ids)) r.entries.push_back(std::move(e));
  if (r.entries.empty() && f.ok() && !shared_missing)
    ctx.error(*node, "revisions", "revisions.empty", "修正條文對照表沒有任何條文；請填 amendments 或 entries。");
  f.finish();
  return r;
}

}  // namespace filinggen::model
