"""End to end, the firm workbook (docs/data-format.md, "The firm workbook"): every sample
firm exported to a workbook generates the same files as its YAML file and imports back
to the same data; a workbook another program writes from scratch, and one LibreOffice
saved again, load and generate; the workbook's cells carry their validations, messages
and protection; and every kind of bad input in a workbook is one clear error naming the
sheet and cell, exit 2, nothing written (BAD_WORKBOOKS, the workbook part of the
bad-input catalogue).

Run by ctest with Debian's python3 (python3-openpyxl, python3-yaml) and LibreOffice;
FILINGGEN names the tool and FILINGGEN_SOURCE_DIR the source tree."""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

import openpyxl
import yaml

sys.path.insert(0, os.path.join(os.environ["FILINGGEN_SOURCE_DIR"], "examples"))
from fill_in_workbook import fill_in_blank  # noqa: E402  (the example's officer, typing into the workbook)

TOOL = os.environ["FILINGGEN"]
SOURCE = os.environ["FILINGGEN_SOURCE_DIR"]
FIRMS_DIR = os.path.join(SOURCE, "data", "firms")
FIRMS = sorted(os.path.splitext(f)[0] for f in os.listdir(FIRMS_DIR) if f.endswith(".yaml"))
EPOCH = "1700000000"


def run(*args, cwd=None):
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    return subprocess.run([TOOL, *args], capture_output=True, text=True, env=env, cwd=cwd)


def files_under(folder):
    return sorted(os.path.relpath(p, folder) for p in glob.glob(os.path.join(folder, "**", "*"), recursive=True)
                  if os.path.isfile(p))


def without_positions(value):
    """findings.json with the places left out: a workbook names cells where YAML names lines."""
    if isinstance(value, dict):
        return {k: without_positions(v) for k, v in value.items() if k not in ("file", "line", "column", "cell", "input")}
    if isinstance(value, list):
        return [without_positions(v) for v in value]
    return value


def references_as_standard(data):
    """A shared file named by its path or as standard:NAME is the same file."""
    for section, key in (("self_assessment", "checklist"), ("revisions", "amendments")):
        if section in data and key in data[section]:
            data[section][key] = "standard:" + os.path.basename(data[section][key].replace("standard:", ""))
    return data


class Exported(unittest.TestCase):
    """Each sample firm exported once, for the tests that read the workbooks."""

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="filinggen-firm-workbook-")
        cls.books = os.path.join(cls.dir, "books")
        os.mkdir(cls.books)
        for firm in FIRMS:
            result = run("export", os.path.join(FIRMS_DIR, firm + ".yaml"), "--out", cls.books)
            assert result.returncode == 0, result.stderr

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def book(self, firm):
        return os.path.join(self.books, firm + ".xlsx")


class FirmRoundTrip(Exported):
    def test_workbooks_generate_the_same_files_as_the_yaml(self):
        from_yaml, from_books = os.path.join(self.dir, "from-yaml"), os.path.join(self.dir, "from-books")
        for data, out in ((FIRMS_DIR, from_yaml), (self.books, from_books)):
            result = run("generate", data, "--out", out, "--format", "pdf,xlsx", "--quiet")
            self.assertIn(result.returncode, (0, 1), result.stderr)  # ruisheng has findings
        files = files_under(from_yaml)
        self.assertEqual(files, files_under(from_books))
        documents = [f for f in files if f.endswith((".pdf", ".xlsx"))]
        self.assertGreaterEqual(len(documents), 5 * 4)
        for f in documents:
            with open(os.path.join(from_yaml, f), "rb") as a, open(os.path.join(from_books, f), "rb") as b:
                self.assertTrue(a.read() == b.read(), f + " differs between the YAML and the workbook")
        for f in (f for f in files if f.endswith("findings.json")):
            with open(os.path.join(from_yaml, f)) as a, open(os.path.join(from_books, f)) as b:
                self.assertEqual(without_positions(json.load(a)), without_positions(json.load(b)), f)

    def test_import_gives_back_the_original_data(self):
        for firm in FIRMS:
            result = run("import", self.book(firm))
            self.assertEqual(result.returncode, 0, result.stderr)
            with open(os.path.join(FIRMS_DIR, firm + ".yaml"), encoding="utf-8") as f:
                original = references_as_standard(yaml.safe_load(f))
            imported = references_as_standard(yaml.safe_load(result.stdout))
            original["firm"].setdefault("foreign_branch", False)
            for person in original["people"]:  # the earlier spellings of duties, as read today
                if person["duties"] == "concurrent_it":
                    person["duties"] = ["it"]
            self.assertEqual(imported, original, firm)

    def test_import_out_writes_a_file_that_loads(self):
        out = os.path.join(self.dir, "imported")
        os.mkdir(out)
        result = run("import", self.book("hengyi-securities"), "--out", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        path = os.path.join(out, "hengyi-securities.yaml")
        self.assertEqual(run("validate", path).returncode, 0)
        self.assertNotEqual(run("import", self.book("hengyi-securities"), "--out", out).returncode, 0,
                            "an existing file is not overwritten")

    def test_import_in_place_changes_only_what_changed(self):
        d = os.path.join(self.dir, "in-place")
        os.mkdir(d)
        firm, book = os.path.join(d, "hengyi-securities.yaml"), os.path.join(d, "hengyi-securities.xlsx")
        with open(os.path.join(FIRMS_DIR, "hengyi-securities.yaml"), "rb") as f:
            original = f.read().replace(b"\n", b"\r\n")  # saved on Windows
        with open(firm, "wb") as f:
            f.write(original)
        os.chmod(firm, 0o640)
        shutil.copy(self.book("hengyi-securities"), book)
        wb = openpyxl.load_workbook(book)
        wb["人員"]["R9"] = 17.5           # 邱柏睿's hours, 15.5 before
        wb["聲明書"]["B6"] = 8            # directors present, 9 before
        wb.save(book)
        result = run("import", book, "--firm", firm, "--in-place")
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(firm, "rb") as f:
            updated = f.read()
        before, after = original.split(b"\r\n"), updated.split(b"\r\n")
        self.assertEqual(len(before), len(after), "CRLF kept, no line added or lost")
        changed = [(a, b) for a, b in zip(before, after) if a != b]
        self.assertEqual([(a.strip(), b.strip()) for a, b in changed],
                         [(b"hours: 15.5", b"hours: 17.5"), (b"directors_present: 9", b"directors_present: 8")])
        self.assertEqual(os.stat(firm).st_mode & 0o777, 0o640)
        other = os.path.join(d, "heju-futures.yaml")
        shutil.copy(os.path.join(FIRMS_DIR, "heju-futures.yaml"), other)
        refused = run("import", book, "--firm", other, "--in-place")
        self.assertEqual(refused.returncode, 2)
        self.assertIn("這個活頁簿是「hengyi-securities」的資料，不是「heju-futures」的", refused.stderr)
        with open(other, "rb") as a, open(os.path.join(FIRMS_DIR, "heju-futures.yaml"), "rb") as b:
            self.assertEqual(a.read(), b.read(), "another firm's file is left alone")

    def test_findings_name_the_cell(self):
        result = run("check", self.book("ruisheng-securities"))
        self.assertEqual(result.returncode, 1)
        self.assertRegex(result.stdout, r"ruisheng-securities\.xlsx:人員!R6: people\[1\]\.training\.hours")
        self.assertRegex(result.stdout, r"ruisheng-securities\.xlsx:人員!M7: people\[2\]\.duties\[0\]")

    def test_a_folder_may_mix_workbooks_and_yaml_files(self):
        mixed = os.path.join(self.dir, "mixed")
        os.mkdir(mixed)
        shutil.copy(self.book("hengyi-securities"), mixed)
        shutil.copy(os.path.join(FIRMS_DIR, "heju-futures.yaml"), mixed)
        shutil.copytree(os.path.join(SOURCE, "data", "standard"), os.path.join(self.dir, "standard"), dirs_exist_ok=True)
        open(os.path.join(mixed, "~$hengyi-securities.xlsx"), "wb").write(b"lock")  # Excel's lock file is no firm
        result = run("validate", mixed)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.count("資料正確"), 2)

    def test_incremental_runs_follow_the_workbook(self):
        out = os.path.join(self.dir, "incremental")
        book = os.path.join(self.dir, "hengyi-securities.xlsx")
        shutil.copy(self.book("hengyi-securities"), book)
        self.assertEqual(run("generate", book, "--out", out).returncode, 0)
        again = run("generate", book, "--out", out)
        self.assertIn("已是最新，未重寫", again.stdout + again.stderr)
        wb = openpyxl.load_workbook(book)
        wb["公司"]["B4"] = "恆益證券股份有限公司（更名）"
        wb.save(book)
        changed = run("generate", book, "--out", out)
        self.assertNotIn("已是最新", changed.stdout + changed.stderr)
        self.assertEqual(run("verify", out).returncode, 0)


class FirmWorkbookCells(Exported):
    def test_every_input_cell_has_a_message_and_every_choice_a_dropdown(self):
        wb = openpyxl.load_workbook(self.book("hengyi-securities"))
        for name in ("公司", "人員", "聲明書", "自評表", "修正條文"):
            ws = wb[name]
            self.assertTrue(ws.protection.sheet, name + " is protected")
            validations = ws.data_validations.dataValidation
            self.assertTrue(validations, name)
            for v in validations:
                self.assertTrue(v.prompt or v.type == "list", f"{name} {v.sqref}: an input message")
        firm = wb["公司"]
        kinds = [v for v in firm.data_validations.dataValidation if "B5" in str(v.sqref)]
        self.assertEqual(kinds[0].type, "list")
        self.assertIn("證券商", kinds[0].formula1)
        self.assertFalse(firm["B4"].protection.locked, "an input cell is open")
        self.assertTrue(firm["A4"].protection.locked, "a label is locked")
        declaration = wb["聲明書"]
        self.assertIn("民國", declaration["B4"].number_format)
        self.assertEqual(declaration["B4"].value.year, 2026)
        signers = [v for v in declaration.data_validations.dataValidation if v.type == "list" and "人員" in (v.formula1 or "")]
        self.assertTrue(signers, "signatories are chosen from 人員")
        people = wb["人員"]
        numbers = [v for v in people.data_validations.dataValidation if v.type == "decimal"]
        self.assertTrue(numbers, "hours are validated as numbers")
        self.assertTrue(people.conditional_formatting, "required cells are marked while empty")

    def test_init_xlsx_writes_a_blank_workbook_with_the_standard_preloaded(self):
        out = os.path.join(self.dir, "init")
        os.mkdir(out)
        result = run("init", "xinfirm-securities", "--xlsx", "--out", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        wb = openpyxl.load_workbook(os.path.join(out, "xinfirm-securities.xlsx"))
        self.assertEqual(wb.sheetnames, ["填寫說明", "公司", "人員", "聲明書", "自評表", "修正條文"])
        self.assertEqual(wb["公司"]["B3"].value, "xinfirm-securities")
        items = [wb["自評表"].cell(r, 1).value for r in range(1, wb["自評表"].max_row + 1)]
        self.assertIn("SA-21100-18", items)
        ids = [wb["修正條文"].cell(r, 2).value for r in range(1, wb["修正條文"].max_row + 1)]
        self.assertIn("CC-13000-1", ids)
        blank = run("validate", os.path.join(out, "xinfirm-securities.xlsx"))
        self.assertEqual(blank.returncode, 2)
        self.assertIn("xinfirm-securities.xlsx:公司!B4: firm.name:", blank.stderr)
        self.assertNotEqual(run("init", "xinfirm-securities", "--xlsx", "--out", out).returncode, 0)

    def test_libreoffice_prints_it_and_saves_it_again(self):
        out = os.path.join(self.dir, "libreoffice")
        os.mkdir(out)
        for fmt in ("pdf", "xlsx"):
            subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", out, self.book("hengyi-securities")],
                           capture_output=True, timeout=300, check=True)
        printed = subprocess.run(["pdftotext", os.path.join(out, "hengyi-securities.pdf"), "-"],
                                 capture_output=True, text=True).stdout
        for words in ("公司基本資料", "恆益證券股份有限公司", "陳堃銘", "民國115年3月10日", "SA-21100-15", "HY-21100-1"):
            self.assertIn(words, printed)
        saved = os.path.join(out, "hengyi-securities.xlsx")
        self.assertEqual(run("validate", saved).returncode, 0, run("validate", saved).stderr)
        from_saved, from_yaml = os.path.join(self.dir, "saved-out"), os.path.join(self.dir, "yaml-out")
        self.assertEqual(run("generate", saved, "--out", from_saved).returncode, 0)
        self.assertEqual(run("generate", os.path.join(FIRMS_DIR, "hengyi-securities.yaml"), "--out", from_yaml).returncode, 0)
        for f in ("declaration.pdf", "revision-table.pdf", "self-assessment.pdf"):
            with open(os.path.join(from_yaml, "hengyi-securities", f), "rb") as a, \
                 open(os.path.join(from_saved, "hengyi-securities", f), "rb") as b:
                self.assertTrue(a.read() == b.read(), f)


def write_from_scratch(path):
    """A new firm's workbook as another program would write it: every sheet, by its
    documented labels and headers, no defined name, nothing hidden."""
    wb = openpyxl.Workbook()
    firm = wb.active
    firm.title = "公司"
    for row in (["欄位", "內容"], ["代號", "xinyi-futures"], ["公司名稱", "信義期貨股份有限公司"], ["事業別", "期貨業"],
                ["外國金融機構在國內設立之分支機構", "否"], ["實收資本額（新臺幣元）", 3_500_000_000],
                ["指撥營運資金（新臺幣元）", None], ["會計年度終了日", "12-31"], ["資訊安全單位名稱", None],
                ["資訊安全單位是否為專責單位", None], ["資訊安全單位督導者", None]):
        firm.append(row)
    people = wb.create_sheet("人員")
    header = ["代號", "姓名", "職稱", "負責資訊安全之最高主管", "董事長", "總經理", "稽核主管", "資訊安全主管", "資訊安全人員",
              "資訊人員", "使用資訊系統之從業人員", "兼辦資訊職務", "兼辦內部稽核職務", "兼辦法令遵循職務", "兼辦業務單位職務",
              "兼辦風險管理職務", "兼辦其他職務", "訓練時數", "通過評量"]
    people.append(header)

    def person(name, title, role, hours):
        row = [None, name, title] + [None] * 16
        row[header.index(role)] = "是"
        row[header.index("訓練時數")] = hours
        row[header.index("通過評量")] = "是"
        return row

    for p in (person("林志明", "資訊部經理", "負責資訊安全之最高主管", 16), person("陳美華", "董事長", "董事長", 3),
              person("王建國", "總經理", "總經理", 3), person("李淑芬", "稽核主管", "稽核主管", 4),
              person("張家豪", "資訊安全專員", "資訊安全人員", 18)):
        people.append(p)
    decl = wb.create_sheet("聲明書")
    import datetime
    for row in (["欄位", "內容"], ["聲明年度（民國）", 114], ["聲明日期", datetime.date(2026, 3, 12)],
                ["董事會日期", datetime.date(2026, 3, 12)], ["出席董事人數", 7], ["持反對意見董事人數", 0],
                ["公開資訊觀測站揭露日期", datetime.date(2026, 3, 25)], [], ["角色", "姓名"],
                ["負責資訊安全之最高主管", "林志明"], ["董事長", "陳美華"], ["總經理", "王建國"], ["稽核主管", "李淑芬"], [],
                ["段次", "內容"], ["第一段", "本公司確知建立、實施及維護資訊安全制度係本公司董事會及經理人之責任。"],
                ["第二段", "本公司基於上述評估結果，認為本公司之資訊安全制度之設計及執行係屬有效。"]):
        decl.append(row)
    wb.save(path)


class FirmWorkbookFromScratch(unittest.TestCase):
    def test_init_filled_in_and_saved_by_libreoffice_gives_the_full_set(self):
        with tempfile.TemporaryDirectory() as d:
            self.assertEqual(run("init", "xinyi-futures", "--xlsx", "--out", d).returncode, 0)
            blank = os.path.join(d, "xinyi-futures.xlsx")
            fill_in_blank(blank)
            saved = os.path.join(d, "saved")
            subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", saved, blank],
                           capture_output=True, timeout=300, check=True)
            book = os.path.join(saved, "xinyi-futures.xlsx")
            result = run("validate", book)
            self.assertEqual(result.returncode, 0, result.stderr)
            out = os.path.join(d, "out")
            result = run("generate", book, "--out", out, "--format", "pdf,xlsx")
            self.assertIn(result.returncode, (0, 1), result.stderr)
            made = sorted(os.listdir(os.path.join(out, "xinyi-futures")))
            for f in ("board-pack.pdf", "declaration.pdf", "declaration.xlsx", "revision-table.pdf",
                      "self-assessment.pdf", "self-assessment.xlsx"):
                self.assertIn(f, made)
            text = subprocess.run(["pdftotext", os.path.join(out, "xinyi-futures", "self-assessment.pdf"), "-"],
                                  capture_output=True, text=True).stdout
            flat = re.sub(r"\s", "", text)
            self.assertIn("本公司尚未設置分公司", flat)
            self.assertIn("符合24項、不符合0項、不適用1項，共25項", flat)


    def test_a_workbook_another_program_wrote_loads_and_generates(self):
        with tempfile.TemporaryDirectory() as d:
            book = os.path.join(d, "xinyi-futures.xlsx")
            write_from_scratch(book)
            result = run("validate", book)
            self.assertEqual(result.returncode, 0, result.stderr)
            out = os.path.join(d, "out")
            result = run("generate", book, "--out", out)
            self.assertIn(result.returncode, (0, 1), result.stderr)
            text = subprocess.run(["pdftotext", os.path.join(out, "xinyi-futures", "declaration.pdf"), "-"],
                                  capture_output=True, text=True).stdout
            for words in ("信義期貨股份有限公司", "林志明", "陳美華", "民國115年3月12日"):
                self.assertIn(words, text.replace(" ", ""))


# --- the bad-input catalogue of workbooks ---------------------------------------------
# Each case changes an exported hengyi-securities.xlsx and gives the exact lines
# `filinggen validate` must print on stderr (the book's path written as BOOK).

def set_cell(sheet, cell, value):
    def change(wb):
        wb[sheet][cell] = value
    return change


def delete_sheet(name):
    def change(wb):
        del wb[name]
    return change


def rename_sheet(name, new):
    def change(wb):
        wb[name].title = new
    return change


def merge(sheet, cells):
    def change(wb):
        wb[sheet].merge_cells(cells)
    return change


def raw_replace(part, old, new):
    """An edit of the zip's XML itself, for what openpyxl refuses to write."""
    def change(path):
        with zipfile.ZipFile(path) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        parts[part] = parts[part].replace(old.encode(), new.encode())
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for n, data in parts.items():
                z.writestr(n, data)
    change.raw = True
    return change


def zip_bomb(path):
    """The 公司 sheet padded with 8 MB of spaces: a part that inflates a thousandfold."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/worksheets/sheet2.xml"] = parts["xl/worksheets/sheet2.xml"].replace(
        b"</worksheet>", b"<!--" + b" " * (8 << 20) + b"--></worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
zip_bomb.raw = True


BAD_WORKBOOKS = {
    "hours-not-a-number": (set_cell("人員", "R9", "十五"), [
        "BOOK:人員!R9: people[4].training.hours: 「十五」不是數字。"]),
    "choice-past-its-dropdown": (set_cell("公司", "B5", "銀行"), [
        "BOOK:公司!B5: firm.kind: 「銀行」不是這一欄可選的值；請從清單中選擇：「證券商」、「期貨業」、「證券金融事業」、「證券投資信託事業」、「證券投資顧問事業」、「信用評等事業」。"]),
    "signatory-not-in-people": (set_cell("聲明書", "B12", "王小明"), [
        "BOOK:聲明書!B12: declaration.signatories[0].person: 「王小明」不在「人員」工作表中；請從清單中選擇，或先在「人員」中加上此人。"]),
    "sheet-deleted": (delete_sheet("人員"), [
        "BOOK: 活頁簿中沒有「人員」工作表；它可能被刪除或改名。請改回「人員」，或以 filinggen init --xlsx 產生新的活頁簿對照填寫。"]),
    "sheet-renamed": (rename_sheet("聲明書", "聲明"), [
        "BOOK: 活頁簿中沒有「聲明書」工作表；它可能被刪除或改名。請改回「聲明書」，或以 filinggen init --xlsx 產生新的活頁簿對照填寫。"]),
    "header-changed": (set_cell("人員", "B4", "名字"), [
        "BOOK:人員: 工作表「人員」中找不到「人員名冊」表的標題列（「代號」「姓名」「職稱」「負責資訊安全之最高主管」「董事長」「總經理」「稽核主管」「資訊安全主管」「資訊安全人員」「資訊人員」「使用資訊系統之從業人員」「兼辦資訊職務」「兼辦內部稽核職務」「兼辦法令遵循職務」「兼辦業務單位職務」「兼辦風險管理職務」「兼辦其他職務」「訓練時數」「通過評量」，自 A 欄起）；請勿刪除、改寫或移動標題列。"]),
    "label-changed": (set_cell("公司", "A4", "名稱"), [
        "BOOK:公司!A4: 「名稱」不是工作表「公司」的欄位名稱；是否應為「公司名稱」？請改回原來的欄位名稱，或刪除這一列。"]),
    "stray-value-below": (set_cell("公司", "B20", "備註：資本額待更新"), [
        "BOOK:公司!B20: 這個儲存格不在任何欄位或表格內，卻填有「備註：資本額待更新」；filinggen 不知道它的意思。請刪除，或填到對應的欄位。"]),
    "formula-never-calculated": (set_cell("人員", "R5", "=20+6"), [
        "BOOK:人員!R5: people[0].training.hours: 這個儲存格是公式，卻沒有計算結果（寫入它的程式沒有計算公式）；請用 Excel 或 LibreOffice 開啟後存檔，或直接填入值。"]),
    "merged-input-cells": (merge("公司", "B4:C4"), [
        "BOOK:公司!B4:C4: 這些儲存格已合併；合併後只有左上角的值會被讀到。請取消合併儲存格，每格各填一個值。"]),
    "control-character": (raw_replace("xl/sharedStrings.xml", "恆益證券股份有限公司</t>", "恆益&#x1b;證券股份有限公司</t>"), [
        "BOOK:公司!B4: firm.name: 此欄位的值含有無法印出的控制字元（U+001B，例如以 \"\\e\"、\"\\x7f\" 或 &#x1b; 等跳脫寫法寫入）；請刪除。"]),
    "date-not-real": (set_cell("聲明書", "B4", "民國115年2月30日"), None),
    # Excel and openpyxl stop at 32,767 characters a cell; a hostile file need not.
    "text-too-long": (raw_replace("xl/sharedStrings.xml", "本公司確知建立", "長" * 90_000 + "本公司確知建立"), [
        "BOOK:聲明書!B19: declaration.statement[0]: 這個儲存格的文字超過 256 KB 的上限；請確認是否貼錯內容。"]),
    "zip-bomb": (zip_bomb, [
        "BOOK: 活頁簿中的「xl/worksheets/sheet2.xml」壓縮比超過 200 倍，不是試算表會有的內容（可能是壓縮炸彈）；未解壓縮。請確認檔案的來源，或以 Excel 或 LibreOffice 另存新檔後再試。"]),
    "not-a-firm-workbook": ("other", [
        "BOOK: 這個活頁簿不是公司資料活頁簿：沒有「公司」「人員」「聲明書」工作表。請以 filinggen init FIRM-ID --xlsx 產生空白的公司資料活頁簿後填寫。"]),
}


class BadFirmWorkbooks(Exported):
    def bad_book(self, name, change):
        path = os.path.join(self.dir, name + ".xlsx")
        if change == "other":
            wb = openpyxl.Workbook()
            wb.active["A1"] = "預算表"
            wb.save(path)
            return path
        shutil.copy(self.book("hengyi-securities"), path)
        if getattr(change, "raw", False):
            change(path)
        else:
            wb = openpyxl.load_workbook(path)
            change(wb)
            wb.save(path)
        return path

    def test_each_bad_workbook_is_one_clear_error(self):
        for name, (change, expected) in BAD_WORKBOOKS.items():
            with self.subTest(name):
                path = self.bad_book(name, change)
                result = run("validate", path)
                self.assertEqual(result.returncode, 2, result.stderr)
                lines = [l for l in result.stderr.splitlines() if not l.startswith(("失敗：", "共 "))]
                if expected is None:  # the loader's own sentence, at the cell
                    self.assertTrue(lines and lines[0].startswith(path + ":聲明書!B4: declaration.date:"), lines)
                    continue
                self.assertEqual(lines, [e.replace("BOOK", path) for e in expected])
                out = os.path.join(self.dir, "out-" + name)
                self.assertEqual(run("generate", path, "--out", out).returncode, 2)
                self.assertFalse(os.path.exists(os.path.join(out, "hengyi-securities")), "nothing written")

    def test_a_filing_workbook_is_not_taken_for_firm_data(self):
        out = os.path.join(self.dir, "filing")
        run("generate", os.path.join(FIRMS_DIR, "hengyi-securities.yaml"), "--out", out, "--format", "xlsx")
        result = run("validate", os.path.join(out, "hengyi-securities", "self-assessment.xlsx"))
        self.assertEqual(result.returncode, 2)
        self.assertIn("這是 filinggen 產生的文件活頁簿，不是公司資料活頁簿", result.stderr)


if __name__ == "__main__":
    unittest.main()
