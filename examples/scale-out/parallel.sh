#!/usr/bin/env bash
# The year-end run split into N shards on one machine (or several, with parallel's
# --sshlogin), run by GNU parallel. The joblog remembers which shards finished: after a
# failure, mend the data and run the same command again; --resume-failed reruns only the
# shards that failed (and any not yet run). Then the shards' manifests are merged into
# the one an unsharded run writes, and every file is verified against it.
#   usage: parallel.sh DATA OUT N [JOBS]     (docs/scale-out.md)
set -euo pipefail
data=$1 out=$2 shards=$3 jobs=${4:-$shards}
filinggen=${FILINGGEN:-filinggen}
mkdir -p "$out"
seq 1 "$shards" | parallel --joblog "$out/parallel.joblog" --resume-failed --jobs "$jobs" \
  "$filinggen" generate "$data" --out "$out" --shard "{}/$shards" --jobs 1 --quiet
"$filinggen" merge-manifests "$out/manifest.json" "$out"/manifest.shard-*-of-"$shards".json
"$filinggen" verify "$out"
