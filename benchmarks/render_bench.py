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


def warm(language: str, fmt: str, runs: int) -> tuple[list[float], list[float], int, bytes]:
    from tradepact.adapters.rendering.render import render_contract
    from tradepact.adapters.rendering.sample import sample_document

    doc = sample_document(language=language)
    render_contract(doc, fmt)
    times, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        f = render_contract(doc, fmt)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return times, cpu, f.size, f.data


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


# The issue's targets (warm p50, seconds) and the minimum PDF speed-up over LibreOffice.
TARGETS = {("en", "pdf"): 0.250, ("bilingual", "pdf"): 0.500, ("en", "docx"): 0.030,
           ("bilingual", "docx"): 0.030}
MIN_SPEEDUP = 5.0


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--lo-runs", type=int, default=3)
    parser.add_argument("--lo-batch", type=int, default=10)
    args = parser.parse_args()
    results, lo_results = {}, {}
    for language in ("en", "bilingual"):
        for fmt in ("pdf", "docx"):
            times, cpu, size, data = warm(language, fmt,
                                          args.runs if fmt == "pdf" else args.runs * 5)
            results[language, fmt] = (cold(language, fmt), times, cpu, size, data)
        lo_results[language] = libreoffice(results[language, "docx"][4], args.lo_runs,
                                           args.lo_batch)
    labels = {"en": "English", "bilingual": "bilingual"}
    print(f"{'contract':<10} {'fmt':<4} {'pages':>5} | {'cold 1st':>8} {'warm p50':>8} "
          f"{'warm p99':>8} {'target':>7}   | {'CPU p50':>8} | {'size':>8} {'peak RSS':>8}")
    for (language, fmt), (cold_run, times, cpu, size, data) in results.items():
        p50, target = statistics.median(times), TARGETS[language, fmt]
        n = pages(data) if fmt == "pdf" else "-"
        print(f"{labels[language]:<10} {fmt.upper():<4} {n:>5} | {_ms(cold_run['first_render_s'])}ms"
              f"{_ms(p50)}ms{_ms(pct(times, 0.99))}ms {target * 1000:5.0f}ms "
              f"{'ok' if p50 <= target else 'MISS':>4} | {_ms(statistics.median(cpu))}ms | "
              f"{size / 1024:6.0f}KB "
              f"{cold_run['peak_rss_mb']:6.0f}MB")
    print()
    print(f"{'LibreOffice DOCX->PDF':<22} {'new proc':>9} {'1 proc/many':>11} | "
          f"{'PDF x new proc':>14} {'PDF x 1 proc/many':>17}")
    for language, lo in lo_results.items():
        if lo is None:
            print(f"{labels[language]:<22} soffice not installed")
            continue
        p50 = statistics.median(results[language, "pdf"][1])
        per_proc, batch = lo[0] / p50, lo[1] / p50
        print(f"{labels[language]:<22} {_ms(lo[0])}ms {_ms(lo[1])}ms   | "
              f"{per_proc:12.1f}x {'ok' if per_proc >= MIN_SPEEDUP else 'MISS':>1} "
              f"{batch:14.1f}x {'ok' if batch >= MIN_SPEEDUP else 'MISS':>1}")
    print()
    print(f"cold 1st = first render in a fresh process after imports (imports "
          f"{results['en', 'pdf'][0]['import_s'] * 1000:.0f} ms); warm = same process, "
          f"{args.runs} PDF / {args.runs * 5} DOCX renders (CPU p50 = this process's CPU time "
          f"per render); peak RSS = that fresh process. "
          f"LibreOffice: new proc = one soffice per document (p50 of {args.lo_runs}); "
          f"1 proc/many = per document when one soffice converts {args.lo_batch}. "
          f"PDF x = LibreOffice time / PDF warm p50 (target >= {MIN_SPEEDUP:.0f}x).")


if __name__ == "__main__":
    main()
