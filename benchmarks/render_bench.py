"""Benchmark: contract DOCX/PDF render times, sizes, memory, against LibreOffice DOCX->PDF.

Run: .venv/bin/python benchmarks/render_bench.py [--runs 30] [--lo-runs 3]
Prints a table; never asserts (figures vary by machine).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_COLD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from tradepact.adapters.rendering.render import render_contract
from tradepact.adapters.rendering.sample import sample_document
doc = sample_document(language=sys.argv[1])
t1 = time.perf_counter()
f = render_contract(doc, sys.argv[2])
t2 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "first_render_s": t2 - t1,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def cold(language: str, fmt: str) -> dict:
    out = subprocess.run([sys.executable, "-c", _COLD, language, fmt], capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def warm(language: str, fmt: str, runs: int) -> tuple[list[float], int, bytes]:
    from tradepact.adapters.rendering.render import render_contract
    from tradepact.adapters.rendering.sample import sample_document

    doc = sample_document(language=language)
    render_contract(doc, fmt)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f = render_contract(doc, fmt)
        times.append(time.perf_counter() - t)
    return times, f.size, f.data


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def pages(pdf: bytes) -> int:
    import io

    import pypdf

    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def libreoffice(docx: bytes, runs: int, batch: int) -> tuple[float, float] | None:
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        profile = f"-env:UserInstallation=file://{tmpdir}/profile"
        src = tmpdir / "c.docx"
        src.write_bytes(docx)
        base = [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir"]
        subprocess.run([*base, str(tmpdir / "w"), str(src)], capture_output=True, check=True)
        per_process = []
        for i in range(runs):
            t = time.perf_counter()
            subprocess.run([*base, str(tmpdir / f"o{i}"), str(src)], capture_output=True,
                           check=True)
            per_process.append(time.perf_counter() - t)
        many = []
        for i in range(batch):
            path = tmpdir / f"m{i}.docx"
            path.write_bytes(docx)
            many.append(str(path))
        t = time.perf_counter()
        subprocess.run([*base, str(tmpdir / "many"), *many], capture_output=True, check=True)
        return statistics.median(per_process), (time.perf_counter() - t) / batch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--lo-runs", type=int, default=3)
    parser.add_argument("--lo-batch", type=int, default=10)
    args = parser.parse_args()
    rows = []
    for language, label in (("en", "English"), ("bilingual", "bilingual")):
        pdf_times, pdf_size, pdf = warm(language, "pdf", args.runs)
        docx_times, docx_size, docx = warm(language, "docx", args.runs)
        cold_pdf, cold_docx = cold(language, "pdf"), cold(language, "docx")
        lo = libreoffice(docx, args.lo_runs, args.lo_batch)
        p50 = statistics.median(pdf_times)
        rows.append((label, pages(pdf), cold_pdf, p50, pct(pdf_times, 0.99), pdf_size,
                     cold_docx, statistics.median(docx_times), pct(docx_times, 0.99),
                     docx_size, lo))
    print(f"{'contract':<10} {'pages':>5} | {'PDF cold':>9} {'p50':>7} {'p99':>7} {'size':>8} "
          f"{'RSS':>6} | {'DOCX cold':>9} {'p50':>6} {'p99':>6} {'size':>7} | "
          f"{'LO/proc':>8} {'LO/batch':>8} {'PDF x LO':>8}")
    for (label, n, cp, p50, p99, size, cd, d50, d99, dsize, lo) in rows:
        lo_text = (f"{lo[0] * 1000:7.0f}ms {lo[1] * 1000:6.0f}ms {lo[1] / p50:7.1f}x"
                   if lo else f"{'n/a':>8} {'n/a':>8} {'n/a':>8}")
        print(f"{label:<10} {n:>5} | {cp['first_render_s'] * 1000:7.0f}ms {p50 * 1000:5.0f}ms "
              f"{p99 * 1000:5.0f}ms {size / 1024:6.0f}KB {cp['peak_rss_mb']:4.0f}MB | "
              f"{cd['first_render_s'] * 1000:7.0f}ms {d50 * 1000:4.0f}ms {d99 * 1000:4.0f}ms "
              f"{dsize / 1024:5.0f}KB | {lo_text}")
    print("cold = first render in a fresh process after imports (imports: "
          f"{rows[0][2]['import_s'] * 1000:.0f} ms); LO/proc = one soffice process per "
          "document; LO/batch = per document when one process converts "
          f"{args.lo_batch}; PDF x LO = LO/batch / PDF warm p50.")


if __name__ == "__main__":
    main()
