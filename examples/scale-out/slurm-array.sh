#!/usr/bin/env bash
# The year-end run as a Slurm job array: one task per shard, on a shared file system.
# `filinggen --shard auto` reads SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_MIN and
# SLURM_ARRAY_TASK_COUNT, so the array may be numbered from 0 or from 1 (but without a
# step). Submit, then merge and verify once every task has finished:
#   job=$(sbatch --parsable examples/scale-out/slurm-array.sh)
#   sbatch --dependency=afterok:$job --wrap 'filinggen merge-manifests out/manifest.json out/manifest.shard-*-of-8.json && filinggen verify out'
# Not run by the tests (no cluster here); docs/scale-out.md.
#SBATCH --job-name=filinggen-year-end
#SBATCH --array=1-8
#SBATCH --cpus-per-task=2
#SBATCH --output=filinggen-%A-%a.log
set -euo pipefail
filinggen generate data/firms --out out --shard auto --jobs "${SLURM_CPUS_PER_TASK:-2}"
