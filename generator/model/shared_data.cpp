// Reading a checklist or amendments file by its reference, outside a firm file.
#include "model/shared_data.hpp"

#include <set>

#include "model/load_sections.hpp"

namespace filinggen::model {
namespace {

// Messages about the reference itself are moved to `at`: the cell or line naming it.
template <typename Read>
auto read_shared(const std::string& reference, const std::string& base_dir, const LoadOptions& options,
                 const SourcePos& at, const std::string& field, Diagnostics& diagnostics, Read read)
    -> std::optional<decltype(read(YamlNode(), FileContext{}))> {
  Diagnostics local;
  FileContext ctx{at.file, &local, nullptr, nullptr, options.standard_dir};
  const YamlNode none;
  std::optional<decltype(read(YamlNode(), FileContext{}))> result;
  if (auto path = resolve_reference(base_dir, reference, none, field, ctx)) {
    if (auto root = read_shared_file(*path, YamlNode::scalar_text(reference), field, ctx)) {
      FileContext shared{*path, &local, nullptr};
      result = read(*root, shared);
    }
  }
  for (auto d : local.items()) {
    if (d.pos.file == at.file) d.pos = at;
    diagnostics.add(std::move(d));
  }
  if (local.has_errors()) return std::nullopt;
  return result;
}

}  // namespace

std::optional<Checklist> read_checklist_file(const std::string& reference, const std::string& base_dir,
                                             const LoadOptions& options, const SourcePos& at,
                                             const std::string& field, Diagnostics& diagnostics) {
  return read_shared(reference, base_dir, options, at, field, diagnostics,
                     [](const YamlNode& root, const FileContext& ctx) { return read_checklist(root, ctx); });
}

std::optional<Revisions> read_amendments_file(const std::string& reference, const std::string& base_dir,
                                              const LoadOptions& options, const SourcePos& at,
                                              const std::string& field, Diagnostics& diagnostics) {
  return read_shared(reference, base_dir, options, at, field, diagnostics,
                     [](const YamlNode& root, const FileContext& ctx) {
                       std::set<std::string> ids;
                       return read_amendments(root, ctx, ids);
                     });
}

StandardReferences newest_standard_references(const std::string& standard_dir) {
  StandardReferences refs;
  Diagnostics ignored;
  std::string checklist_version, amendments_version;
  for (const auto& f : standard_files(standard_dir, ignored)) {
    if (f.kind == "checklist" && f.version >= checklist_version) {
      checklist_version = f.version;
      refs.checklist = "standard:" + f.file;
    } else if (f.kind == "amendments" && f.version >= amendments_version) {
      amendments_version = f.version;
      refs.amendments = "standard:" + f.file;
    }
  }
  return refs;
}

}  // namespace filinggen::model
