// import-assessment: the answers of a filled-in self-assessment workbook (one that
// filinggen wrote, filled in with Excel, LibreOffice or any other program) back into the
// firm's data file. The workbook names its fields in a hidden first row and keeps each
// item's id in a hidden column, so columns may be read whatever their order; every
// problem names the sheet and cell (自評表!D12).
#include <chrono>
#include <cmath>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "batch/batch.hpp"
#include "model/answers_section.hpp"
#include "model/enum_names.hpp"
#include "model/load.hpp"
#include "xlsx/xlsx.hpp"

namespace filinggen::batch {
namespace {

// The columns of the form's fields, read from the hidden first row.
struct FormSheet {
  const xlsx::Sheet* sheet = nullptr;
  std::map<std::string, int> columns;  // field name -> column
};

std::optional<FormSheet> find_form(const xlsx::Workbook& book) {
  for (const auto& sheet : book.sheets) {
    const auto* marker = sheet.at(0, 0);
    if (sheet.hidden || !marker || marker->text != xlsx::kFieldRowMarker) continue;
    FormSheet form{&sheet, {}};
    for (const auto& [at, value] : sheet.cells)
      if (at.first == 0 && at.second > 0) form.columns[value.text] = at.second;
    if (form.columns.count(xlsx::kKeyField) && form.columns.count("answer")) return form;
  }
  return std::nullopt;
}

// Excel's day number (1900 date system: day 60 is the 1900-02-29 Excel believes in).
CivilDate from_serial(double serial) {
  using namespace std::chrono;
  const sys_days day = sys_days{year{1899} / December / 30} + days{static_cast<int>(std::floor(serial))};
  const year_month_day ymd{day};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

// A date as a person types it: 2026-06-30, 2026/6/30, 中華民國115年6月30日, 民國115年6月30日, 115年6月30日.
std::optional<CivilDate> typed_date(const std::string& text) {
  static const std::regex gregorian(R"(\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*)");
  static const std::regex roc(R"(\s*(?:中華)?(?:民國)?\s*(\d{1,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*)");
  std::smatch m;
  int offset = 0;
  if (std::regex_match(text, m, gregorian)) offset = 0;
  else if (std::regex_match(text, m, roc)) offset = 1911;
  else return std::nullopt;
  const int y = std::stoi(m[1]) + offset, mo = std::stoi(m[2]), d = std::stoi(m[3]);
  if (!CivilDate::is_real(y, mo, d)) return std::nullopt;
  return CivilDate{y, mo, d};
}

std::string from_sheet(std::string text) {  // a cell's line breaks as the data's
  std::string out;
  for (char c : text)
    if (c != '\r') out.push_back(c);
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out;
}

class FormReader {
 public:
  FormReader(const FormSheet& form, const std::string& path, Diagnostics& diagnostics)
      : form_(form), path_(path), diagnostics_(diagnostics) {}

  std::string text(int row, const char* field) const {
    auto column = form_.columns.find(field);
    if (column == form_.columns.end()) return "";
    const auto* v = form_.sheet->at(row, column->second);
    return v ? from_sheet(v->text) : "";
  }

  std::optional<CivilDate> date(int row, const char* field) {
    auto column = form_.columns.find(field);
    if (column == form_.columns.end()) return std::nullopt;
    const auto* v = form_.sheet->at(row, column->second);
    if (!v) return std::nullopt;
    if (v->number) return from_serial(*v->number);
    if (auto d = typed_date(v->text)) return d;
    error(row, field, "「" + v->text + "」不是日期；請填入如 2026-06-30 或 民國115年6月30日 的日期。");
    return std::nullopt;
  }

  void error(int row, const char* field, const std::string& message) {
    auto column = form_.columns.find(field);
    const int c = column == form_.columns.end() ? 0 : column->second;
    diagnostics_.error("import.cell", {path_, 0, 0}, form_.sheet->name + "!" + xlsx::cell_name(row, c), message);
  }

 private:
  const FormSheet& form_;
  std::string path_;
  Diagnostics& diagnostics_;
};

// The answer of one row, checked as the form's rules ask; nothing for an unanswered item.
std::optional<model::AssessmentAnswer> read_row(FormReader& reader, int row, const std::string& item) {
  const std::string label = reader.text(row, "answer");
  model::AssessmentAnswer a{item, model::Answer::compliant, reader.text(row, "explanation"), reader.text(row, "evidence"),
                            reader.text(row, "plan"), reader.date(row, "due")};
  const bool has_plan = !a.improvement_plan.empty() || a.improvement_due;
  if (label.empty()) {
    if (!a.explanation.empty() || !a.evidence.empty() || has_plan)
      reader.error(row, "answer", "項目「" + item + "」已填說明或計畫，但自評結果空白；請選擇符合、不符合或不適用。");
    return std::nullopt;
  }
  auto answer = model::enum_from_label(model::kAnswers, label);
  if (!answer) {
    reader.error(row, "answer", "自評結果「" + label + "」不是可用的選項；請選擇符合、不符合或不適用。");
    return std::nullopt;
  }
  a.answer = *answer;
  if (a.answer == model::Answer::non_compliant) {
    if (a.explanation.empty()) reader.error(row, "explanation", "項目「" + item + "」為「不符合」，請填寫說明。");
    if (a.improvement_plan.empty()) reader.error(row, "plan", "項目「" + item + "」為「不符合」，請填寫改善計畫。");
    if (!a.improvement_due) reader.error(row, "due", "項目「" + item + "」為「不符合」，請填寫改善計畫的預定完成日期。");
  } else if (has_plan) {
    reader.error(row, a.improvement_plan.empty() ? "due" : "plan",
                 "項目「" + item + "」為「" + label + "」，不需要改善計畫；請刪除改善計畫與預定完成日期，或將結果改為「不符合」。");
  }
  if (a.answer == model::Answer::not_applicable && a.explanation.empty())
    reader.error(row, "explanation", "項目「" + item + "」為「不適用」，請在說明中寫明不適用的理由。");
  return a;
}

std::vector<model::AssessmentAnswer> read_answers(const FormSheet& form, const model::Checklist& checklist,
                                                  const std::string& path, Diagnostics& diagnostics) {
  std::set<std::string> known, seen;
  for (const auto& area : checklist.areas)
    for (const auto& item : area.items) known.insert(item.id);
  FormReader reader(form, path, diagnostics);
  std::map<std::string, model::AssessmentAnswer> by_item;
  const int key_column = form.columns.at(xlsx::kKeyField);
  for (const auto& [at, value] : form.sheet->cells) {
    if (at.second != key_column || at.first == 0) continue;
    const std::string item = from_sheet(value.text);
    if (!known.count(item)) {
      reader.error(at.first, xlsx::kKeyField, "檢查項目「" + item + "」不在本公司適用的自評表（" + checklist.version.version +
                                                  "）中；這份試算表可能屬於其他版本或其他公司。");
      continue;
    }
    if (!seen.insert(item).second) {
      reader.error(at.first, xlsx::kKeyField, "檢查項目「" + item + "」出現兩次。");
      continue;
    }
    if (auto a = read_row(reader, at.first, item)) by_item.emplace(item, std::move(*a));
  }
  std::vector<model::AssessmentAnswer> answers;  // in the checklist's order
  for (const auto& area : checklist.areas)
    for (const auto& item : area.items)
      if (auto found = by_item.find(item.id); found != by_item.end()) answers.push_back(found->second);
  return answers;
}

const std::string& firm_name_of(const model::FirmFile& file) { return file.firm.name; }

// A defined name's string constant, "hengyi" -> hengyi ("" inside stands for ").
std::string unquoted(const std::string& formula) {
  std::string text = formula.size() >= 2 && formula.front() == '"' && formula.back() == '"'
                         ? formula.substr(1, formula.size() - 2) : formula;
  for (std::size_t at = text.find("\"\""); at != std::string::npos; at = text.find("\"\"", at + 1)) text.erase(at, 1);
  return text;
}

std::optional<std::string> read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

ImportResult import_assessment(const std::string& workbook_path, const std::string& firm_path) {
  ImportResult result;
  auto& diagnostics = result.diagnostics;
  model::LoadResult firm = model::load_firm_file(firm_path);
  diagnostics.append(firm.diagnostics);
  if (!firm.firm) return result;
  if (!firm.firm->self_assessment) {
    diagnostics.error("import.no-section", {firm_path, 0, 0}, "self_assessment",
                      "公司資料檔沒有 self_assessment 段落（含 checklist 與 date 等）；請先加入，再匯入自評表。");
    return result;
  }
  auto book = xlsx::read_workbook(workbook_path, diagnostics);
  if (!book) return result;
  auto key = book->defined_names.find(xlsx::kDocumentKeyName);
  const std::string firm_id = firm.firm->firm.id;
  const std::string written_for = key == book->defined_names.end() ? firm_id : unquoted(key->second);
  if (written_for != firm_id) {
    diagnostics.error("import.other-firm", {workbook_path, 0, 0}, "",
                      "這份自評表是為「" + written_for + "」產生的，不是「" + firm_id + "」（" + firm_name_of(*firm.firm) +
                          "）的；請確認 --firm 指定的公司資料檔。");
    return result;
  }
  auto form = find_form(*book);
  if (!form) {
    diagnostics.error("import.not-a-form", {workbook_path, 0, 0}, "",
                      "這份試算表不是 filinggen 產生的資訊安全自評表（找不到隱藏的欄位列與項目代號欄）；"
                      "請使用 filinggen generate --format xlsx 產生的自評表填寫。");
    return result;
  }
  auto answers = read_answers(*form, firm.firm->self_assessment->checklist, workbook_path, diagnostics);
  if (diagnostics.has_errors()) return result;
  auto text = read_text(firm_path);
  std::string error;
  auto updated = text ? model::replace_answers(*text, answers, error) : std::nullopt;
  if (!updated) {
    diagnostics.error("import.firm-file", {firm_path, 0, 0}, "self_assessment.answers",
                      text ? error : "無法讀取公司資料檔。");
    return result;
  }
  // The result must load as cleanly as the original did: same checks, same references.
  model::LoadResult check = model::load_firm_text(*updated, firm_path);
  for (auto d : check.diagnostics.items()) {
    d.message = "（匯入後的內容）" + d.message;
    diagnostics.add(d);
  }
  if (!diagnostics.has_errors()) result.firm_text = std::move(updated);
  return result;
}

}  // namespace filinggen::batch
