"""The timer that purges expired idempotency keys: first round at start, then each interval,
a failing round logged and retried, nothing after stop."""

from __future__ import annotations

import threading
import time

from tradepact.bootstrap import Periodic


def test_runs_at_start_then_each_interval_survives_a_failure_and_stops(caplog):
    rounds: list[float] = []
    third = threading.Event()

    def work():
        rounds.append(time.monotonic())
        if len(rounds) == 2:
            raise RuntimeError("database away")
        if len(rounds) >= 3:
            third.set()

    timer = Periodic("test purge", 0.05, work)
    started = time.monotonic()
    timer.start()
    timer.start()  # once only
    assert third.wait(5) and timer.running
    assert rounds[0] - started < 0.5  # the first round does not wait for the interval
    assert "test purge failed" in caplog.text
    timer.stop()
    assert not timer.running
    done = len(rounds)
    time.sleep(0.2)
    assert len(rounds) == done


def test_a_timer_stopped_before_it_started_never_runs():
    rounds = []
    timer = Periodic("test purge", 0.01, lambda: rounds.append(1))
    timer.stop()
    timer.start()
    time.sleep(0.1)
    assert rounds == [] and not timer.running
