// The 填寫說明 sheet. Its words follow docs/data-format.md, "The firm workbook".
#include "intake/firm_workbook_guide.hpp"

#include "xlsx/sheet_plan.hpp"

namespace filinggen::intake {
namespace {

struct GuideLine {
  bool heading;
  const char* text;
};

constexpr GuideLine kGuide[] = {
    {true, "公司資料活頁簿：填寫說明"},
    {false, "本活頁簿就是一家公司的申報資料，與 YAML 資料檔等效。填妥存檔後，filinggen validate、check、generate 可直接讀取本檔，產生聲明書、修正條文對照表及自評表。"},
    {true, "各工作表"},
    {false, "公司：公司的基本資料，一列一項。實收資本額（外國金融機構在臺分支機構為指撥營運資金）決定資訊安全人力配置的級距。"},
    {false, "人員：聯名出具聲明書的四位、資訊安全主管與人員，以及其他要檢查訓練時數的人，一人一列。擔任的角色與兼辦的職務在對應欄選「是」；未兼辦任何職務者（專責）兼辦各欄留空。"},
    {false, "聲明書：資訊安全整體執行情形聲明書的年度、日期、董事會及揭露日期；四位聯名出具人從「人員」的姓名中選擇；聲明內容每段一列，不含「一、」等編號，董事會通過的段落由系統產生。"},
    {false, "自評表：只在申請增加業務種類、營業項目、設置分支機構或轉投資時填寫。勾選申請項目，並為每一檢查項目選擇自評結果；「不符合」須填說明、改善計畫及預定完成日期，「不適用」須說明理由。不申請時整張表留空。"},
    {false, "修正條文：修正條文對照表。共用條文已列出，可直接修改其標題或文字，作為本公司的版本；本公司自訂的條文填在下方空白列，來源選「本公司」。提報對照表的董事會日期填在上方。"},
    {true, "怎麼填"},
    {false, "白色儲存格可填寫；灰色儲存格是活頁簿本身的文字，已鎖定。黃色表示必填而尚未填寫。點選儲存格時會出現該欄的說明。"},
    {false, "有下拉選單的欄位，請從清單中選擇，不要自行打字。"},
    {false, "日期請填入日期（例如 2026/3/10），會顯示為民國日期；也可直接打「民國115年3月10日」。聲明年度以民國年填寫（例如 114）。"},
    {false, "儲存格內要分行時，按 Alt+Enter（Mac 為 Control+Option+Enter）。"},
    {false, "可以插入列，但請勿刪除或改名工作表、改寫欄位名稱或標題列，也不要合併儲存格。公式可用：filinggen 讀取公式最後計算的結果。"},
    {true, "檢查與產生"},
    {false, "filinggen validate 本檔.xlsx：檢查資料是否完整；每個問題都指出工作表與儲存格，例如「hengyi.xlsx:人員!R7: people[5].training.hours: …」。"},
    {false, "filinggen check 本檔.xlsx：依證券商內部控制制度標準規範檢查人力配置、訓練、聲明書期限等。"},
    {false, "filinggen generate 本檔.xlsx --out 輸出資料夾：產生全部申報文件（PDF 與 Excel）。"},
    {false, "filinggen import 本檔.xlsx：把資料轉成 YAML 資料檔，供以版本控制管理資料的團隊使用。"},
};

}  // namespace

void write_guide(lxw_worksheet* ws, SheetFormats& formats) {
  constexpr double kWidth = 64;  // within an A4 page in portrait at full size
  worksheet_set_column(ws, 0, 0, kWidth, nullptr);
  int row = 0;
  for (const auto& line : kGuide) {
    if (line.heading && row > 0) ++row;
    worksheet_write_string(ws, row, 0, line.text, line.heading ? formats.guide_heading : formats.guide);
    worksheet_set_row(ws, row, xlsx::wrapped_height(line.text, kWidth, line.heading ? 12 : 11), nullptr);
    ++row;
  }
  worksheet_set_paper(ws, 9);
  worksheet_fit_to_pages(ws, 1, 0);
  worksheet_protect(ws, nullptr, nullptr);
}

}  // namespace filinggen::intake
