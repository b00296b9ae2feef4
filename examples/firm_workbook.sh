#!/usr/bin/env bash
# A new firm's filings from a workbook, as a compliance officer makes them: init --xlsx
# writes the blank workbook, someone fills it in (here openpyxl stands in for Excel),
# validate names what is still missing by sheet and cell, generate writes the filings.
# Then an existing firm file taken to a workbook and back (export, import).
#
#   examples/firm_workbook.sh FILINGGEN SAMPLE_FIRM.yaml OUT
set -euo pipefail
filinggen=$1 sample=$2 out=$3
rm -rf "$out" && mkdir -p "$out" && cd "$out"

"$filinggen" init xinyi-futures --xlsx
echo "-- 尚未填寫："
"$filinggen" validate xinyi-futures.xlsx 2>&1 | head -3 || true

# Filling it in: the rows and columns are found by their labels, as a person finds them.
/usr/bin/python3 - <<'PY'
import datetime
import openpyxl

wb = openpyxl.load_workbook("xinyi-futures.xlsx")
def labelled(sheet, label, value):
    ws = wb[sheet]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == label)
    ws.cell(row, 2).value = value
labelled("公司", "公司名稱", "信義期貨股份有限公司")
labelled("公司", "事業別", "期貨業")
labelled("公司", "實收資本額（新臺幣元）", 3_500_000_000)
people = wb["人員"]
header = [c.value for c in people[4]]
for i, (name, title, role, hours) in enumerate([("林志明", "資訊部經理", "負責資訊安全之最高主管", 16),
                                                 ("陳美華", "董事長", "董事長", 3), ("王建國", "總經理", "總經理", 3),
                                                 ("李淑芬", "稽核主管", "稽核主管", 4), ("張家豪", "資訊安全專員", "資訊安全人員", 18)]):
    row = 5 + i
    people.cell(row, header.index("姓名") + 1).value = name
    people.cell(row, header.index("職稱") + 1).value = title
    people.cell(row, header.index(role) + 1).value = "是"
    people.cell(row, header.index("訓練時數") + 1).value = hours
    people.cell(row, header.index("通過評量") + 1).value = "是"
labelled("聲明書", "聲明年度（民國）", 114)
for label in ("聲明日期", "董事會日期"):
    labelled("聲明書", label, datetime.date(2026, 3, 12))
labelled("聲明書", "出席董事人數", 7)
labelled("聲明書", "持反對意見董事人數", 0)
labelled("聲明書", "公開資訊觀測站揭露日期", datetime.date(2026, 3, 25))
signers = wb["聲明書"]
for r in range(1, signers.max_row + 1):
    role = signers.cell(r, 1).value
    name = {"負責資訊安全之最高主管": "林志明", "董事長": "陳美華", "總經理": "王建國", "稽核主管": "李淑芬"}.get(role)
    if name:
        signers.cell(r, 2).value = name
wb.save("xinyi-futures.xlsx")
PY

echo "-- 填妥後："
"$filinggen" validate xinyi-futures.xlsx
"$filinggen" generate xinyi-futures.xlsx --out filings --format pdf,xlsx --quiet || [ $? -eq 1 ]
ls filings/xinyi-futures

echo "-- 既有的資料檔轉成活頁簿，再轉回 YAML："
"$filinggen" export "$sample" --out .
"$filinggen" import "$(basename "${sample%.*}").xlsx" --out imported
"$filinggen" validate imported/*.yaml
