// The document catalogue: which documents a firm gets, from which template and view, in
// which formats. render_firm.cpp goes through this table; nothing else lists documents.
#include "filings/catalogue.hpp"

#include "view/view.hpp"

namespace filinggen::filings {
namespace {

bool has_revisions(const model::FirmFile& file) { return file.revisions.has_value(); }
bool has_self_assessment(const model::FirmFile& file) { return file.self_assessment.has_value(); }

// Only the declaration speaks of the rules' figures.
kainjow::mustache::data revision_table(const model::FirmFile& file, const rules::FirmReport*) {
  return view::revision_table_view(file);
}
kainjow::mustache::data self_assessment(const model::FirmFile& file, const rules::FirmReport*) {
  return view::self_assessment_view(file);
}

std::string amendments_file(const model::FirmFile& file) {
  return file.revisions ? file.revisions->amendments_file : std::string();
}
std::string checklist_file(const model::FirmFile& file) {
  return file.self_assessment ? file.self_assessment->checklist_file : std::string();
}

}  // namespace

const std::vector<DocumentKind>& catalogue() {
  static const std::vector<DocumentKind> kinds{
      {"declaration", "聲明書", "declaration.zh-TW", &view::declaration_view, nullptr, kPdfBit | kXlsxBit, true,
       nullptr},
      {"revision-table", "修正條文對照表", "revision-table.zh-TW", &revision_table, &has_revisions, kPdfBit | kXlsxBit,
       true, &amendments_file},
      {"self-assessment", "資訊安全自評表", "self-assessment.zh-TW", &self_assessment, &has_self_assessment,
       kPdfBit | kXlsxBit, true, &checklist_file},
  };
  return kinds;
}

}  // namespace filinggen::filings
