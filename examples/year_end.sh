#!/usr/bin/env bash
# A group's year-end run, written against `generate --json` and the exit codes
# (docs/batch.md): every firm's filings as PDF and Excel, the firms that failed and those
# with regulatory findings listed, the files verified against the manifest. Run by ctest
# on the sample firms plus one broken file, so every branch below is taken.
#
#   examples/year_end.sh FILINGGEN DATA_FOLDER... OUT
set -uo pipefail
filinggen=$1
out=${*: -1}
data=("${@:2:$#-2}")

"$filinggen" generate "${data[@]}" --out "$out" --format pdf,xlsx --json --quiet >"$out.json"
status=$?
case $status in
  0) echo "全部完成" ;;
  1) echo "以下公司失敗，其餘公司已完成："
     jq -r '.firms[] | select(.status == "failed") | "  " + .input' "$out.json" ;;
  *) echo "未產生任何文件（結束代碼 $status）"; exit 1 ;;
esac
echo "有法規缺失（錯誤）的公司："
jq -r '.firms[] | select(.findings != null and .findings.errors > 0) | "  " + .firm_id' "$out.json"
echo "已產生 $(jq '.totals.generated' "$out.json") 家，未變更 $(jq '.totals.up_to_date' "$out.json") 家"
if "$filinggen" verify "$out" >/dev/null; then
  echo "所有檔案與清單（manifest）相符"
else
  echo "有檔案在產生後被修改或遺失"
  exit 1
fi
