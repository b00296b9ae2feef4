"""Each stage includes only the stages it links to (generator/CMakeLists.txt, followed
through), so no stage reaches back; and the narrow waists docs/architecture.md promises:
batch/ knows documents only through filings/, cli/ sees the model only through its
public header.   usage: stage_includes_test.py SOURCE_DIR"""
import pathlib
import re
import sys

source = pathlib.Path(sys.argv[1])
generator = source / "generator"
cmake = (generator / "CMakeLists.txt").read_text()

links = {}
for name, body in re.findall(r"filinggen_stage\((\w+)(.*?)\)\n", cmake, re.S):
    found = re.search(r"LINKS(.*)", body, re.S)
    links[name] = set(re.findall(r"filinggen_(\w+)", found.group(1))) if found else set()
exe = re.search(r"target_link_libraries\(filinggen PRIVATE([^)]*)\)", cmake).group(1)
links["cli"] = set(re.findall(r"filinggen_(\w+)", exe))


def below(stage, seen=None):
    seen = set() if seen is None else seen
    for other in links.get(stage, ()):
        if other not in seen:
            seen.add(other)
            below(other, seen)
    return seen


# Stages that use another's headers without linking it (header-only use) would show
# here; there are none.
forbidden = {
    "batch": {"markup", "layout", "view", "pdf", "xlsx"},
}
problems = []
for stage in sorted(links):
    allowed = below(stage) | {stage, "filinggen"}  # filinggen/: the generated version headers
    for path in sorted((generator / stage).glob("*.[ch]pp")):
        for line_number, line in enumerate(path.read_text().splitlines(), 1):
            m = re.match(r'#include "(\w+)/([\w.]+)"', line)
            if not m:
                continue
            other, header = m.groups()
            where = f"{path.relative_to(source)}:{line_number}"
            if other not in allowed:
                problems.append(f"{where}: {stage}/ includes {other}/{header}, a stage it does not stand on")
            elif other in forbidden.get(stage, ()):
                problems.append(f"{where}: {stage}/ includes {other}/{header}; it sees documents only through filings/")
            elif stage == "cli" and other == "model" and header != "load.hpp":
                problems.append(f"{where}: cli/ includes model/{header}, a model internal")

if len(links) < 12:
    problems.append(f"only {len(links)} stages read from generator/CMakeLists.txt")
print("\n".join(problems) if problems else f"{len(links)} stages, every include within its stage's reach")
sys.exit(1 if problems else 0)
