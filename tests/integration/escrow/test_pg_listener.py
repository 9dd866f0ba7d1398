"""The PostgreSQL listener: NOTIFY from another connection wakes a watched order, and the
listener's backend listens only while this process watches something."""

from __future__ import annotations

import time

import psycopg
import pytest

from tradepact.adapters.db.escrow_repo import NOTIFY_CHANNEL
from tradepact.adapters.events import OrderEventBus, PostgresListener

pytestmark = pytest.mark.postgres


def _listening_backends(conn: psycopg.Connection, dsn_db: str) -> int:
    # A backend that LISTENs shows its last statement in pg_stat_activity.
    row = conn.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND application_name = "
        "'tradepact-test-listener' AND query ILIKE 'LISTEN %%' AND state = 'idle'",
        (dsn_db,)).fetchone()
    return row[0]


def _until(predicate, seconds: float = 10.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def test_listener_wakes_a_watched_order_and_listens_only_while_one_is_watched(postgres_url):
    dsn = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    db = dsn.rsplit("/", 1)[1]
    bus = OrderEventBus()
    listener = PostgresListener(dsn + "?application_name=tradepact-test-listener",
                                NOTIFY_CHANNEL, bus)
    listener.start()
    try:
        with psycopg.connect(dsn, autocommit=True) as other:
            time.sleep(1.5)  # the listener is up and idle: nothing is watched
            assert _listening_backends(other, db) == 0
            with bus.watching("order-7"):
                assert _until(lambda: _listening_backends(other, db) == 1)
                other.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, "order-7:3"))
                assert bus.wait("order-7", 2, timeout=10) is True  # woken by the NOTIFY
                other.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, "order-8:1"))
                assert bus.wait("order-7", 3, timeout=0.3) is False  # not its order
            assert _until(lambda: _listening_backends(other, db) == 0)
    finally:
        listener.stop()
        listener.join(5)
