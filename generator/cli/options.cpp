#include "cli/options.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "cli/share_folder.hpp"
#include "filings/filings.hpp"
#include "filinggen/version.hpp"
#include "model/load.hpp"

namespace filinggen::cli {
namespace {

std::vector<std::string> document_names() {
  std::vector<std::string> names;
  for (const auto& document : filings::document_names()) names.push_back(document.name);
  return names;
}

// The --documents lines of the help, from the filings stage's catalogue.
std::string document_lines() {
  std::string lines;
  for (const auto& document : filings::document_names())
    lines += "                       " + document.name + std::string(17 - std::min<std::size_t>(16, document.name.size()), ' ') +
             document.title + "\n";
  return lines;
}

std::string format_list() {
  std::string list;
  for (const auto& format : filings::format_names()) list += (list.empty() ? "" : "、") + format;
  return list;
}

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

// A whole number from `lowest` to `highest`, or nothing.
std::optional<int> whole_number(const std::string& text, int lowest, int highest) {
  if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  const int n = std::stoi(text);
  if (n < lowest || n > highest) return std::nullopt;
  return n;
}

// A job runner's variable: nothing when unset; `bad` names it when it is set but is not
// a whole number.
std::optional<int> variable(const char* name, std::string& bad) {
  const char* value = std::getenv(name);
  if (!value) return std::nullopt;
  auto n = whole_number(value, 0, 100000);
  if (!n && bad.empty()) bad = std::string(name) + "=「" + value + "」";
  return n;
}

// --shard auto[/N]: the shard a job runner gives this process. Kubernetes Indexed Jobs
// number their pods from 0 (JOB_COMPLETION_INDEX) and do not say how many there are;
// Slurm arrays number tasks from SLURM_ARRAY_TASK_MIN (0 or 1, as --array says) and say
// SLURM_ARRAY_TASK_COUNT. filinggen's shards count from 1.
bool read_auto_shard(const std::string& text, Options& o, std::string& error) {
  std::optional<int> count;
  if (text != "auto" && !(count = text.rfind("auto/", 0) == 0 ? whole_number(text.substr(5), 1, 100000) : std::nullopt)) {
    error = "--shard 的值「" + text + "」不正確；請寫成 auto 或 auto/N（N 為總份數）。";
    return false;
  }
  std::optional<int> k, n;
  std::string bad;
  auto index = variable("JOB_COMPLETION_INDEX", bad);
  auto task = variable("SLURM_ARRAY_TASK_ID", bad);
  if (!bad.empty()) {
    error = "--shard auto：工作環境的 " + bad + " 不是整數；請確認工作排程的設定。";
    return false;
  }
  if (index) {
    k = *index + 1;
    n = count ? count : variable("FILINGGEN_SHARD_COUNT", bad);
    if (!n) error = "Kubernetes 的 JOB_COMPLETION_INDEX 不含總份數；請寫成 --shard auto/N，或設定 FILINGGEN_SHARD_COUNT（與 Job 的 completions 相同）。";
  } else if (task) {
    k = *task - variable("SLURM_ARRAY_TASK_MIN", bad).value_or(0) + 1;
    n = count ? count : variable("SLURM_ARRAY_TASK_COUNT", bad);
    if (!n) error = "找不到 SLURM_ARRAY_TASK_COUNT；請寫成 --shard auto/N。";
  } else {
    error = "--shard auto 須在 Kubernetes Indexed Job（JOB_COMPLETION_INDEX）或 Slurm 陣列工作（SLURM_ARRAY_TASK_ID）中執行；其他情形請寫成 --shard K/N。";
  }
  if (!bad.empty()) error = "--shard auto：工作環境的 " + bad + " 不是整數；請確認工作排程的設定。";
  if (!n || !bad.empty()) return false;
  if (*k < 1 || *k > *n) {
    error = "由工作環境算出的分片為第 " + std::to_string(*k) + " 份，不在 1 到 " + std::to_string(*n) +
            " 之間；請確認總份數與工作的編號範圍一致（Slurm 陣列須為連續編號，不可有間隔）。";
    return false;
  }
  o.shard_index = *k;
  o.shard_count = *n;
  return true;
}

bool read_shard(const std::string& text, Options& o, std::string& error) {
  if (text.rfind("auto", 0) == 0) return read_auto_shard(text, o, error);
  const std::size_t slash = text.find('/');
  auto k = whole_number(text.substr(0, slash), 1, 100000);
  auto n = slash == std::string::npos ? std::nullopt : whole_number(text.substr(slash + 1), 1, 100000);
  if (!k || !n || *k > *n) {
    error = "--shard 的值「" + text + "」不正確；請寫成 K/N，例如 2/4 表示共分 4 份中的第 2 份（K 從 1 起算，不大於 N）。";
    return false;
  }
  o.shard_index = *k;
  o.shard_count = *n;
  return true;
}

bool read_firm_ids(const std::string& list, Options& o, std::string& error) {
  o.firms.clear();
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t comma = std::min(list.find(',', start), list.size());
    const std::string id = list.substr(start, comma - start);
    if (!model::is_safe_identifier(id)) {
      error = "--firms 中的「" + id + "」不是公司代號；代號只能使用小寫英文字母、數字、「-」與「_」，以逗號分隔。";
      return false;
    }
    o.firms.push_back(id);
    start = comma + 1;
  }
  return true;
}

bool runs_a_batch(Command c) { return c == Command::validate || c == Command::check || c == Command::generate; }

}  // namespace

std::string usage_text() {
  return R"(filinggen — 證券期貨業資訊安全申報文件產生工具

用法：
  filinggen validate DATA...             檢查公司資料檔，不產生檔案
  filinggen check DATA... [--json]       依法規檢查各公司資料，列出缺失（不產生文件）
  filinggen generate DATA... --out DIR   產生各公司的申報文件到 DIR/<公司代號>/，並寫出 DIR/manifest.json
  filinggen verify DIR                   重新計算 DIR 中各檔的 SHA-256，列出產生後被修改或遺失的檔案
  filinggen merge-manifests OUT IN...    將各分片（--shard）的清單檔合併為一個 OUT
  filinggen init FIRM-ID [--xlsx] [--out DIR]
                                         在 DIR（預設：目前資料夾）寫出附註解的公司資料檔範本 FIRM-ID.yaml；
                                         加 --xlsx 則寫出空白的公司資料活頁簿 FIRM-ID.xlsx（Excel）
  filinggen export FIRM.yaml [--out DIR] 將公司資料檔轉成公司資料活頁簿 DIR/FIRM.xlsx（預設：目前資料夾）
  filinggen import FIRM.xlsx [--out DIR] 將公司資料活頁簿轉成 YAML 公司資料檔：印到標準輸出，或寫成 DIR/<公司代號>.yaml
  filinggen import FIRM.xlsx --firm FIRM.yaml --in-place
                                         只改寫資料檔中變更的值，保留註解
  filinggen import-assessment FILLED.xlsx --firm FIRM.yaml [--in-place]
                                         將填妥的資訊安全自評表（試算表）讀回公司資料檔
  filinggen --help                       顯示本說明
  filinggen --version [--json]           顯示版本、commit、隨附的標準資料與法規規則版本，及建置所用的程式庫

DATA 是一個公司資料檔（.yaml、.yml 或 .json）或公司資料活頁簿（.xlsx），或一個放著這些檔案的資料夾。

選項：
  --out DIR          產生的文件放在此資料夾（generate 必填；init、export 預設為目前資料夾）
  --xlsx             init：寫出公司資料活頁簿（.xlsx），而非 YAML 資料檔
  --templates DIR    文件範本資料夾（預設：filinggen 的 templates/）
  --fonts FILE       字型設定檔（預設：filinggen 的 fonts/fonts.yaml）
  --documents LIST   只產生這些文件，以逗號分隔（預設：全部）：
)" + document_lines() + R"(                     （board-pack 一律含該公司的全部文件）
  --format LIST      產生的格式，以逗號分隔：)" + format_list() + R"(（預設：pdf）
  --firm FILE        import-assessment、import：要更新的公司資料檔
  --in-place         import-assessment、import：直接改寫公司資料檔（預設：印到標準輸出）
  --rules DIR        法規規則檔（rules-*.yaml）所在資料夾（預設：filinggen 的 data/standard/）
  --json             check：以 JSON 輸出檢查結果（格式見 docs/rules.md）；
                     generate、validate：結束時在標準輸出印出一份 JSON 摘要（格式見 docs/batch.md）
  --strict           generate：法規檢查有錯誤的公司不產生文件（仍寫出 findings.json）
  --duplex           generate：董事會議資料供雙面列印，每份文件自右頁（奇數頁）開始
  --jobs N           同時處理 N 家公司（預設：CPU 核心數）；輸出與 --jobs 1 完全相同
  --fail-fast        遇到第一家失敗的公司即停止，其後的公司不處理
  --force            generate：已是最新的公司也重新產生（預設：輸入未變且檔案未動者不重寫）
  --quiet            generate、validate：只列出問題，不列出每家的完成訊息與進度
  --firms LIST       只處理這些公司代號，以逗號分隔
  --shard K/N        將公司依代號分成 N 份，只處理第 K 份（K 從 1 起算）；清單檔為
                     DIR/manifest.shard-K-of-N.json，各份完成後以 merge-manifests 合併
  --shard auto[/N]   由工作排程的環境變數取得 K（與 N）：Kubernetes Indexed Job 的
                     JOB_COMPLETION_INDEX（從 0 起算；N 由 auto/N 或 FILINGGEN_SHARD_COUNT 指定），
                     或 Slurm 陣列的 SLURM_ARRAY_TASK_ID、SLURM_ARRAY_TASK_MIN、SLURM_ARRAY_TASK_COUNT

generate 另將每家公司的法規檢查結果寫成 DIR/<公司代號>/findings.json，並將封面、目錄、
各文件與法規檢查結果合訂為一份董事會議資料 DIR/<公司代號>/board-pack.pdf（僅 PDF）。
在終端機上執行時，標準錯誤輸出會顯示進度列；輸出導向檔案或管線時則只有逐行訊息。

結束代碼：
  0  全部公司都成功（check：沒有任何錯誤等級的缺失，可能有警告或提示；
     verify：每個檔案都與清單相符；merge-manifests、init：已寫出）
  1  部分公司失敗（錯誤已列出），其餘公司的文件已寫出；或 --fail-fast 停止、清單檔無法寫入
     （check：至少一項錯誤等級的缺失；verify：有檔案被修改或遺失）
  2  用法錯誤、找不到資料，或沒有任何公司能產生文件（validate、check：資料有錯；
     verify：找不到或無法讀取清單檔；merge-manifests：分片重疊或版本、選項不一致，未寫出；
     init：代號不合規定或檔案已存在，未寫出）

環境變數：
  SOURCE_DATE_EPOCH  以此時間（秒）作為 PDF 的建立日期，取代資料中的聲明書日期
  FILINGGEN_SHARD_COUNT  --shard auto 在 Kubernetes 中的總份數
  FILINGGEN_HOME     filinggen 隨附資料（templates/、fonts/、data/standard/）所在的資料夾；
                     預設為執行檔旁的 ../share/filinggen
)";
}

std::optional<Options> parse_options(int argc, char** argv, std::string& error) {
  Options o;
  const std::filesystem::path home = share_folder();
  o.templates_dir = (home / "templates").string();
  o.fonts_config = (home / "fonts" / "fonts.yaml").string();
  o.standard_dir = (home / "data" / "standard").string();
  o.rules_dir = o.standard_dir;
  if (argc < 2) return o;  // help
  std::vector<std::string> args(argv + 1, argv + argc);
  const std::string& first = args[0];
  if (first == "--help" || first == "-h" || first == "help") return o;
  if (first == "--version" || first == "-V") {
    o.command = Command::version;
    for (std::size_t i = 1; i < args.size(); ++i) {
      if (args[i] != "--json") { error = "--version 只接受 --json。"; return std::nullopt; }
      o.json = true;
    }
    return o;
  }
  if (first == "validate") o.command = Command::validate;
  else if (first == "check") o.command = Command::check;
  else if (first == "generate") o.command = Command::generate;
  else if (first == "import-assessment") o.command = Command::import_assessment;
  else if (first == "verify") o.command = Command::verify;
  else if (first == "merge-manifests") o.command = Command::merge_manifests;
  else if (first == "init") o.command = Command::init;
  else if (first == "export") o.command = Command::export_workbook;
  else if (first == "import") o.command = Command::import_workbook;
  else { error = "不認得的指令「" + first + "」；可用的指令為 validate、check、generate、verify、merge-manifests、init、export、import 與 import-assessment。"; return std::nullopt; }

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
    else if (a == "--json" && runs_a_batch(o.command)) o.json = true;
    else if (a == "--jobs" && runs_a_batch(o.command)) {
      std::string n;
      if (!value(n)) return std::nullopt;
      auto jobs = whole_number(n, 1, 256);
      if (!jobs) { error = "--jobs 的值「" + n + "」不正確；請給 1 到 256 之間的整數。"; return std::nullopt; }
      o.jobs = static_cast<unsigned>(*jobs);
    }
    else if (a == "--fail-fast" && runs_a_batch(o.command)) o.fail_fast = true;
    else if (a == "--force" && o.command == Command::generate) o.force = true;
    else if (a == "--quiet" && (o.command == Command::generate || o.command == Command::validate)) o.quiet = true;
    else if (a == "--firms" && runs_a_batch(o.command)) {
      std::string list;
      if (!value(list) || !read_firm_ids(list, o, error)) return std::nullopt;
    }
    else if (a == "--shard" && runs_a_batch(o.command)) {
      std::string k_of_n;
      if (!value(k_of_n) || !read_shard(k_of_n, o, error)) return std::nullopt;
    }
    else if (a == "--strict" && o.command == Command::generate) o.strict = true;
    else if (a == "--duplex" && o.command == Command::generate) o.duplex = true;
    else if (a == "--documents") {
      std::string list;
      if (!value(list) || !read_list(a, list, document_names(), o.documents, error)) return std::nullopt;
    }
    else if (a == "--format") {
      std::string list;
      if (!value(list) || !read_list(a, list, filings::format_names(), o.formats, error)) return std::nullopt;
    }
    else if (a == "--firm") { if (!value(o.firm_file)) return std::nullopt; }
    else if (a == "--in-place") o.in_place = true;
    else if (a == "--xlsx" && o.command == Command::init) o.xlsx = true;
    else if (a.size() > 1 && a[0] == '-') { error = "不認得的選項「" + a + "」。"; return std::nullopt; }
    else o.data.push_back(a);
  }
  if (o.command == Command::import_assessment) {
    if (o.data.size() != 1) { error = "import-assessment 須指定一個填妥的自評表試算表（.xlsx）。"; return std::nullopt; }
    if (o.firm_file.empty()) { error = "import-assessment 須以 --firm FILE 指定要更新的公司資料檔。"; return std::nullopt; }
    return o;
  }
  if (o.command == Command::verify && o.data.size() != 1) { error = "verify 須指定一個輸出資料夾（DIR）。"; return std::nullopt; }
  if (o.command == Command::merge_manifests && o.data.size() < 2) {
    error = "merge-manifests 須指定合併後的清單檔（OUT）及至少一個分片清單檔（IN）。"; return std::nullopt;
  }
  if (o.command == Command::export_workbook || o.command == Command::import_workbook) {
    const bool exporting = o.command == Command::export_workbook;
    if (o.data.size() != 1) {
      error = exporting ? "export 須指定一個公司資料檔，例如 filinggen export hengyi-securities.yaml。"
                        : "import 須指定一個公司資料活頁簿，例如 filinggen import hengyi-securities.xlsx。";
      return std::nullopt;
    }
    if (exporting && o.out_dir.empty()) o.out_dir = ".";
    if (!exporting && o.in_place && o.firm_file.empty()) {
      error = "import --in-place 須以 --firm FILE 指定要改寫的公司資料檔。"; return std::nullopt;
    }
    return o;
  }
  if (o.command == Command::init) {
    if (o.data.size() != 1) { error = "init 須指定一個公司代號，例如 filinggen init hengyi-securities。"; return std::nullopt; }
    if (o.out_dir.empty()) o.out_dir = ".";
    return o;
  }
  if (o.data.empty()) { error = "請指定至少一個公司資料檔或資料夾（DATA）。"; return std::nullopt; }
  if (o.command == Command::generate && o.out_dir.empty()) { error = "generate 須以 --out DIR 指定輸出資料夾。"; return std::nullopt; }
  return o;
}

}  // namespace filinggen::cli
