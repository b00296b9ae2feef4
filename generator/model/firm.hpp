#pragma once
// The compliance data of one firm, as loaded and checked from its data file.
// Every type here is plain data; wording and layout live in later stages.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/civil_date.hpp"
#include "base/diagnostic.hpp"

namespace filinggen::model {

enum class FirmKind { securities, futures, securities_finance, investment_trust,
                      investment_advisory, credit_rating };

// What CC-13000 measures a firm by: paid-in capital, or a foreign branch's allocated capital.
enum class CapitalBasis { paid_in, allocated_operating };

// The firm's information-security unit (資訊安全單位). The ≥ NT$20 billion tier of
// CC-13000 needs a dedicated one (資訊安全專責單位): a unit that does information
// security and nothing else, not security people placed inside the IT department.
struct SecurityUnit {
  std::string name;        // as printed: 資訊安全部
  bool dedicated = false;  // 專責單位: the unit does only information security
  std::string reports_to;  // whom it reports to, as printed (資訊安全長, 總經理); may be empty
};

struct Firm {
  std::string id;    // safe as a folder name
  std::string name;  // full legal name
  FirmKind kind = FirmKind::securities;
  bool foreign_branch = false;
  CapitalBasis capital_basis = CapitalBasis::paid_in;
  long long capital_ntd = 0;  // NT$
  MonthDay fiscal_year_end;
  std::optional<SecurityUnit> security_unit;  // none: the data does not say
};

enum class Role { security_officer, chairman, general_manager, chief_auditor,
                  security_head, security_staff, it_staff, employee };

// A duty a person holds besides the roles listed (兼辦職務). CC-13000 decides, per tier
// and in the rules file, which of them a security head or staff member may hold.
enum class DutyKind { it, internal_audit, compliance, business, risk, other };

struct Duty {
  DutyKind kind = DutyKind::other;
  // For `other`: the duty in the data's words (客服中心主管). Empty for an `other` the
  // data does not name: the old value concurrent_other, which said only "other duties".
  std::string description;
  bool operator==(const Duty&) const = default;
};

struct Training {
  double hours = 0;
  bool assessment_passed = false;
};

struct Person {
  std::string id;
  std::string name;
  std::string title;  // as printed
  std::vector<Role> roles;
  std::vector<Duty> other_duties;  // empty: dedicated (專責), only the roles listed
  Training training;
  SourcePos pos;
};

// The four co-signers of the declaration (CC-12000).
enum class SignatoryRole { security_officer, chairman, general_manager, chief_auditor };

struct Signatory {
  SignatoryRole role;
  std::string person_id;
};

struct BoardMeeting {
  CivilDate date;
  int directors_present = 0;
  int directors_objecting = 0;
};

struct Declaration {
  int year = 0;  // fiscal year covered (Gregorian)
  CivilDate date;
  std::vector<std::string> statement;
  BoardMeeting board_meeting;
  CivilDate disclosure_date;
  std::vector<Signatory> signatories;
};

// Which revision of the standard a shared data file holds, and from when it applies.
struct DataVersion {
  std::string version;  // e.g. "2025-04-11"
  CivilDate effective;
};

// --- self-assessment ---------------------------------------------------------

struct ChecklistItem {
  std::string id;
  std::string text;
};

struct ChecklistArea {
  std::string code;
  std::string title;
  std::vector<ChecklistItem> items;
};

struct Checklist {
  std::string title;
  DataVersion version;
  std::vector<ChecklistArea> areas;
  // Role titles of the sign-off lines at the foot of the form, in printing order
  // (the loader's default: 填表人, 單位主管, 資訊安全主管).
  std::vector<std::string> sign_off;
};

enum class Application { add_business_type, add_business_item, set_up_branch, invest_in_business };
enum class Answer { compliant, non_compliant, not_applicable };

struct AssessmentAnswer {
  std::string item_id;
  Answer answer = Answer::compliant;
  std::string explanation;
  std::string evidence;
  std::string improvement_plan;                // only for non_compliant
  std::optional<CivilDate> improvement_due;    // only for non_compliant: when the plan is done
};

struct SelfAssessment {
  Checklist checklist;
  std::string checklist_file;  // the shared checklist file read (resolved path)
  CivilDate date;
  std::vector<Application> applications;
  std::string subject;
  std::vector<AssessmentAnswer> answers;
};

// --- revision comparison table -----------------------------------------------

enum class RevisionKind { amended, added, deleted };

// What the amended rules are divided into: points (點) or articles (條). It is the word
// of 本點新增, 本點刪除 and 爰修正本點 (本條新增, …) in the table.
enum class ArticleUnit { point, article };

struct RevisionEntry {
  std::string id;
  std::string code;
  std::string title;
  RevisionKind kind = RevisionKind::amended;
  std::string current;
  std::string amended;
  std::vector<std::string> explanation;
};

struct Revisions {
  std::string standard;  // name of the standard amended
  DataVersion version;   // of the shared amendments
  std::string amendments_file;  // the shared amendments file read (resolved path); empty: none
  ArticleUnit article_unit = ArticleUnit::point;  // of the shared amendments
  CivilDate board_meeting;  // the firm's board meeting the table is presented to
  std::vector<RevisionEntry> entries;  // shared entries with overrides applied, then the firm's own
};

// A piece of text from the data file with where it came from, so a later stage
// (e.g. the font check) can name the field of a character it cannot print.
struct SourceText {
  std::string field;
  SourcePos pos;
  std::string text;
};

// Where each field of the firm file was read (field path -> file:line:col), so that a
// later stage (the rules) can point at the value a finding is about.
using FieldPositions = std::map<std::string, SourcePos>;

struct FirmFile {
  std::string path;
  Firm firm;
  std::vector<Person> people;
  Declaration declaration;
  std::optional<SelfAssessment> self_assessment;
  std::optional<Revisions> revisions;
  std::vector<SourceText> texts;
  FieldPositions positions;

  const Person* person(const std::string& id) const;
  // The position of `field`, else of the nearest enclosing field that has one.
  SourcePos position(const std::string& field) const;
};

}  // namespace filinggen::model
