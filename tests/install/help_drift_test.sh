#!/usr/bin/env bash
# The man page and the bash completion against `filinggen --help`, so the three cannot
# drift apart: the same commands and options everywhere, the completion's document and
# format names those --help lists; and the completion run as bash runs it.
#   usage: help_drift_test.sh FILINGGEN SOURCE_DIR
tool=$1 source=$2
source "$(dirname "$0")/scratch.sh"
cd "$scratch"

"$tool" --help >help.txt
options() { grep -o -- '--[a-z][a-z-]*' | sort -u; }
commands() { grep -oE 'filinggen (validate|check|generate|verify|merge-manifests|init|import-assessment|[a-z][a-z-]+)\b' | awk '{print $2}' | sort -u; }

options <help.txt >help.options
sed 's/\\-/-/g' "$source/man/filinggen.1" >man.txt
options <man.txt >man.options
diff help.options man.options >/dev/null || { diff help.options man.options; fail "--help and the man page name different options (< help, > man)"; }
grep -E '^  filinggen [a-z]' help.txt | commands >help.commands
grep -E '^\.B filinggen [a-z]' man.txt | sed 's/^\.B //' | commands >man.commands
diff help.commands man.commands >/dev/null || { diff help.commands man.commands; fail "--help and the man page name different commands"; }

completion=$source/completions/filinggen
grep -oE -- '--[a-z][a-z-]*' "$completion" | sort -u >completion.options
diff help.options completion.options >/dev/null || { diff help.options completion.options; fail "--help and the completion name different options"; }
for command in $(cat help.commands); do
  grep -q "$command" "$completion" || fail "the completion lacks the command $command"
done
documents=$(sed -n '/--documents LIST/,/--format/p' help.txt | awk 'NR>1 && $1 ~ /^[a-z][a-z-]*$/ {print $1}')
[[ -n $documents ]] || fail "no document names found in --help"
for document in $documents; do
  grep -q -- "$document" man.txt || fail "the man page does not describe the document $document"
done

# As bash runs it: a command, an option, a list value after a comma, firm ids of a folder.
mkdir firms && touch firms/alpha-securities.yaml firms/beta-futures.json firms/notes.txt
complete_line() {  # the words of a command line after the tool, the last one being completed
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _filinggen; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$completion" "$tool" "$@"
}
[[ $(complete_line gen) == generate ]] || fail "completing a command"
[[ $(complete_line generate --dup) == --duplex ]] || fail "completing an option"
[[ $(complete_line generate --documents declaration,rev) == declaration,revision-table ]] || fail "a list after a comma"
[[ $(complete_line generate firms --firms "" | tr '\n' ' ') == "alpha-securities beta-futures " ]] || fail "firm ids of a folder"
[[ $(complete_line generate --format x) == xlsx ]] || fail "a format"
# Every document and format --help lists, and no other, offered after --documents and --format.
[[ $(complete_line generate --documents "" | sort) == "$(sort <<<"$documents")" ]] || fail "the documents offered are not --help's"
[[ $(complete_line generate --format "" | sort | tr '\n' ' ') == "pdf xlsx " ]] || fail "the formats offered are not --help's"
echo ok
