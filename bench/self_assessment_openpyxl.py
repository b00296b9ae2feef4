#!/usr/bin/python3
"""Writes, with openpyxl, the self-assessment workbook (資訊安全自評表) of each firm file
given, equivalent to filinggen's self-assessment.xlsx: the same rows, a dropdown of
符合/不符合/不適用 from a hidden sheet, conditional formats, COUNTIF formulas, column
widths, wrapped text, protection with the fields unlocked, A4 print setup. Used only by
scripts/bench to compare speed; prints "import_s first_s median_rest_s count".

Usage: bench/self_assessment_openpyxl.py OUT_DIR FIRM.yaml...
Run it with Debian's /usr/bin/python3 (python3-openpyxl, python3-yaml).
"""
import os
import statistics
import sys
import time

t0 = time.perf_counter()
import openpyxl  # noqa: E402
from openpyxl.formatting.rule import CellIsRule, FormulaRule  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side  # noqa: E402
from openpyxl.worksheet.datavalidation import DataValidation  # noqa: E402
import yaml  # noqa: E402
import_s = time.perf_counter() - t0

LABELS = {"compliant": "符合", "non_compliant": "不符合", "not_applicable": "不適用"}
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
FONT = Font(name="標楷體", size=10.5)


def workbook(path, out):
    with open(path, encoding="utf-8") as f:
        firm = yaml.safe_load(f)
    sa = firm["self_assessment"]
    with open(os.path.join(os.path.dirname(path), sa["checklist"]), encoding="utf-8") as f:
        checklist = yaml.safe_load(f)
    answers = {a["item"]: a for a in sa.get("answers", [])}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自評表"
    lists = wb.create_sheet("選項")
    lists.sheet_state = "hidden"
    for i, v in enumerate(LABELS.values(), 1):
        lists.cell(i, 1, v)
    ws.append([checklist["title"]])
    ws.append(["公司名稱：" + firm["firm"]["name"]])
    ws.append(["填表日期：" + str(sa["date"])])
    ws.append(["項次", "檢查項目", "自評結果", "說明", "佐證資料", "改善計畫", "預定完成日期", "項目代號"])
    for c in ws[4]:
        c.font, c.border, c.fill = FONT, BOX, PatternFill("solid", fgColor="E7E6E6")
    n, first = 0, ws.max_row + 1
    for area in checklist["areas"]:
        ws.append([area["code"] + " " + area["title"]])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
        for item in area["items"]:
            n += 1
            a = answers.get(item["id"], {})
            ws.append([n, item["text"], LABELS.get(a.get("answer")), a.get("explanation"), a.get("evidence"),
                       a.get("improvement_plan"), a.get("improvement_due"), item["id"]])
            for c in ws[ws.max_row]:
                c.font, c.border = FONT, BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if 3 <= c.column <= 7:
                    c.protection = Protection(locked=False)
            ws.row_dimensions[ws.max_row].height = 15 * (1 + len(item["text"]) // 16)
    last = ws.max_row
    dv = DataValidation(type="list", formula1="'選項'!$A$1:$A$3", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"C{first}:C{last}")
    ws.conditional_formatting.add(f"C{first}:C{last}", CellIsRule(operator="equal", formula=['"不符合"'],
                                                                  fill=PatternFill("solid", fgColor="F8CBAD")))
    ws.conditional_formatting.add(f"D{first}:D{last}", FormulaRule(
        formula=[f'AND(OR($C{first}="不符合",$C{first}="不適用"),LEN(D{first})=0)'], fill=PatternFill("solid", fgColor="FFE699")))
    for label in LABELS.values():
        ws.append([label, f'=COUNTIF($C${first}:$C${last},"{label}")'])
    for col, width in zip("ABCDEFGH", (5, 34, 10, 26, 20, 22, 14, 16)):
        ws.column_dimensions[col].width = width
    ws.column_dimensions["H"].hidden = True
    ws.freeze_panes = "A5"
    ws.print_title_rows = "4:4"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "第 &P 頁，共 &N 頁"
    ws.protection.sheet = True
    wb.save(os.path.join(out, firm["firm"]["id"] + ".xlsx"))


def main(out, paths):
    os.makedirs(out, exist_ok=True)
    times = []
    for p in paths:
        t = time.perf_counter()
        workbook(p, out)
        times.append(time.perf_counter() - t)
    rest = statistics.median(times[1:]) if len(times) > 1 else times[0]
    print(f"{import_s:.3f} {times[0]:.3f} {rest:.4f} {len(times)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
