#!/usr/bin/python3
"""Renders several HTML files to PDF in ONE python process through the WeasyPrint API, to
separate start-up (python + import weasyprint) from the time per document.

Usage: bench/weasyprint_batch.py OUT_DIR IN.html...
Prints one line: "<import s> <first document s> <median s of the other documents> <count>".
Run it with Debian's /usr/bin/python3 (python3-weasyprint).
"""
import os
import statistics
import sys
import time

t0 = time.perf_counter()
import weasyprint  # noqa: E402  (the import is what is being timed)

import_s = time.perf_counter() - t0


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: weasyprint_batch.py OUT_DIR IN.html...")
    out_dir, inputs = sys.argv[1], sys.argv[2:]
    os.makedirs(out_dir, exist_ok=True)
    times = []
    for path in inputs:
        t = time.perf_counter()
        out = os.path.join(out_dir, os.path.splitext(os.path.basename(path))[0] + ".pdf")
        weasyprint.HTML(filename=path).write_pdf(out)
        times.append(time.perf_counter() - t)
    rest = statistics.median(times[1:]) if len(times) > 1 else times[0]
    print(f"{import_s:.3f} {times[0]:.3f} {rest:.3f} {len(times)}")


if __name__ == "__main__":
    main()
