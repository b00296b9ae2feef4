#!/usr/bin/env bash
# bench/full_set.sh TMP OUT.md N...: the year-end run as a group runs it, and the same
# content through the tools a team would otherwise use. Called by scripts/bench after
# the build; writes a Markdown section to OUT.md.
#   1. filinggen generate --format pdf,xlsx on N synthetic firms (every document of each
#      firm: PDFs, workbooks, the board pack when the build has one, findings.json), with
#      --jobs 1 and --jobs 2 when the build has --jobs;
#   2. the declaration and the revision table of each firm: filinggen against WeasyPrint
#      on equivalent HTML built from the same data (bench/declaration_html.py,
#      bench/revision_table_html.py);
#   3. the self-assessment workbook: filinggen against openpyxl writing the same workbook
#      (bench/self_assessment_openpyxl.py).
# BENCH_WEASYPRINT_FIRMS (default 10) firms go through WeasyPrint and openpyxl.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$1 out=$2
shift 2
sizes=("$@")
py=/usr/bin/python3
fg=build/filinggen
wfirms=${BENCH_WEASYPRINT_FIRMS:-10}
ms() { awk -v s="$1" -v d="$2" 'BEGIN { printf "%.1f", s * 1000 / d }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { r = a / b; printf (r < 10 ? "%.1f" : "%.0f"), r }'; }

jobs=(1)
help=$("$fg" --help 2>&1 || true)   # read whole: grep -q closing the pipe early would fail it
if [[ "$help" == *--jobs* ]]; then jobs=(1 2); fi

# run LABEL FIRMS OUT ARGS...: one timed process; sets secs, mib.
run() {
  local label=$1 firms=$2 o=$3
  shift 3
  rm -rf "$o"
  if ! /usr/bin/time -f '%e %M' -o "$tmp/fs-time" "$fg" generate "$firms" --out "$o" "$@" >"$tmp/fs-log" 2>&1; then
    echo "bench: filinggen failed ($label):" >&2
    tail -n 20 "$tmp/fs-log" >&2
    exit 1
  fi
  read -r secs kib <"$tmp/fs-time"
  mib=$(awk -v k="$kib" 'BEGIN { printf "%.1f", k / 1024 }')
}

# 1. The full set.
rows=()
declare -A full_ms
for n in "${sizes[@]}"; do
  bench/make_firms.sh "$tmp/fs-firms" "$n"
  for j in "${jobs[@]}"; do
    echo "bench: full set, $n firms, --jobs $j …"
    jopt=()
    [ ${#jobs[@]} -eq 1 ] || jopt=(--jobs "$j")
    run "full set $n/$j" "$tmp/fs-firms" "$tmp/fs-out" --format pdf,xlsx "${jopt[@]}"
    pdfs=$(find "$tmp/fs-out" -name '*.pdf' | wc -l)
    books=$(find "$tmp/fs-out" -name '*.xlsx' | wc -l)
    packs=$(find "$tmp/fs-out" -name 'board-pack.pdf' | wc -l)
    docs=$((pdfs + books))
    full_ms[$n/$j]=$(ms "$secs" "$n")
    rows+=("| $n | $j | $pdfs ($packs board packs) | $books | $secs | ${full_ms[$n/$j]} | $(awk -v d="$docs" -v s="$secs" 'BEGIN { printf "%.0f", d / s }') | $mib |")
  done
done

# 2. Declaration and revision table: filinggen and WeasyPrint, per firm.
bench/make_firms.sh "$tmp/fs-firms" 100
echo "bench: declaration and revision table, 100 firms, --jobs 1 …"
jopt=()
[ ${#jobs[@]} -eq 1 ] || jopt=(--jobs 1)
run "two documents" "$tmp/fs-firms" "$tmp/fs-out" --documents declaration,revision-table "${jopt[@]}"
two_ms=$(ms "$secs" 100)
two_secs_100=$secs
# Warm: what a firm adds once the process is running (start-up counted once, as the
# other tools' warm figures leave theirs out): (1,000 firms - 100 firms) / 900.
bench/make_firms.sh "$tmp/fs-bigfirms" 1000
echo "bench: declaration and revision table, 1000 firms, --jobs 1 …"
run "two documents, 1000" "$tmp/fs-bigfirms" "$tmp/fs-out" --documents declaration,revision-table "${jopt[@]}"
two_warm_ms=$(awk -v a="$secs" -v b="$two_secs_100" 'BEGIN { printf "%.1f", (a - b) * 1000 / 900 }')
bench/make_firms.sh "$tmp/fs-wfirms" "$wfirms"
mkdir -p "$tmp/fs-html"
for f in "$tmp"/fs-wfirms/*.yaml; do
  b=$(basename "$f" .yaml)
  (cd bench && $py declaration_html.py "$f") >"$tmp/fs-html/$b-declaration.html"
  if grep -q '^revisions:' "$f"; then (cd bench && $py revision_table_html.py "$f") >"$tmp/fs-html/$b-revision.html"; fi
done
echo "bench: WeasyPrint, the same two documents of $wfirms firms, one process each …"
: >"$tmp/fs-wtime"
for h in "$tmp"/fs-html/*.html; do
  /usr/bin/time -a -f '%e' -o "$tmp/fs-wtime" weasyprint "$h" "$tmp/fs-wout.pdf" 2>>"$tmp/fs-wlog"
done
w_firm_ms=$(awk -v n="$wfirms" '{ s += $1 } END { printf "%.1f", s * 1000 / n }' "$tmp/fs-wtime")
echo "bench: WeasyPrint API, the same documents in one python process …"
$py bench/weasyprint_batch.py "$tmp/fs-wapi" "$tmp"/fs-html/*.html >"$tmp/fs-api" 2>>"$tmp/fs-wlog"
read -r _ _ a_rest a_docs <"$tmp/fs-api"
a_firm_ms=$(awk -v r="$a_rest" -v d="$a_docs" -v n="$wfirms" 'BEGIN { printf "%.1f", r * 1000 * d / n }')

# 2b. Typst, the same two documents compiled warm in one node process (bench/typst_batch.js
# through @myriaddreamin/typst-ts-node-compiler from the npm registry, installed into the
# bench's temporary folder, or taken from BENCH_TYPST_MODULES=DIR/node_modules).
typst_row=""
modules=${BENCH_TYPST_MODULES:-$tmp/typst/node_modules}
if [ ! -d "$modules/@myriaddreamin/typst-ts-node-compiler" ] && command -v npm >/dev/null; then
  echo "bench: installing @myriaddreamin/typst-ts-node-compiler (npm) …"
  npm install --silent --no-audit --no-fund --prefix "$tmp/typst" @myriaddreamin/typst-ts-node-compiler@0.7.0 >/dev/null 2>&1 || true
fi
if [ -d "$modules/@myriaddreamin/typst-ts-node-compiler" ]; then
  (cd bench && $py typst_sources.py "$tmp/fs-typ" "$tmp"/fs-wfirms/*.yaml)
  echo "bench: Typst, the same documents in one node process …"
  NODE_PATH=$modules node bench/typst_batch.js "$tmp/fs-typout" /usr/share/fonts/truetype/arphic-bkai00mp \
    /usr/share/fonts/truetype/cns11643 -- "$tmp"/fs-typ/*.typ >"$tmp/fs-typst" 2>>"$tmp/fs-wlog"
  read -r t_start t_first t_rest t_docs t_pages <"$tmp/fs-typst"
  t_firm_ms=$(awk -v r="$t_rest" -v d="$t_docs" -v n="$wfirms" 'BEGIN { printf "%.1f", r * 1000 * d / n }')
  typst_row="| declaration + revision table, Typst warm in one node process ³ | $two_ms | $two_warm_ms | $t_firm_ms | $(ratio "$t_firm_ms" "$two_ms") × · $(ratio "$t_firm_ms" "$two_warm_ms") × |"
  typst_note="³ median per document after the first, times the documents per firm ($t_docs documents, $t_pages pages, of $wfirms firms; filinggen's are longer: see docs/performance.md); start-up (node, the module, the fonts) $(awk -v s="$t_start" 'BEGIN { printf "%.0f", s * 1000 }') ms, the first document $(awk -v s="$t_first" 'BEGIN { printf "%.0f", s * 1000 }') ms."
else
  echo "bench: npm or the registry not reachable; Typst left out" >&2
fi

# 3. The self-assessment workbook: filinggen and openpyxl, per workbook.
rm -rf "$tmp/fs-safirms" && mkdir -p "$tmp/fs-safirms"
cp $(grep -l '^self_assessment:' "$tmp"/fs-firms/*.yaml) "$tmp/fs-safirms/"
echo "bench: self-assessment workbooks of the $(ls "$tmp/fs-safirms" | wc -l) firms (of 100) that have one …"
run "workbooks" "$tmp/fs-safirms" "$tmp/fs-out" --documents self-assessment --format xlsx "${jopt[@]}"
fg_books=$(find "$tmp/fs-out" -name '*.xlsx' | wc -l)
fg_book_ms=$(ms "$secs" "$fg_books")
book_secs_small=$secs
rm -rf "$tmp/fs-bigsafirms" && mkdir -p "$tmp/fs-bigsafirms"
cp $(grep -l '^self_assessment:' "$tmp"/fs-bigfirms/*.yaml) "$tmp/fs-bigsafirms/"
run "workbooks, 1000" "$tmp/fs-bigsafirms" "$tmp/fs-out" --documents self-assessment --format xlsx "${jopt[@]}"
big_books=$(find "$tmp/fs-out" -name '*.xlsx' | wc -l)
book_warm_ms=$(awk -v a="$secs" -v b="$book_secs_small" -v n="$((big_books - fg_books))" 'BEGIN { printf "%.1f", (a - b) * 1000 / n }')
rm -rf "$tmp/fs-bigfirms" "$tmp/fs-bigsafirms"
echo "bench: openpyxl, the same workbooks of $wfirms firms in one python process …"
mapfile -t sa_firms < <(grep -l '^self_assessment:' "$tmp"/fs-wfirms/*.yaml)
$py bench/self_assessment_openpyxl.py "$tmp/fs-oxl" "${sa_firms[@]}" >"$tmp/fs-oxl.txt"
read -r o_import o_first o_rest o_count <"$tmp/fs-oxl.txt"
o_ms=$(awk -v r="$o_rest" 'BEGIN { printf "%.1f", r * 1000 }')

{
  echo "| firms | --jobs | PDFs | workbooks | total s | ms / firm | documents / s | peak RSS MiB |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "| the same content | filinggen ms / firm | filinggen warm ⁴ | other tool ms / firm | other ÷ filinggen (whole process · warm) |"
  echo "|---|---:|---:|---:|---:|"
  echo "| declaration + revision table, WeasyPrint one process per document | $two_ms | $two_warm_ms | $w_firm_ms | $(ratio "$w_firm_ms" "$two_ms") × · $(ratio "$w_firm_ms" "$two_warm_ms") × |"
  echo "| declaration + revision table, WeasyPrint API in one warm process ¹ | $two_ms | $two_warm_ms | $a_firm_ms | $(ratio "$a_firm_ms" "$two_ms") × · $(ratio "$a_firm_ms" "$two_warm_ms") × |"
  [ -z "$typst_row" ] || echo "$typst_row"
  echo "| self-assessment workbook, openpyxl in one warm process ² (ms / workbook) | $fg_book_ms | $book_warm_ms | $o_ms | $(ratio "$o_ms" "$fg_book_ms") × · $(ratio "$o_ms" "$book_warm_ms") × |"
  echo
  echo "filinggen: whole processes (start-up, loading and checking each firm included), --jobs 1: 100 synthetic firms for the two documents, the $fg_books of them with a self-assessment for the workbook. WeasyPrint and openpyxl: rendering only, from HTML and YAML made beforehand."
  echo "¹ median per document after the first, times the documents per firm ($a_docs documents of $wfirms firms)."
  [ -z "$typst_row" ] || echo "$typst_note"
  echo "⁴ what one more firm (or workbook) adds to a running process: (the time for 1,000 firms − the time for 100) ÷ 900 (for the workbook, the $big_books and $fg_books of them with a self-assessment), so filinggen's start-up (fonts, shared subsets, the standard's files) counts once, as the other tools' warm figures leave theirs out."
  echo "² median per workbook after the first of $o_count; \`import openpyxl\` took $(awk -v s="$o_import" 'BEGIN { printf "%.0f", s * 1000 }') ms and the first workbook $(awk -v s="$o_first" 'BEGIN { printf "%.0f", s * 1000 }') ms."
} >"$out"
