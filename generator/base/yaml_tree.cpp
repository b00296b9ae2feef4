// The tree of a data file, built from libfyaml's parser events the way yaml-cpp built
// its nodes: plain ~, null, Null, NULL and nothing are null; untagged plain values and
// collections are tagged "?", quoted ones "!"; marks are where each node's first token
// starts.
#include "base/yaml_tree.hpp"

#include <libfyaml.h>

#include <algorithm>
#include <map>
#include <memory>
#include <vector>

#include "base/yaml_limits.hpp"

namespace filinggen {

struct YamlNode::Data {
  Type type = Type::null;
  std::string scalar;
  std::string tag;  // none on a null, as yaml-cpp gave
  YamlMark mark;
  std::vector<Entry> children;
};

namespace {

const std::string& empty_text() {
  static const std::string empty;
  return empty;
}

std::string text_of(fy_token* token) {
  std::size_t length = 0;
  const char* text = token ? fy_token_get_text(token, &length) : nullptr;
  return text ? std::string(text, length) : std::string();
}

bool is_null_text(const std::string& text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

// Where each line of the text starts: libfyaml counts columns in characters, and the
// positions of every message (as yaml-cpp gave them, and the loaders' other checks) are
// in bytes.
class LineStarts {
 public:
  explicit LineStarts(std::string_view text) : text_(text) {
    // A byte-order mark is not part of the first line (yaml-cpp's columns start after it).
    starts_.push_back(text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      // LF, CRLF, and a lone CR as libfyaml reads it: each starts a line.
      const bool lone_cr = text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n');
      if (text[i] == '\n' || lone_cr) starts_.push_back(i + 1);
    }
    starts_.push_back(text.size() + 1);  // past the last line: where a line after it would start
  }
  YamlMark at(const fy_mark* mark) const {
    if (!mark || mark->line < 0 || static_cast<std::size_t>(mark->line) + 1 >= starts_.size()) return {};
    const std::size_t start = starts_[static_cast<std::size_t>(mark->line)];
    return {mark->line, mark->input_pos >= start ? static_cast<int>(mark->input_pos - start) : mark->column};
  }

  // A block value's | or > : the first one between `from` (the end of what came before
  // the value) and `to` (its text), past comments, anchors and tags.
  YamlMark block_indicator(std::size_t from, std::size_t to) const {
    for (std::size_t i = from; i < to && i < text_.size(); ++i) {
      const char c = text_[i];
      if (c == '#') {
        while (i < to && text_[i] != '\n') ++i;
      } else if (c == '!' || c == '&') {
        while (i < to && text_[i] != ' ' && text_[i] != '\t' && text_[i] != '\n') ++i;
      } else if (c == '|' || c == '>') {
        return at_offset(i);
      }
    }
    return {};
  }

  YamlMark at_offset(std::size_t offset) const {
    auto next = std::upper_bound(starts_.begin(), starts_.end() - 1, offset);
    const auto line = static_cast<int>(next - starts_.begin()) - 1;
    if (line < 0) return {0, static_cast<int>(offset)};
    return {line, static_cast<int>(offset - starts_[static_cast<std::size_t>(line)])};
  }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

// libfyaml's parser and its collected errors, released together.
struct Parser {
  Parser() {
    fy_diag_cfg diag_cfg;
    fy_diag_cfg_default(&diag_cfg);
    diag_cfg.fp = nullptr;
    diag_cfg.output_fn = [](fy_diag*, void*, const char*, size_t) {};  // nothing printed
    diag = fy_diag_create(&diag_cfg);
    if (diag) fy_diag_set_collect_errors(diag, true);
    fy_parse_cfg cfg{};
    // Sloppy flow indentation: a list or mapping in [ ] or { } may close at the margin,
    // as yaml-cpp allowed and JSON-minded editors write.
    cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_DISABLE_MMAP_OPT | FYPCF_SLOPPY_FLOW_INDENTATION);
    cfg.diag = diag;
    parser = diag ? fy_parser_create(&cfg) : nullptr;
  }
  ~Parser() {
    if (parser) fy_parser_destroy(parser);
    if (diag) fy_diag_destroy(diag);
  }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  // Where the first error is: its token's start (in bytes, like every mark), else the
  // line and column libfyaml gives, which count from 1.
  YamlSyntaxError first_error(const LineStarts& lines) const {
    void* iterator = nullptr;
    fy_diag_error* e = diag ? fy_diag_errors_iterate(diag, &iterator) : nullptr;
    if (!e) return {"syntax error", {}};
    YamlMark mark = e->fyt ? lines.at(fy_token_start_mark(e->fyt)) : YamlMark{};
    if (mark.is_null() && e->line > 0) mark = {e->line - 1, std::max(e->column - 1, 0)};
    return {e->msg ? e->msg : "syntax error", mark};
  }

  fy_diag* diag = nullptr;
  fy_parser* parser = nullptr;
};

// Nesting beyond this is not built (kept shallow for every walk, and the destructor).
constexpr std::size_t kBuiltDepth = kMaxYamlDepth + 2;

}  // namespace

// Builds the tree from events: collections open on a stack, each finished node added to
// the one below (a mapping takes a key, then its value).
class YamlTreeBuilder {
 public:
  explicit YamlTreeBuilder(const LineStarts& lines) : lines_(lines) {}

  bool event(fy_event* event, YamlSyntaxError& error) {
    place_empty_value(event);
    const bool ok = handle(event, error);
    if (const fy_mark* end = fy_event_end_mark(event)) previous_end_ = end->input_pos;
    return ok;
  }
  bool done() const { return done_; }
  YamlNode root() const { return root_ ? *root_ : YamlNode(std::make_shared<const YamlNode::Data>()); }

 private:
  bool handle(fy_event* event, YamlSyntaxError& error) {
    switch (event->type) {
      case FYET_SCALAR: return scalar(event);
      case FYET_ALIAS: return alias(event, error);
      case FYET_SEQUENCE_START:
        return open(event, YamlNode::Type::sequence, event->sequence_start.anchor, event->sequence_start.tag);
      case FYET_MAPPING_START:
        return open(event, YamlNode::Type::map, event->mapping_start.anchor, event->mapping_start.tag);
      case FYET_SEQUENCE_END:
      case FYET_MAPPING_END: return close();
      case FYET_DOCUMENT_END: done_ = true; return true;
      default: return true;
    }
  }

  // A value left empty ("name:" with nothing after it) has no token of its own: like
  // yaml-cpp, it is placed where the next thing starts, so "must be filled in" points
  // at its line.
  void place_empty_value(fy_event* event) {
    if (!empty_value_) return;
    if (const fy_mark* next = fy_event_start_mark(event)) empty_value_->mark = lines_.at(next);
    empty_value_.reset();
  }

  struct Open {
    std::shared_ptr<YamlNode::Data> node;
    std::string anchor;
    std::optional<YamlNode> key;  // of a mapping, waiting for its value
  };

  bool scalar(fy_event* event) {
    if (skipped_ > 0) return true;
    auto data = std::make_shared<YamlNode::Data>();
    const fy_event_scalar_data& s = event->scalar;
    data->scalar = text_of(s.value);
    const fy_scalar_style style = fy_token_scalar_style(s.value);
    // An empty block value (| at the end of the file) comes back as one NUL byte; a block
    // value has no escapes, and a NUL in the file itself was refused before parsing.
    if ((style == FYSS_LITERAL || style == FYSS_FOLDED) && data->scalar == std::string(1, '\0')) data->scalar.clear();
    const bool plain = style == FYSS_PLAIN;
    data->tag = s.tag ? text_of(s.tag) : plain ? "?" : "!";
    data->type = plain && !s.tag && is_null_text(data->scalar) ? YamlNode::Type::null : YamlNode::Type::scalar;
    if (data->type == YamlNode::Type::null) {
      data->scalar.clear();
      data->tag.clear();
    }
    data->mark = scalar_mark(event);
    if (!s.value && !s.tag && !s.anchor) empty_value_ = data;
    finished(YamlNode(std::move(data)), text_of(s.anchor));
    return true;
  }

  bool alias(fy_event* event, YamlSyntaxError& error) {
    if (skipped_ > 0) return true;
    const std::string name = text_of(event->alias.anchor);
    auto anchored = anchors_.find(name);
    if (anchored == anchors_.end()) {  // unknown, or the collection it is inside of
      error = {"alias *" + name + " refers to no anchor before it", mark_of(event)};
      return false;
    }
    finished(anchored->second, "");
    return true;
  }

  bool open(fy_event* event, YamlNode::Type type, fy_token* anchor, fy_token* tag) {
    if (skipped_ > 0 || open_.size() >= kBuiltDepth) {
      ++skipped_;
      return true;
    }
    auto data = std::make_shared<YamlNode::Data>();
    data->type = type;
    data->tag = tag ? text_of(tag) : "?";
    data->mark = properties_mark(anchor, tag).value_or(mark_of(event));
    open_.push_back({std::move(data), text_of(anchor), std::nullopt});
    return true;
  }

  bool close() {
    if (skipped_ > 0) {
      --skipped_;
      return true;
    }
    if (open_.empty()) return true;
    Open done = std::move(open_.back());
    open_.pop_back();
    finished(YamlNode(std::move(done.node)), done.anchor);
    return true;
  }

  void finished(YamlNode node, const std::string& anchor) {
    if (!anchor.empty()) anchors_[anchor] = node;
    if (open_.empty()) {
      if (!root_) root_ = std::move(node);
      return;
    }
    Open& parent = open_.back();
    YamlNode::Entry entry;
    if (parent.node->type == YamlNode::Type::sequence) {
      static_cast<YamlNode&>(entry) = std::move(node);
    } else if (!parent.key) {
      parent.key = std::move(node);
      return;
    } else {
      entry.first = std::move(*parent.key);
      entry.second = std::move(node);
      parent.key.reset();
    }
    parent.node->children.push_back(std::move(entry));
  }

  YamlMark mark_of(fy_event* event) const { return lines_.at(fy_event_start_mark(event)); }

  // Where yaml-cpp placed a node with an anchor or a tag: at the first of them (an
  // anchor at its &, which libfyaml's token leaves out).
  std::optional<YamlMark> properties_mark(fy_token* anchor, fy_token* tag) const {
    const fy_mark* a = anchor ? fy_token_start_mark(anchor) : nullptr;
    const fy_mark* t = tag ? fy_token_start_mark(tag) : nullptr;
    if (a && (!t || a->input_pos < t->input_pos)) {
      YamlMark at = lines_.at(a);
      if (at.column > 0) --at.column;
      return at;
    }
    if (t) return lines_.at(t);
    return std::nullopt;
  }

  // Where yaml-cpp placed a value: at its anchor or tag; a quoted one at its opening
  // quote (libfyaml's token starts inside it), a block one (| or >) at its indicator.
  YamlMark scalar_mark(fy_event* event) const {
    if (auto at = properties_mark(event->scalar.anchor, event->scalar.tag)) return *at;
    fy_token* value = event->scalar.value;
    const fy_mark* start = value ? fy_token_start_mark(value) : nullptr;
    if (!start) return {};  // an empty value: placed by the next event
    const fy_scalar_style style = fy_token_scalar_style(value);
    if (style == FYSS_LITERAL || style == FYSS_FOLDED) {
      const YamlMark indicator = lines_.block_indicator(previous_end_, start->input_pos);
      return indicator.is_null() ? lines_.at(start) : indicator;
    }
    YamlMark mark = lines_.at(start);
    if ((style == FYSS_SINGLE_QUOTED || style == FYSS_DOUBLE_QUOTED) && mark.column > 0) --mark.column;
    return mark;
  }

  const LineStarts& lines_;
  std::vector<Open> open_;
  std::map<std::string, YamlNode> anchors_;
  std::optional<YamlNode> root_;
  std::size_t skipped_ = 0;  // collections opened below kBuiltDepth, not built
  std::size_t previous_end_ = 0;  // where the last event ended, in bytes
  std::shared_ptr<YamlNode::Data> empty_value_;  // waiting for the next event's place
  bool done_ = false;
};

YamlNode YamlNode::scalar_text(std::string text) {
  auto data = std::make_shared<Data>();
  data->type = Type::scalar;
  data->scalar = std::move(text);
  return YamlNode(std::move(data));
}

YamlNode::Type YamlNode::type() const { return data_ ? data_->type : Type::undefined; }
const std::string& YamlNode::Scalar() const { return data_ ? data_->scalar : empty_text(); }
const std::string& YamlNode::Tag() const { return data_ ? data_->tag : empty_text(); }
YamlMark YamlNode::Mark() const { return data_ ? data_->mark : YamlMark{}; }
std::size_t YamlNode::size() const { return data_ ? data_->children.size() : 0; }
const YamlNode::Entry* YamlNode::begin() const { return data_ ? data_->children.data() : nullptr; }
const YamlNode::Entry* YamlNode::end() const {
  return data_ ? data_->children.data() + data_->children.size() : nullptr;
}

YamlNode YamlNode::operator[](std::string_view key) const {
  if (!IsMap()) return {};
  for (const Entry& entry : *this)
    if (entry.first.IsScalar() && entry.first.Scalar() == key) return entry.second;
  return {};
}

std::optional<YamlNode> parse_yaml_tree(std::string_view text, YamlSyntaxError& error) {
  Parser p;
  if (!p.parser || fy_parser_set_string(p.parser, text.data(), text.size()) != 0) {
    error = {"the YAML parser could not start", {}};
    return std::nullopt;
  }
  const LineStarts lines(text);
  YamlTreeBuilder builder(lines);
  while (!builder.done()) {
    fy_event* event = fy_parser_parse(p.parser);
    if (!event) break;
    const bool ok = builder.event(event, error);
    const bool stream_end = event->type == FYET_STREAM_END;
    fy_parser_event_free(p.parser, event);
    if (!ok) return std::nullopt;
    if (stream_end) break;
  }
  if (fy_parser_get_stream_error(p.parser)) {
    error = p.first_error(lines);
    return std::nullopt;
  }
  return builder.root();
}

std::string yaml_parser_version() { return fy_library_version(); }

}  // namespace filinggen
