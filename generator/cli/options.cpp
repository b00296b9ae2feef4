#include "cli/options.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "filinggen/version.hpp"

namespace filinggen::cli {
namespace {

// templates/ and fonts/ come from FILINGGEN_HOME, else the source tree the tool was built from.
std::string resource_dir() {
  if (const char* home = std::getenv("FILINGGEN_HOME"); home && *home) return home;
  return kResourceDir;
}

const std::vector<std::string> kFormats = {"pdf", "xlsx"};

// "a,b" -> {"a", "b"}, each checked against the values `option` takes.
bool read_list(const std::string& option, const std::string& list, const std::vector<std::string>& known,
               std::vector<std::string>& out, std::string& error) {
  out.clear();
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t comma = std::min(list.find(',', start), list.size());
    const std::string name = list.substr(start, comma - start);
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      error = "不認得的值「" + name + "」；" + option + " 可用：";
      for (std::size_t i = 0; i < known.size(); ++i) error += (i ? "、" : "") + known[i];
      error += "。";
      return false;
    }
    out.push_back(name);
    start = comma + 1;
  }
  return true;
}

}  // namespace

const char* usage_text() {
  return R"(filinggen — 證券期貨業資訊安全申報文件產生工具

用法：
  filinggen validate DATA...             檢查公司資料檔，不產生檔案
  filinggen check DATA... [--json]       依法規檢查各公司資料，列出缺失（不產生文件）
  filinggen generate DATA... --out DIR   產生各公司的申報文件到 DIR/<公司代號>/
  filinggen import-assessment FILLED.xlsx --firm FIRM.yaml [--in-place]
                                         將填妥的資訊安全自評表（試算表）讀回公司資料檔
  filinggen --help                       顯示本說明
  filinggen --version                    顯示版本

DATA 是一個公司資料檔（.yaml、.yml 或 .json），或一個放著這些檔案的資料夾。

選項：
  --out DIR          產生的文件放在此資料夾（generate 必填）
  --templates DIR    文件範本資料夾（預設：filinggen 的 templates/）
  --fonts FILE       字型設定檔（預設：filinggen 的 fonts/fonts.yaml）
  --documents LIST   只產生這些文件，以逗號分隔（預設：全部）：
                     declaration（聲明書）、revision-table（修正條文對照表）、
                     self-assessment（資訊安全自評表）、board-pack（董事會議資料，
                     一律含該公司的全部文件）
  --format LIST      產生的格式，以逗號分隔：pdf、xlsx（預設：pdf）
  --firm FILE        import-assessment：要更新的公司資料檔
  --in-place         import-assessment：直接改寫公司資料檔（預設：印到標準輸出）
  --rules DIR        法規規則檔（rules-*.yaml）所在資料夾（預設：filinggen 的 data/standard/）
  --json             check：以 JSON 輸出檢查結果（格式見 docs/rules.md）
  --strict           generate：法規檢查有錯誤的公司不產生文件（仍寫出 findings.json）
  --duplex           generate：董事會議資料供雙面列印，每份文件自右頁（奇數頁）開始

generate 另將每家公司的法規檢查結果寫成 DIR/<公司代號>/findings.json，並將封面、目錄、
各文件與法規檢查結果合訂為一份董事會議資料 DIR/<公司代號>/board-pack.pdf（僅 PDF）。

結束代碼：
  0  全部公司都成功（check：沒有任何錯誤等級的缺失，可能有警告或提示）
  1  部分公司失敗（錯誤已列出），其餘公司的文件已寫出（check：至少一項錯誤等級的缺失）
  2  用法錯誤、找不到資料，或沒有任何公司能產生文件（validate、check：資料有錯）

環境變數：
  SOURCE_DATE_EPOCH  以此時間（秒）作為 PDF 的建立日期，取代資料中的聲明書日期
  FILINGGEN_HOME     templates/ 與 fonts/ 所在的資料夾
)";
}

std::optional<Options> parse_options(int argc, char** argv, const std::vector<std::string>& document_names,
                                     std::string& error) {
  Options o;
  const std::string home = resource_dir();
  o.templates_dir = (std::filesystem::path(home) / "templates").string();
  o.fonts_config = (std::filesystem::path(home) / "fonts" / "fonts.yaml").string();
  o.rules_dir = (std::filesystem::path(home) / "data" / "standard").string();
  if (argc < 2) return o;  // help
  std::vector<std::string> args(argv + 1, argv + argc);
  const std::string& first = args[0];
  if (first == "--help" || first == "-h" || first == "help") return o;
  if (first == "--version" || first == "-V") { o.command = Command::version; return o; }
  if (first == "validate") o.command = Command::validate;
  else if (first == "check") o.command = Command::check;
  else if (first == "generate") o.command = Command::generate;
  else if (first == "import-assessment") o.command = Command::import_assessment;
  else { error = "不認得的指令「" + first + "」；可用的指令為 validate、check、generate 與 import-assessment。"; return std::nullopt; }

  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& into) {
      if (i + 1 >= args.size()) { error = "選項 " + a + " 後面須接一個值。"; return false; }
      into = args[++i];
      return true;
    };
    if (a == "--help" || a == "-h") { o.command = Command::help; return o; }
    if (a == "--out" || a == "-o") { if (!value(o.out_dir)) return std::nullopt; }
    else if (a == "--templates") { if (!value(o.templates_dir)) return std::nullopt; }
    else if (a == "--fonts") { if (!value(o.fonts_config)) return std::nullopt; }
    else if (a == "--rules") { if (!value(o.rules_dir)) return std::nullopt; }
    else if (a == "--json" && o.command == Command::check) o.json = true;
    else if (a == "--strict" && o.command == Command::generate) o.strict = true;
    else if (a == "--duplex" && o.command == Command::generate) o.duplex = true;
    else if (a == "--documents") {
      std::string list;
      if (!value(list) || !read_list(a, list, document_names, o.documents, error)) return std::nullopt;
    }
    else if (a == "--format") {
      std::string list;
      if (!value(list) || !read_list(a, list, kFormats, o.formats, error)) return std::nullopt;
    }
    else if (a == "--firm") { if (!value(o.firm_file)) return std::nullopt; }
    else if (a == "--in-place") o.in_place = true;
    else if (a.size() > 1 && a[0] == '-') { error = "不認得的選項「" + a + "」。"; return std::nullopt; }
    else o.data.push_back(a);
  }
  if (o.command == Command::import_assessment) {
    if (o.data.size() != 1) { error = "import-assessment 須指定一個填妥的自評表試算表（.xlsx）。"; return std::nullopt; }
    if (o.firm_file.empty()) { error = "import-assessment 須以 --firm FILE 指定要更新的公司資料檔。"; return std::nullopt; }
    return o;
  }
  if (o.data.empty()) { error = "請指定至少一個公司資料檔或資料夾（DATA）。"; return std::nullopt; }
  if (o.command == Command::generate && o.out_dir.empty()) { error = "generate 須以 --out DIR 指定輸出資料夾。"; return std::nullopt; }
  return o;
}

}  // namespace filinggen::cli
