// Reading the cells of an .xlsx workbook (a zip of XML parts: libzip and pugixml), as
// far as a filled-in form needs: each sheet's name and visibility, and its cells' values
// (numbers, shared strings, inline strings, rich text as its plain text). Formats,
// formulas and everything else are left alone.
#include <zip.h>

#include <pugixml.hpp>

#include <cstdlib>
#include <memory>

#include "xlsx/xlsx.hpp"

namespace filinggen::xlsx {
namespace {

using Archive = std::unique_ptr<zip_t, decltype(&zip_discard)>;

std::optional<std::string> entry(zip_t* archive, const std::string& name) {
  zip_stat_t stat;
  if (zip_stat(archive, name.c_str(), 0, &stat) != 0) return std::nullopt;
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(archive, name.c_str(), 0), &zip_fclose);
  if (!file) return std::nullopt;
  std::string bytes(stat.size, '\0');
  if (zip_fread(file.get(), bytes.data(), stat.size) != static_cast<zip_int64_t>(stat.size)) return std::nullopt;
  return bytes;
}

bool parse(const std::optional<std::string>& bytes, pugi::xml_document& xml) {
  return bytes && xml.load_buffer(bytes->data(), bytes->size());
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

std::vector<std::string> shared_strings(zip_t* archive) {
  std::vector<std::string> strings;
  pugi::xml_document xml;
  if (!parse(entry(archive, "xl/sharedStrings.xml"), xml)) return strings;
  for (pugi::xml_node si : xml.child("sst").children("si")) strings.push_back(item_text(si));
  return strings;
}

// "D12" -> (11, 3)
std::optional<std::pair<int, int>> parse_cell_name(const std::string& name) {
  int column = 0;
  std::size_t i = 0;
  for (; i < name.size() && name[i] >= 'A' && name[i] <= 'Z'; ++i) column = column * 26 + (name[i] - 'A' + 1);
  if (i == 0 || i == name.size()) return std::nullopt;
  const int row = std::atoi(name.c_str() + i);
  if (row < 1) return std::nullopt;
  return std::make_pair(row - 1, column - 1);
}

CellValue value_of(const pugi::xml_node& c, const std::vector<std::string>& strings) {
  const std::string type = c.attribute("t").value();
  CellValue v;
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

void read_cells(const pugi::xml_document& xml, const std::vector<std::string>& strings, Sheet& sheet) {
  for (pugi::xml_node row : xml.child("worksheet").child("sheetData").children("row"))
    for (pugi::xml_node c : row.children("c"))
      if (auto at = parse_cell_name(c.attribute("r").value())) {
        CellValue v = value_of(c, strings);
        if (!v.text.empty()) sheet.cells[*at] = std::move(v);
      }
}

// Relationship id -> the part it names ("worksheets/sheet1.xml"), from the workbook's rels.
std::map<std::string, std::string> workbook_parts(zip_t* archive) {
  std::map<std::string, std::string> parts;
  pugi::xml_document xml;
  if (!parse(entry(archive, "xl/_rels/workbook.xml.rels"), xml)) return parts;
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
  int error = 0;
  Archive archive(zip_open(path.c_str(), ZIP_RDONLY, &error), &zip_discard);
  pugi::xml_document book;
  if (!archive || !parse(entry(archive.get(), "xl/workbook.xml"), book)) {
    diagnostics.error("xlsx.read", {path, 0, 0}, "",
                      archive ? "這個檔案不是 Excel 活頁簿（.xlsx）：找不到活頁簿內容。"
                              : "無法開啟這個檔案；它不存在，或不是 Excel 活頁簿（.xlsx）。");
    return std::nullopt;
  }
  const auto strings = shared_strings(archive.get());
  const auto parts = workbook_parts(archive.get());
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
    if (part != parts.end() && parse(entry(archive.get(), "xl/" + part->second), xml)) read_cells(xml, strings, sheet);
    workbook.sheets.push_back(std::move(sheet));
  }
  return workbook;
}

}  // namespace filinggen::xlsx
