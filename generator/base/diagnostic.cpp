#include "base/diagnostic.hpp"

#include <algorithm>

namespace filinggen {

std::string SourcePos::str() const {
  std::string out = file;
  if (!cell.empty()) {
    out += ':' + cell;
  } else if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  return out;
}

std::string Diagnostic::str() const {
  std::string out = pos.str();
  if (!out.empty()) out += ": ";
  if (severity == Severity::warning) out += "警告: ";
  if (!field.empty()) out += field + ": ";
  return out + message;
}

void Diagnostics::error(DiagnosticCode code, SourcePos pos, std::string field, std::string message) {
  add({Severity::error, std::string(code.spelling()), std::move(pos), std::move(field), std::move(message)});
}

void Diagnostics::warning(DiagnosticCode code, SourcePos pos, std::string field, std::string message) {
  add({Severity::warning, std::string(code.spelling()), std::move(pos), std::move(field), std::move(message)});
}

void Diagnostics::add(Diagnostic d) {
  if (items_.size() >= kCap) {
    truncated_ = true;
    return;
  }
  items_.push_back(std::move(d));
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& d : other.items_) add(d);
  truncated_ = truncated_ || other.truncated_;
}

bool Diagnostics::has_errors() const { return error_count() > 0 || truncated_; }

std::size_t Diagnostics::error_count() const {
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace filinggen
