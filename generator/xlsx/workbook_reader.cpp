// Reading the cells of an .xlsx workbook (a zip of XML parts: libzip and pugixml), as
// far as a filled-in form needs: each sheet's name and visibility, and its cells' values
// (numbers, shared strings, inline strings, rich text as its plain text). Formats,
// formulas and everything else are left alone. The file is read within its cap and each
// part is inflated only when its declared size and its ratio to the compressed size are
// plausible, and never beyond the declared size: a zip bomb is refused, not unpacked.
#include <zip.h>

#include <pugixml.hpp>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <new>

#include "base/file_text.hpp"
#include "xlsx/xlsx.hpp"

namespace filinggen::xlsx {
namespace {

using Archive = std::unique_ptr<zip_t, decltype(&zip_discard)>;

constexpr zip_uint64_t kMaxPartBytes = 64 << 20;   // a form's sheet is some hundred KB of XML
constexpr zip_uint64_t kMaxRatio = 200;            // XML inflates 10 to 30 times; bombs a thousand
constexpr zip_uint64_t kRatioFrom = 1 << 20;       // tiny parts may compress better than that

// The archive being read, and the first part it refused to inflate.
struct Reader {
  zip_t* archive;
  std::string refused;  // the sentence, when a part was refused
};

std::string megabytes(zip_uint64_t bytes) { return std::to_string(bytes >> 20) + " MB"; }

// Whether XML text holds a NUL, as a byte or a character reference (&#0;, &#x00;): pugixml
// keeps text as C strings, so the cell's text would silently end there.
bool holds_nul(const std::string& xml) {
  if (xml.find('\0') != std::string::npos) return true;
  for (std::size_t at = xml.find("&#"); at != std::string::npos; at = xml.find("&#", at + 2)) {
    std::size_t i = at + 2;
    const bool hex = i < xml.size() && (xml[i] == 'x' || xml[i] == 'X');
    if (hex) ++i;
    const std::size_t digits = i;
    while (i < xml.size() && xml[i] == '0') ++i;
    if (i > digits && i < xml.size() && xml[i] == ';') return true;
  }
  return false;
}

std::optional<std::string> entry(Reader& reader, const std::string& name) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(reader.archive, name.c_str(), 0, &stat) != 0) return std::nullopt;
  const bool sized = (stat.valid & ZIP_STAT_SIZE) && (stat.valid & ZIP_STAT_COMP_SIZE);
  const bool too_large = !sized || stat.size > kMaxPartBytes;
  const bool bomb = sized && stat.size > kRatioFrom && stat.size / std::max<zip_uint64_t>(stat.comp_size, 1) > kMaxRatio;
  if (too_large || bomb) {
    if (reader.refused.empty())
      reader.refused = "活頁簿中的「" + name + "」" +
                       (too_large ? "解壓縮後超過 " + megabytes(kMaxPartBytes) + " 的上限"
                                  : "壓縮比超過 " + std::to_string(kMaxRatio) + " 倍") +
                       "，不是試算表會有的內容（可能是壓縮炸彈）；未解壓縮。請確認檔案的來源，或以 Excel 或 LibreOffice 另存新檔後再試。";
    return std::nullopt;
  }
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(reader.archive, name.c_str(), 0), &zip_fclose);
  if (!file) return std::nullopt;
  // One byte more than declared: a part whose data inflates beyond its header is refused.
  std::string bytes(stat.size + 1, '\0');
  zip_int64_t got = 0;
  for (zip_int64_t n; (n = zip_fread(file.get(), bytes.data() + got, bytes.size() - got)) > 0;) got += n;
  if (got != static_cast<zip_int64_t>(stat.size)) {
    if (reader.refused.empty() && got > static_cast<zip_int64_t>(stat.size))
      reader.refused = "活頁簿中的「" + name + "」解壓縮後比它宣告的大小還大，檔案已損壞或被竄改；未匯入。";
    return std::nullopt;
  }
  bytes.resize(stat.size);
  if (holds_nul(bytes)) {
    if (reader.refused.empty())
      reader.refused = "活頁簿中的「" + name + "」含有 NUL 字元（&#0;），儲存格的文字會在該處被截斷；未匯入，請刪除該字元後再匯入。";
    return std::nullopt;
  }
  return bytes;
}

// pugixml reports running out of memory as a failed parse: a part that could not be
// read must not pass for an empty one, so it becomes the exception it is.
bool parse(const std::optional<std::string>& bytes, pugi::xml_document& xml) {
  if (!bytes) return false;
  const pugi::xml_parse_result result = xml.load_buffer(bytes->data(), bytes->size());
  if (result.status == pugi::status_out_of_memory) throw std::bad_alloc();
  return bool(result);
}

// The text of a string item: <t> directly, or the <t> of each rich-text run <r>.
std::string item_text(const pugi::xml_node& si) {
  std::string text;
  for (pugi::xml_node node : si.children()) {
    if (std::string(node.name()) == "t") text += node.text().get();
    else if (std::string(node.name()) == "r") text += node.child("t").text().get();
  }
  return text;
}

std::vector<std::string> shared_strings(Reader& reader) {
  std::vector<std::string> strings;
  pugi::xml_document xml;
  if (!parse(entry(reader, "xl/sharedStrings.xml"), xml)) return strings;
  for (pugi::xml_node si : xml.child("sst").children("si")) strings.push_back(item_text(si));
  return strings;
}

constexpr int kMaxRows = 1'048'576;  // Excel's grid: A1 to XFD1048576
constexpr int kMaxColumns = 16'384;

// "D12" -> (11, 3); nothing for a name outside Excel's grid or not a cell name at all.
// Each step is checked before it can overflow: "C4294967307" wrapped to row 11 once.
std::optional<std::pair<int, int>> parse_cell_name(const std::string& name) {
  int column = 0, row = 0;
  std::size_t i = 0;
  for (; i < name.size() && name[i] >= 'A' && name[i] <= 'Z'; ++i)
    if ((column = column * 26 + (name[i] - 'A' + 1)) > kMaxColumns) return std::nullopt;
  const std::size_t letters = i;
  for (; i < name.size() && name[i] >= '0' && name[i] <= '9'; ++i)
    if ((row = row * 10 + (name[i] - '0')) > kMaxRows) return std::nullopt;
  if (letters == 0 || i == letters || i != name.size() || row < 1) return std::nullopt;
  return std::make_pair(row - 1, column - 1);
}

CellValue value_of(const pugi::xml_node& c, const std::vector<std::string>& strings) {
  const std::string type = c.attribute("t").value();
  CellValue v;
  v.formula = static_cast<bool>(c.child("f"));
  if (type == "s") {
    const auto index = static_cast<std::size_t>(c.child("v").text().as_ullong());
    if (index < strings.size()) v.text = strings[index];
  } else if (type == "inlineStr") {
    v.text = item_text(c.child("is"));
  } else if (type == "str" || type == "e" || type == "b") {
    v.text = c.child("v").text().get();
  } else if (c.child("v")) {
    v.text = c.child("v").text().get();
    v.number = c.child("v").text().as_double();
  }
  return v;
}

// A cell whose reference is not a cell of Excel's grid refuses the workbook: skipped, it
// could hide what the user sees; wrapped round, it would take another cell's place.
void read_cells(const pugi::xml_document& xml, const std::vector<std::string>& strings, Sheet& sheet, Reader& reader) {
  for (pugi::xml_node row : xml.child("worksheet").child("sheetData").children("row"))
    for (pugi::xml_node c : row.children("c")) {
      const std::string reference = c.attribute("r").value();
      if (reference.empty()) continue;  // written by position; no form cell is
      auto at = parse_cell_name(reference);
      if (!at) {
        if (reader.refused.empty())
          reader.refused = "工作表「" + sheet.name + "」中有儲存格位置「" + reference +
                           "」，不在 Excel 的範圍內（A1 至 XFD1048576）；檔案已損壞或被竄改，未匯入。";
        return;
      }
      CellValue v = value_of(c, strings);
      if (!v.text.empty() || v.formula) sheet.cells[*at] = std::move(v);
    }
  for (pugi::xml_node m : xml.child("worksheet").child("mergeCells").children("mergeCell")) {
    const std::string ref = m.attribute("ref").value();
    const auto colon = ref.find(':');
    auto first = parse_cell_name(ref.substr(0, colon));
    auto last = colon == std::string::npos ? first : parse_cell_name(ref.substr(colon + 1));
    if (first && last) sheet.merged.push_back({first->first, first->second, last->first, last->second});
  }
}

// Relationship id -> the part it names ("worksheets/sheet1.xml"), from the workbook's rels.
std::map<std::string, std::string> workbook_parts(Reader& reader) {
  std::map<std::string, std::string> parts;
  pugi::xml_document xml;
  if (!parse(entry(reader, "xl/_rels/workbook.xml.rels"), xml)) return parts;
  for (pugi::xml_node r : xml.child("Relationships").children("Relationship")) {
    std::string target = r.attribute("Target").value();
    if (target.rfind("/xl/", 0) == 0) target = target.substr(4);  // some writers give absolute part names
    parts[r.attribute("Id").value()] = target;
  }
  return parts;
}

}  // namespace

const CellValue* Sheet::at(int row, int column) const {
  auto found = cells.find({row, column});
  return found == cells.end() ? nullptr : &found->second;
}

const Sheet* Workbook::sheet(const std::string& name) const {
  for (const auto& s : sheets)
    if (s.name == name) return &s;
  return nullptr;
}

std::optional<Workbook> read_workbook(const std::string& path, Diagnostics& diagnostics) {
  FileProblem problem;
  const auto file = read_file(path, kWorkbookFileCap, problem);
  if (!file) {
    if (problem.failure == ReadFailure::cannot_open)
      diagnostics.error("xlsx.read", {path, 0, 0}, "", "無法開啟這個檔案；它不存在，或不是 Excel 活頁簿（.xlsx）。");
    else
      report_file_problem(problem, {path, 0, 0}, "", problem.sentence, diagnostics);
    return std::nullopt;
  }
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(file->data(), file->size(), 0, &error);
  Archive archive(source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr, &zip_discard);
  if (source && !archive) zip_source_free(source);
  zip_error_fini(&error);
  Reader reader{archive.get(), {}};
  pugi::xml_document book;
  const bool read = archive && parse(entry(reader, "xl/workbook.xml"), book);
  if (!reader.refused.empty()) {
    diagnostics.error("xlsx.read", {path, 0, 0}, "", reader.refused);
    return std::nullopt;
  }
  if (!read) {
    diagnostics.error("xlsx.read", {path, 0, 0}, "",
                      archive ? "這個檔案不是 Excel 活頁簿（.xlsx）：找不到活頁簿內容。"
                              : "無法開啟這個檔案；它不存在，或不是 Excel 活頁簿（.xlsx）。");
    return std::nullopt;
  }
  const auto strings = shared_strings(reader);
  const auto parts = workbook_parts(reader);
  Workbook workbook;
  for (pugi::xml_node n : book.child("workbook").child("definedNames").children("definedName"))
    workbook.defined_names[n.attribute("name").value()] = n.text().get();
  for (pugi::xml_node s : book.child("workbook").child("sheets").children("sheet")) {
    Sheet sheet;
    sheet.name = s.attribute("name").value();
    const std::string state = s.attribute("state").value();
    sheet.hidden = state == "hidden" || state == "veryHidden";
    auto part = parts.find(s.attribute("r:id").value());
    pugi::xml_document xml;
    if (part != parts.end() && parse(entry(reader, "xl/" + part->second), xml))
      read_cells(xml, strings, sheet, reader);
    workbook.sheets.push_back(std::move(sheet));
  }
  if (!reader.refused.empty()) {  // a part refused is never read as an empty sheet
    diagnostics.error("xlsx.read", {path, 0, 0}, "", reader.refused);
    return std::nullopt;
  }
  return workbook;
}

}  // namespace filinggen::xlsx
