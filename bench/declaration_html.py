#!/usr/bin/python3
"""Writes, as HTML for WeasyPrint, the declaration (資訊安全整體執行情形聲明書, CC-12000)
of a firm file, equivalent to what templates/declaration.zh-TW.mustache and
generator/view/declaration_view.cpp make filinggen draw: same words, same A4 page and
margins, same sizes, the same Kai face. Used only by scripts/bench to compare speed.

Usage: bench/declaration_html.py FIRM.yaml > declaration.html

Run it with Debian's /usr/bin/python3 (python3-yaml, python3-weasyprint).
"""
import datetime
import html
import sys

import yaml

KAI = "file:///usr/share/fonts/truetype/arphic-bkai00mp/bkai00mp.ttf"
FALLBACK = "file:///usr/share/fonts/truetype/cns11643/TW-Kai-98_1.ttf"  # 堃 and other names beyond Big5

# The co-signers in the order the standard names them, with their printed labels
# (generator/model/enum_names.hpp, kSignatoryRoles).
SIGNING_ORDER = [
    ("security_officer", "負責資訊安全之最高主管"),
    ("chairman", "董事長"),
    ("general_manager", "總經理"),
    ("chief_auditor", "稽核主管"),
]

DIGITS = "〇一二三四五六七八九"


def chinese_number(n):
    """1..99 as ICU's zh-Hant %spellout-numbering writes them: 十, 十一, 二十, 二十六."""
    if not 0 < n < 100:
        raise ValueError(f"chinese_number: {n} out of range")
    tens, ones = divmod(n, 10)
    out = ("" if tens == 0 else ("十" if tens == 1 else DIGITS[tens] + "十"))
    return out + (DIGITS[ones] if ones else "")


def roc_year(d):
    return d.year - 1911


def roc_date_short(d):
    return f"{roc_year(d)}年{d.month}月{d.day}日"


def roc_date(d):
    return "中華民國" + roc_date_short(d)


def roc_date_chinese(d):
    year = "".join(DIGITS[int(c)] for c in str(roc_year(d)))
    return f"中華民國{year}年{chinese_number(d.month)}月{chinese_number(d.day)}日"


def as_date(value):
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))


def fiscal_period(year, year_end):
    month, day = (int(x) for x in str(year_end).split("-"))
    last = datetime.date(year, month, day)
    try:
        before = last.replace(year=year - 1)
    except ValueError:  # 02-29 in a year without it
        before = last.replace(year=year - 1, day=28)
    return before + datetime.timedelta(days=1), last


def esc(text):
    return html.escape(str(text).rstrip("\n")).replace("\n", "<br>")


def signatories(doc):
    """(label, title, name) of each co-signer, in the standard's order."""
    people = {p["id"]: p for p in doc.get("people", [])}
    rows = []
    for role, label in SIGNING_ORDER:
        for s in doc["declaration"]["signatories"]:
            if s["role"] == role:
                p = people.get(s["person"], {})
                rows.append((label, p.get("title", ""), p.get("name", "")))
    return rows


def declaration_html(doc):
    firm, decl = doc["firm"], doc["declaration"]
    first, last = fiscal_period(int(decl["year"]), firm["fiscal_year_end"])
    date, board = as_date(decl["date"]), decl["board_meeting"]
    statement = list(decl["statement"])
    rows = [f'<tr><td>{esc(label)}</td><td>{esc(title)}</td><td>{esc(name)}</td><td></td></tr>'
            for label, title, name in signatories(doc)]
    points = "\n".join(
        f'<p class="point"><span class="label">{chinese_number(i + 1)}、</span>{esc(t)}</p>'
        for i, t in enumerate(statement))
    name = esc(firm["name"])
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<title>{name} 資訊安全整體執行情形聲明書</title>
<meta name="author" content="{name}">
<style>
@font-face {{ font-family: "Kai"; src: url({KAI}); }}
@font-face {{ font-family: "KaiFallback"; src: url({FALLBACK}); }}
@page {{
  size: A4;
  margin: 28mm 25mm 24mm 25mm;
  @bottom-center {{
    content: "第 " counter(page) " 頁，共 " counter(pages) " 頁";
    font-family: "Kai", "KaiFallback"; font-size: 10pt;
  }}
}}
html {{ font-family: "Kai", "KaiFallback"; }}
body {{ margin: 0; }}
p {{ margin: 0; }}
.firm {{ font-size: 18pt; text-align: center; line-height: 1.5; }}
.title {{ font-size: 20pt; text-align: center; line-height: 1.5; margin-bottom: 4pt; }}
.dateline {{ font-size: 12pt; text-align: right; margin-bottom: 10pt; }}
.body {{ font-size: 13pt; text-align: justify; line-height: 1.75; }}
.lead {{ text-indent: 2em; }}
.point {{ font-size: 13pt; text-align: justify; line-height: 1.75; margin-top: 2pt;
          padding-left: 2em; text-indent: -2em; }}
.label {{ display: inline-block; width: 2em; text-indent: 0; }}
.cosigners {{ margin-top: 14pt; page-break-after: avoid; }}
table {{ width: 100%; border-collapse: collapse; margin-top: 2pt; table-layout: fixed; }}
td, th {{ border: 0.5pt solid black; font-size: 12pt; line-height: 1.4; text-align: center;
          vertical-align: middle; font-weight: normal; padding: 2pt; }}
tbody tr {{ height: 58pt; }}
/* align="distribute": WeasyPrint only stretches spaces, so each character is a flex item. */
.foot {{ font-size: 14pt; margin-top: 24pt; display: flex; justify-content: space-between; }}
</style>
</head>
<body>
<p class="firm">{name}</p>
<p class="title">資訊安全整體執行情形聲明書</p>
<p class="dateline">日期：{roc_date(date)}</p>
<p class="body lead">本公司民國{roc_year(last)}年度（自{roc_date_short(first)}至{roc_date_short(last)}止）資訊安全整體執行情形，依據「證券暨期貨市場各服務事業建立內部控制制度處理準則」第三十六條之二規定，聲明如下：</p>
{points}
<p class="point"><span class="label">{chinese_number(len(statement) + 1)}、</span>本聲明書業經本公司民國{roc_date_short(as_date(board["date"]))}董事會通過，出席董事{board["directors_present"]}人中，有{board["directors_objecting"]}人持反對意見，餘均同意本聲明書之內容，併此聲明。</p>
<p class="body cosigners">聯名出具人：</p>
<table>
<colgroup><col style="width:32%"><col style="width:26%"><col style="width:16%"><col style="width:26%"></colgroup>
<thead><tr><th>聯名身分</th><th>職稱</th><th>姓名</th><th>簽章</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p class="foot">{"".join(f"<span>{c}</span>" for c in roc_date_chinese(date))}</p>
</body>
</html>
"""


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: declaration_html.py FIRM.yaml > declaration.html")
    with open(sys.argv[1], encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    sys.stdout.write(declaration_html(doc))


if __name__ == "__main__":
    main()
