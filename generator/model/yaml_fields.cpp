#include "model/yaml_fields.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

namespace filinggen::model {
namespace {

const char* kind_name(const YamlNode& node) {
  switch (node.type()) {
    case YamlNode::Type::sequence: return "清單";
    case YamlNode::Type::map: return "對照表（含子欄位）";
    case YamlNode::Type::null: return "空值";
    default: return "單一值";
  }
}

// Levenshtein distance, to suggest the field a typo meant.
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string shown(const std::string& value) {
  return "「" + value + "」";
}

}  // namespace

SourcePos FileContext::pos(const YamlNode& node) const {
  if (!node.IsDefined()) return {file, 0, 0};
  auto mark = node.Mark();
  if (mark.is_null()) return {file, 0, 0};
  return {file, mark.line + 1, mark.column + 1};
}

void FileContext::error(const YamlNode& at, const std::string& field, DiagnosticCode code,
                        const std::string& message) const {
  diagnostics->error(code, pos(at), field, message);
}

Fields::Fields(const YamlNode& node, std::string path, const FileContext& ctx)
    : node_(node), path_(std::move(path)), ctx_(ctx) {
  ok_ = node_.IsMap();
  if (ctx_.positions && !path_.empty()) (*ctx_.positions)[path_] = ctx_.pos(node_);
  if (!ok_)
    ctx_.error(node_, path_, "type.mapping",
               std::string("應為含子欄位的對照表，但填的是") + kind_name(node_) + "。");
}

std::string Fields::path_of(const std::string& key) const {
  return path_.empty() ? key : path_ + "." + key;
}

bool Fields::has(const std::string& key) {
  known_.insert(key);
  return ok_ && node_[key].IsDefined() && !node_[key].IsNull();
}

std::optional<YamlNode> Fields::present(const std::string& key, Need need) {
  known_.insert(key);
  if (!ok_) return std::nullopt;
  const YamlNode value = node_[key];
  if (value.IsDefined() && !value.IsNull()) {
    if (ctx_.positions) (*ctx_.positions)[path_of(key)] = ctx_.pos(value);
    return value;
  }
  if (need == Need::required) {
    if (value.IsDefined())
      ctx_.error(value, path_of(key), "field.empty", "此欄位為必填，但沒有填值。");
    else
      ctx_.error(node_, path_of(key), "field.missing", "缺少必填欄位「" + key + "」。");
  }
  return std::nullopt;
}

std::optional<std::string> Fields::scalar(const std::string& key, Need need) {
  auto value = present(key, need);
  if (!value) return std::nullopt;
  if (!value->IsScalar()) {
    ctx_.error(*value, path_of(key), "type.scalar",
               std::string("應為單一值，但填的是") + kind_name(*value) + "。");
    return std::nullopt;
  }
  return value->Scalar();
}

std::optional<std::string> Fields::text(const std::string& key, Need need) {
  auto value = scalar(key, need);
  if (!value) return std::nullopt;
  // Bytes, not characters: U+3000 (E3 80 80) is the only character made of just these.
  if (value->find_first_not_of(" \t\r\n\u3000") == std::string::npos) {
    ctx_.error(node_[key], path_of(key), "text.blank", "不可為空白。");
    return std::nullopt;
  }
  record_text(path_of(key), node_[key], *value);
  return value;
}

void Fields::record_text(const std::string& field, const YamlNode& node,
                         const std::string& text) const {
  if (ctx_.texts) ctx_.texts->push_back({field, ctx_.pos(node), text});
}

std::optional<long long> Fields::integer(const std::string& key, Need need, long long min,
                                         long long max) {
  auto value = scalar(key, need);
  if (!value) return std::nullopt;
  long long number = 0;
  auto [ptr, ec] = std::from_chars(value->data(), value->data() + value->size(), number);
  if (ec != std::errc{} || ptr != value->data() + value->size()) {
    ctx_.error(node_[key], path_of(key), "type.integer",
               shown(*value) + "不是整數；請填阿拉伯數字，不加逗號或單位。");
    return std::nullopt;
  }
  if (number < min || number > max) {
    ctx_.error(node_[key], path_of(key), "value.range",
               shown(*value) + "超出可接受的範圍（" + std::to_string(min) + " 至 " +
                   std::to_string(max) + "）。");
    return std::nullopt;
  }
  return number;
}

std::optional<double> Fields::number(const std::string& key, Need need, double min, double max) {
  auto value = scalar(key, need);
  if (!value) return std::nullopt;
  double number = 0;
  auto [ptr, ec] = std::from_chars(value->data(), value->data() + value->size(), number);
  if (ec != std::errc{} || ptr != value->data() + value->size() || !std::isfinite(number)) {
    ctx_.error(node_[key], path_of(key), "type.number", shown(*value) + "不是數字。");
    return std::nullopt;
  }
  if (number < min || number > max) {
    ctx_.error(node_[key], path_of(key), "value.range", shown(*value) + "超出可接受的範圍。");
    return std::nullopt;
  }
  return number;
}

std::optional<bool> Fields::boolean(const std::string& key, Need need) {
  auto value = scalar(key, need);
  if (!value) return std::nullopt;
  if (*value == "true") return true;
  if (*value == "false") return false;
  ctx_.error(node_[key], path_of(key), "type.boolean",
             shown(*value) + "不是是非值；請填 true（是）或 false（否）。");
  return std::nullopt;
}

std::optional<CivilDate> Fields::date(const std::string& key, Need need) {
  auto value = scalar(key, need);
  if (!value) return std::nullopt;
  if (auto date = CivilDate::parse_iso(*value)) {
    if (date->year >= 1912) return date;
    ctx_.error(node_[key], path_of(key), "value.date_range",
               shown(*value) + "早於民國元年（1912 年），文件無法以民國紀年表示；請確認西元年份。");
    return std::nullopt;
  }
  ctx_.error(node_[key], path_of(key), "value.date",
             shown(*value) + "不是有效的日期；日期請以西元年寫成 YYYY-MM-DD，例如 2026-03-10。");
  return std::nullopt;
}

std::optional<std::string> Fields::identifier(const std::string& key, Need need) {
  auto value = scalar(key, need);
  if (!value) return std::nullopt;
  if (is_reserved_device_name(*value)) {
    ctx_.error(node_[key], path_of(key), "value.identifier",
               shown(*value) + "是 Windows 保留的裝置名稱，不能作為資料夾名稱（在 Windows 或網路磁碟上無法建立）；請改用其他代號。");
    return std::nullopt;
  }
  if (is_safe_identifier(*value)) return value;
  ctx_.error(node_[key], path_of(key), "value.identifier",
             shown(*value) +
                 "不能作為代號；代號只能使用小寫英文字母、數字、「-」與「_」，"
                 "以字母或數字開頭，最長 64 個字元，例如 hengyi-securities。");
  return std::nullopt;
}

std::optional<std::string> Fields::code(const std::string& key, Need need) {
  auto value = scalar(key, need);
  if (!value) return std::nullopt;
  bool good = !value->empty() && value->size() <= 64;
  for (char c : *value)
    good = good && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_' || c == '.');
  if (good) return value;
  ctx_.error(node_[key], path_of(key), "value.code",
             shown(*value) + "不是有效的編號；編號只能使用英文字母、數字、「-」、「_」與「.」，例如 CC-13000。");
  return std::nullopt;
}

std::vector<YamlNode> Fields::list(const std::string& key, Need need, std::size_t min_items) {
  auto value = present(key, need);
  if (!value) return {};
  if (!value->IsSequence()) {
    ctx_.error(*value, path_of(key), "type.list",
               std::string("應為清單（每項以「- 」開頭），但填的是") + kind_name(*value) + "。");
    return {};
  }
  std::vector<YamlNode> items(value->begin(), value->end());
  if (items.size() < min_items)
    ctx_.error(*value, path_of(key), "list.short",
               "至少需要 " + std::to_string(min_items) + " 項，但只有 " +
                   std::to_string(items.size()) + " 項。");
  return items;
}

std::optional<YamlNode> Fields::mapping(const std::string& key, Need need) {
  auto value = present(key, need);
  if (!value) return std::nullopt;
  return value;  // the caller's Fields reports when it is not a mapping
}

void Fields::error_at(const std::string& key, DiagnosticCode code,
                      const std::string& message) const {
  const YamlNode value = ok_ ? node_[key] : YamlNode();
  ctx_.error(value.IsDefined() ? value : node_, path_of(key), code, message);
}

void Fields::finish() {
  if (!ok_) return;
  for (auto it = node_.begin(); it != node_.end(); ++it) {
    const std::string key = it->first.IsScalar() ? it->first.Scalar() : "?";
    if (known_.count(key)) continue;
    std::string choices, closest;
    for (const auto& k : known_) {
      choices += (choices.empty() ? "" : "、") + k;
      if (edit_distance(key, k) <= 2 && closest.empty()) closest = k;
    }
    const std::string hint = closest.empty() ? "" : "是否應為「" + closest + "」？";
    ctx_.error(it->first, path_of(key), "field.unknown",
               "不認得這個欄位，可能是拼字錯誤。" + hint + "此處可用的欄位為：" + choices + "。");
  }
}

std::optional<std::string> text_item(const YamlNode& node, const std::string& field,
                                     const FileContext& ctx) {
  if (!node.IsScalar()) {
    ctx.error(node, field, "type.scalar", std::string("應為一段文字，但填的是") + kind_name(node) + "。");
    return std::nullopt;
  }
  const std::string& value = node.Scalar();
  if (value.find_first_not_of(" \t\r\n") == std::string::npos) {
    ctx.error(node, field, "text.blank", "不可為空白。");
    return std::nullopt;
  }
  if (ctx.texts) ctx.texts->push_back({field, ctx.pos(node), value});
  return value;
}

// CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9: Windows refuses them as file or folder names.
bool is_reserved_device_name(const std::string& id) {
  static const std::set<std::string> names = {"con", "prn", "aux", "nul"};
  if (names.count(id)) return true;
  return id.size() == 4 && (id.rfind("com", 0) == 0 || id.rfind("lpt", 0) == 0) && id[3] >= '1' && id[3] <= '9';
}

bool is_safe_identifier(const std::string& id) {
  if (id.empty() || id.size() > 64 || is_reserved_device_name(id)) return false;
  auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!alnum(id[0])) return false;
  for (char c : id)
    if (!alnum(c) && c != '-' && c != '_') return false;
  return true;
}

}  // namespace filinggen::model
