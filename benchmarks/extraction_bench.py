"""Benchmark of term extraction: transcripts/s, p50/p99 latency and peak memory, printed as a table.

Realistic transcripts are built from the labelled chats in tests/data (their term messages)
padded with the small talk that makes up most of a real negotiation, to 20, 200 and 2,000
messages. `time_extract` times any `extract(transcript)` callable, so the gRPC round trip can be
measured with the same code by passing a function that calls the server.

Run: ``python benchmarks/extraction_bench.py [--runs N] [--no-grpc]``. The gRPC rows start a
real `tradepact serve` (embedded SQLite) and call ExtractTerms through a stub.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "service"))

from tradepact.domain.transcript import Message, Role, Transcript  # noqa: E402
from tradepact.evaluation import load_transcripts  # noqa: E402

SMALL_TALK = [
    "Hi, good morning!", "Did you receive my email?", "Let me check and come back to you.",
    "Please send more photos of the packaging.", "Thanks", "Sure, wait a moment",
    "The artwork is attached, please check the logo position.", "我们明天回复您",
    "收到，谢谢", "Can you send the catalog again?", "Our boss is in a meeting now.",
    "The color should be Pantone 186C.", "好的，我问一下工厂", "How is the weather there?",
    "We will visit the Canton Fair next month.", "Please confirm the carton marks.",
    "The sample looks good, only the stitching needs improvement.", "在吗？",
]


def realistic_transcript(size: int) -> Transcript:
    """`size` messages: labelled negotiations interleaved with small talk (about 1 in 6 is terms)."""
    chats = [c.transcript.messages for c in load_transcripts()]
    messages: list[Message] = []
    chat_i = talk_i = 0
    while len(messages) < size:
        for m in chats[chat_i % len(chats)]:
            if len(messages) >= size:
                break
            messages.append(m)
            for _ in range(5):
                if len(messages) >= size:
                    break
                role = Role.BUYER if talk_i % 2 else Role.SELLER
                messages.append(Message(role=role, text=SMALL_TALK[talk_i % len(SMALL_TALK)]))
                talk_i += 1
        chat_i += 1
    return Transcript(messages=messages[:size])


def time_extract(extract: Callable[[Transcript], object], transcript: Transcript,
                 runs: int) -> dict[str, float]:
    """Latency percentiles (ms), throughput and peak traced memory (KiB) of `extract`."""
    extract(transcript)  # warm caches and lazy imports
    samples, cpu = [], []
    for _ in range(runs):
        start, cpu_start = time.perf_counter(), time.process_time()
        extract(transcript)
        samples.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - cpu_start) * 1000)
    samples.sort()
    tracemalloc.start()
    extract(transcript)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    p99 = samples[min(len(samples) - 1, int(round(0.99 * (len(samples) - 1))))]
    # CPU time per call, which other processes on a shared machine do not inflate
    return {"p50": statistics.median(samples), "p99": p99, "cpu_p50": statistics.median(cpu),
            "per_s": 1000 / statistics.mean(samples), "peak_kib": peak / 1024}


def _grpc_rows(runs: int) -> None:
    import tempfile

    import grpc

    sys.path.insert(0, str(REPO))
    from tests.support.server_process import ServerProcess, auth
    from tradepact.entrypoints.grpc.converters.terms import transcript_to_pb
    from tradepact.v1 import terms_pb2, terms_pb2_grpc

    with tempfile.TemporaryDirectory() as tmp:
        srv = ServerProcess(Path(tmp), env={"TRADEPACT_LOG_LEVEL": "WARNING"}).start()
        try:
            md = auth("bench", "platform")
            with grpc.insecure_channel(srv.address, options=[
                    ("grpc.max_send_message_length", 8 << 20),
                    ("grpc.max_receive_message_length", 8 << 20)]) as ch:
                stub = terms_pb2_grpc.TermsServiceStub(ch)
                for size in (20, 200, 2000):
                    n = max(5, runs // (size // 20) if size > 200 else runs)
                    request = terms_pb2.ExtractTermsRequest(
                        transcript=transcript_to_pb(realistic_transcript(size)))
                    r = time_extract(lambda _t, req=request: stub.ExtractTerms(
                        req, metadata=md, timeout=30), None, n)
                    print(f"{'grpc':<10}{size:>9}{n:>6}{r['per_s']:>15.1f}{r['p50']:>9.2f}"
                          f"{r['p99']:>9.2f}{'':>11}{_rss_kib(srv.proc.pid):>10.0f}")
        finally:
            srv.terminate()


def _rss_kib(pid: int) -> float:
    """The server's peak resident memory (VmHWM), for the gRPC rows."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return float(line.split()[1])
    return 0.0


def main(argv: list[str] | None = None) -> int:
    from tradepact.adapters.extraction.rules import RulesExtractor

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--no-grpc", action="store_true", help="in-process rows only")
    args = parser.parse_args(argv)
    extractor = RulesExtractor()
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    print(f"{'backend':<10}{'messages':>9}{'runs':>6}{'transcripts/s':>15}{'p50 ms':>9}"
          f"{'p99 ms':>9}{'cpu p50 ms':>11}{'peak KiB':>10}{'us/msg':>8}")
    for size in (20, 200, 2000):
        runs = max(5, args.runs // (size // 20) if size > 200 else args.runs)
        r = time_extract(extractor.extract, realistic_transcript(size), runs)
        print(f"{'rules':<10}{size:>9}{runs:>6}{r['per_s']:>15.1f}{r['p50']:>9.2f}{r['p99']:>9.2f}"
              f"{r['cpu_p50']:>11.2f}{r['peak_kib']:>10.0f}{r['cpu_p50'] * 1000 / size:>8.1f}")
    if not args.no_grpc:
        print("(grpc rows: round trip through a real server; peak KiB is the server's VmHWM)")
        _grpc_rows(args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
