# Sourced by the tests of tests/install/: strict mode, a scratch folder removed at exit
# (the test runs in it), and fail, which names what went wrong.
set -euo pipefail
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
