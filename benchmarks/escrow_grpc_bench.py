"""Escrow through gRPC: transitions/s, p50/p99 and the server's peak memory, SQLite and PostgreSQL.

Starts a real `tradepact serve` (tests.support.server_process.ServerProcess) on a SQLite file and
on a throwaway PostgreSQL database, makes orders through the SDK, then drives committed escrow
transitions through the SDK (`tradepact_client.TradepactClient`, one client and channel per
thread) with 1, 8 and 32 concurrent clients. Workloads (--flow):

  fund   repeated partial fundings of 1 minor unit, each client on its own order (default);
         every call is RecordFunding: one committed transition (the currency is checked
         against the order inside it)
  cycle  each client walks fresh milestones: RecordFunding (full) -> SubmitEvidence ->
         RequestRelease -> ConfirmPayout (+ a second reviewer's ConfirmPayout when the amount
         needs two); every call is one committed transition

--servers N runs N server processes on one port (TRADEPACT_REUSE_PORT=1; the kernel spreads
the clients' connections over them): one Python process is bound by its GIL.

--render-loops N adds N processes rendering and downloading PDFs of new contract versions in a
loop (rendering runs in the server's process pool) while the escrow clients run, to show what
escrow latency does meanwhile: back to back (saturating both cores here), or paced to
--render-rate contracts per second. Closed-loop clients saturate both cores on their own, so
what renders add shows up as lost throughput as much as latency; --escrow-rate R instead offers
R escrow calls per second on a fixed schedule (latency counted from each call's scheduled time)
and measures the same offered load without and then with rendering (--repeat pairs). Prints
figures; asserts nothing. --standalone-renders is the control: the same renders in SCHED_IDLE
processes of their own, with no RPC and no database, so that what the CPU work of rendering
does to escrow on this machine (shared caches, a hypervisor's view of a busy vCPU) can be told
apart from what the server does around a render.

    .venv/bin/python -m benchmarks.escrow_grpc_bench [--seconds 5] [--clients 1,8,32]
        [--flow fund|cycle] [--backends sqlite,postgres] [--servers 1] [--render-loops 0 [--render-rate 0]
        [--escrow-rate 0] [--repeat 1]]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import queue
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.support.escrow_flow import client, key, money
from tests.support.samples import sample_options, sample_parties, sample_terms
from tests.support.server_process import ServerProcess, child_pids
from tradepact.entrypoints.grpc.converters.contracts import options_to_pb, parties_to_pb
from tradepact.entrypoints.grpc.converters.terms import terms_to_pb
from tradepact.v1 import contracts_pb2, escrow_pb2


def peak_rss_mib(pid: int) -> tuple[float, float]:
    """(the server process's VmHWM, the same summed over it and its children) in MiB."""
    def hwm(p: int) -> int:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return 0

    own = hwm(pid)
    return own / 1024, (own + sum(hwm(c) for c in child_pids(pid))) / 1024


def cpu_seconds(pid: int) -> float:
    """User + system CPU the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def new_orders(address: str, n: int) -> list[escrow_pb2.Order]:
    """n final contracts from the sample terms, and an escrow order for each."""
    out = []
    with client(address, "platform") as c:
        for _ in range(n):
            version = c.draft_contract(
                idempotency_key=key(), terms=terms_to_pb(sample_terms()),
                parties=parties_to_pb(sample_parties()),
                options=options_to_pb(sample_options(), "standard"), final=True).version
            out.append(c.create_order(idempotency_key=key(),
                                      contract_id=version.contract_id).order)
    return out


class Clients:
    """One SDK client per role for one benchmark thread."""

    def __init__(self, address: str) -> None:
        self.platform = client(address, "platform")
        self.seller = client(address, "seller")
        self.reviewer = client(address, "reviewer")
        self.reviewer2 = client(address, "reviewer2")

    def close(self) -> None:
        for c in (self.platform, self.seller, self.reviewer, self.reviewer2):
            c.close()


def fund_flow(order: escrow_pb2.Order) -> Callable[[Clients, Callable], bool]:
    """Partial fundings of 1 minor unit on the order's first milestone, forever."""
    m = order.milestones[0]

    def step(cs: Clients, timed: Callable) -> bool:
        timed(cs.platform.record_funding, idempotency_key=key(), order_id=order.order_id,
              milestone_id=m.milestone_id, amount=money(order, 1), payment_reference="PAY-" + key())
        return True
    return step


def cycle_flow(orders: queue.SimpleQueue) -> Callable[[Clients, Callable], bool]:
    """Fund, evidence, request and confirm fresh milestones; False when orders run out."""
    def step(cs: Clients, timed: Callable) -> bool:
        try:
            order = orders.get_nowait()
        except queue.Empty:
            return False
        for m in order.milestones:
            ids = dict(order_id=order.order_id, milestone_id=m.milestone_id)
            timed(cs.platform.record_funding, idempotency_key=key(), amount=m.amount,
                  payment_reference="PAY-" + key(), **ids)
            timed(cs.seller.submit_evidence, idempotency_key=key(), **ids,
                  evidence=escrow_pb2.EvidenceDocument(type=m.required_evidence,
                                                       document_reference="DOC-1",
                                                       file_sha256="ab" * 32))
            requested = timed(cs.seller.request_release, idempotency_key=key(), **ids).order
            # The reviewers approve the hash the request's response shows (no extra call).
            seen = next(x.approval_hash for x in requested.milestones
                        if x.milestone_id == m.milestone_id)
            done = timed(cs.reviewer.confirm_payout, idempotency_key=key(), approval_hash=seen,
                         **ids)
            if not done.released:
                timed(cs.reviewer2.confirm_payout, idempotency_key=key(), approval_hash=seen,
                      **ids)
        return True
    return step


def drive(address: str, steps: list[Callable[[Clients, Callable], bool]], seconds: float,
          rate: float = 0.0) -> tuple[int, float, list[float], list[str]]:
    """Run one thread per step function until time is up: (calls, wall s, latencies, errors).

    rate 0: closed loop, each client sends its next call when the last one returns. rate R:
    open loop, R calls per second in all on a fixed schedule; a call's latency counts from its
    scheduled time, so a call sent late because the one before it was slow counts that wait
    too (no coordinated omission).
    """
    lat: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(len(steps) + 1)
    stop = threading.Event()

    running = [len(steps)]

    interval = len(steps) / rate if rate > 0 else 0.0  # each client's share of the rate

    def worker(index: int, step: Callable[[Clients, Callable], bool]) -> None:
        cs = Clients(address)
        mine: list[float] = []
        due = [0.0]

        def timed(fn: Callable, **kw):
            if interval:
                t0 = due[0]
                due[0] += interval
                delay = t0 - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
            else:
                t0 = time.perf_counter()
            out = fn(**kw)
            mine.append(time.perf_counter() - t0)
            return out
        try:
            barrier.wait()
            # Clients start spread over one interval, not all at once.
            due[0] = time.perf_counter() + interval * index / len(steps)
            while not stop.is_set() and step(cs, timed):
                pass
        except Exception as exc:  # noqa: BLE001 - reported, the benchmark goes on
            with lock:
                errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            cs.close()
            with lock:
                lat.extend(mine)
                running[0] -= 1
                if running[0] == 0:  # all out of work (--flow cycle ran out of orders)
                    stop.set()

    threads = [threading.Thread(target=worker, args=(i, s)) for i, s in enumerate(steps)]
    for t in threads:
        t.start()
    barrier.wait()
    t0 = time.perf_counter()
    stop.wait(seconds)
    wall = time.perf_counter() - t0  # up to the time limit, or until the work ran out
    stop.set()
    for t in threads:
        t.join()
    return len(lat), wall, lat, errors


def _render_loop(address: str, stop, done, interval: float) -> None:  # noqa: ANN001
    """Draft a new contract version, render it to PDF and download it, until told to stop;
    a new cycle every `interval` seconds at most (0: back to back)."""
    with client(address, "platform") as c:
        contract_id = ""
        while not stop.is_set():
            started = time.perf_counter()
            v = c.draft_contract(idempotency_key=key(), contract_id=contract_id,
                                 terms=terms_to_pb(sample_terms()),
                                 parties=parties_to_pb(sample_parties()),
                                 options=options_to_pb(sample_options(), "standard"),
                                 final=True).version
            contract_id = v.contract_id
            c.render_contract(idempotency_key=key(), contract_id=contract_id,
                              version=v.version, format=contracts_pb2.DOCUMENT_FORMAT_PDF)
            c.download_contract(contract_id=contract_id, version=v.version,
                                format=contracts_pb2.DOCUMENT_FORMAT_PDF)
            with done.get_lock():
                done.value += 1
            stop.wait(max(0.0, interval - (time.perf_counter() - started)))


def _standalone_render_loop(address: str, stop, done, interval: float) -> None:  # noqa: ANN001, ARG001
    """The control: the same PDF renders, niced and in SCHED_IDLE like the server's workers,
    but in a process that has nothing to do with the server (no RPC, no database)."""
    from tradepact.adapters.rendering.pool import _run_when_idle
    from tradepact.adapters.rendering.render import render_contract
    from tradepact.adapters.rendering.sample import sample_document

    os.nice(10)
    _run_when_idle()
    document = sample_document(language="en")
    while not stop.is_set():
        started = time.perf_counter()
        render_contract(document, "pdf")
        with done.get_lock():
            done.value += 1
        stop.wait(max(0.0, interval - (time.perf_counter() - started)))


@contextmanager
def rendering(address: str, loops: int, rate: float = 0.0,
              standalone: bool = False) -> Iterator[Any]:
    """Processes drafting, rendering and downloading contracts; yields their count so far.

    Separate processes, like the other clients that would send them: in threads of this
    process they would compete with the escrow clients for this process's GIL, and the
    escrow latencies measured here would include that wait.
    """
    ctx = multiprocessing.get_context("spawn")  # no fork of a process with gRPC channels
    stop, done = ctx.Event(), ctx.Value("i", 0)
    interval = loops / rate if rate > 0 else 0.0  # `rate` contracts per second in all
    target = _standalone_render_loop if standalone else _render_loop
    procs = [ctx.Process(target=target, args=(address, stop, done, interval),
                         daemon=True) for _ in range(loops)]
    for p in procs:
        p.start()
    try:
        yield done
    finally:
        stop.set()
        for p in procs:
            p.join(60)


def report(label: str, n: int, wall: float, lat: list[float], errors: list[str]) -> str:
    if len(lat) < 2:
        return f"{label}: too few calls ({n}); errors: {errors[:3]}"
    q = statistics.quantiles(lat, n=100)
    line = (f"{label}: {n / wall:7.0f} transitions/s   p50 {q[49] * 1000:6.2f} ms   "
            f"p99 {q[98] * 1000:7.2f} ms   ({n} in {wall:.1f} s)")
    return line + (f"   {len(errors)} errors, e.g. {errors[0]}" if errors else "")


def bench(name: str, servers: list[ServerProcess], args: argparse.Namespace) -> None:
    counts = [int(x) for x in args.clients.split(",")]
    widest = max(counts)
    server = servers[0]
    pids = [s.proc.pid for s in servers]
    print(f"{name}: {len(servers)} server process(es) {pids}, log level {args.log_level}, "
          f"flow {args.flow}", flush=True)
    t0 = time.perf_counter()
    own = new_orders(server.address, widest)  # fund flow: one order per client
    pool: queue.SimpleQueue = queue.SimpleQueue()
    if args.flow == "cycle":
        for o in new_orders(server.address, args.orders):
            pool.put(o)
    print(f"  made {widest + (args.orders if args.flow == 'cycle' else 0)} orders in "
          f"{time.perf_counter() - t0:.1f} s", flush=True)
    for n in counts:
        steps = ([fund_flow(own[i]) for i in range(n)] if args.flow == "fund"
                 else [cycle_flow(pool) for _ in range(n)])
        cpu0, server0 = os.times(), sum(cpu_seconds(p) for p in pids)
        calls, wall, lat, errors = drive(server.address, steps, args.seconds)
        cpu, server_cpu = os.times(), sum(cpu_seconds(p) for p in pids) - server0
        print("  " + report(f"{n:>3} clients", calls, wall, lat, errors)
              + f"   server CPU {server_cpu * 1000 / max(calls, 1):.2f} ms/call, clients "
              f"{(cpu.user + cpu.system - cpu0.user - cpu0.system) * 1000 / max(calls, 1):.2f}",
              flush=True)
    if args.render_threads:
        n = 8 if 8 in counts else counts[-1]
        offered = f" offered {args.escrow_rate:g}/s" if args.escrow_rate else ""
        paced = f" at {args.render_rate:g}/s" if args.render_rate else " back to back"
        def steps_now() -> list[Callable[[Clients, Callable], bool]]:
            return ([fund_flow(own[i]) for i in range(n)] if args.flow == "fund"
                    else [cycle_flow(pool) for _ in range(n)])

        def baseline() -> None:
            calls, wall, lat, errors = drive(server.address, steps_now(), args.seconds,
                                             args.escrow_rate)
            print("  " + report(f"{n:>3} clients{offered}, no rendering", calls, wall, lat,
                                errors), flush=True)

        def with_renders() -> None:
            steps = steps_now()
            with rendering(server.address, args.render_threads, args.render_rate,
                           args.standalone_renders) as renders:
                time.sleep(3.0)  # let the render processes start and their first renders run
                before = renders.value
                calls, wall, lat, errors = drive(server.address, steps, args.seconds,
                                                 args.escrow_rate)
                rendered = renders.value - before
            where = "outside the server" if args.standalone_renders else "through the server"
            what = ("PDFs rendered" if args.standalone_renders
                    else "contracts drafted+rendered+downloaded")
            print("  " + report(f"{n:>3} clients{offered} + {args.render_threads} PDF render "
                                f"loops {where}{paced}", calls, wall, lat, errors)
                  + f"   ({rendered} {what} meanwhile)", flush=True)

        for rep in range(args.repeat):
            if not args.escrow_rate:
                with_renders()
            elif rep % 2 == 0:  # pairs alternate which goes first, so drift favours neither
                baseline()
                with_renders()
            else:
                with_renders()
                baseline()
    for pid in pids:
        own_mib, all_mib = peak_rss_mib(pid)
        print(f"  server {pid} peak RSS (VmHWM): {own_mib:.0f} MiB; with its render workers "
              f"{all_mib:.0f} MiB", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--clients", default="1,8,32")
    ap.add_argument("--flow", choices=("fund", "cycle"), default="fund")
    ap.add_argument("--orders", type=int, default=400, help="fresh orders for --flow cycle")
    ap.add_argument("--backends", default="sqlite,postgres")
    ap.add_argument("--servers", type=int, default=1)
    ap.add_argument("--render-loops", "--render-threads", dest="render_threads", type=int,
                    default=0, help="processes drafting, rendering and downloading PDFs")
    ap.add_argument("--render-rate", type=float, default=0.0,
                    help="contracts per second across the render loops (0: back to back)")
    ap.add_argument("--escrow-rate", type=float, default=0.0,
                    help="with --render-loops: escrow calls per second offered in all, on a "
                         "fixed schedule, with and without rendering (0: closed loop)")
    ap.add_argument("--standalone-renders", action="store_true",
                    help="control: the render loops render PDFs in their own SCHED_IDLE "
                         "processes, not through the server, to show what the rendering CPU "
                         "work alone does to escrow latency on this machine")
    ap.add_argument("--repeat", type=int, default=1,
                    help="with --render-loops: measurements (each with its own baseline when "
                         "--escrow-rate is set)")
    ap.add_argument("--log-level", default="WARNING", help="the server's TRADEPACT_LOG_LEVEL")
    ap.add_argument("--server-env", action="append", default=[], metavar="NAME=VALUE",
                    help="extra environment for the server, e.g. TRADEPACT_MAX_WORKERS=8")
    args = ap.parse_args()
    env = {"TRADEPACT_LOG_LEVEL": args.log_level,
           **dict(kv.split("=", 1) for kv in args.server_env)}
    if args.servers > 1:
        env["TRADEPACT_REUSE_PORT"] = "1"
    for backend in args.backends.split(","):
        with tempfile.TemporaryDirectory() as d, database(backend) as url:
            # The first one migrates the database; the others join its port.
            servers = [ServerProcess(Path(d), database_url=url, env=server_env(env, 0, args))
                       .start(timeout=60)]
            try:
                for i in range(1, args.servers):
                    servers.append(ServerProcess(Path(d), database_url=url,
                                                 env=server_env(env, i, args),
                                                 port=servers[0].port).start(timeout=60))
                bench(backend, servers, args)
            finally:
                for server in servers:
                    server.terminate()


def server_env(env: dict[str, str], index: int, args: argparse.Namespace) -> dict[str, str]:
    """Server `index`'s environment: separate server processes (--servers) are pinned to CPUs
    of their own, as `tradepact serve --processes N` pins its children; each alone would pick
    the same CPU."""
    allowed = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if args.servers < 2 or "TRADEPACT_CPU_AFFINITY" in env or len(allowed) < 2:
        return env
    return {**env, "TRADEPACT_CPU_AFFINITY": str(allowed[-1 - index % len(allowed)])}


@contextmanager
def database(backend: str) -> Iterator[str]:
    """'' for the server's own SQLite file, or a throwaway PostgreSQL database's URL."""
    if backend == "sqlite":
        yield ""
        return
    from tests.support.pg import throwaway_database

    with throwaway_database() as url:
        yield url


if __name__ == "__main__":
    main()
