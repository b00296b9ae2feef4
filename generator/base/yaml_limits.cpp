#include "base/yaml_limits.hpp"

#include <map>

namespace filinggen {
namespace {

constexpr int kMaxReported = 5;  // of one kind, per file

// The same walk for yaml-cpp's nodes (fonts.yaml, the manifest) and the data files' tree.
template <typename Node>
class LimitWalk {
 public:
  LimitWalk(const std::string& file, Diagnostics& diagnostics) : file_(file), diagnostics_(diagnostics) {}

  void visit(const Node& node, int depth, const std::string& path) {
    if (stopped_) return;
    if (++nodes_ > kMaxYamlNodes)
      return stop(node, path, "yaml.too_large", "資料展開後超過 " + std::to_string(kMaxYamlNodes) +
                                                    " 個項目（可能是別名 *alias 重複展開）；請勿以別名複製大段資料。");
    if (depth > kMaxYamlDepth)
      return stop(node, path, "yaml.too_deep",
                  "資料巢狀超過 " + std::to_string(kMaxYamlDepth) + " 層；公司資料檔不需要這麼深的結構。");
    if (node.IsScalar() && node.Scalar().size() > kMaxYamlTextBytes)
      report(node, path, "yaml.text_too_long", "這段文字超過 " + std::to_string(kMaxYamlTextBytes / 1024) +
                                                   " KB，遠超過任何申報文件的欄位；請確認是否貼入了錯誤的內容。");
    if (node.IsSequence()) {
      if (node.size() > kMaxYamlListItems)
        return stop(node, path, "yaml.list_too_long", "清單有 " + std::to_string(node.size()) + " 項，超過上限 " +
                                                          std::to_string(kMaxYamlListItems) + " 項。");
      std::size_t i = 0;
      for (const auto& item : node) visit(item, depth + 1, path + "[" + std::to_string(i++) + "]");
    } else if (node.IsMap()) {
      for (const auto& entry : node) {
        const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : "?";
        const std::string child = path.empty() ? key : path + "." + key;
        visit(entry.first, depth + 1, child);
        visit(entry.second, depth + 1, child);
      }
    }
  }

 bool stopped() const { return stopped_; }

 private:
  SourcePos pos(const Node& node) const {
    const auto mark = node.Mark();
    return mark.is_null() ? SourcePos{file_, 0, 0} : SourcePos{file_, mark.line + 1, mark.column + 1};
  }
  void report(const Node& at, const std::string& path, DiagnosticCode code, const std::string& message) {
    if (reported_[std::string(code.spelling())]++ < kMaxReported) diagnostics_.error(code, pos(at), path, message);
  }
  void stop(const Node& at, const std::string& path, DiagnosticCode code, const std::string& message) {
    report(at, path, code, message);
    stopped_ = true;
  }

  const std::string& file_;
  Diagnostics& diagnostics_;
  std::size_t nodes_ = 0;
  bool stopped_ = false;
  std::map<std::string, int> reported_;
};

}  // namespace

template <typename Node>
bool walk_limits(const Node& root, const std::string& file, Diagnostics& diagnostics) {
  LimitWalk<Node> walk(file, diagnostics);
  walk.visit(root, 0, "");
  return !walk.stopped();
}

bool check_yaml_limits(const YAML::Node& root, const std::string& file, Diagnostics& diagnostics) {
  return walk_limits(root, file, diagnostics);
}

bool check_yaml_limits(const YamlNode& root, const std::string& file, Diagnostics& diagnostics) {
  return walk_limits(root, file, diagnostics);
}

}  // namespace filinggen
