// filinggen: validate firm data files, or generate their filings; the commands around a batch.
#include <cstdlib>
#include <iostream>
#include <new>

#include "base/terminal_text.hpp"
#include "batch/batch.hpp"
#include "batch/stop_signal.hpp"
#include "font/font.hpp"
#include "cli/batch_command.hpp"
#include "cli/check_command.hpp"
#include "cli/commands.hpp"
#include "cli/init_command.hpp"
#include "filinggen/version.hpp"

using namespace filinggen;
using namespace filinggen::cli;

void filinggen::cli::report(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics.items()) std::cerr << printable(d.str()) << '\n';
  if (diagnostics.truncated()) std::cerr << "（錯誤過多，僅列出前 " << Diagnostics::kCap << " 項）\n";
}

namespace {

std::optional<long long> source_date_epoch() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (!value || !*value) return std::nullopt;
  char* end = nullptr;
  long long seconds = std::strtoll(value, &end, 10);
  if (*end != '\0' || seconds < 0) return std::nullopt;
  return seconds;
}

int run(const cli::Options& options) {
  batch::install_stop_handlers();  // before any thread starts, so every thread inherits it
  Diagnostics setup;
  auto inputs = batch::collect_inputs(options.data, setup);
  auto fonts = font::FontSet::load(options.fonts_config, setup);
  std::optional<rules::RuleLibrary> rules;
  if (options.command != cli::Command::validate) rules = cli::load_rules(options, setup);
  report(setup);
  if (setup.has_errors() || !fonts) return kNothingDone;

  batch::Surroundings surroundings;
  surroundings.resources.templates_dir = options.templates_dir;
  surroundings.resources.fonts = &*fonts;
  surroundings.resources.source_date_epoch = source_date_epoch();
  surroundings.fonts_config = options.fonts_config;
  surroundings.rules = rules ? &*rules : nullptr;
  surroundings.rules_dir = options.rules_dir;
  surroundings.standard_dir = options.standard_dir;
  const batch::Choices choices = cli::batch_choices(options);
  if (options.command == cli::Command::check) return cli::run_check(inputs, surroundings, choices, options.json);
  return cli::run_batch_command(options, inputs, surroundings, choices);
}

int dispatch(int argc, char** argv) {
  std::string error;
  auto options = cli::parse_options(argc, argv, error);
  if (!options) {
    std::cerr << "filinggen: " << printable(error) << "\n請執行 filinggen --help 查看用法。\n";
    return kNothingDone;
  }
  switch (options->command) {
    case cli::Command::help: std::cout << cli::usage_text(); return kAllGood;
    case cli::Command::version: return run_version(*options);
    case cli::Command::import_assessment: return run_import(*options);
    case cli::Command::verify: return run_verify(*options);
    case cli::Command::merge_manifests: return run_merge(*options);
    case cli::Command::init: return run_init(*options);
    case cli::Command::export_workbook: return run_export(*options);
    case cli::Command::import_workbook: return run_import_workbook(*options);
    default: return run(*options);
  }
}

}  // namespace

// No exception ends the program with an abort: whatever escaped every stage (memory
// exhausted by an input no limit foresaw, a library's own error) becomes one sentence
// and exit 2. Files already written stay whole: each was renamed into place complete.
int main(int argc, char** argv) {
  try {
    return dispatch(argc, argv);
  } catch (const std::bad_alloc&) {
    std::cerr << "filinggen: 記憶體不足，無法完成；輸入檔可能過大或已損壞，請確認所指定的檔案。已寫入的檔案都是完整的。\n";
  } catch (const std::exception& e) {
    std::cerr << "filinggen: 發生未預期的錯誤（" << printable(e.what()) << "），未能完成；請將此訊息回報給 filinggen 維護者。\n";
  } catch (...) {
    std::cerr << "filinggen: 發生未預期的錯誤，未能完成；請將此訊息回報給 filinggen 維護者。\n";
  }
  return kNothingDone;
}
