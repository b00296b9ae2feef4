#!/usr/bin/env python3
"""A compliance officer filling in the workbook `filinggen init FIRM-ID --xlsx` wrote,
every sheet, each cell found by its label or header as a person finds it; openpyxl
stands in for Excel. Used by examples/firm_workbook.sh and the workbook tests.

    fill_in_workbook.py FIRM.xlsx"""
import datetime
import sys

import openpyxl


def fill_in_blank(path):
    """What the officer types: a futures firm, five people, the declaration, a
    self-assessment for a branch and the revision table's board meeting."""
    wb = openpyxl.load_workbook(path)

    def labelled(sheet, label, value):
        ws = wb[sheet]
        row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == label)
        ws.cell(row, 2).value = value

    def header_row(ws, first):
        return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == first)

    labelled("公司", "公司名稱", "信義期貨股份有限公司")
    labelled("公司", "事業別", "期貨業")
    labelled("公司", "實收資本額（新臺幣元）", 3_500_000_000)
    people = wb["人員"]
    top = header_row(people, "代號")
    header = [c.value for c in people[top]]
    staff = [("林志明", "資訊部經理", "負責資訊安全之最高主管", 16), ("陳美華", "董事長", "董事長", 3),
             ("王建國", "總經理", "總經理", 3), ("李淑芬", "稽核主管", "稽核主管", 4),
             ("張家豪", "資訊安全專員", "資訊安全人員", 18)]
    for i, (name, title, role, hours) in enumerate(staff):
        for column, value in (("姓名", name), ("職稱", title), (role, "是"), ("訓練時數", hours), ("通過評量", "是")):
            people.cell(top + 1 + i, header.index(column) + 1).value = value
    labelled("聲明書", "聲明年度（民國）", 114)
    for label in ("聲明日期", "董事會日期"):
        labelled("聲明書", label, datetime.date(2026, 3, 12))
    labelled("聲明書", "出席董事人數", 7)
    labelled("聲明書", "持反對意見董事人數", 0)
    labelled("聲明書", "公開資訊觀測站揭露日期", datetime.date(2026, 3, 25))
    declaration = wb["聲明書"]
    signers = {"負責資訊安全之最高主管": "林志明", "董事長": "陳美華", "總經理": "王建國", "稽核主管": "李淑芬"}
    for r in range(header_row(declaration, "角色") + 1, declaration.max_row + 1):
        if declaration.cell(r, 1).value in signers:
            declaration.cell(r, 2).value = signers[declaration.cell(r, 1).value]
    labelled("自評表", "填表日期", datetime.date(2026, 5, 20))
    labelled("自評表", "申請事項", "申請設置臺中分公司。")
    labelled("自評表", "申請項目：設置分支機構", "是")
    form = wb["自評表"]
    first = header_row(form, "項目編號")
    for r in range(first + 1, form.max_row + 1):
        if form.cell(r, 1).value:
            form.cell(r, 3).value = "符合"
            form.cell(r, 5).value = "內部規章及執行紀錄"
    form.cell(first + 1, 3).value = "不適用"
    form.cell(first + 1, 4).value = "本公司尚未設置分公司。"
    labelled("修正條文", "董事會日期", datetime.date(2025, 8, 20))
    wb.save(path)


if __name__ == "__main__":
    fill_in_blank(sys.argv[1])
