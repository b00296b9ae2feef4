// filinggen --version [--json]: the version and commit, the standard's data and rules
// shipped beside the binary with their effective dates, and the libraries it was built
// with, as pandoc and qpdf print them; --json gives the same for scripts.
#include <hb.h>
#include <libdeflate.h>
#include <openssl/opensslv.h>
#include <podofo/podofo.h>
#include <unicode/uvernum.h>
#include <xlsxwriter.h>
#include <zipconf.h>

#include <iostream>
#ifdef FILINGGEN_MIMALLOC
#include <mimalloc.h>
#endif
#include <pugixml.hpp>

#include "base/json_text.hpp"
#include "base/yaml_tree.hpp"
#include "cli/commands.hpp"
#include "filinggen/commit.hpp"
#include "filinggen/version.hpp"
#include "model/load.hpp"
#include "rules/rule_set.hpp"
#include "text/text.hpp"

namespace filinggen::cli {
namespace {

struct Library {
  const char* name;
  std::string version;
};

#ifdef FILINGGEN_MIMALLOC
// mimalloc's version as it runs: 209 for 2.0.9.
std::string mimalloc_version() {
  const int v = mi_version();
  return std::to_string(v / 100) + "." + std::to_string(v / 10 % 10) + "." + std::to_string(v % 10);
}
#endif

std::vector<Library> libraries() {
  const int pugi = PUGIXML_VERSION;  // 1130 for 1.13
  std::vector<Library> out = {{"ICU", U_ICU_VERSION},
          {"HarfBuzz", HB_VERSION_STRING},
          {"PoDoFo", PODOFO_VERSION_STRING},
          {"libxlsxwriter", LXW_VERSION},
          {"libzip", LIBZIP_VERSION},
          {"libdeflate", LIBDEFLATE_VERSION_STRING},
          {"libfyaml", yaml_parser_version()},
          {"yaml-cpp", kYamlCppVersion},
          {"pugixml", std::to_string(pugi / 1000) + "." + std::to_string(pugi % 1000 / 10)},
          {"kainjow Mustache", kMustacheVersion},
          {"OpenSSL", OPENSSL_VERSION_STR}};
#ifdef FILINGGEN_MIMALLOC
  out.push_back({"mimalloc", mimalloc_version()});
#endif
  return out;
}

// One shipped data file or rules version.
struct Shipped {
  std::string kind, name, version, effective;
};

std::vector<Shipped> shipped(const Options& options) {
  std::vector<Shipped> out;
  Diagnostics ignored;  // --version describes what is there; validate reports problems
  for (const auto& f : model::standard_files(options.standard_dir, ignored))
    out.push_back({f.kind, f.file, f.version, f.effective});
  for (const auto& set : rules::load_rule_library(options.rules_dir, ignored).versions)
    out.push_back({"rules", "rules-" + set.version + ".yaml", set.version, set.effective.iso()});
  return out;
}

// 民國114年4月11日, as the documents write dates.
std::string roc(const std::string& iso) {
  const auto date = CivilDate::parse_iso(iso);
  return date ? "民國" + text::roc_date_short(*date) : iso;
}

std::string kind_label(const std::string& kind) {
  if (kind == "amendments") return "修正條文";
  if (kind == "checklist") return "自評表";
  return "法規規則";
}

void print_text(const Options& options) {
  std::cout << "filinggen " << kVersion << "（commit " << kCommit << "）\n"
            << "隨附資料：" << options.standard_dir << '\n';
  for (const auto& s : shipped(options))
    std::cout << "  " << kind_label(s.kind) << "  " << s.name << "（版本 " << s.version << "，" << roc(s.effective)
              << "生效）\n";
  std::cout << "建置時使用的程式庫：\n";
  for (const auto& lib : libraries()) std::cout << "  " << lib.name << ' ' << lib.version << '\n';
}

void print_json(const Options& options) {
  std::cout << "{\n  \"format\": \"filinggen-version\",\n  \"format_version\": 1,\n  \"version\": "
            << json_quoted(kVersion) << ",\n  \"commit\": " << json_quoted(kCommit)
            << ",\n  \"standard_dir\": " << json_quoted(options.standard_dir) << ",\n  \"standard\": [";
  const auto files = shipped(options);
  for (std::size_t i = 0; i < files.size(); ++i)
    std::cout << (i ? ",\n    " : "\n    ") << "{\"kind\": " << json_quoted(files[i].kind)
              << ", \"file\": " << json_quoted(files[i].name) << ", \"version\": " << json_quoted(files[i].version)
              << ", \"effective\": " << json_quoted(files[i].effective) << "}";
  std::cout << (files.empty() ? "]" : "\n  ]") << ",\n  \"libraries\": {";
  const auto libs = libraries();
  for (std::size_t i = 0; i < libs.size(); ++i)
    std::cout << (i ? ", " : "") << json_quoted(libs[i].name) << ": " << json_quoted(libs[i].version);
  std::cout << "}\n}\n";
}

}  // namespace

int run_version(const Options& options) {
  if (options.json) print_json(options);
  else print_text(options);
  return kAllGood;
}

}  // namespace filinggen::cli
