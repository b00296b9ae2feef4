#pragma once
// Every diagnostic code filinggen reports, declared here once and listed in
// docs/diagnostics.md (a unit test holds the two together). A code names a kind of
// problem for scripts that read --json; the sentence for the reader is the message.
// Spelling: <area>.<what_is_wrong>, lower case, words joined by "_". A code never
// changes meaning; a new kind of problem gets a new code.
//
// Diagnostics::error and ::warning take a DiagnosticCode, which is made at compile time
// from a string literal only when the literal is in this list: a misspelt or undeclared
// code does not compile.
#include <algorithm>
#include <array>
#include <string_view>

namespace filinggen {

inline constexpr auto kDiagnosticCodes = std::to_array<std::string_view>({
    // The command line's inputs (batch/input_files.cpp).
    "input.missing", "input.empty_folder",
    // Reading a file: size, encoding, YAML and JSON syntax (base/, model/input_checks.cpp).
    "file.unreadable", "file.too_large", "file.not_utf8", "file.control_character",
    "yaml.syntax", "yaml.several_documents", "yaml.duplicate_key", "yaml.tag", "yaml.too_deep", "yaml.too_large",
    "yaml.list_too_long", "yaml.text_too_long",
    // Every value once decoded, of a data file or a workbook (base/text_safety.cpp).
    "text.control_character", "text.bidi_control", "text.combining_marks",
    // The shape of a data file's fields (model/yaml_fields.cpp).
    "field.missing", "field.empty", "field.unknown", "schema.version",
    "type.mapping", "type.list", "type.scalar", "type.boolean", "type.integer", "type.number",
    "value.choice", "value.code", "value.date", "value.date_range", "value.identifier", "value.month_day",
    "value.range", "list.short", "text.blank", "reference.missing",
    // The firm and its people (model/load_firm.cpp, load_people.cpp).
    "capital.basis", "person.duplicate", "role.twice", "duty.twice", "firm.id_twice",
    // The declaration (model/load_declaration.cpp). Who co-signs and the order of its
    // dates are the regulation's: findings of the rules stage, not diagnostics.
    "board.objecting", "signatory.unknown_person",
    // The revision table (model/load_revisions.cpp).
    "revisions.empty", "revision.duplicate", "revision.current_missing", "revision.current_unexpected",
    "revision.amended_missing", "revision.amended_unexpected", "override.twice", "override.empty",
    "override.unknown",
    // The self-assessment and its answers (model/load_self_assessment.cpp, model/answer_rules.cpp).
    "checklist.duplicate", "sign_off.twice", "application.twice", "answer.unknown_item", "answer.duplicate",
    "answer.missing", "answer.no_reason", "answer.no_plan", "answer.no_due", "answer.due_before_form",
    "answer.plan_unexpected", "answer.due_unexpected",
    // The rules files and the rules step (rules/load_rule_set.cpp, batch/firm_job.cpp).
    "rules.none", "rules.twice", "rules.same_effective", "rules.tier_order", "rules.tier_floor",
    "rules.unknown_rule", "staffing.tiers", "rules.not_in_force", "rules.strict",
    // Fonts (font/).
    "fonts.config", "fonts.entry", "fonts.face", "fonts.chain", "fonts.none", "text.no_font",
    // Templates and markup (markup/).
    "template.missing", "template.partial", "template.syntax", "template.render", "template.recursion",
    "template.too_deep", "markup.syntax",
    "markup.invalid",
    // Layout and the writers (layout/, pdf/, xlsx/).
    "layout.font_role", "layout.missing_glyph", "pdf.font", "pdf.write", "xlsx.write", "xlsx.read", "xlsx.sheet",
    "xlsx.cell",
    // The filings and the batch (filings/, batch/).
    "board_pack.contents", "generate.failed", "output.outside", "output.write", "output.exists",
    // The manifest of an output folder (batch/manifest.cpp, batch/verify.cpp).
    "manifest.missing", "manifest.unreadable",
    // Reading a filled-in workbook back (intake/).
    "import.no_section", "import.other_firm", "import.no_identity", "import.not_a_form", "import.cell", "import.firm_file",
    // A firm's data as a workbook (intake/firm_workbook_*.cpp).
    "workbook.not_firm_workbook", "workbook.layout", "workbook.sheet_missing", "workbook.row_missing",
    "workbook.header_missing", "workbook.choice", "workbook.formula", "workbook.merged", "workbook.stray",
    "workbook.person", "workbook.shared_entry", "workbook.text_too_long",
});

constexpr bool is_diagnostic_code(std::string_view spelling) {
  return std::find(kDiagnosticCodes.begin(), kDiagnosticCodes.end(), spelling) != kDiagnosticCodes.end();
}

// A code of the list above, checked when the program is compiled.
class DiagnosticCode {
 public:
  consteval DiagnosticCode(const char* spelling) : spelling_(spelling) {
    if (!is_diagnostic_code(spelling_)) throw "not a code of base/diagnostic_codes.hpp";  // stops the compiler
  }
  constexpr std::string_view spelling() const { return spelling_; }
  constexpr bool operator==(const DiagnosticCode&) const = default;

 private:
  std::string_view spelling_;
};

}  // namespace filinggen
