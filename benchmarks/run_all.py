"""`make bench`: run every benchmark in turn, each printing its own figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = [
    ["-m", "benchmarks.server_modes", "--seconds", "4"],
    [str(ROOT / "benchmarks" / "extraction_bench.py"), "--runs", "200"],
    [str(ROOT / "benchmarks" / "render_bench.py"), "--runs", "20"],
    ["-m", "benchmarks.escrow_grpc_bench", "--seconds", "5"],
    ["-m", "benchmarks.escrow_grpc_bench", "--seconds", "5", "--clients", "8",
     "--render-loops", "2"],
    ["-m", "benchmarks.escrow_grpc_bench", "--seconds", "8", "--clients", "8",
     "--backends", "postgres", "--render-loops", "1", "--escrow-rate", "250", "--repeat", "2"],
    ["-m", "benchmarks.escrow_layers"],
]


def main() -> int:
    worst = 0
    for args in RUNS:
        print(f"\n$ python {' '.join(a.replace(str(ROOT) + '/', '') for a in args)}", flush=True)
        worst = max(worst, subprocess.run([sys.executable, *args], cwd=ROOT).returncode)
    return worst


if __name__ == "__main__":
    raise SystemExit(main())
