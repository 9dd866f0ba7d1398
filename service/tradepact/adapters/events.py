"""Wake WatchOrder streams when an order gets a new audit event (in process, or via PostgreSQL)."""

from __future__ import annotations

import logging
import threading
from collections import defaultdict

log = logging.getLogger(__name__)


class OrderEventBus:
    """Latest known audit sequence per order, with waiters.

    Only a hint: streams always read events from the database, so a missed wake-up costs
    one poll interval, never an event.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._latest: dict[str, int] = defaultdict(int)
        self._closed = False

    def notify(self, order_id: str, sequence: int) -> None:
        """Record that `order_id` has events up to `sequence` and wake its waiters."""
        with self._cond:
            if sequence > self._latest[order_id]:
                self._latest[order_id] = sequence
            self._cond.notify_all()

    def wait(self, order_id: str, after_sequence: int, timeout: float) -> bool:
        """Block until an event after `after_sequence` is known, or timeout; True if woken."""
        with self._cond:
            return self._cond.wait_for(
                lambda: self._closed or self._latest[order_id] > after_sequence, timeout)

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
    this replica's streams; no extra component beyond the shared database."""

    def __init__(self, dsn: str, channel: str, bus: OrderEventBus) -> None:
        super().__init__(name="pg-listen", daemon=True)
        self._dsn, self._channel, self._bus = dsn, channel, bus
        self._stop = threading.Event()

    def run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(self._dsn, autocommit=True) as conn:
                    conn.execute(f"LISTEN {self._channel}")
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=1.0):
                            order_id, _, seq = note.payload.rpartition(":")
                            if order_id and seq.isdigit():
                                self._bus.notify(order_id, int(seq))
            except Exception:  # noqa: BLE001 - keep listening; streams poll meanwhile
                log.warning("PostgreSQL LISTEN connection lost; retrying", exc_info=True)
                self._stop.wait(1.0)

    def stop(self) -> None:
        self._stop.set()
