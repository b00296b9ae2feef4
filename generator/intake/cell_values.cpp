// Reading one cell of the firm workbook as a firm file's value.
#include "intake/cell_values.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "base/text_safety.hpp"
#include "base/yaml_limits.hpp"
#include "intake/cell_dates.hpp"

namespace filinggen::intake {
namespace {

std::string number_text(double x) {
  if (std::nearbyint(x) == x && std::fabs(x) < 1e18) return std::to_string(static_cast<long long>(x));
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x);
  return ec == std::errc() ? std::string(buf, end) : std::to_string(x);
}

// 26,800,000,000 as people type it in a text cell.
std::string without_digit_commas(const std::string& text) {
  std::string out;
  for (char c : text)
    if (c != ',') out.push_back(c);
  return out;
}

std::optional<double> number_in(const std::string& text) {
  const std::string t = without_digit_commas(text);
  double x = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), x);
  if (ec != std::errc() || end != t.data() + t.size() || t.empty()) return std::nullopt;
  return x;
}

// 12-31, 12/31, 12月31日 -> "12-31".
std::optional<std::string> month_day_in(const std::string& text) {
  int month = 0, day = 0;
  char tail[4] = {};
  if (std::sscanf(text.c_str(), "%d-%d%1s", &month, &day, tail) == 2 ||
      std::sscanf(text.c_str(), "%d/%d%1s", &month, &day, tail) == 2) {
  } else if (auto at = text.find("月"); at != std::string::npos && text.size() > at + 3 &&
                                        text.compare(text.size() - 3, 3, "日") == 0) {
    month = std::atoi(text.substr(0, at).c_str());
    day = std::atoi(text.substr(at + 3).c_str());
  } else {
    return std::nullopt;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d-%02d", month, day);
  return std::string(buf);
}

}  // namespace

void CellValues::error(DiagnosticCode code, const LocatedSheet& sheet, int row, int column, const std::string& field,
                       const std::string& message) {
  diagnostics_.error(code, {path_, 0, 0, sheet.cell(row, column)}, field, message);
  reported_.push_back(field);
}

bool CellValues::reported(const std::string& field) const {
  return std::find(reported_.begin(), reported_.end(), field) != reported_.end();
}

std::string CellValues::text(const LocatedSheet& sheet, int row, int column, const std::string& field) {
  const xlsx::CellValue* v = sheet.value(row, column);
  if (!v) return "";
  if (v->formula && v->text.empty()) {
    error("workbook.formula", sheet, row, column, field,
          "這個儲存格是公式，卻沒有計算結果（寫入它的程式沒有計算公式）；請用 Excel 或 LibreOffice 開啟後存檔，或直接填入值。");
    return "";
  }
  // The data's one rule for decoded text (a control character, a bidi override, a pile
  // of combining marks), at the cell.
  if (!check_decoded_text(v->text, {path_, 0, 0, sheet.cell(row, column)}, field, diagnostics_)) {
    reported_.push_back(field);
    return "";
  }
  if (v->text.size() > kMaxYamlTextBytes) {
    error("workbook.text_too_long", sheet, row, column, field,
          "這個儲存格的文字超過 " + std::to_string(kMaxYamlTextBytes / 1024) + " KB 的上限；請確認是否貼錯內容。");
    return "";
  }
  return cell_text(v->text);
}

std::optional<DataNode> CellValues::read(const LocatedSheet& sheet, int row, int column, const CellSpec& spec,
                                         const std::string& field) {
  const std::string t = text(sheet, row, column, field);
  if (t.empty()) return std::nullopt;
  sheet_ = &sheet;
  row_ = row;
  column_ = column;
  field_ = field;
  return convert(*sheet.value(row, column), t, spec);
}

std::optional<DataNode> CellValues::convert(const xlsx::CellValue& v, const std::string& t, const CellSpec& spec) {
  using K = CellKind;
  switch (spec.kind) {
    case K::text:
    case K::paragraphs:
    case K::person: return DataNode::scalar(v.number ? number_text(*v.number) : t);
    case K::lines: {
      DataNode list = DataNode::sequence();
      std::size_t from = 0;
      while (from <= t.size()) {
        const auto end = std::min(t.find('\n', from), t.size());
        if (auto line = cell_text(t.substr(from, end - from)); !line.empty()) list.push(DataNode::scalar(line));
        from = end + 1;
      }
      return list;
    }
    case K::whole_number:
    case K::decimal: {
      const auto x = v.number ? v.number : number_in(t);
      if (x) return DataNode::scalar(number_text(*x), true);
      return DataNode::scalar(t);  // the loader says it is not a number
    }
    case K::roc_year: {
      const auto x = v.number ? v.number : number_in(t);
      if (x && std::nearbyint(*x) == *x && *x >= 1 && *x < 1000) return DataNode::scalar(number_text(*x + kRocOffset), true);
      if (x) return DataNode::scalar(number_text(*x), true);
      return DataNode::scalar(t);
    }
    case K::date: {
      if (v.number) {
        if (auto d = from_excel_serial(*v.number)) return DataNode::scalar(d->iso(), true);
        error("value.date", *sheet_, row_, column_, field_,
              "「" + t + "」不是日期；請填入如 民國115年3月10日 或 2026-03-10 的日期。");
        return std::nullopt;
      }
      if (auto d = typed_date(t)) return DataNode::scalar(d->iso(), true);
      return DataNode::scalar(t);  // the loader says it is not a date
    }
    case K::month_day: {
      if (v.number) {
        if (auto d = from_excel_serial(*v.number)) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "%02d-%02d", d->month, d->day);
          return DataNode::scalar(buf);
        }
      }
      return DataNode::scalar(month_day_in(t).value_or(t));
    }
    case K::choice:
    case K::mark:
    case K::yes_no: {
      if (auto value = value_of_label(spec, t)) return DataNode::scalar(*value, spec.kind != K::choice);
      if (spec.kind == K::mark && t == kNo) return DataNode::scalar("false", true);
      for (const auto& c : choices_of(spec))
        if (t == c.value) return DataNode::scalar(t, spec.kind != K::choice);
      error("workbook.choice", *sheet_, row_, column_, field_,
            "「" + t + "」不是這一欄可選的值；請從清單中選擇：" + choice_list(spec) + "。");
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace filinggen::intake
