// import-assessment: the answers of a filled-in self-assessment workbook (one that
// filinggen wrote, filled in with Excel, LibreOffice or any other program) back into the
// firm's data file. The workbook names its fields in a hidden first row and keeps each
// item's id in a hidden column, so columns may be read whatever their order; every
// problem names the sheet and cell (自評表!D12).
#include <cctype>
#include <filesystem>
#include <map>
#include <set>

#include "base/file_text.hpp"
#include "base/text_safety.hpp"
#include "intake/cell_dates.hpp"
#include "intake/intake.hpp"
#include "model/answer_rules.hpp"
#include "model/answers_section.hpp"
#include "model/enum_names.hpp"
#include "model/load.hpp"
#include "xlsx/form_protocol.hpp"

namespace filinggen::intake {
namespace {

using xlsx::FormSheet;

std::string from_sheet(std::string text) {  // a cell's line breaks as the data's
  std::string out;
  for (char c : text)
    if (c != '\r') out.push_back(c);
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out;
}

bool is_json_file(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".json";
}

class FormReader {
 public:
  FormReader(const FormSheet& form, const std::string& path, Diagnostics& diagnostics)
      : form_(form), path_(path), diagnostics_(diagnostics) {}

  // A cell's text as the workbook's XML decoded it (&#x1b; is ESC by then), held to the
  // data's rule for every value and reported at its cell.
  std::string text(int row, const char* field) const {
    const auto* v = cell(row, field);
    if (!v) return "";
    const std::string text = from_sheet(v->text);
    check_decoded_text(text, {path_, 0, 0}, where(row, field), diagnostics_);  // the import stops then
    return text;
  }

  std::optional<CivilDate> date(int row, const char* field) {
    const auto* v = cell(row, field);
    if (!v) return std::nullopt;
    if (auto d = v->number ? from_excel_serial(*v->number) : typed_date(v->text)) return d;
    error(row, field, "「" + v->text + "」不是日期；請填入如 2026-06-30 或 民國115年6月30日 的日期。");
    return std::nullopt;
  }

  void error(int row, const char* field, const std::string& message) {
    diagnostics_.error("import.cell", {path_, 0, 0}, where(row, field), message);
  }

  // 自評表!D12
  std::string where(int row, const char* field) const {
    return form_.sheet->name + "!" + xlsx::cell_name(row, form_.column(field).value_or(0));
  }

 private:
  const xlsx::CellValue* cell(int row, const char* field) const {
    auto column = form_.column(field);
    return column ? form_.sheet->at(row, *column) : nullptr;
  }

  const FormSheet& form_;
  std::string path_;
  Diagnostics& diagnostics_;
};

// The form's column of each part of an answer.
const char* form_field(model::AnswerPart part) {
  switch (part) {
    case model::AnswerPart::answer: return "answer";
    case model::AnswerPart::explanation: return "explanation";
    case model::AnswerPart::improvement_plan: return "plan";
    case model::AnswerPart::improvement_due: return "due";
  }
  return "answer";
}

// The answer of one row, checked by the same rules as the firm file's; nothing for an
// unanswered item.
std::optional<model::AssessmentAnswer> read_row(FormReader& reader, int row, const std::string& item,
                                                const std::optional<CivilDate>& form_date) {
  const std::string label = reader.text(row, "answer");
  const std::string due_text = reader.text(row, "due");
  model::AssessmentAnswer a{item, model::Answer::compliant, reader.text(row, "explanation"), reader.text(row, "evidence"),
                            reader.text(row, "plan"), reader.date(row, "due")};
  if (label.empty()) {
    if (!a.explanation.empty() || !a.evidence.empty() || !a.improvement_plan.empty() || !due_text.empty())
      reader.error(row, "answer", "項目「" + item + "」已填說明或計畫，但自評結果空白；請選擇符合、不符合或不適用。");
    return std::nullopt;
  }
  auto answer = model::enum_from_label(model::kAnswers, label);
  if (!answer) {
    reader.error(row, "answer", "自評結果「" + label + "」不是可用的選項；請選擇符合、不符合或不適用。");
    return std::nullopt;
  }
  a.answer = *answer;
  const bool unreadable_due = !due_text.empty() && !a.improvement_due;  // reported by date()
  for (const auto& problem : model::answer_problems(a, form_date))
    if (!(problem.part == model::AnswerPart::improvement_due && unreadable_due))
      reader.error(row, form_field(problem.part), problem.message);
  return a;
}

std::vector<model::AssessmentAnswer> read_answers(const FormSheet& form, const model::SelfAssessment& assessment,
                                                  const std::string& path, Diagnostics& diagnostics) {
  const model::Checklist& checklist = assessment.checklist;
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
    if (auto a = read_row(reader, at.first, item, assessment.date)) by_item.emplace(item, std::move(*a));
  }
  std::vector<model::AssessmentAnswer> answers;  // in the checklist's order
  for (const auto& area : checklist.areas)
    for (const auto& item : area.items)
      if (auto found = by_item.find(item.id); found != by_item.end()) answers.push_back(found->second);
  return answers;
}

// The firm file's own line ends on every line of the result: a file saved by a Windows
// editor (CRLF, judged by its first line) stays so, and the lines written new match it.
std::string with_line_ends_of(const std::string& original, const std::string& text) {
  const std::size_t first = original.find('\n');
  if (first == std::string::npos || first == 0 || original[first - 1] != '\r') return text;
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    if (text[i] == '\n') out += '\r';
    out += text[i];
  }
  return out;
}

}  // namespace

ImportResult import_assessment(const std::string& workbook_path, const std::string& firm_path,
                               const model::LoadOptions& load) {
  ImportResult result;
  auto& diagnostics = result.diagnostics;
  model::LoadResult firm = model::load_firm_file(firm_path, load);
  diagnostics.append(firm.diagnostics);
  if (!firm.firm) return result;
  // The answers are written into the file's own text, keeping its comments and layout,
  // which only a YAML file has (a JSON file has its self_assessment, but no place for them).
  if (is_json_file(firm_path)) {
    diagnostics.error("import.firm_file", {firm_path, 0, 0}, "",
                      "import-assessment 的 --firm 須為 YAML 格式（.yaml 或 .yml）的公司資料檔；這是 JSON 檔，"
                      "filinggen 無法在保留其內容的情況下寫入答案。請改用該公司的 YAML 資料檔。");
    return result;
  }
  if (!firm.firm->self_assessment) {
    diagnostics.error("import.no_section", {firm_path, 0, 0}, "self_assessment",
                      "公司資料檔沒有 self_assessment 段落（含 checklist 與 date 等）；請先加入，再匯入自評表。");
    return result;
  }
  auto book = xlsx::read_workbook(workbook_path, diagnostics);
  if (!book) return result;
  const std::string firm_id = firm.firm->firm.id;
  const std::optional<std::string> key = xlsx::document_key(*book);
  const std::string written_for = key.value_or(firm_id);
  if (written_for != firm_id) {
    diagnostics.error("import.other_firm", {workbook_path, 0, 0}, "",
                      "這份自評表是為「" + written_for + "」產生的，不是「" + firm_id + "」（" + firm.firm->firm.name +
                          "）的；請確認 --firm 指定的公司資料檔。");
    return result;
  }
  auto form = xlsx::find_form(*book, {"answer"});
  if (!form) {
    diagnostics.error("import.not_a_form", {workbook_path, 0, 0}, "",
                      "這份試算表不是 filinggen 產生的資訊安全自評表（找不到隱藏的欄位列與項目代號欄）；"
                      "請使用 filinggen generate --format xlsx 產生的自評表填寫。");
    return result;
  }
  // A form without the key it was written with cannot show whose it is: importing it
  // could put another firm's answers into this firm's file.
  if (!key || key->empty()) {
    diagnostics.error("import.no_identity", {workbook_path, 0, 0}, "",
                      std::string("這份自評表缺少 filinggen 記錄的公司代號（活頁簿的定義名稱「") + xlsx::kDocumentKeyName +
                          "」已被刪除或清空），無法確認它是「" + firm_id +
                          "」的；為免匯入其他公司的答案，未匯入。請以 filinggen generate 為這家公司重新產生自評表後填寫。");
    return result;
  }
  auto answers = read_answers(*form, *firm.firm->self_assessment, workbook_path, diagnostics);
  if (diagnostics.has_errors()) return result;
  FileProblem problem;
  auto text = read_file(firm_path, kDataFileCap, problem);
  std::string error;
  auto updated = text ? model::replace_answers(*text, answers, error) : std::nullopt;
  if (updated) updated = with_line_ends_of(*text, *updated);
  if (!updated) {
    diagnostics.error("import.firm_file", {firm_path, 0, 0}, "self_assessment.answers",
                      text ? error : problem.failure == ReadFailure::cannot_open ? "無法讀取公司資料檔。" : problem.sentence);
    return result;
  }
  // The result must load as cleanly as the original did: same checks, same references.
  model::LoadResult check = model::load_firm_text(*updated, firm_path, load);
  for (auto d : check.diagnostics.items()) {
    d.message = "（匯入後的內容）" + d.message;
    diagnostics.add(d);
  }
  if (!diagnostics.has_errors()) result.firm_text = std::move(updated);
  return result;
}

}  // namespace filinggen::intake
