"""A process pool that renders contracts off the RPC threads, with warm workers and budgets.

Workers import the renderers and render the template's sample once at start, so no request
pays the ≈1 s of imports and first-layout cost. Each render has a wall-clock budget enforced
in the worker (SIGALRM interrupts layout) and, as a backstop, by the parent, which replaces a
pool whose worker stopped answering; an address-space limit bounds a worker's memory.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing
import os
import resource
import signal
import threading
import time

from tradepact.domain.contract import ContractDocument
from tradepact.domain.errors import DeadlineExceeded, TooLarge, TradepactError, Unavailable

from .render import Format, RenderedFile, render_contract

log = logging.getLogger(__name__)


class _Budget(BaseException):
    """Raised inside a worker by the alarm when a render overruns its budget.

    A BaseException, like KeyboardInterrupt, so library code that catches Exception broadly
    cannot swallow it; the timer also re-fires until the render is abandoned.
    """


RENDER_NICENESS = 10


def _on_alarm(signum, frame) -> None:  # noqa: ARG001
    raise _Budget()


def _run_when_idle() -> None:
    """Linux: put this worker in the SCHED_IDLE class, so it runs on CPU time no ordinary task
    wants and a waking RPC thread preempts it at once. Niceness alone still gave renders a
    share of a busy core: at one contract a second, escrow p99 on two cores rose by about a
    third; in SCHED_IDLE it stays within run-to-run noise. Under sustained full load a render
    waits, within its time budget, rather than slowing payments."""
    policy = getattr(os, "SCHED_IDLE", None)
    if policy is None:
        return
    try:
        os.sched_setscheduler(0, policy, os.sched_param(0))
    except OSError as exc:  # not Linux, or a sandbox that forbids it: niceness still applies
        log.debug("render worker stays in the normal scheduling class: %s", exc)


ORPHAN_CHECK_SECONDS = 1.0
CLOSE_SECONDS = 5.0  # what a render in progress gets to finish when the pool closes


def _exit_with_parent() -> None:
    """End this worker when the server that forked it is gone.

    A server that exits without shutting its pool down (SIGTERM before it serves, SIGKILL,
    a crash) leaves its workers blocked on a queue whose write end they hold themselves, so
    they would wait for ever; they were seen still alive an hour later.
    """
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(ORPHAN_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _warm_up(template_name: str, memory_limit: int | None,
             cpus: frozenset[int] | None = None) -> None:
    """Worker initializer: set limits, then render the sample in both formats once."""
    _exit_with_parent()
    if cpus:
        # Every CPU the server had before it pinned its own threads to one: a pool replaced
        # later is started from a pinned thread and would otherwise inherit that one CPU.
        try:
            os.sched_setaffinity(0, cpus)
        except OSError:  # those CPUs are gone (hotplug, a changed cpuset): keep what we have
            log.warning("render worker keeps CPUs %s", sorted(os.sched_getaffinity(0)))
    signal.signal(signal.SIGALRM, _on_alarm)
    # Rendering is batch work: on a busy machine the RPC threads (escrow, extraction) get the
    # CPU first, so their latency holds while PDFs render.
    os.nice(RENDER_NICENESS)
    _run_when_idle()
    if memory_limit:
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    from .sample import sample_document

    document = sample_document(template_name)
    render_contract(document, "pdf")
    render_contract(document, "docx")
    log.debug("render worker %s warmed up", os.getpid())


class _Failure:
    """A domain error carried back from a worker.

    Domain errors take their fields as constructor arguments, which the default exception
    pickling does not replay; so the class, message and fields travel instead.
    """

    def __init__(self, exc: TradepactError) -> None:
        self.cls, self.message, self.state = type(exc), exc.message, dict(exc.__dict__)

    def rebuild(self) -> TradepactError:
        exc = self.cls.__new__(self.cls)
        Exception.__init__(exc, self.message)
        exc.__dict__.update(self.state)
        return exc


def _render_in_worker(document: ContractDocument, fmt: Format,
                      seconds: float) -> RenderedFile | _Failure:
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.25)
    try:
        return render_contract(document, fmt)
    except _Budget:
        return _Failure(DeadlineExceeded(
            f"rendering contract {document.contract_number} as {fmt}", seconds))
    except MemoryError:
        return _Failure(TooLarge("memory needed to render the contract", "the worker limit"))
    except TradepactError as exc:
        return _Failure(exc)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


class RenderPool:
    """Renders contracts in worker processes: `render(document, fmt)` blocks only its caller."""

    def __init__(self, max_workers: int | None = None, *, timeout: float = 20.0,
                 memory_limit: int | None = 2 * 1024**3, template_name: str = "standard",
                 warm: bool = True) -> None:
        self.max_workers = max_workers or os.cpu_count() or 1
        self.timeout = timeout
        cpus = frozenset(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
        self._init_args = (template_name, memory_limit, cpus)
        self._warm = warm
        self._lock = threading.Lock()
        self._executor = self._start()

    def _start(self) -> cf.ProcessPoolExecutor:
        # fork keeps start-up cheap where it is safe (Linux, before the gRPC server starts
        # threads); forkserver elsewhere avoids forking a process that holds gRPC threads.
        method = "fork" if threading.active_count() == 1 and os.name == "posix" \
            else "forkserver"
        executor = cf.ProcessPoolExecutor(
            max_workers=self.max_workers, mp_context=multiprocessing.get_context(method),
            initializer=_warm_up if self._warm else None,
            initargs=self._init_args if self._warm else ())
        if self._warm:
            # Start every worker now and wait for its warm-up, so the first request is warm.
            cf.wait([executor.submit(os.getpid) for _ in range(self.max_workers)])
        return executor

    def render(self, document: ContractDocument, fmt: Format, *,
               timeout: float | None = None) -> RenderedFile:
        """Render in a worker; DeadlineExceeded after `timeout` seconds (the pool's budget,
        or less when the caller's deadline is nearer)."""
        budget = self.timeout if timeout is None else max(0.5, min(self.timeout, timeout))
        future = self._executor.submit(_render_in_worker, document, fmt, budget)
        try:
            result = future.result(timeout=budget + 5)
        except cf.TimeoutError:
            # Still queued behind other renders: give up on this one only. A worker that has
            # the job and does not answer is hung (its own alarm failed): replace the pool.
            if not future.cancel():
                log.error("render worker did not answer within %.1f s; replacing the pool",
                          budget + 5)
                self._replace()
            raise DeadlineExceeded(f"rendering contract {document.contract_number}",
                                   budget) from None
        except cf.CancelledError:
            raise Unavailable("the render workers (restarting); retry") from None
        except cf.process.BrokenProcessPool:
            log.error("a render worker died; replacing the pool")
            self._replace()
            raise TooLarge("resources needed to render the contract", "the worker limits") \
                from None
        if isinstance(result, _Failure):
            raise result.rebuild()
        return result

    def _replace(self) -> None:
        with self._lock:
            old = self._executor
            for proc in list(getattr(old, "_processes", {}).values()):
                proc.kill()
            old.shutdown(wait=False, cancel_futures=True)
            self._executor = self._start()

    def close(self, timeout: float = CLOSE_SECONDS) -> None:
        """Stop the workers: renders in progress get `timeout` seconds, then the workers still
        there are killed. (They run in the idle scheduling class: on a machine whose cores are
        all busy they may get no CPU time to exit, and a server's graceful shutdown waited on
        them past its own deadline.)"""
        executor = self._executor
        workers = list(getattr(executor, "_processes", {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        deadline = time.monotonic() + timeout
        for proc in workers:
            proc.join(max(0.0, deadline - time.monotonic()))
        for proc in workers:
            if proc.is_alive():
                log.warning("render worker %s did not stop within %.1f s; killed", proc.pid, timeout)
                proc.kill()
                proc.join()
        executor.shutdown(wait=True)

    def __enter__(self) -> RenderPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
