#!/usr/bin/env bash
# docs/scale-out.md's GNU parallel recipe (examples/scale-out/parallel.sh), run as
# written: three shards whose merged manifest is the one an unsharded run writes, and a
# failed shard that --resume-failed alone reruns once its data is mended.
#   usage: parallel_recipe_test.sh FILINGGEN SOURCE_DIR
tool=$1 source=$2
source "$(dirname "$0")/scratch.sh"
cd "$scratch"
cp -r "$source/data/firms" firms
cp -r "$source/data/standard" standard
recipe=$source/examples/scale-out/parallel.sh
export FILINGGEN=$tool SOURCE_DATE_EPOCH=1767225600

"$tool" generate firms --out whole --quiet || true   # ruisheng has error findings: exit 0 or 1 is fine here
FILINGGEN=$tool bash "$recipe" firms sharded 3 >recipe.log 2>&1 || { cat recipe.log; fail "the recipe"; }
cmp -s whole/manifest.json sharded/manifest.json || fail "the merged manifest is not the unsharded run's"
[[ $(grep -c . sharded/parallel.joblog) == 4 ]] || fail "one joblog line per shard expected"

# A firm file broken in one shard: that shard fails, the others finish.
broken=firms/hongyue-securities.yaml
cp "$broken" "$scratch/good.yaml"
sed -i 's/^  date: 20\([0-9][0-9]\)-/  date: 20\1-13-/' "$broken"  # no month 13: the declaration's date is unreal
"$tool" validate "$broken" >/dev/null 2>&1 && fail "the broken file validates"
if bash "$recipe" firms resumed 3 >first.log 2>&1; then fail "a broken shard should fail the recipe"; fi
ran_first=$(awk 'NR > 1' resumed/parallel.joblog | wc -l)
[[ $ran_first == 3 ]] || fail "every shard runs the first time ($ran_first)"
cp "$scratch/good.yaml" "$broken"
bash "$recipe" firms resumed 3 >second.log 2>&1 || { cat second.log; fail "the resumed recipe"; }
[[ $(awk 'NR > 1' resumed/parallel.joblog | wc -l) == 4 ]] || fail "--resume-failed reran more than the failed shard"
cmp -s whole/manifest.json resumed/manifest.json || fail "after the resumed run the manifest is not the unsharded run's"
echo ok
