#!/usr/bin/env bash
# bench/make_firms.sh DIR N: N synthetic firm files in DIR, the sample firms of
# data/firms round-robin (realistic text: the 1,750-character amendment, every entry
# kind, all three answers), each with firm.id <original-id>-0001 … (only the id: line
# under firm: changes). DIR/../standard must hold a copy of data/standard/.
set -euo pipefail
dir=$1 n=$2
cd "$(dirname "$0")/.."
samples=(data/firms/*.yaml)
rm -rf "$dir"
mkdir -p "$dir"
for ((i = 1; i <= n; i++)); do
  src=${samples[$(((i - 1) % ${#samples[@]}))]}
  base=$(basename "$src" .yaml)
  id=$(printf '%04d' "$i")
  sed "/^firm:/,/^[^[:space:]#]/ s/^\(  id: *\)\([A-Za-z0-9_-]*\)/\1\2-$id/" "$src" >"$dir/$base-$id.yaml"
done
for ((i = 1; i <= n && i <= ${#samples[@]}; i++)); do
  id=$(printf '%04d' "$i")
  grep -q "^  id: .*-$id\$" "$dir"/*-"$id".yaml || { echo "bench: could not rename firm.id in $dir/*-$id.yaml" >&2; exit 1; }
done
