#pragma once
// What the rules stage reports about a firm: findings, and the figures it computed.
#include <optional>
#include <string>
#include <vector>

#include "base/civil_date.hpp"
#include "base/diagnostic.hpp"
#include "model/firm.hpp"

namespace filinggen::rules {

enum class FindingSeverity { error, warning, info };

// One breach (or doubt) of the regulation, about one field of the firm file.
struct Finding {
  FindingSeverity severity = FindingSeverity::error;
  std::string control;  // the control point, e.g. CC-13000
  std::string rule;     // stable rule id, e.g. CC-13000.staffing.staff
  std::string field;    // field path, e.g. people[2].training.hours
  SourcePos pos;
  std::string message;  // a sentence in Traditional Chinese, with the figures
};

// The computed facts, for the report and for the templates (the declaration's statement).
struct Figures {
  long long capital = 0;       // NT$: paid-in, or a foreign branch's allocated capital
  bool allocated_capital = false;
  std::string capital_text;    // 新臺幣268億元
  std::string tier;            // 200億以上
  bool dedicated_unit = false;                        // the tier needs a dedicated unit
  std::optional<model::SecurityUnit> security_unit;   // the firm's unit, as the data gives it
  int required_heads = 0, heads = 0;
  int required_staff = 0, staff = 0;
  int security_people = 0, security_trained = 0;  // who plan and run security / of them trained
  int other_people = 0, other_trained = 0;
  double security_hours = 0, other_hours = 0;     // the hours required
  CivilDate fiscal_year_end;
  CivilDate disclosure_deadline;
  CivilDate disclosure_date;
};

struct FirmReport {
  std::string input;      // the firm file
  std::string firm_id;
  std::string firm_name;
  int year = 0;           // the fiscal year covered
  std::string standard;   // the rules version applied
  std::string version;
  CivilDate effective;
  Figures figures;
  std::vector<Finding> findings;

  bool has_errors() const;
  std::size_t count(FindingSeverity severity) const;
};

std::string_view severity_code(FindingSeverity severity);   // error / warning / info
std::string_view severity_label(FindingSeverity severity);  // 錯誤 / 警告 / 提示

}  // namespace filinggen::rules
