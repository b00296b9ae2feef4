#!/usr/bin/python3
"""Writes, as Typst sources, the declaration and (when the firm has one) the revision
table of a firm file, with the same words, page, margins, sizes and Kai faces as
bench/declaration_html.py and bench/revision_table_html.py give WeasyPrint. Used only by
scripts/bench, to compare speed on the same content (bench/typst_batch.js compiles them).

Usage: bench/typst_sources.py OUT_DIR FIRM.yaml...   writes OUT_DIR/<firm>-declaration.typ
       (and OUT_DIR/<firm>-revision.typ)
Run it with Debian's /usr/bin/python3 (python3-yaml), from bench/.
"""
import difflib
import os
import sys

import yaml

from declaration_html import (as_date, chinese_number, fiscal_period, roc_date, roc_date_chinese,
                              roc_date_short, roc_year, signatories)
from revision_table_html import WORD, entries_of

FONTS = '("AR PL KaitiM Big5", "TW-Kai")'


def s(text):
    """Text as a Typst string literal inside content: #"…"."""
    return '#"' + str(text).rstrip("\n").replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def footer():
    return ('footer: context align(center, text(size: 10pt)[第 #counter(page).display() 頁，'
            '共 #counter(page).final().first() 頁])')


def point(label, body, indent="2em"):
    return f'#par(hanging-indent: {indent})[#box(width: {indent})[{label}]{body}]'


def declaration(doc):
    firm, decl = doc["firm"], doc["declaration"]
    first, last = fiscal_period(int(decl["year"]), firm["fiscal_year_end"])
    date, board = as_date(decl["date"]), decl["board_meeting"]
    statement = list(decl["statement"])
    rows = [f'[{s(label)}], [{s(title)}], [{s(name)}], [],' for label, title, name in signatories(doc)]
    points = "\n".join(point(f"{chinese_number(i + 1)}、", s(t)) for i, t in enumerate(statement))
    board_text = (f'本聲明書業經本公司民國{roc_date_short(as_date(board["date"]))}董事會通過，出席董事'
                  f'{board["directors_present"]}人中，有{board["directors_objecting"]}人持反對意見，餘均同意本聲明書之內容，併此聲明。')
    return f"""#set document(title: "{firm["name"]} 資訊安全整體執行情形聲明書", author: "{firm["name"]}")
#set page(paper: "a4", margin: (top: 28mm, bottom: 24mm, left: 25mm, right: 25mm), {footer()})
#set text(font: {FONTS}, size: 13pt, lang: "zh", region: "tw", top-edge: "ascender", bottom-edge: "descender")
#set par(justify: true, leading: 0.75em, spacing: 2pt)
#align(center, text(size: 18pt)[{s(firm["name"])}])
#align(center, text(size: 20pt)[資訊安全整體執行情形聲明書])
#v(4pt)
#align(right, text(size: 12pt)[日期：{roc_date(date)}])
#v(10pt)
#par(first-line-indent: (amount: 2em, all: true))[本公司民國{roc_year(last)}年度（自{roc_date_short(first)}至{roc_date_short(last)}止）資訊安全整體執行情形，依據「證券暨期貨市場各服務事業建立內部控制制度處理準則」第三十六條之二規定，聲明如下：]
{points}
{point(f"{chinese_number(len(statement) + 1)}、", s(board_text))}
#v(14pt)
聯名出具人：
#set text(size: 12pt)
#table(columns: (32%, 26%, 16%, 26%), align: center + horizon, stroke: 0.5pt, rows: (auto, 58pt),
  table.header([聯名身分], [職稱], [姓名], [簽章]),
  {chr(10).join(rows)}
)
#v(24pt)
#text(size: 14pt)[#stack(dir: ltr, spacing: 1fr, ..{"(" + ", ".join(f'[{c}]' for c in roc_date_chinese(date)) + ",)"})]
"""


def underlined(amended, current):
    out = []
    for op, a0, a1, _, _ in difflib.SequenceMatcher(None, current, amended, autojunk=False).get_opcodes():
        piece = s(amended[a0:a1]) if a1 > a0 else ""
        out.append(piece if op == "equal" or not piece else f"#underline[{piece}]")
    return "".join(out)


def revision_table(path, doc):
    revisions = doc["revisions"]
    entries, word, shared = entries_of(path, revisions)
    name = doc["firm"]["name"]
    rows = []
    for e in entries:
        kind = e["kind"]
        amended = f"本{word}刪除" if kind == "deleted" else (
            underlined(e["amended"], e["current"]) if kind == "amended" else f"#underline[{s(e['amended'])}]")
        current = f"本{word}新增" if kind == "added" else s(e["current"])
        points = "".join(point(f"{chinese_number(i + 1)}、", s(p)) for i, p in enumerate(e["explanation"]))
        rows.append(f'table.cell(colspan: 3)[#strong[{s(e["code"] + " " + e["title"])}]], [{amended}], [{current}], [{points}],')
    subtitle = (f'#align(center)[{s(shared["standard"])}（{roc_date(as_date(shared["version"]))}修正）]'
                if shared else "")
    header = f'context if here().page() > 1 {{ align(right, text(size: 9pt)[{s(name)}　內部控制制度修正條文對照表]) }}'
    return f"""#set document(title: "{name} 內部控制制度修正條文對照表")
#set page(paper: "a4", margin: (top: 22mm, bottom: 20mm, left: 20mm, right: 20mm), header: {header}, {footer()})
#set text(font: {FONTS}, size: 11pt, lang: "zh", region: "tw", top-edge: "ascender", bottom-edge: "descender")
#set par(leading: 0.5em, spacing: 0pt)
#align(center, text(size: 16pt, weight: "bold")[{s(name)} \\ 內部控制制度修正條文對照表])
{subtitle}
#align(center)[提報民國{roc_date_short(as_date(revisions["board_meeting"]))}董事會]
#v(8pt)
#table(columns: (36%, 36%, 28%), stroke: 0.5pt, inset: (x: 4pt, y: 3pt),
  table.header([修正條文], [現行條文], [說明]),
  {chr(10).join(rows)}
)
"""


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: typst_sources.py OUT_DIR FIRM.yaml...")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
        base = os.path.join(out, os.path.splitext(os.path.basename(path))[0])
        with open(base + "-declaration.typ", "w", encoding="utf-8") as f:
            f.write(declaration(doc))
        if doc.get("revisions"):
            with open(base + "-revision.typ", "w", encoding="utf-8") as f:
                f.write(revision_table(path, doc))


if __name__ == "__main__":
    main()
