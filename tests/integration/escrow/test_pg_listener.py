"""The PostgreSQL listener: NOTIFY from another connection wakes a watched order, and the
listener's backend listens only while this process watches something."""

from __future__ import annotations

import time

import psycopg
import pytest

from tradepact.adapters.db.escrow_repo import NOTIFY_CHANNEL
from tradepact.adapters.events import OrderEventBus, PostgresListener

pytestmark = pytest.mark.postgres


def _listener_backends(conn: psycopg.Connection, dsn_db: str, listening: bool) -> int:
    # The listener's backend, connected; with `listening`, its last statement was a LISTEN.
    row = conn.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND application_name = "
        "'tradepact-test-listener' AND (NOT %s OR (query ILIKE 'LISTEN %%' AND state = 'idle'))",
        (dsn_db, listening)).fetchone()
    return row[0]


def _until(predicate, seconds: float = 10.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def test_listener_wakes_a_watched_order_and_listens_only_while_one_is_watched(postgres_url):
    from sqlalchemy.engine import make_url

    url = make_url(postgres_url)
    db = url.database
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    bus = OrderEventBus()
    listener = PostgresListener(
        url.set(drivername="postgresql", query={**url.query,
                                                "application_name": "tradepact-test-listener"})
        .render_as_string(hide_password=False), NOTIFY_CHANNEL, bus)
    listener.start()
    try:
        with psycopg.connect(dsn, autocommit=True) as other:
            # connected, and not listening: nothing is watched
            assert _until(lambda: _listener_backends(other, db, listening=False) == 1)
            time.sleep(1.5)
            assert _listener_backends(other, db, listening=True) == 0
            with bus.watching("order-7"):
                assert _until(lambda: _listener_backends(other, db, listening=True) == 1)
                other.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, "order-7:3"))
                assert bus.wait("order-7", 2, timeout=10) is True  # woken by the NOTIFY
                other.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, "order-8:9"))
                assert bus.wait("order-7", 3, timeout=0.5) is False  # not its order
            assert _until(lambda: _listener_backends(other, db, listening=True) == 0)
    finally:
        listener.stop()
        listener.join(5)
