"""The WatchOrder wake-up bus: watched orders wake their streams, unwatched ones leave nothing."""

from __future__ import annotations

import threading
import time

from tradepact.adapters.events import OrderEventBus


def test_a_commit_on_a_watched_order_wakes_its_stream():
    bus = OrderEventBus()
    woke: list[bool] = []
    with bus.watching("o-1"):
        t = threading.Thread(target=lambda: woke.append(bus.wait("o-1", 3, timeout=10)))
        t.start()
        time.sleep(0.05)
        bus.notify("o-1", 4)
        t.join(5)
    assert woke == [True]


def test_an_event_between_reading_and_waiting_is_not_missed():
    bus = OrderEventBus()
    with bus.watching("o-1"):
        bus.notify("o-1", 7)  # committed after the stream read up to 6, before it waits
        started = time.monotonic()
        assert bus.wait("o-1", 6, timeout=5) is True
        assert time.monotonic() - started < 1
        assert bus.wait("o-1", 7, timeout=0.05) is False  # nothing newer


def test_commits_on_unwatched_orders_leave_nothing_behind():
    bus = OrderEventBus()
    for i in range(10_000):
        bus.notify(f"order-{i}", 1)
    assert bus.watched() == 0
    with bus.watching("order-1"):
        assert bus.watched() == 1
        assert bus.wait("order-1", 0, timeout=0.05) is False  # an old hint is not replayed
    assert bus.watched() == 0


def test_two_streams_on_one_order_keep_it_watched_until_both_end():
    bus = OrderEventBus()
    with bus.watching("o-1"):
        with bus.watching("o-1"):
            bus.notify("o-1", 1)
        assert bus.watched() == 1
        assert bus.wait("o-1", 0, timeout=1) is True
    assert bus.watched() == 0


def test_closing_releases_waiters():
    bus = OrderEventBus()
    with bus.watching("o-1"):
        t = threading.Thread(target=lambda: bus.wait("o-1", 0, timeout=10))
        t.start()
        bus.close()
        t.join(5)
        assert not t.is_alive()


def test_wait_watched_says_whether_any_order_is_watched():
    bus = OrderEventBus()
    assert bus.wait_watched(timeout=0.01) is False
    with bus.watching("o-1"):
        with bus.watching("o-2"):
            assert bus.wait_watched(timeout=0.01) is True
        assert bus.wait_watched(timeout=0.01) is True  # o-1 still watched
    assert bus.wait_watched(timeout=0.01) is False


def test_interrupt_wakes_only_the_wait_given_that_stop_event():
    # A stream whose client went away must leave its wait now, not when the poll times out;
    # another stream on the same order keeps waiting.
    bus = OrderEventBus()
    gone, other = threading.Event(), threading.Event()
    ended: dict[str, float] = {}

    def waiter(name: str, stop: threading.Event) -> None:
        started = time.monotonic()
        bus.wait("o-1", 0, timeout=2, stop=stop)
        ended[name] = time.monotonic() - started

    with bus.watching("o-1"), bus.watching("o-1"):
        threads = [threading.Thread(target=waiter, args=("gone", gone)),
                   threading.Thread(target=waiter, args=("other", other))]
        for t in threads:
            t.start()
        time.sleep(0.05)
        bus.interrupt(gone)
        threads[0].join(1)
        assert not threads[0].is_alive() and ended["gone"] < 1
        assert "other" not in ended and not other.is_set()
        bus.interrupt(other)
        threads[1].join(1)
    assert gone.is_set() and ended["other"] < 1.5


def test_a_wait_given_a_stop_already_set_returns_at_once():
    bus = OrderEventBus()
    stop = threading.Event()
    bus.interrupt(stop)
    with bus.watching("o-1"):
        started = time.monotonic()
        assert bus.wait("o-1", 0, timeout=5, stop=stop) is True
        assert time.monotonic() - started < 1
