"""Wake WatchOrder streams when an order gets a new audit event (in process, or via PostgreSQL)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

log = logging.getLogger(__name__)


class OrderEventBus:
    """Latest known audit sequence per watched order, with waiters.

    Only a hint: streams always read events from the database, so a missed wake-up costs
    one poll interval, never an event. Orders nobody watches are not tracked: every commit
    notifies the bus (and on PostgreSQL every replica's listener), so a notification for an
    unwatched order must cost a dictionary lookup and leave nothing behind.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._latest: dict[str, int] = {}  # watched orders only
        self._watchers: dict[str, int] = {}
        self._any_watched = threading.Event()  # set while at least one order is watched
        self._closed = False

    @contextmanager
    def watching(self, order_id: str) -> Iterator[None]:
        """Track `order_id` while a stream watches it; enter before reading its events, so an
        event committed between that read and `wait` is still seen."""
        with self._cond:
            self._watchers[order_id] = self._watchers.get(order_id, 0) + 1
            self._latest.setdefault(order_id, 0)
            self._any_watched.set()
        try:
            yield
        finally:
            with self._cond:
                left = self._watchers[order_id] - 1
                if left:  # never absent meanwhile: notify() reads the dict without the lock
                    self._watchers[order_id] = left
                else:
                    del self._watchers[order_id]
                    self._latest.pop(order_id, None)
                    if not self._watchers:
                        self._any_watched.clear()

    def notify(self, order_id: str, sequence: int) -> None:
        """Record that `order_id` has events up to `sequence` and wake its waiters."""
        if order_id not in self._watchers:  # unlocked read: a stream registering now reads
            return                          # the database after registering
        with self._cond:
            if order_id in self._latest and sequence > self._latest[order_id]:
                self._latest[order_id] = sequence
                self._cond.notify_all()

    def wait(self, order_id: str, after_sequence: int, timeout: float,
             stop: threading.Event | None = None) -> bool:
        """Block until an event after `after_sequence` is known, `stop` is set through
        `interrupt`, or timeout; True if woken. Call it inside `watching(order_id)`."""
        with self._cond:
            return self._cond.wait_for(
                lambda: (self._closed or self._latest.get(order_id, 0) > after_sequence
                         or (stop is not None and stop.is_set())), timeout)

    def interrupt(self, stop: threading.Event) -> None:
        """Set `stop` and wake the `wait` given it now, e.g. when its stream's client went
        away: the stream must give its slot back at once, not when its poll times out."""
        stop.set()
        with self._cond:
            self._cond.notify_all()

    def wait_watched(self, timeout: float) -> bool:
        """Block until some order is watched, or timeout; True if one is."""
        return self._any_watched.wait(timeout)

    def watched(self) -> int:
        """How many orders are being watched (for tests and metrics)."""
        with self._cond:
            return len(self._watchers)

    def close(self) -> None:
        """Release every waiter (server shutdown)."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    @property
    def closed(self) -> bool:
        return self._closed


class PostgresListener(threading.Thread):
    """LISTENs on the escrow's NOTIFY channel so events committed by other replicas wake
    this replica's streams; no extra component beyond the shared database.

    It listens only while this replica has a stream watching an order. Every escrow commit
    notifies the channel, so a replica that listened all the time would wake this thread
    (and its PostgreSQL backend) once per transition in the whole cluster for nothing. A
    notification sent before LISTEN takes effect is not lost to a stream: it read the
    database after registering, and polls meanwhile.
    """

    def __init__(self, dsn: str, channel: str, bus: OrderEventBus) -> None:
        super().__init__(name="pg-listen", daemon=True)
        self._dsn, self._channel, self._bus = dsn, channel, bus
        self._stopping = threading.Event()

    def run(self) -> None:
        import psycopg

        while not self._stopping.is_set():
            try:
                with psycopg.connect(self._dsn, autocommit=True) as conn:
                    listening = False
                    while not self._stopping.is_set():
                        if not self._bus.wait_watched(timeout=1.0):
                            if listening:
                                conn.execute(f"UNLISTEN {self._channel}")
                                listening = False
                            continue
                        if not listening:
                            conn.execute(f"LISTEN {self._channel}")
                            listening = True
                        for note in conn.notifies(timeout=1.0):
                            order_id, _, seq = note.payload.rpartition(":")
                            if order_id and seq.isdigit():
                                self._bus.notify(order_id, int(seq))
            except Exception:  # noqa: BLE001 - keep listening; streams poll meanwhile
                log.warning("PostgreSQL LISTEN connection lost; retrying", exc_info=True)
                self._stopping.wait(1.0)

    def stop(self) -> None:
        self._stopping.set()
