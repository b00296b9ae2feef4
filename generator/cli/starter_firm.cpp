// The starter firm file `filinggen init` writes: every required field, each explained
// in a comment for the compliance officer who fills it in, with sample values that
// validate, so a new firm does not begin as a copy of another firm's real data.
#include "cli/init_command.hpp"

namespace filinggen::cli {

namespace {

// The revision table, when the shipped standard data has amendments to refer to.
constexpr const char* kRevisions = R"(# 修正條文對照表（選填）：共用的修正條文寫成 standard:檔名，指 filinggen 隨附的標準資料，
# 不論 filinggen 安裝在哪裡都找得到（filinggen --version 列出隨附的檔名）；本公司自己的條文
# 與對共用條文的覆寫見 docs/data-format.md §2.5。不需要時刪除整段。
revisions:
  amendments: standard:@AMENDMENTS@
  # 提報修正條文的董事會日期（印在對照表抬頭）。
  board_meeting: 2026-03-20

)";

}  // namespace

std::string starter_firm_text(const std::string& firm_id, const std::string& amendments) {
  std::string text = R"(# 公司資料檔（由 filinggen init 產生的範本）
# 請將下列範例值改為貴公司的實際資料；每個欄位的說明見其上方的註解，完整格式見 docs/data-format.md。
# 改好後請執行 filinggen validate 本檔 檢查格式，再以 filinggen check 本檔 檢查是否符合法規。
# 日期一律以西元年填寫（例如 2026-03-20），文件中會自動印成民國年。

# 資料格式版本：目前為 1，請勿更改。
schema_version: 1

firm:
  # 公司代號：輸出資料夾的名稱，只能用小寫英文字母、數字、「-」與「_」；檔名慣例為「代號.yaml」。
  id: @ID@
  # 公司全名：印在每份文件的抬頭，請與登記名稱完全相同。
  name: 範例證券股份有限公司
  # 事業別：securities（證券商）、futures（期貨業）、securities_finance（證券金融事業）、
  # investment_trust（證券投資信託事業）、investment_advisory（證券投資顧問事業）、credit_rating（信用評等事業）。
  kind: securities
  # 是否為外國金融機構在國內設立之分支機構；是則填 true，並改填 allocated_operating_capital（指撥營運資金），刪除 paid_in_capital。
  foreign_branch: false
  # 實收資本額（新臺幣元，整數，不加逗號）：決定 CC-13000 資訊安全人力的級距。
  paid_in_capital: 3000000000
  # 會計年度終了日（月-日），絕大多數公司為 "12-31"。
  fiscal_year_end: "12-31"
  # 資訊安全單位：name 為單位名稱（印於文件）；dedicated 為是否為專門負責資訊安全之專責單位
  # （true／false）；reports_to 為督導該單位者（例如 總經理、資訊安全長）。
  # 實收資本額200億元以上者應設資訊安全專責單位（dedicated: true）；其他級距可照實填寫，或刪除本段。
  security_unit:
    name: 資訊室
    dedicated: false
    reports_to: 總經理

# 人員：聲明書的聯名出具人，以及負責資訊安全與使用資訊系統的人員，每人一筆。
people:
  # id：人員代號（供下方 signatories 引用）；name：姓名；title：實際職稱（印於文件）。
  # roles：角色，可填多個：security_officer（負責資訊安全之最高主管）、chairman（董事長）、
  #   general_manager（總經理）、chief_auditor（稽核主管）、security_head（資訊安全主管）、
  #   security_staff（資訊安全人員）、it_staff（資訊人員）、employee（使用資訊系統之從業人員）。
  # duties：本職以外兼辦的職務；無則填 dedicated（專責），有則逐一列出，例如 [it] 或 [it, risk]：
  #   it（資訊職務）、internal_audit（內部稽核職務）、compliance（法令遵循職務）、business（業務單位職務）、
  #   risk（風險管理職務）；其他職務請寫明，例如 [it, {other: 客服中心主管}]。
  #   資訊安全主管及人員可兼辦哪些職務依級距而定（200億以上須專責），與職務有利益衝突者一律不得兼辦。
  # training：本年度資訊安全訓練；hours 為時數，assessment_passed 為是否通過評量（true／false）。
  - id: security-officer
    name: 王大明
    title: 資訊安全主管
    roles: [security_officer, security_head]
    duties: [it]
    training:
      hours: 16
      assessment_passed: true
  - id: security-staff
    name: 李小華
    title: 資訊安全專員
    roles: [security_staff]
    duties: dedicated
    training:
      hours: 15
      assessment_passed: true
  - id: chairman
    name: 張文雄
    title: 董事長
    roles: [chairman]
    duties: dedicated
    training:
      hours: 3
      assessment_passed: true
  - id: general-manager
    name: 陳美玲
    title: 總經理
    roles: [general_manager]
    duties: dedicated
    training:
      hours: 3
      assessment_passed: true
  - id: chief-auditor
    name: 林志成
    title: 稽核主管
    roles: [chief_auditor]
    duties: dedicated
    training:
      hours: 3
      assessment_passed: true

# 資訊安全整體執行情形聲明書（CC-12000）
declaration:
  # 聲明年度：所涵蓋的會計年度（西元年；2025 印為民國114年度）。
  year: 2025
  # 聲明日期：印在聲明書末，通常為董事會通過之日；應在所聲明的會計年度終了之後。
  date: 2026-03-20
  # 聲明內容：依序編號的段落，每段一項；可用 {{staff_zh}} 等代入依規則計算的數據（見 docs/templates.md）。
  statement:
    - 本公司確知建立、實施及維護資訊安全制度係本公司董事會及經理人之責任，本公司業已建立資訊安全制度，以確保交易系統及客戶資料之機密性、完整性及可用性。
    - 資訊安全制度有其先天限制，不論設計如何完善，僅能對上述目標之達成提供合理之確保；惟本公司之資訊安全制度設有自我監督之機制，缺失一經辨認，即採取更正之行動。
    - 本公司基於上述評估結果，認為本公司於民國一百一十四年十二月三十一日之資訊安全制度之設計及執行係屬有效。本聲明書之內容如有虛偽、隱匿等不法情事，本公司願負相關法律責任。
  # 董事會：通過本聲明書的會議日期、出席董事人數、持反對意見董事人數。
  board_meeting:
    date: 2026-03-20
    directors_present: 7
    directors_objecting: 0
  # 公開資訊觀測站揭露日期：應在會計年度終了後三個月內，且不早於董事會日期。
  disclosure_date: 2026-03-31
  # 聯名出具人：四位不同的人，依序為 security_officer、chairman、general_manager、chief_auditor；
  # person 填上方 people 的 id，且該人員的 roles 須含此角色（filinggen check 會檢查）。
  signatories:
    - role: security_officer
      person: security-officer
    - role: chairman
      person: chairman
    - role: general_manager
      person: general-manager
    - role: chief_auditor
      person: chief-auditor

@REVISIONS@# 選填：資訊安全自評表（self_assessment），格式見 docs/data-format.md §2.4。
)";
  std::string revisions;
  if (!amendments.empty()) {
    const std::string marker = "@AMENDMENTS@";
    revisions = kRevisions;
    revisions.replace(revisions.find(marker), marker.size(), amendments);
  }
  for (const auto& [marker, value] : {std::pair<std::string, std::string>{"@ID@", firm_id}, {"@REVISIONS@", revisions}})
    text.replace(text.find(marker), marker.size(), value);
  return text;
}

}  // namespace filinggen::cli
