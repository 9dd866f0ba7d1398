"""Run N server processes on one port (SO_REUSEPORT): Python's GIL caps one process's
throughput, so CPU-bound RPCs scale with processes, not threads.

The parent applies migrations and checks the audit key once, forks the children before it starts any thread, forwards
SIGTERM/SIGINT to them (each drains and exits 0), and restarts a child that dies unexpectedly.
All state lives in the database, so the children share nothing else. With PostgreSQL,
WatchOrder streams in one child are woken by commits in another via LISTEN/NOTIFY; with SQLite
they notice within the stream's one-second poll.
"""

from __future__ import annotations

import logging
import os
import signal
import time
from dataclasses import replace

from tradepact.config import Settings

from .cpus import allowed_cpus, auto_cpus, cpu_quota_limited

log = logging.getLogger(__name__)


def _child(settings: Settings, index: int) -> None:
    # Until serve() installs its handler, a stop request just ends the (not yet serving) child.
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    signal.signal(signal.SIGINT, lambda *_: os._exit(0))
    from tradepact.bootstrap import build_app

    from .server import serve

    code = 1
    try:
        code = serve(settings, build_app(settings))
    except BaseException:  # noqa: BLE001 - a child must never return into the parent's code
        log.exception("server process %d failed", index)
    finally:
        logging.shutdown()
        os._exit(code)


def serve_processes(settings: Settings) -> int:
    """Fork `settings.processes` servers sharing the listen address; return when all stopped."""
    count = settings.processes
    host, _, port = settings.address.rpartition(":")
    if port in ("", "0"):
        raise ValueError("--processes needs a fixed port in --address")
    from tradepact.bootstrap import prepare_database

    # Once, before any child: migrations, the audit key (a key file made here is the one the
    # children read) and its check, so a wrong key stops here instead of in each restarted child.
    prepare_database(settings)
    cores = os.cpu_count() or 1
    base = replace(settings, db_upgrade_on_start=False, reuse_port=True,
                   render_workers=settings.render_workers or max(1, cores // count))

    def spawn(index: int) -> int:
        child = replace(base, metrics_port=base.metrics_port + index if base.metrics_port else 0)
        allowed = allowed_cpus()  # read again: a restarted child gets today's CPUs
        if base.cpu_affinity == "auto" and len(allowed) > 1 and not cpu_quota_limited():
            # each child a CPU of its own
            child = replace(child, cpu_affinity=",".join(
                map(str, sorted(auto_cpus(index, allowed)))))
        pid = os.fork()
        if pid == 0:
            _child(child, index)
        return pid

    children = {spawn(i): i for i in range(count)}
    log.info("tradepact supervising %d server processes on %s", count, settings.address)
    stopping = False

    def on_signal(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True
        for pid in list(children):
            try:
                os.kill(pid, signum)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    worst = 0
    while children:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            break
        except InterruptedError:
            continue
        index = children.pop(pid, None)
        if index is None:
            continue
        code = os.waitstatus_to_exitcode(status)
        if stopping:
            worst = max(worst, abs(code))
        else:
            log.error("server process %d exited with %d; restarting it", index, code)
            time.sleep(0.5)
            if not stopping:  # a stop request may have come during the pause
                children[spawn(index)] = index
    return worst
