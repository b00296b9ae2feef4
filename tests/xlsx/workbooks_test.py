"""End to end, the workbooks: generate --format pdf,xlsx on the sample firms, then read
every workbook back with openpyxl (cells against the data, validation, protection,
formulas, print settings), fill a self-assessment in with openpyxl and import it back,
and let LibreOffice convert each workbook to PDF.

Run by ctest with Debian's python3 (python3-openpyxl, python3-yaml); FILINGGEN names the
tool and FILINGGEN_SOURCE_DIR the source tree."""
import datetime
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest
import zipfile
import xml.etree.ElementTree as ET

import openpyxl
import yaml

TOOL = os.environ["FILINGGEN"]
SOURCE = os.environ["FILINGGEN_SOURCE_DIR"]
FIRMS = ["heju-futures", "hengyi-securities", "hongyue-securities", "jiahan-securities-taipei"]
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def run(*args, **kwargs):
    env = dict(os.environ)
    env.pop("SOURCE_DATE_EPOCH", None)
    return subprocess.run([TOOL, *args], capture_output=True, text=True, env=env, **kwargs)


def firm_data(firm):
    with open(os.path.join(SOURCE, "data", "firms", firm + ".yaml"), encoding="utf-8") as f:
        return yaml.safe_load(f)


def checklist_of(data):
    path = os.path.join(SOURCE, "data", "firms", data["self_assessment"]["checklist"])
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


ANSWER_LABELS = {"compliant": "符合", "non_compliant": "不符合", "not_applicable": "不適用"}


def field_columns(ws):
    """The hidden first row names each form field above its column."""
    assert ws.cell(1, 1).value == "filinggen-fields"
    return {c.value: c.column for c in ws[1] if c.value and c.column > 1}


def item_rows(ws):
    """Item id -> row, from the hidden key column."""
    key = field_columns(ws)["key"]
    return {ws.cell(r, key).value: r for r in range(2, ws.max_row + 1) if ws.cell(r, key).value}


def shared_string_runs(path):
    """Each rich shared string as [(text, underlined, struck)], read from the zip."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("xl/sharedStrings.xml"))
    strings = []
    for si in root.findall("m:si", NS):
        runs = []
        for r in si.findall("m:r", NS):
            props = r.find("m:rPr", NS)
            underline = props is not None and props.find("m:u", NS) is not None
            strike = props is not None and props.find("m:strike", NS) is not None
            runs.append((r.find("m:t", NS).text or "", underline, strike))
        if runs:
            strings.append(runs)
    return strings


class Workbooks(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = tempfile.mkdtemp(prefix="filinggen-xlsx-")
        result = run("generate", os.path.join(SOURCE, "data", "firms"), "--out", cls.out, "--format", "pdf,xlsx")
        assert result.returncode == 0, result.stdout + result.stderr

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.out, ignore_errors=True)

    def path(self, firm, document):
        return os.path.join(self.out, firm, document + ".xlsx")

    def workbooks(self):
        for firm in FIRMS:
            for document in ["declaration", "revision-table", "self-assessment"]:
                if os.path.exists(self.path(firm, document)):
                    yield firm, document, self.path(firm, document)

    def test_every_pdf_has_its_workbook_beside_it(self):
        # The board pack binds the PDFs for printing; it has no workbook of its own.
        for firm in FIRMS:
            pdfs = {f[:-4] for f in os.listdir(os.path.join(self.out, firm))
                    if f.endswith(".pdf") and f != "board-pack.pdf"}
            books = {f[:-5] for f in os.listdir(os.path.join(self.out, firm)) if f.endswith(".xlsx")}
            self.assertEqual(pdfs, books, firm)
            self.assertIn("declaration", books)

    def test_properties_sheet_names_and_print_setup(self):
        for firm, document, path in self.workbooks():
            data = firm_data(firm)
            wb = openpyxl.load_workbook(path)
            self.assertEqual(wb.properties.creator, data["firm"]["name"], path)
            self.assertIn(data["firm"]["name"], wb.properties.title)
            self.assertEqual(wb.properties.created.date(), data["declaration"]["date"], path)
            for name in wb.sheetnames:
                self.assertLessEqual(len(name), 31)
                self.assertTrue(any("\u4e00" <= ch <= "\u9fff" for ch in name), name)
            ws = wb.worksheets[0]
            self.assertEqual(ws.page_setup.paperSize, 9, path)  # A4
            self.assertTrue(ws.sheet_properties.pageSetUpPr.fitToPage, path)
            self.assertEqual(ws.page_setup.fitToWidth, None)  # 1, Excel's default, is not written
            self.assertEqual(ws.page_setup.fitToHeight, 0)
            self.assertEqual(ws.oddFooter.center.text, "第 &P 頁，共 &N 頁", path)
            self.assertGreater(ws.page_margins.left, 0.5)

    def test_revision_table_header_frozen_and_repeated(self):
        for firm in FIRMS:
            path = self.path(firm, "revision-table")
            if not os.path.exists(path):
                continue
            ws = openpyxl.load_workbook(path)["修正條文對照表"]
            header = next(r for r in range(1, 20) if ws.cell(r, 1).value == "修正條文")
            self.assertEqual([ws.cell(header, c).value for c in (1, 2, 3)], ["修正條文", "現行條文", "說明"])
            self.assertEqual(ws.freeze_panes, "A%d" % (header + 1))
            self.assertEqual(ws.print_title_rows, "$%d:$%d" % (header, header))
            widths = [ws.column_dimensions[c].width for c in "ABC"]
            self.assertTrue(all(w >= 20 for w in widths), widths)
            for r in range(header + 1, ws.max_row + 1):  # every text row is tall enough for its wrapped lines
                text = ws.cell(r, 1).value
                if text and ws.cell(r, 2).value:
                    self.assertTrue(ws.cell(r, 1).alignment.wrap_text)
                    wide = sum(2 if ord(ch) > 0x2E80 else 1 for ch in max(text.split("\n"), key=len))
                    lines = max(1, -(-wide // int(widths[0] - 1)))
                    self.assertGreaterEqual(ws.row_dimensions[r].height, lines * 11 * 1.2, (firm, r))

    def test_revision_table_underlines_are_rich_text_runs(self):
        path = self.path("hengyi-securities", "revision-table")
        rich = shared_string_runs(path)
        self.assertTrue(rich, "the amended texts carry underlined runs")
        underlined = ["".join(t for t, u, _ in runs if u) for runs in rich]
        self.assertTrue(all(underlined), "each rich string underlines something")
        pdf = subprocess.run(["pdftotext", os.path.join(self.out, "hengyi-securities", "revision-table.pdf"), "-"],
                             capture_output=True, text=True).stdout.replace("\n", "").replace(" ", "")
        for runs in rich:  # the whole cell, underlines and all, is the text the PDF prints
            whole = "".join(t for t, _, _ in runs).replace("\n", "")
            self.assertIn(whole[:20], pdf)

    def test_self_assessment_form(self):
        for firm in FIRMS:
            path = self.path(firm, "self-assessment")
            if not os.path.exists(path):
                continue
            data = firm_data(firm)
            checklist = checklist_of(data)
            wb = openpyxl.load_workbook(path)
            self.assertEqual(wb.sheetnames, ["自評表", "選項"])
            self.assertEqual(wb["選項"].sheet_state, "hidden")
            self.assertEqual([wb["選項"].cell(r, 1).value for r in (1, 2, 3)], ["符合", "不符合", "不適用"])
            ws = wb["自評表"]
            fields = field_columns(ws)
            self.assertEqual(set(fields), {"answer", "explanation", "evidence", "plan", "due", "key"})
            self.assertTrue(ws.row_dimensions[1].hidden)
            key = fields["key"]
            self.assertTrue(ws.column_dimensions[openpyxl.utils.get_column_letter(key)].hidden)
            rows = item_rows(ws)
            ids = [i["id"] for area in checklist["areas"] for i in area["items"]]
            self.assertEqual(list(rows), ids, "one row per checklist item, in order")
            answers = {a["item"]: a for a in data["self_assessment"]["answers"]}
            for item, r in rows.items():
                a = answers.get(item, {})
                cell = lambda f: ws.cell(r, fields[f]).value
                self.assertEqual(cell("answer"), ANSWER_LABELS.get(a.get("answer")), item)
                self.assertEqual(cell("explanation"), a.get("explanation"), item)
                self.assertEqual(cell("evidence"), a.get("evidence"), item)
                self.assertEqual(cell("plan"), a.get("improvement_plan"), item)
                due = cell("due")
                self.assertEqual(due.date() if due else None, a.get("improvement_due"), item)
                for f in ("answer", "explanation", "evidence", "plan", "due"):
                    self.assertFalse(ws.cell(r, fields[f]).protection.locked, (item, f))
                self.assertTrue(ws.cell(r, 2).protection.locked, "the item's wording is locked")
            self.assertTrue(ws.protection.sheet)
            # The answer cells: a dropdown from the hidden sheet.
            validations = ws.data_validations.dataValidation
            answer_letter = openpyxl.utils.get_column_letter(fields["answer"])
            covered = {cell for v in validations for rng in v.sqref.ranges for cell in rng.cells}
            for r in rows.values():
                self.assertIn((r, fields["answer"]), covered)
            for v in validations:
                self.assertEqual(v.type, "list")
                self.assertEqual(v.formula1, "'選項'!$A$1:$A$3")
            # 不符合 marked; an empty 說明 beside 不符合 or 不適用 marked.
            rules = [(str(rng.sqref), rule) for rng in ws.conditional_formatting for rule in rng.rules]
            self.assertTrue(any(r.type == "cellIs" and r.formula == ['"不符合"'] for _, r in rules))
            self.assertTrue(any(r.type == "expression" and '"不適用"' in r.formula[0] and "LEN(" in r.formula[0]
                                for _, r in rules))
            # The summary counts with formulas over the answer column.
            formulas = [c.value for row in ws.iter_rows() for c in row
                        if isinstance(c.value, str) and c.value.startswith("=")]
            for label in ("符合", "不符合", "不適用"):
                self.assertIn("=COUNTIF('自評表'!$%s$%d:$%s$%d,\"%s\")" % (
                    answer_letter, min(rows.values()), answer_letter, max(rows.values()), label), formulas)
            self.assertTrue(any(f.startswith("=COUNTA(") for f in formulas))
            self.assertTrue(any(f.startswith("=COUNTIFS(") for f in formulas))

    def test_declaration_facts_sheet_has_real_dates(self):
        for firm in FIRMS:
            data = firm_data(firm)
            wb = openpyxl.load_workbook(self.path(firm, "declaration"))
            self.assertEqual(wb.sheetnames, ["聲明書", "聲明書資料"])
            facts = wb["聲明書資料"]
            values = {}  # label -> the first value to its right (the value cell may span several columns)
            for r in range(1, facts.max_row + 1):
                row = [c.value for c in facts[r] if c.value is not None]
                if len(row) >= 2:
                    values.setdefault(row[0], row[1])
            d = data["declaration"]
            self.assertEqual(values["董事會日期"].date(), d["board_meeting"]["date"])
            self.assertEqual(values["公開資訊觀測站揭露日期"].date(), d["disclosure_date"])
            self.assertEqual(values["聲明書日期"].date(), d["date"])
            dates = [c for row in facts.iter_rows() for c in row if isinstance(c.value, datetime.datetime)]
            self.assertEqual(len(dates), 3)
            self.assertTrue(all('"民國"e"年"' in c.number_format for c in dates))
            names = {facts.cell(r, 1).value for r in range(1, facts.max_row + 1)}
            for person in data["people"]:
                self.assertIn(person["name"], names)
            # The rules stage's figures behind the statement.
            self.assertRegex(values["揭露期限"], r"^11[0-9]年[0-9]+月[0-9]+日$")
            self.assertRegex(values["資訊安全人員"], r"^應有 [0-9]+ 名，現有 [0-9]+ 名$")
            basis = "指撥營運資金" if data["firm"].get("foreign_branch") else "實收資本額"
            self.assertIn("級距", values[basis])
            first = wb["聲明書"]
            text = "".join(str(c.value) for row in first.iter_rows() for c in row if c.value)
            self.assertIn("資訊安全整體執行情形聲明書", text)
            for person in data["people"]:
                if any(s["person"] == person["id"] for s in d["signatories"]):
                    self.assertIn(person["name"], text)

    def test_identical_input_gives_identical_workbooks(self):
        again = tempfile.mkdtemp(prefix="filinggen-xlsx-again-")
        try:
            result = run("generate", os.path.join(SOURCE, "data", "firms"), "--out", again, "--format", "xlsx")
            self.assertEqual(result.returncode, 0, result.stderr)
            for firm, document, path in self.workbooks():
                with open(path, "rb") as a, open(os.path.join(again, firm, document + ".xlsx"), "rb") as b:
                    self.assertEqual(a.read(), b.read(), path)
            self.assertFalse(any(f.endswith(".pdf") for _, _, fs in os.walk(again) for f in fs), "--format xlsx only")
        finally:
            shutil.rmtree(again, ignore_errors=True)

    def test_libreoffice_converts_every_workbook(self):
        pdfs = tempfile.mkdtemp(prefix="filinggen-lo-")
        profile = tempfile.mkdtemp(prefix="filinggen-lo-profile-")
        try:
            books = [p for _, _, p in self.workbooks()]
            for firm in FIRMS:  # one call per firm: names repeat across firms
                mine = [p for p in books if os.sep + firm + os.sep in p]
                target = os.path.join(pdfs, firm)
                result = subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
                                         "--convert-to", "pdf", "--outdir", target, *mine],
                                        capture_output=True, text=True, timeout=300)
                self.assertEqual(result.returncode, 0, result.stderr)
                for book in mine:
                    pdf = os.path.join(target, os.path.basename(book)[:-5] + ".pdf")
                    self.assertTrue(os.path.exists(pdf), pdf)
                    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
                    self.assertIn(firm_data(firm)["firm"]["name"], text.replace(" ", ""))
                    self.assertIn("頁，共", text)
        finally:
            shutil.rmtree(pdfs, ignore_errors=True)
            shutil.rmtree(profile, ignore_errors=True)


class GeneratedForm(unittest.TestCase):
    """hengyi's self-assessment form, generated into a fresh copy of the data."""

    def setUp(self):
        self.work = tempfile.mkdtemp(prefix="filinggen-import-")
        shutil.copytree(os.path.join(SOURCE, "data"), os.path.join(self.work, "data"))
        self.firm = os.path.join(self.work, "data", "firms", "hengyi-securities.yaml")
        out = os.path.join(self.work, "out")
        result = run("generate", self.firm, "--out", out, "--format", "xlsx", "--documents", "self-assessment")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.book = os.path.join(out, "hengyi-securities", "self-assessment.xlsx")
        with open(self.firm, encoding="utf-8") as f:
            self.original = f.read()

    def tearDown(self):
        shutil.rmtree(self.work, ignore_errors=True)

    def fill(self, changes, name="filled.xlsx"):
        wb = openpyxl.load_workbook(self.book)
        ws = wb["自評表"]
        fields, rows = field_columns(ws), item_rows(ws)
        for item, values in changes.items():
            for field, value in values.items():
                ws.cell(rows[item], fields[field]).value = value
        path = os.path.join(self.work, name)
        wb.save(path)
        return path, fields, rows



class RoundTrip(GeneratedForm):
    """A generated form filled in by another program (openpyxl) and imported back."""

    def test_unchanged_form_gives_the_same_file(self):
        result = run("import-assessment", self.book, "--firm", self.firm)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, self.original)

    def test_filled_form_comes_back_into_the_data(self):
        path, _, _ = self.fill({
            "SA-12000-01": {"answer": "不符合", "explanation": "聲明書尚缺稽核主管簽章。",
                            "plan": "補正簽章後重新揭露。\n由稽核室追蹤。", "due": datetime.datetime(2026, 9, 30)},
            "SA-12000-02": {"answer": "不適用", "explanation": "本年度無此情形。", "evidence": None},
            "SA-21100-13": {"answer": "符合", "plan": None, "due": None, "explanation": "已完成盤點。"},
        })
        result = run("import-assessment", path, "--firm", self.firm, "--in-place")
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(self.firm, encoding="utf-8") as f:
            updated = f.read()
        before, after = yaml.safe_load(self.original), yaml.safe_load(updated)
        answers = {a["item"]: a for a in after["self_assessment"]["answers"]}
        self.assertEqual(answers["SA-12000-01"], {
            "item": "SA-12000-01", "answer": "non_compliant", "explanation": "聲明書尚缺稽核主管簽章。",
            "evidence": "114年度資訊安全整體執行情形聲明書", "improvement_plan": "補正簽章後重新揭露。\n由稽核室追蹤。",
            "improvement_due": datetime.date(2026, 9, 30)})
        self.assertEqual(answers["SA-12000-02"], {"item": "SA-12000-02", "answer": "not_applicable",
                                                  "explanation": "本年度無此情形。"})
        self.assertEqual(answers["SA-21100-13"]["answer"], "compliant")
        self.assertNotIn("improvement_plan", answers["SA-21100-13"])
        untouched = {a["item"]: a for a in before["self_assessment"]["answers"]}
        for item, a in untouched.items():
            if item not in ("SA-12000-01", "SA-12000-02", "SA-21100-13"):
                self.assertEqual(answers[item], a, item)
        for section in before:  # everything but the answers as it was
            if section != "self_assessment":
                self.assertEqual(after[section], before[section], section)
        for comment in [l for l in self.original.splitlines() if l.lstrip().startswith("#")]:
            self.assertIn(comment, updated)
        self.assertEqual(run("validate", self.firm).returncode, 0)

    def test_text_that_looks_like_a_formula_stays_text(self):
        risky = '=HYPERLINK("http://example.invalid","點此")'
        with open(self.firm, "w", encoding="utf-8") as f:
            f.write(self.original.replace("evidence: 數位學習平台完訓統計表", "evidence: '%s'" % risky))
        out = os.path.join(self.work, "risky")
        self.assertEqual(run("generate", self.firm, "--out", out, "--format", "xlsx").returncode, 0)
        book = os.path.join(out, "hengyi-securities", "self-assessment.xlsx")
        ws = openpyxl.load_workbook(book)["自評表"]
        cell = ws.cell(item_rows(ws)["SA-13000-05"], field_columns(ws)["evidence"])
        self.assertEqual((cell.value, cell.data_type), (risky, "s"))
        with zipfile.ZipFile(book) as z:
            sheet = z.read("xl/worksheets/sheet1.xml").decode()
        self.assertNotIn("HYPERLINK", sheet, "in the shared strings, never a formula")
        back = run("import-assessment", book, "--firm", self.firm)
        self.assertEqual(back.returncode, 0, back.stderr)
        self.assertEqual(yaml.safe_load(back.stdout)["self_assessment"]["answers"][6]["evidence"], risky)

    def test_wrong_answers_name_the_cell_and_change_nothing(self):
        path, fields, rows = self.fill({"SA-13000-01": {"answer": "部分符合"},
                                        "SA-13000-02": {"answer": "不符合", "plan": None}})
        letter = openpyxl.utils.get_column_letter
        result = run("import-assessment", path, "--firm", self.firm, "--in-place")
        self.assertEqual(result.returncode, 2)
        self.assertIn("自評表!%s%d: 自評結果「部分符合」不是可用的選項" % (letter(fields["answer"]), rows["SA-13000-01"]),
                      result.stderr)
        self.assertIn("自評表!%s%d: 項目「SA-13000-02」為「不符合」，請填寫改善計畫" % (letter(fields["plan"]), rows["SA-13000-02"]),
                      result.stderr)
        with open(self.firm, encoding="utf-8") as f:
            self.assertEqual(f.read(), self.original)

    def test_an_item_not_in_the_checklist_is_refused(self):
        wb = openpyxl.load_workbook(self.book)
        ws = wb["自評表"]
        fields, rows = field_columns(ws), item_rows(ws)
        ws.cell(rows["SA-13000-03"], fields["key"]).value = "SA-99999-01"
        path = os.path.join(self.work, "unknown.xlsx")
        wb.save(path)
        result = run("import-assessment", path, "--firm", self.firm)
        self.assertEqual(result.returncode, 2)
        self.assertIn("檢查項目「SA-99999-01」不在本公司適用的自評表", result.stderr)
        self.assertEqual(result.stdout, "")

    def test_a_workbook_filinggen_did_not_write_is_refused(self):
        wb = openpyxl.Workbook()
        wb.active["A1"] = "符合"
        path = os.path.join(self.work, "other.xlsx")
        wb.save(path)
        result = run("import-assessment", path, "--firm", self.firm)
        self.assertEqual(result.returncode, 2)
        self.assertIn("不是 filinggen 產生的資訊安全自評表", result.stderr)
        not_a_workbook = run("import-assessment", self.firm, "--firm", self.firm)
        self.assertEqual(not_a_workbook.returncode, 2)
        self.assertIn("不是 Excel 活頁簿", not_a_workbook.stderr)

    def test_another_firms_form_is_refused(self):
        other = os.path.join(self.work, "data", "firms", "hongyue-securities.yaml")
        result = run("import-assessment", self.book, "--firm", other)
        self.assertEqual(result.returncode, 2)
        self.assertIn("這份自評表是為「hengyi-securities」產生的", result.stderr)


def sheet_part(book):
    """The zip entry of the first worksheet."""
    with zipfile.ZipFile(book) as z:
        return next(n for n in z.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml"))


class HostileWorkbooks(GeneratedForm):
    """Workbooks made to exhaust memory: refused with a sentence, before inflating."""

    def rebuilt(self, name, replace):
        """The generated form with the entries of `replace` (name -> bytes) swapped in."""
        path = os.path.join(self.work, name)
        with zipfile.ZipFile(self.book) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                dst.writestr(item.filename, replace.get(item.filename, src.read(item.filename)))
        return path

    def expect_refused(self, path, words):
        result = run("import-assessment", path, "--firm", self.firm, "--in-place", timeout=60)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn(path, result.stderr)
        self.assertIn(words, result.stderr)
        with open(self.firm, encoding="utf-8") as f:
            self.assertEqual(f.read(), self.original)

    def test_a_sheet_that_declares_four_gigabytes_is_not_inflated(self):
        # A 4 GB size written into both headers of a small entry: the reader used to
        # allocate it and abort on std::bad_alloc.
        path = self.rebuilt("declared.xlsx", {})
        part = sheet_part(path).encode()
        with open(path, "rb") as f:
            data = bytearray(f.read())
        patched = 0
        for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
            at = data.find(signature)
            while at >= 0:
                if data[at + name_at:at + name_at + len(part)] == part:
                    data[at + size_at:at + size_at + 4] = (0xFFFFFFF0).to_bytes(4, "little")
                    patched += 1
                at = data.find(signature, at + 4)
        self.assertEqual(patched, 2)
        with open(path, "wb") as f:
            f.write(bytes(data))
        self.assertLess(os.path.getsize(path), 64 << 10)
        self.expect_refused(path, "解壓縮後超過")

    def test_a_zip_bomb_is_refused_by_its_ratio(self):
        # 60 MB of one repeated byte in a sheet (under the part's cap), some 60 KB packed.
        part = sheet_part(self.book)
        path = self.rebuilt("bomb.xlsx", {part: b"<worksheet>" + b" " * (60 << 20) + b"</worksheet>"})
        self.assertLess(os.path.getsize(path), 1 << 20)
        self.expect_refused(path, "壓縮比超過")

    def test_a_workbook_that_is_a_device_or_a_fifo_is_refused_at_once(self):
        fifo = os.path.join(self.work, "fifo.xlsx")
        os.mkfifo(fifo)
        for path in ("/dev/zero", fifo, self.work):
            self.expect_refused(path, "不是一般檔案")

    def test_a_workbook_larger_than_its_cap_is_refused(self):
        path = os.path.join(self.work, "huge.xlsx")
        with open(path, "wb") as f:
            f.truncate((32 << 20) + 1)
        self.expect_refused(path, "超過此類檔案的上限 32 MB")


class CrossingWorkbooks(GeneratedForm):
    """Workbooks altered so that one firm's answers could reach another firm's file, or
    a cell other than the one the user sees: each refused, no firm file changed."""

    def altered(self, name, part, change):
        """The generated form with `change` (text -> text) applied to the entry `part`."""
        path = os.path.join(self.work, name)
        with zipfile.ZipFile(self.book) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                data = src.read(item.filename)
                if item.filename == part:
                    changed = change(data.decode("utf-8"))
                    self.assertNotEqual(changed, data.decode("utf-8"), part)
                    data = changed.encode("utf-8")
                dst.writestr(item.filename, data)
        return path

    def expect_refused(self, path, firm, words):
        with open(firm, encoding="utf-8") as f:
            before = f.read()
        result = run("import-assessment", path, "--firm", firm, "--in-place")
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn(words, result.stderr)
        with open(firm, encoding="utf-8") as f:
            self.assertEqual(f.read(), before)

    def test_a_form_without_its_identity_is_refused_for_every_firm(self):
        # The defined name that says whose form it is, deleted: it was imported into
        # another firm's file, since the other-firm check needed the name.
        path = self.altered("anonymous.xlsx", "xl/workbook.xml",
                            lambda xml: re.sub(r'<definedName name="filinggen_document"[^>]*>[^<]*</definedName>', "", xml))
        other = os.path.join(self.work, "data", "firms", "hongyue-securities.yaml")
        for firm in (other, self.firm):
            self.expect_refused(path, firm, "缺少 filinggen 記錄的公司代號")

    def test_a_cell_reference_that_overflows_is_refused_not_wrapped(self):
        # C4294967307 wrapped round to C11 in 32 bits, where it took the place of the
        # answer LibreOffice shows.
        part = sheet_part(self.book)

        def overflowing(xml):
            column, row = re.search(r'<c r="([A-Z]+)([0-9]+)"', xml.split("<row ", 3)[3]).groups()
            wrapped = column + str(int(row) + 2 ** 32)
            return xml.replace('<c r="%s%s"' % (column, row),
                               '<c r="%s" t="inlineStr"><is><t>符合</t></is></c><c r="%s%s"' % (wrapped, column, row), 1)
        self.expect_refused(self.altered("wrapped.xlsx", part, overflowing), self.firm, "不在 Excel 的範圍內")

    def test_a_nul_in_a_cell_is_refused_not_cut(self):
        path = self.altered("nul.xlsx", "xl/sharedStrings.xml",
                            lambda xml: re.sub(r"(<t[^>]*>)", r"\1前&#0;後", xml, count=1))
        self.expect_refused(path, self.firm, "含有 NUL 字元")

    def test_an_escape_character_in_a_cell_is_refused_at_its_cell(self):
        # &#x1b; is ESC once the XML is decoded: it passed the raw-byte check, reached the
        # firm file as "\e", and was then reported at a line of the updated text.
        self.book, _, _ = self.fill({"SA-12000-02": {"answer": "不適用", "explanation": "MARKER"}}, "marked.xlsx")
        path = self.altered("escape.xlsx", sheet_part(self.book),
                            lambda xml: xml.replace("MARKER", "清除&#x1b;[2J畫面", 1))
        self.expect_refused(path, self.firm, "控制字元（U+001B")
        result = run("import-assessment", path, "--firm", self.firm)
        self.assertRegex(result.stderr, r"自評表![A-Z]+[0-9]+: ")
        self.assertNotIn("匯入後的內容", result.stderr)
        self.assertNotIn("\x1b", result.stderr)

    def test_a_json_firm_file_is_told_plainly_that_firm_takes_yaml(self):
        # It was told it had no self_assessment section, which it has.
        with open(self.firm, encoding="utf-8") as f:
            data = yaml.safe_load(f)
        firm = os.path.join(self.work, "data", "firms", "hengyi-securities.json")
        with open(firm, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, default=str)
        self.assertEqual(run("validate", firm).returncode, 0)
        result = run("import-assessment", self.book, "--firm", firm)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn("--firm 須為 YAML 格式", result.stderr)
        self.assertNotIn("沒有 self_assessment", result.stderr)


class FileNature(GeneratedForm):
    """--in-place rewrites a user's file and leaves it the kind of file it was; files a
    run creates follow the umask."""

    CHANGE = {"SA-12000-02": {"answer": "不適用", "explanation": "本年度無此情形。", "evidence": None}}

    def import_in_place(self, firm=None):
        path, _, _ = self.fill(self.CHANGE)
        return run("import-assessment", path, "--firm", firm or self.firm, "--in-place")

    def answer_of(self, path, item):
        with open(path, encoding="utf-8") as f:
            return {a["item"]: a for a in yaml.safe_load(f)["self_assessment"]["answers"]}[item]["answer"]

    def test_the_mode_is_kept(self):
        os.chmod(self.firm, 0o600)
        result = self.import_in_place()
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(os.stat(self.firm).st_mode & 0o7777, 0o600)
        self.assertEqual(self.answer_of(self.firm, "SA-12000-02"), "not_applicable")

    def test_a_read_only_file_is_refused_and_left_alone(self):
        os.chmod(self.firm, 0o444)
        result = self.import_in_place()
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn("是唯讀檔案（權限 0444），未覆寫", result.stderr)
        self.assertEqual(os.stat(self.firm).st_mode & 0o7777, 0o444)
        with open(self.firm, encoding="utf-8") as f:
            self.assertEqual(f.read(), self.original)

    def test_a_link_is_written_through_to_its_file(self):
        folder = os.path.dirname(self.firm)
        real = os.path.join(folder, "hengyi-real.yaml")
        os.rename(self.firm, real)
        os.symlink("hengyi-real.yaml", self.firm)
        result = self.import_in_place()
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.islink(self.firm), "the link stays a link")
        self.assertEqual(self.answer_of(real, "SA-12000-02"), "not_applicable")

    def test_crlf_line_ends_are_kept_on_every_line(self):
        with open(self.firm, "wb") as f:
            f.write(self.original.replace("\n", "\r\n").encode("utf-8"))
        result = self.import_in_place()
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(self.firm, "rb") as f:
            data = f.read()
        self.assertEqual(data.count(b"\n"), data.count(b"\r\n"), "no line ends with LF alone")
        self.assertEqual(self.answer_of(self.firm, "SA-12000-02"), "not_applicable")

    def test_new_files_follow_the_umask(self):
        out = os.path.join(self.work, "umask")
        result = run("generate", self.firm, "--out", out, "--format", "pdf,xlsx", preexec_fn=lambda: os.umask(0o027))
        self.assertEqual(result.returncode, 0, result.stderr)
        written = [os.path.join(root, n) for root, _, names in os.walk(out) for n in names]
        self.assertGreater(len(written), 3)
        for path in written:
            self.assertEqual(os.stat(path).st_mode & 0o777, 0o640, path)


if __name__ == "__main__":
    unittest.main()
