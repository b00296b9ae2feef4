// What a data file must be before any field is read: text in UTF-8 (a Big5/CP950 file
// from an old editor, or a stray byte, is refused with its line), free of control
// characters, of a sane size; and YAML that says what the user meant: one document, no
// key twice, no tags, and within limits of nesting, aliases, string and list length.
// A UTF-8 byte-order mark and CRLF line ends, as Windows editors save them, are fine.
#include <unicode/utf8.h>

#include <cstdio>
#include <map>
#include <set>

#include "base/file_text.hpp"
#include "base/text_safety.hpp"
#include "base/yaml_limits.hpp"
#include "model/yaml_fields.hpp"

namespace filinggen::model {
namespace {

constexpr std::size_t kMaxFileBytes = kDataFileCap;  // a firm file is some tens of KB
constexpr int kMaxReported = 5;                      // of one kind, per file

std::string hex_byte(unsigned char c) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "0x%02X", c);
  return buffer;
}

std::string code_point(UChar32 c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
  return buffer;
}

// Control characters that no filing can print: C0 but tab and line breaks, DEL, C1.
bool is_control(UChar32 c) { return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F); }

class TreeWalk {
 public:
  explicit TreeWalk(const FileContext& ctx) : ctx_(ctx) {}

  // Tags and keys given twice, once the tree is known to be within the limits.
  void visit(const YamlNode& node, const std::string& path) {
    check_tag(node, path);
    if (node.IsScalar()) check_value(node, path);
    if (node.IsSequence()) {
      std::size_t i = 0;
      for (const auto& item : node) visit(item, path + "[" + std::to_string(i++) + "]");
    } else if (node.IsMap()) {
      visit_map(node, path);
    }
  }

 private:
  void visit_map(const YamlNode& node, const std::string& path) {
    std::set<std::string> keys;
    for (const auto& entry : node) {
      const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : "?";
      const std::string child = path.empty() ? key : path + "." + key;
      if (entry.first.IsScalar() && !keys.insert(key).second)
        report(entry.first, child, "yaml.duplicate_key",
               "「" + key + "」在同一層出現了兩次；YAML 只會採用其中一個，另一個的內容會被忽略，請刪除或合併重複的欄位。");
      visit(entry.first, child);
      visit(entry.second, child);
    }
  }

  // A tag (!!binary, !custom) changes what a value means; the data has none.
  void check_tag(const YamlNode& node, const std::string& path) {
    const std::string& tag = node.Tag();
    if (tag.empty() || tag == "?" || tag == "!") return;
    static const std::set<std::string> plain = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
                                                "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map",
                                                "tag:yaml.org,2002:seq"};
    const std::string core = "tag:yaml.org,2002:";
    const std::string shown = tag.rfind(core, 0) == 0 ? "!!" + tag.substr(core.size()) : tag;
    if (!plain.count(tag)) report(node, path, "yaml.tag", "不支援 YAML 標記「" + shown + "」；請刪除標記，直接寫出文字或數值。");
  }

  // The value as YAML or JSON decoded it ("\e", "\x7f", "\0", "\u202e"): the raw-byte
  // check of the file saw only the escape.
  void check_value(const YamlNode& node, const std::string& path) {
    Diagnostics found;
    if (check_decoded_text(node.Scalar(), ctx_.pos(node), path, found)) return;
    const Diagnostic& d = found.items().front();
    if (reported_[d.code]++ < kMaxReported) ctx_.diagnostics->add(d);
  }

  void report(const YamlNode& at, const std::string& path, DiagnosticCode code, const std::string& message) {
    if (reported_[std::string(code.spelling())]++ < kMaxReported) ctx_.diagnostics->error(code, ctx_.pos(at), path, message);
  }
  const FileContext& ctx_;
  std::map<std::string, int> reported_;
};

}  // namespace

// A line "---" after content starts a second YAML document, which would be ignored. (A
// block scalar's lines are indented, so "---" at the margin is always a marker.)
bool second_document(const std::string& text, const FileContext& ctx) {
  bool content = false;
  int line = 1;
  for (std::size_t i = 0; i < text.size(); ++line) {
    const std::size_t end = std::min(text.find('\n', i), text.size());
    const std::string_view l(text.data() + i, end - i);
    const bool marker = l.rfind("---", 0) == 0 && (l.size() == 3 || l[3] == ' ' || l[3] == '\r' || l[3] == '\t');
    if (marker && content) {
      ctx.diagnostics->error("yaml.several_documents", {ctx.file, line, 1}, "",
                             "檔案中有第二份 YAML 文件（以 --- 分隔）；filinggen 只讀第一份，其後的內容會被忽略。請將資料合併為一份，或分成不同檔案。");
      return true;
    }
    const std::size_t first = l.find_first_not_of(" \t\r");
    if (!marker && first != std::string_view::npos && l[first] != '#' && l.substr(first) != "\xEF\xBB\xBF") content = true;
    i = end + 1;
  }
  return false;
}

bool check_text(const std::string& text, const FileContext& ctx) {
  if (text.size() > kMaxFileBytes) {
    ctx.diagnostics->error("file.too_large", {ctx.file, 0, 0}, "",
                           "檔案有 " + std::to_string(text.size() / (1 << 20)) + " MB，超過資料檔的上限 4 MB；公司資料檔通常只有數十 KB，請確認選對了檔案。");
    return false;
  }
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int line = 1, column = 1, controls = 0;
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      ctx.diagnostics->error("file.not_utf8", {ctx.file, line, column}, "",
                             "此檔案不是 UTF-8 編碼：第 " + std::to_string(line) + " 行有無法辨識的位元組 " + hex_byte(bytes[start]) +
                                 "。若以 Big5（CP950）等舊編碼存檔，請在編輯器中改以 UTF-8 重新儲存。");
      return false;
    }
    if (is_control(c) && controls++ < kMaxReported)
      ctx.diagnostics->error("file.control_character", {ctx.file, line, column}, "",
                             c == 0 ? std::string("此處有 NUL 字元（U+0000）；檔案可能已損壞或不是文字檔。")
                                    : "此處有無法印出的控制字元（" + code_point(c) + "）；請刪除。");
    if (c == '\n') { ++line; column = 1; } else if (c != 0xFEFF || start != 0) ++column;
  }
  return controls == 0 && !second_document(text, ctx);
}

bool check_tree(const YamlNode& root, const FileContext& ctx) {
  const std::size_t before = ctx.diagnostics->error_count();
  if (check_yaml_limits(root, ctx.file, *ctx.diagnostics)) TreeWalk(ctx).visit(root, "");
  return ctx.diagnostics->error_count() == before;
}

}  // namespace filinggen::model
