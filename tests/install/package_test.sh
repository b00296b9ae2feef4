#!/usr/bin/env bash
# The Debian package, as IT would use it: built with CPack from this build tree, its
# Depends line, extracted into an empty root and run from an empty folder on a firm file
# of its own (no checkout, no FILINGGEN_HOME), its man page and bash completion; and,
# as root where no filinggen package is installed yet, a real apt-get install, a run and
# an apt-get remove.   usage: package_test.sh BUILD_DIR
build=$(realpath "$1")
source "$(dirname "$0")/scratch.sh"

(cd "$build" && cpack -G DEB -B "$scratch/package" >/dev/null)
deb=$(ls "$scratch"/package/filinggen_*_amd64.deb)
[[ $(basename "$deb") =~ ^filinggen_[0-9]+\.[0-9]+\.[0-9]+_amd64\.deb$ ]] || fail "package name $(basename "$deb")"

depends=$(dpkg-deb -f "$deb" Depends)
for needed in libicu72 libharfbuzz-subset0 libpodofo0.9.8 libxlsxwriter4 libyaml-cpp0.7 libzip4 libssl3 libdeflate0 \
              libpugixml1v5 libmimalloc2.0 libfyaml0 fonts-arphic-bkai00mp fonts-arphic-bsmi00lp fonts-cns11643-kai fonts-droid-fallback; do
  [[ ", $depends," == *", $needed"[\ ,]* ]] || fail "Depends lacks $needed: $depends"
done

root=$scratch/root
dpkg-deb -x "$deb" "$root"
for f in usr/bin/filinggen usr/share/filinggen/templates/declaration.zh-TW.mustache usr/share/filinggen/fonts/fonts.yaml \
         usr/share/filinggen/data/standard/rules-2025-04-11.yaml usr/share/man/man1/filinggen.1 \
         usr/share/bash-completion/completions/filinggen usr/share/doc/filinggen/docs/data-format.md; do
  [[ -f $root/$f ]] || fail "the package has no $f"
done

# From an empty folder, with nothing of the checkout in reach: init, then generate.
work=$scratch/work
mkdir "$work"
cd "$work"
env -u FILINGGEN_HOME "$root/usr/bin/filinggen" init acme-securities >/dev/null
grep -q '^  amendments: standard:amendments-' acme-securities.yaml || fail "init does not write a standard: reference"
env -u FILINGGEN_HOME "$root/usr/bin/filinggen" generate acme-securities.yaml --out out --format pdf,xlsx >/dev/null \
  || fail "the extracted filinggen cannot generate"
# (Text to files first: grep -q ends a pipe early, which pipefail would count as failure.)
pdftotext out/acme-securities/declaration.pdf declaration.txt
pdftotext out/acme-securities/revision-table.pdf revision-table.txt
grep -q '資訊安全整體執行情形聲明書' declaration.txt || fail "the declaration lacks its title"
grep -q '修正條文對照表' revision-table.txt || fail "the revision table lacks its title"
version=$(env -u FILINGGEN_HOME "$root/usr/bin/filinggen" --version)
[[ $version == *"隨附資料：$root/usr/share/filinggen/data/standard"* ]] || fail "not the package's share folder: $version"
# The sample firms shipped as examples validate where they are installed.
env -u FILINGGEN_HOME "$root/usr/bin/filinggen" validate "$root/usr/share/doc/filinggen/examples/firms" --quiet \
  || fail "the installed sample firms do not validate"

# FILINGGEN_HOME points the installed binary at another copy of its share folder.
cp -r "$root/usr/share/filinggen" "$scratch/other-share"
[[ $(FILINGGEN_HOME=$scratch/other-share "$root/usr/bin/filinggen" --version) == *"隨附資料：$scratch/other-share/data/standard"* ]] \
  || fail "FILINGGEN_HOME does not override the share folder"
env -u FILINGGEN_HOME "$root/usr/bin/filinggen" --version --json | jq -e '.libraries.PoDoFo and (.standard | length) >= 3' >/dev/null \
  || fail "--version --json"

MANWIDTH=80 man -l "$root/usr/share/man/man1/filinggen.1" >man.txt 2>/dev/null
grep -q 'merge-manifests' man.txt || fail "the man page does not render"

if [[ $(id -u) == 0 ]] && ! dpkg -s filinggen >/dev/null 2>&1 && [[ ${FILINGGEN_TEST_APT:-1} != 0 ]]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-download "$deb" >/dev/null 2>&1 \
    || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null || fail "apt-get install"
  trap 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq filinggen >/dev/null 2>&1 || true; rm -rf "$scratch"' EXIT
  rm -rf out
  env -u FILINGGEN_HOME filinggen generate acme-securities.yaml --out out >/dev/null || fail "the installed filinggen cannot generate"
  [[ $(command -v filinggen) == /usr/bin/filinggen ]] || fail "not /usr/bin/filinggen"
  # (Slim images drop /usr/share/man through dpkg's path-exclude: no man pages to find there.)
  if ! grep -qs 'path-exclude.*/usr/share/man' /etc/dpkg/dpkg.cfg.d/*; then man -w filinggen >/dev/null || fail "man filinggen"; fi
  DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq filinggen >/dev/null || fail "apt-get remove"
  trap 'rm -rf "$scratch"' EXIT
  [[ ! -e /usr/bin/filinggen && ! -e /usr/share/filinggen ]] || fail "apt-get remove left files behind"
  echo "installed, ran and removed with apt-get"
fi
echo ok
