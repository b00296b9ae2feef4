// Loading a firm workbook: its cells as a firm file's data, that data as YAML, and the
// YAML through the same loader as every firm file; then every position the loader gave
// (a line of a text nobody sees) is moved to the cell the value came from.
#include <filesystem>

#include "base/file_text.hpp"
#include "intake/firm_data.hpp"
#include "intake/firm_sheets.hpp"
#include "intake/firm_workbook.hpp"
#include "intake/firm_workbook_reader.hpp"
#include "intake/located_sheet.hpp"
#include "intake/yaml_patch.hpp"
#include "xlsx/form_protocol.hpp"

namespace filinggen::intake {
namespace {

// Whether `book` is a firm workbook: written by init or export (its defined name says
// which layout), or by another program with the sheets the layout names.
bool is_firm_workbook(const xlsx::Workbook& book, const std::string& path, Diagnostics& diagnostics) {
  auto layout = book.defined_names.find(kFirmWorkbookName);
  if (layout != book.defined_names.end()) {
    if (xlsx::formula_string_text(layout->second) == kFirmWorkbookLayout) return true;
    diagnostics.error("workbook.layout", {path, 0, 0}, "",
                      "這個公司資料活頁簿是較新版本的 filinggen 產生的（格式「" +
                          xlsx::formula_string_text(layout->second) + "」），本版本讀不懂；請更新 filinggen。");
    return false;
  }
  if (book.sheet(kFirmSheet) && book.sheet(kPeopleSheet) && book.sheet(kDeclarationSheet)) return true;
  diagnostics.error("workbook.not_firm_workbook", {path, 0, 0}, "",
                    xlsx::document_key(book)
                        ? "這是 filinggen 產生的文件活頁簿，不是公司資料活頁簿；自評表的答案請以 import-assessment 匯入，"
                          "公司資料活頁簿請以 filinggen init FIRM-ID --xlsx 或 filinggen export FIRM.yaml 產生。"
                        : "這個活頁簿不是公司資料活頁簿：沒有「公司」「人員」「聲明書」工作表。"
                          "請以 filinggen init FIRM-ID --xlsx 產生空白的公司資料活頁簿後填寫。");
  return false;
}

// The cell of `field`, or of the nearest enclosing field that has one.
std::string cell_of(const WorkbookData& data, std::string field) {
  while (!field.empty()) {
    if (auto found = data.cells.find(field); found != data.cells.end()) return found->second;
    const auto cut = field.find_last_of(".[");
    if (cut == std::string::npos) break;
    field.resize(cut);
  }
  return "";
}

bool within(const std::string& field, const std::string& outer) {
  return field == outer || (field.rfind(outer, 0) == 0 && (field[outer.size()] == '.' || field[outer.size()] == '['));
}

bool already_reported(const WorkbookData& data, const std::string& field) {
  for (const auto& r : data.reported)
    if (within(field, r)) return true;
  return false;
}

// The labels of the cells of `field`: 「公司名稱」 for a field, 「董事會日期」「出席董事人數」…
// for a group of fields left empty together.
std::string labels_within(const WorkbookData& data, const std::string& field) {
  if (auto label = data.labels.find(field); label != data.labels.end()) return "「" + label->second + "」";
  std::string out;
  for (const auto& [path, label] : data.labels)
    if (within(path, field) && path != field) out += "「" + label + "」";
  return out;
}

struct Prepared {
  WorkbookData data;
  YamlText yaml;
  model::LoadResult loaded;
};

class CellPlaces {
 public:
  CellPlaces(const std::string& path, const Prepared& p) : path_(path), p_(p) {}

  void move(SourcePos& pos, const std::string& field) const {
    if (pos.file != path_) return;
    std::string cell = cell_of(p_.data, field);
    const auto line = static_cast<std::size_t>(pos.line);
    if (cell.empty() && line > 0 && line <= p_.yaml.line_fields.size()) cell = cell_of(p_.data, p_.yaml.line_fields[line - 1]);
    pos = {path_, 0, 0, cell};
  }

  void move_all(model::FirmFile& firm) const {
    for (auto& [field, pos] : firm.positions) move(pos, field);
    for (std::size_t i = 0; i < firm.people.size(); ++i) move(firm.people[i].pos, "people[" + std::to_string(i) + "]");
    for (auto& t : firm.texts) move(t.pos, t.field);
  }

 private:
  const std::string& path_;
  const Prepared& p_;
};

std::optional<Prepared> prepare(const std::string& path, const model::LoadOptions& options, Diagnostics& diagnostics) {
  auto book = xlsx::read_workbook(path, diagnostics);
  if (!book || !is_firm_workbook(*book, path, diagnostics)) return std::nullopt;
  Prepared p;
  p.data = read_firm_workbook(*book, path, options, diagnostics);
  p.yaml = to_yaml(p.data.root, "");
  p.loaded = model::load_firm_text(p.yaml.text, path, options);
  const CellPlaces places(path, p);
  for (auto d : p.loaded.diagnostics.items()) {
    if (already_reported(p.data, d.field)) continue;
    places.move(d.pos, d.field);
    // A field the loader misses is a cell left empty: named by its label, not its key.
    if (d.code == "field.missing" || d.code == "field.empty")
      if (auto labels = labels_within(p.data, d.field); !labels.empty()) d.message = labels + "必須填寫。";
    if (d.field == "people" && d.code != "file.too_large")
      d.message = "「人員」工作表中沒有任何人員；請至少填入聲明書的四位聯名出具人。";
    diagnostics.add(std::move(d));
  }
  if (p.loaded.firm) places.move_all(*p.loaded.firm);
  return p;
}

}  // namespace

bool is_workbook_path(const std::string& path) { return std::filesystem::path(path).extension() == ".xlsx"; }

model::LoadResult load_firm_data(const std::string& path, const model::LoadOptions& options) {
  if (!is_workbook_path(path)) return model::load_firm_file(path, options);
  model::LoadResult result;
  auto prepared = prepare(path, options, result.diagnostics);
  if (prepared && prepared->loaded.firm && !result.diagnostics.has_errors()) result.firm = std::move(prepared->loaded.firm);
  return result;
}

FirmText firm_yaml_of_workbook(const std::string& path, const model::LoadOptions& options) {
  FirmText result;
  auto prepared = prepare(path, options, result.diagnostics);
  if (!prepared || !prepared->loaded.firm || result.diagnostics.has_errors()) return result;
  const std::string name = std::filesystem::path(path).filename().string();
  result.text = to_yaml(prepared->data.root, "由 filinggen import 自公司資料活頁簿 " + name + " 轉出。").text;
  return result;
}

FirmText updated_firm_file(const std::string& workbook_path, const std::string& firm_path,
                           const model::LoadOptions& options) {
  FirmText result;
  auto prepared = prepare(workbook_path, options, result.diagnostics);
  if (!prepared || !prepared->loaded.firm || result.diagnostics.has_errors()) return result;
  FileProblem problem;
  const auto original = read_file(firm_path, kDataFileCap, problem);
  if (!original) {
    report_file_problem(problem, {firm_path, 0, 0}, "", problem.sentence, result.diagnostics);
    return result;
  }
  const std::string workbook_firm = prepared->loaded.firm->firm.id, file_firm = model::declared_firm_id(firm_path);
  if (workbook_firm != file_firm) {
    result.diagnostics.error("import.other_firm", {workbook_path, 0, 0}, "firm.id",
                             "這個活頁簿是「" + workbook_firm + "」的資料，不是「" + file_firm + "」的；" + firm_path + " 未變更。");
    return result;
  }
  auto patched = patch_yaml(*original, prepared->data.root);
  if (!patched) {
    result.diagnostics.error("import.firm_file", {firm_path, 0, 0}, "",
                             "這個資料檔的寫法（例如跨行的值或 {…} 形式）無法在保留註解的情況下逐項改寫，檔案未變更；"
                             "請改用 filinggen import 活頁簿 --out 資料夾 寫出新檔。");
    return result;
  }
  model::LoadResult check = model::load_firm_text(patched->text, firm_path, options);
  if (!check.firm) {
    result.diagnostics.append(check.diagnostics);
    return result;
  }
  result.text = std::move(patched->text);
  return result;
}

std::string declared_firm_id(const std::string& path) {
  if (!is_workbook_path(path)) return model::declared_firm_id(path);
  Diagnostics ignored;  // the workbook's own load reports them
  const std::string stem = std::filesystem::path(path).stem().string();
  auto book = xlsx::read_workbook(path, ignored);
  if (!book) return stem;
  auto sheet = locate_sheet(*book, firm_sheet(), path, true, ignored);
  if (!sheet || !sheet->field_rows.count("id")) return stem;
  const auto* v = sheet->value(sheet->field_rows.at("id"), kValueColumn);
  return v && !v->text.empty() ? v->text : stem;
}

}  // namespace filinggen::intake
