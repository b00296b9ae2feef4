#!/usr/bin/env bash
# A new firm's filings from a workbook, as a compliance officer makes them: init --xlsx
# writes the blank workbook, someone fills it in (here openpyxl stands in for Excel),
# validate names what is still missing by sheet and cell, generate writes the filings.
# Then an existing firm file taken to a workbook and back (export, import).
#
#   examples/firm_workbook.sh FILINGGEN SAMPLE_FIRM.yaml OUT
set -euo pipefail
filinggen=$1 sample=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$out" && mkdir -p "$out" && cd "$out"

"$filinggen" init xinyi-futures --xlsx
echo "-- 尚未填寫："
"$filinggen" validate xinyi-futures.xlsx 2>&1 | head -3 || true

# Filling it in (examples/fill_in_workbook.py: openpyxl in place of Excel).
/usr/bin/python3 "$here/fill_in_workbook.py" xinyi-futures.xlsx

echo "-- 填妥後："
"$filinggen" validate xinyi-futures.xlsx
"$filinggen" generate xinyi-futures.xlsx --out filings --format pdf,xlsx --quiet || [ $? -eq 1 ]
ls filings/xinyi-futures

echo "-- 既有的資料檔轉成活頁簿，再轉回 YAML："
"$filinggen" export "$sample" --out .
"$filinggen" import "$(basename "${sample%.*}").xlsx" --out imported
"$filinggen" validate imported/*.yaml
