#!/usr/bin/python3
"""Writes, as HTML for WeasyPrint, the revision comparison table (修正條文對照表) of a
firm file, equivalent to what templates/revision-table.zh-TW.mustache makes filinggen
draw: the title block, the three columns 修正條文 | 現行條文 | 說明 with a label row per
entry and the header repeated on every page, the amended phrases underlined (here by
Python's difflib over characters, where filinggen diffs grapheme clusters), 說明 as
numbered points, A4 with the same margins, sizes and Kai face. Used only by scripts/bench
to compare speed on the same content.

Usage: bench/revision_table_html.py FIRM.yaml > revision-table.html
Run it with Debian's /usr/bin/python3 (python3-yaml).
"""
import difflib
import html
import os
import sys

import yaml

from declaration_html import KAI, FALLBACK, roc_date, roc_date_short, as_date, chinese_number

WORD = {"point": "點", "article": "條"}


def entries_of(firm_path, revisions):
    """The shared entries with the firm's overrides applied, then the firm's own."""
    entries, unit = [], "point"
    if revisions.get("amendments"):
        path = os.path.join(os.path.dirname(firm_path), revisions["amendments"])
        with open(path, encoding="utf-8") as f:
            shared = yaml.safe_load(f)
        unit = shared.get("article_unit", "point")
        overrides = {o["code"]: o for o in revisions.get("overrides", [])}
        for e in shared["entries"]:
            entries.append({**e, **{k: v for k, v in overrides.get(e["id"], {}).items() if k != "code"}})
    entries += revisions.get("entries", [])
    return entries, WORD[unit], (shared if revisions.get("amendments") else None)


def underlined(amended, current):
    out = []
    for op, a0, a1, _, _ in difflib.SequenceMatcher(None, current, amended, autojunk=False).get_opcodes():
        piece = html.escape(amended[a0:a1]).replace("\n", "<br>")
        out.append(piece if op == "equal" else f"<u>{piece}</u>")
    return "".join(out)


def text(s):
    return html.escape(s).replace("\n", "<br>")


def main(path):
    with open(path, encoding="utf-8") as f:
        firm = yaml.safe_load(f)
    revisions = firm["revisions"]
    entries, word, shared = entries_of(path, revisions)
    name = firm["firm"]["name"]
    rows = []
    for e in entries:
        kind = e["kind"]
        amended = f"本{word}刪除" if kind == "deleted" else (
            underlined(e["amended"], e["current"]) if kind == "amended" else f"<u>{text(e['amended'])}</u>")
        current = f"本{word}新增" if kind == "added" else text(e["current"])
        points = "".join(f'<p class="point"><span class="label">{chinese_number(i + 1)}、</span>{text(p)}</p>'
                         for i, p in enumerate(e["explanation"]))
        rows.append(f'<tr class="entry"><td colspan="3">{html.escape(e["code"] + " " + e["title"])}</td></tr>'
                    f"<tr><td>{amended}</td><td>{current}</td><td>{points}</td></tr>")
    subtitle = (f'<p class="subtitle">{html.escape(shared["standard"])}（{roc_date(as_date(shared["version"]))}修正）</p>'
                if shared else "")
    print(f"""<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{html.escape(name)} 內部控制制度修正條文對照表</title>
<style>
@font-face {{ font-family: Kai; src: url({KAI}); }}
@font-face {{ font-family: KaiFallback; src: url({FALLBACK}); }}
@page {{ size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-right {{ content: "{html.escape(name)}　內部控制制度修正條文對照表"; font: 9pt Kai, KaiFallback; }}
  @bottom-center {{ content: "第 " counter(page) " 頁，共 " counter(pages) " 頁"; font: 10pt Kai, KaiFallback; }} }}
@page :first {{ @top-right {{ content: none; }} }}
body {{ font-family: Kai, KaiFallback; font-size: 11pt; line-height: 1.5; }}
.title {{ font-size: 16pt; text-align: center; font-weight: bold; margin: 0 0 4pt; }}
.subtitle {{ font-size: 11pt; text-align: center; margin: 0; }}
table {{ width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: 8pt; }}
col.a {{ width: 36%; }} col.b {{ width: 36%; }} col.c {{ width: 28%; }}
td, th {{ border: 0.5pt solid black; padding: 3pt 4pt; vertical-align: top; }}
thead {{ display: table-header-group; }}
tr.entry td {{ font-weight: bold; }}
tr {{ break-inside: auto; }}
p.point {{ margin: 0; padding-left: 2em; text-indent: -2em; }}
</style></head><body>
<p class="title">{html.escape(name)}<br>內部控制制度修正條文對照表</p>
{subtitle}
<p class="subtitle">提報民國{roc_date_short(as_date(revisions["board_meeting"]))}董事會</p>
<table><colgroup><col class="a"><col class="b"><col class="c"></colgroup>
<thead><tr><th>修正條文</th><th>現行條文</th><th>說明</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
</body></html>""")


if __name__ == "__main__":
    main(sys.argv[1])
