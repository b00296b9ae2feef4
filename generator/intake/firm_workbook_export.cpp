// init --xlsx and export: the firm workbook of a new firm, or of an existing firm file.
#include <filesystem>

#include "intake/firm_workbook.hpp"
#include "intake/firm_workbook_writer.hpp"
#include "intake/workbook_values.hpp"

namespace filinggen::intake {

WorkbookBytes blank_firm_workbook(const std::string& firm_id, const std::vector<std::string>& statement,
                                  const model::LoadOptions& load, const FirmWorkbookOptions& options) {
  WorkbookBytes out;
  const WorkbookValues values = blank_values(firm_id, statement, load, out.diagnostics);
  if (!out.diagnostics.has_errors()) out.bytes = write_firm_workbook(values, options, out.diagnostics);
  return out;
}

WorkbookBytes export_firm_workbook(const std::string& firm_path, const std::string& workbook_dir,
                                   const model::LoadOptions& load, const FirmWorkbookOptions& options) {
  WorkbookBytes out;
  if (is_workbook_path(firm_path)) {
    out.diagnostics.error("workbook.not_firm_workbook", {firm_path, 0, 0}, "",
                          "這已經是活頁簿；export 把 YAML 或 JSON 公司資料檔轉成活頁簿。要轉回 YAML 請用 filinggen import。");
    return out;
  }
  model::LoadResult loaded = model::load_firm_file(firm_path, load);
  out.diagnostics.append(loaded.diagnostics);
  if (!loaded.firm) return out;
  const WorkbookValues values = values_of_firm(*loaded.firm, load, workbook_dir, out.diagnostics);
  if (!out.diagnostics.has_errors()) out.bytes = write_firm_workbook(values, options, out.diagnostics);
  return out;
}

}  // namespace filinggen::intake
