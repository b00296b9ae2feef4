#pragma once
// One diagnostic type for every stage: where (file:line:col), which field, what is wrong.
#include <string>
#include <vector>

#include "base/diagnostic_codes.hpp"

namespace filinggen {

struct SourcePos {
  std::string file;
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based; 0 when unknown
  std::string cell = {};  // in a workbook: the sheet and cell (人員!E7), instead of line and column

  // "file:line:col", or "file:sheet!cell" for a workbook
  std::string str() const;
};

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string code;     // one of base/diagnostic_codes.hpp, e.g. "field.missing"
  SourcePos pos;
  std::string field;    // field path, e.g. "declaration.signatories[2].person"
  std::string message;  // a sentence for the reader, in Traditional Chinese

  // "file:line:col: field: message"
  std::string str() const;
};

// Collects every problem of a run (up to a cap) so the user sees them all at once.
class Diagnostics {
 public:
  static constexpr std::size_t kCap = 200;

  void error(DiagnosticCode code, SourcePos pos, std::string field, std::string message);
  void warning(DiagnosticCode code, SourcePos pos, std::string field, std::string message);
  void add(Diagnostic d);
  void append(const Diagnostics& other);

  bool has_errors() const;
  std::size_t error_count() const;
  bool truncated() const { return truncated_; }
  const std::vector<Diagnostic>& items() const { return items_; }

 private:
  std::vector<Diagnostic> items_;
  bool truncated_ = false;
};

}  // namespace filinggen
