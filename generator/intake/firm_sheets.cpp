// The firm workbook's sheets, rows and columns (docs/data-format.md, "The firm workbook").
// Labels and choices are the words of the regulation and of docs/data-format.md's 中文
// column; the keys are the firm file's.
#include "intake/firm_sheets.hpp"

namespace filinggen::intake {
namespace {

using K = CellKind;

const std::vector<Choice> kFirmKindChoices{
    {"證券商", "securities"},           {"期貨業", "futures"},
    {"證券金融事業", "securities_finance"}, {"證券投資信託事業", "investment_trust"},
    {"證券投資顧問事業", "investment_advisory"}, {"信用評等事業", "credit_rating"}};
const std::vector<Choice> kMarkChoices{{kMark, "true"}};
const std::vector<Choice> kYesNoChoices{{kMark, "true"}, {kNo, "false"}};

const SheetSpec kFirm{
    kFirmSheet, "公司基本資料", "firm",
    {
        {"代號", "id", K::text, true, "公司的代號，作為輸出資料夾的名稱：小寫英文字母、數字與連字號，例如 hengyi-securities。"},
        {"公司名稱", "name", K::text, true, "公司的全名，如印在每份文件上方：恆益證券股份有限公司。"},
        {"事業別", "kind", K::choice, true, "請從清單中選擇。", kFirmKindChoices},
        {"外國金融機構在國內設立之分支機構", "foreign_branch", K::yes_no, false,
         "外國金融機構在臺分支機構填「是」，其他公司填「否」或留空。"},
        {"實收資本額（新臺幣元）", "paid_in_capital", K::whole_number, false,
         "以元為單位的整數：268億元填 26800000000。外國金融機構在臺分支機構免填，改填指撥營運資金。"},
        {"指撥營運資金（新臺幣元）", "allocated_operating_capital", K::whole_number, false,
         "僅外國金融機構在臺分支機構填寫；以元為單位的整數。"},
        {"會計年度終了日", "fiscal_year_end", K::month_day, true, "月-日，例如 12-31。"},
        {"資訊安全單位名稱", "security_unit.name", K::text, false, "如印在文件上的單位名稱，例如 資訊安全部；未設置者留空。"},
        {"資訊安全單位是否為專責單位", "security_unit.dedicated", K::yes_no, false,
         "單位專門負責資訊安全、不辦其他業務者填「是」；資訊部內之資安人員不是專責單位，填「否」。"},
        {"資訊安全單位督導者", "security_unit.reports_to", K::text, false, "單位向誰負責，例如 資訊安全長、總經理；可留空。"},
    },
    {},
    {34, 44, 70}};

const SheetSpec kPeople{
    kPeopleSheet, "人員（聯名出具人、資訊安全人員及其他應列入訓練檢查之人員）", "people",
    {},
    {{"人員名冊",
      {
          {"代號", "id", K::text, false, "可留空；填寫時須為英文代號（如 chen-ciso），每人不同。", {}, 16},
          {"姓名", "name", K::text, true, "如印在簽章欄旁的姓名。", {}, 10},
          {"職稱", "title", K::text, true, "實際職稱，如 資訊安全長、資訊部協理、董事長。", {}, 16},
          {"負責資訊安全之最高主管", "role:security_officer", K::mark, false, "擔任此角色者選「是」。", {}, 9},
          {"董事長", "role:chairman", K::mark, false, "擔任此角色者選「是」。", {}, 7},
          {"總經理", "role:general_manager", K::mark, false, "擔任此角色者選「是」。", {}, 7},
          {"稽核主管", "role:chief_auditor", K::mark, false, "擔任此角色者選「是」。", {}, 7},
          {"資訊安全主管", "role:security_head", K::mark, false, "資訊安全主管（200億以上級距為專責主管）選「是」。", {}, 8},
          {"資訊安全人員", "role:security_staff", K::mark, false, "資訊安全人員（200億以上級距為專責人員）選「是」。", {}, 8},
          {"資訊人員", "role:it_staff", K::mark, false, "未兼資訊安全之資訊人員選「是」。", {}, 7},
          {"使用資訊系統之從業人員", "role:employee", K::mark, false, "其他使用資訊系統之員工選「是」。", {}, 9},
          {"兼辦資訊職務", "duty:it", K::mark, false, "除上列角色外另兼辦者選「是」；專責者各欄留空。", {}, 8},
          {"兼辦內部稽核職務", "duty:internal_audit", K::mark, false, "除上列角色外另兼辦者選「是」。", {}, 8},
          {"兼辦法令遵循職務", "duty:compliance", K::mark, false, "除上列角色外另兼辦者選「是」。", {}, 8},
          {"兼辦業務單位職務", "duty:business", K::mark, false, "除上列角色外另兼辦者選「是」。", {}, 8},
          {"兼辦風險管理職務", "duty:risk", K::mark, false, "除上列角色外另兼辦者選「是」。", {}, 8},
          {"兼辦其他職務", "duty:other", K::lines, false, "以文字寫出其他兼辦職務，每項一行，例如 客服中心主管。", {}, 16},
          {"訓練時數", "training.hours", K::decimal, true, "聲明年度內資訊安全課程時數，可有小數，例如 15.5。", {}, 8},
          {"通過評量", "training.assessment_passed", K::yes_no, true, "是否通過專業課程之評量。", {}, 7},
      },
      15}},
    {}};

const SheetSpec kDeclaration{
    kDeclarationSheet, "資訊安全整體執行情形聲明書", "declaration",
    {
        {"聲明年度（民國）", "year", K::roc_year, true, "聲明所涵蓋之會計年度，以民國年填寫：114。"},
        {"聲明日期", "date", K::date, true, "印在聲明書末的日期，通常為董事會日期。"},
        {"董事會日期", "board_meeting.date", K::date, true, "通過本聲明書之董事會日期。"},
        {"出席董事人數", "board_meeting.directors_present", K::whole_number, true, "整數，至少 1。"},
        {"持反對意見董事人數", "board_meeting.directors_objecting", K::whole_number, true, "整數，0 至出席董事人數。"},
        {"公開資訊觀測站揭露日期", "disclosure_date", K::date, true, "應於會計年度終了後三個月內。"},
    },
    {{"聯名出具人",
      {
          {"角色", "role", K::choice, true, "四個角色各一列。",
           {{"負責資訊安全之最高主管", "security_officer"},
            {"董事長", "chairman"},
            {"總經理", "general_manager"},
            {"稽核主管", "chief_auditor"}}},
          {"姓名", "person", K::person, true, "從「人員」工作表的姓名中選擇。"},
      },
      0},
     {"聲明內容（每段一列，不含「一、」等編號；董事會通過之段落由系統產生）",
      {
          {"段次", "", K::text},
          {"內容", "statement", K::paragraphs, false, "一段完整的文字，不含編號。"},
      },
      6}},
    {24, 100, 40}};

const SheetSpec kAssessment{
    kAssessmentSheet, "資訊安全自評表（申請增加業務種類、營業項目、設置分支機構或轉投資時填寫）", "self_assessment",
    {
        {"自評表檢查項目", "checklist", K::text, false, "所用的檢查項目檔，通常不需修改。"},
        {"填表日期", "date", K::date, false, "填寫本表之日期；改善預定完成日不得早於此日。"},
        {"申請事項", "subject", K::paragraphs, false, "一句話說明申請的事項。"},
        {"申請項目：增加業務種類", "applications:add_business_type", K::mark, false, "申請此項者選「是」。"},
        {"申請項目：增加營業項目", "applications:add_business_item", K::mark, false, "申請此項者選「是」。"},
        {"申請項目：設置分支機構", "applications:set_up_branch", K::mark, false, "申請此項者選「是」。"},
        {"申請項目：轉投資國內外事業", "applications:invest_in_business", K::mark, false, "申請此項者選「是」。"},
    },
    {{"檢查項目",
      {
          {"項目編號", "item", K::text, false, "", {}, 14},
          {"檢查項目", "", K::paragraphs, false, "", {}, 48},
          {"自評結果", "answer", K::choice, false, "符合、不符合或不適用。",
           {{"符合", "compliant"}, {"不符合", "non_compliant"}, {"不適用", "not_applicable"}}, 10},
          {"說明", "explanation", K::paragraphs, false, "不符合者說明不足之處；不適用者說明理由。", {}, 36},
          {"佐證資料", "evidence", K::paragraphs, false, "可證明的文件名稱。", {}, 26},
          {"改善計畫", "improvement_plan", K::paragraphs, false, "僅「不符合」填寫：做什麼、由誰負責。", {}, 36},
          {"預定完成日期", "improvement_due", K::date, false, "僅「不符合」填寫，不得早於填表日期。", {}, 16},
      },
      0}},
    {22, 48, 10, 36, 26, 36, 16},
    false};

const SheetSpec kRevisions{
    kRevisionsSheet, "修正條文對照表", "revisions",
    {
        {"修正條文來源", "amendments", K::text, false, "共用修正條文檔，通常不需修改；只列本公司自訂條文者留空。"},
        {"董事會日期", "board_meeting", K::date, false, "提報本對照表之董事會日期。"},
    },
    {{"條文（共用條文可直接修改文字，作為本公司之版本；本公司自訂條文填於下方空白列）",
      {
          {"來源", "source", K::choice, false, "共用：主管機關修正之條文；本公司：自訂條文。",
           {{kSharedSource, "shared"}, {kFirmSource, "firm"}}, 8},
          {"條文編號", "id", K::text, false, "每條不同，例如 HY-21100-1。", {}, 13},
          {"規範代碼", "code", K::text, false, "例如 CC-21100。", {}, 11},
          {"標題", "title", K::paragraphs, false, "", {}, 20},
          {"類型", "kind", K::choice, false, "修正、新增或刪除。",
           {{"修正", "amended"}, {"新增", "added"}, {"刪除", "deleted"}}, 7},
          {"現行條文", "current", K::paragraphs, false, "可分行；新增條文留空。", {}, 44},
          {"修正條文", "amended", K::paragraphs, false, "可分行；刪除條文留空。", {}, 44},
          {"說明", "explanation", K::lines, false, "每點一行。", {}, 40},
      },
      10}},
    {14, 14, 11, 20, 7, 44, 44, 40},
    false};

}  // namespace

const SheetSpec& firm_sheet() { return kFirm; }
const SheetSpec& people_sheet() { return kPeople; }
const SheetSpec& declaration_sheet() { return kDeclaration; }
const SheetSpec& assessment_sheet() { return kAssessment; }
const SheetSpec& revisions_sheet() { return kRevisions; }

std::vector<const SheetSpec*> data_sheets() { return {&kFirm, &kPeople, &kDeclaration, &kAssessment, &kRevisions}; }

const std::vector<Choice>& choices_of(const CellSpec& cell) {
  if (cell.kind == CellKind::mark) return kMarkChoices;
  if (cell.kind == CellKind::yes_no) return kYesNoChoices;
  return cell.choices;
}

std::optional<std::string> value_of_label(const CellSpec& cell, const std::string& label) {
  for (const auto& c : choices_of(cell))
    if (label == c.label) return std::string(c.value);
  return std::nullopt;
}

std::optional<std::string> label_of_value(const CellSpec& cell, const std::string& value) {
  for (const auto& c : choices_of(cell))
    if (value == c.value) return std::string(c.label);
  return std::nullopt;
}

std::string choice_list(const CellSpec& cell) {
  std::string out;
  for (const auto& c : choices_of(cell)) out.append(out.empty() ? "" : "、").append("「").append(c.label).append("」");
  return out;
}

}  // namespace filinggen::intake
