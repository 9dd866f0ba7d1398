"""Extractions to count instructions of under valgrind: a figure the neighbours on a shared
machine do not move, to compare two versions of the rules backend.

Run, for N = 3 and N = 6, and take (count at 6 − count at 3) / 3 as one extraction's cost:

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.N.out \\
        .venv/bin/python -m benchmarks.extraction_instructions --messages 200 --runs N

The objects allocated at import are collected and frozen out of the garbage collector first
(as a long-running server has them): otherwise a pass of the collector falling inside the
measured extractions moves the count by a percent or two between checkouts of one code.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "service"))

from benchmarks.extraction_bench import realistic_transcript  # noqa: E402
from tradepact.adapters.extraction.rules import RulesExtractor  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    transcript = realistic_transcript(args.messages)
    extractor = RulesExtractor()
    gc.collect()
    gc.freeze()
    for _ in range(args.runs):
        extractor.extract(transcript)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
