#pragma once
// Private to the model stage: one reader per section of a firm file.
#include <set>

#include "model/firm.hpp"
#include "model/yaml_fields.hpp"

namespace filinggen::model {

std::vector<Person> read_people(Fields& top, const FileContext& ctx);
Declaration read_declaration(Fields& top, const std::vector<Person>& people, const FileContext& ctx);
std::optional<SelfAssessment> read_self_assessment(Fields& top, const std::string& base_dir,
                                                   const FileContext& ctx);
std::optional<Revisions> read_revisions(Fields& top, const std::string& base_dir,
                                        const FileContext& ctx);

// The two shared files' own readers (a checklist file, an amendments file).
Checklist read_checklist(const YamlNode& root, const FileContext& ctx);
Revisions read_amendments(const YamlNode& root, const FileContext& ctx, std::set<std::string>& ids);

// Reads a shared data file (amendments, checklist) and checks its schema_version.
std::optional<YamlNode> read_shared_file(const std::string& path, const YamlNode& referrer,
                                           const std::string& field, const FileContext& referrer_ctx);
// A reference to a shared file as written in a file inside `base_dir`: a path relative
// to that folder (or absolute), or standard:NAME for the file NAME of the standard data
// filinggen ships (ctx.standard_dir). Nothing, after reporting at `at`, when it is wrong.
std::optional<std::string> resolve_reference(const std::string& base_dir, const std::string& reference,
                                             const YamlNode& at, const std::string& field, const FileContext& ctx);

}  // namespace filinggen::model
