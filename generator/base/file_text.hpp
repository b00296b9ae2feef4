#pragma once
// The one way filinggen reads a file it did not write a moment ago: data, shared data,
// rules, templates, fonts configuration and faces, manifests, workbooks. Only a regular
// file is read (a FIFO would hang the run, /dev/zero or /proc/self/pagemap would fill
// memory), and never more than the cap its kind of file has: a user who points a field
// at the wrong file gets a sentence, not a machine out of memory.
#include <cstddef>
#include <optional>
#include <string>

#include "base/diagnostic.hpp"

namespace filinggen {

// Caps by kind of file, each far beyond any real one.
inline constexpr std::size_t kDataFileCap = 4 << 20;        // a firm, shared or rules file (input_checks.cpp)
inline constexpr std::size_t kTemplateFileCap = 1 << 20;    // a template or partial
inline constexpr std::size_t kConfigFileCap = 1 << 20;      // fonts.yaml
inline constexpr std::size_t kManifestFileCap = 64 << 20;   // manifest.json: some KB a firm
inline constexpr std::size_t kWorkbookFileCap = 32 << 20;   // a filled-in self-assessment (.xlsx)
inline constexpr std::size_t kFontFileCap = 512 << 20;      // a font face (CJK collections are large)

enum class ReadFailure {
  cannot_open,  // missing or not permitted: each caller has its own sentence for this
  not_regular,  // a folder, a device, a FIFO, a socket, or a file of /proc or /sys
  too_large,    // more than the cap
};

struct FileProblem {
  ReadFailure failure;
  std::string sentence;  // names the file: what is wrong and what to do
};

// Why `path` must not be read, or nothing when it is a regular file of at most `cap`
// bytes; for files another library opens by name (font faces are memory-mapped).
std::optional<FileProblem> file_problem(const std::string& path, std::size_t cap);

// The whole file, or nothing with `problem` set. The size is checked before reading and
// again while reading, so a file that grows (or lies about its size) stops at the cap.
std::optional<std::string> read_file(const std::string& path, std::size_t cap, FileProblem& problem);

// The diagnostic of a refused file: file.too_large, or file.unreadable for a file that is
// not a regular one. A file that cannot be opened gets `cannot_open` instead, the
// caller's own sentence (a missing template is not a missing firm file).
void report_file_problem(const FileProblem& problem, SourcePos at, const std::string& field,
                         const std::string& cannot_open, Diagnostics& diagnostics);

}  // namespace filinggen
