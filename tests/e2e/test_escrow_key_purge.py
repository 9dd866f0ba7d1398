"""The server deletes expired idempotency keys: at start-up, then every
`idempotency_purge_interval_seconds` (TRADEPACT_IDEMPOTENCY_PURGE_INTERVAL_SECONDS, 0: never),
and stops doing so on a graceful shutdown. Before, nothing ever called the purge, so the key
table only grew."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import create_engine, select

from tests.support.server_process import ServerProcess
from tradepact.adapters.db import idempotency
from tradepact.adapters.db.engine import transaction
from tradepact.adapters.db.escrow_tables import idempotency_keys
from tradepact.adapters.db.migrate import upgrade


def _url(data_dir) -> str:
    return f"sqlite+pysqlite:///{data_dir / 'tradepact.sqlite3'}"


def _put(url: str, key: str, expires_at: datetime) -> None:
    engine = create_engine(url)
    try:
        with transaction(engine) as conn:
            idempotency.put_key(conn, "svc", key, "record_funding", "h", "{}",
                                expires_at - timedelta(days=2), expires_at, replace=False)
    finally:
        engine.dispose()


def _keys(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return set(conn.execute(select(idempotency_keys.c.key)).scalars())
    finally:
        engine.dispose()


def _until(check, seconds: float = 15.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return False


def test_expired_keys_go_at_start_up_and_then_on_each_interval(tmp_path):
    url = _url(tmp_path)
    upgrade(url)
    now = datetime.now(UTC)
    _put(url, "expired-before-start", now - timedelta(minutes=1))
    _put(url, "live", now + timedelta(days=1))
    srv = ServerProcess(tmp_path, env={"TRADEPACT_IDEMPOTENCY_PURGE_INTERVAL_SECONDS": "0.3"})
    srv.start()
    try:
        assert _until(lambda: _keys(url) == {"live"}), _keys(url)
        _put(url, "expired-while-serving", datetime.now(UTC) - timedelta(seconds=1))
        assert _until(lambda: _keys(url) == {"live"}), _keys(url)  # the next round took it
    finally:
        assert srv.terminate() == 0
    assert "idempotency-key purge stopped" in srv.logs()
    _put(url, "expired-after-stop", datetime.now(UTC) - timedelta(seconds=1))
    time.sleep(1.0)
    assert _keys(url) == {"live", "expired-after-stop"}  # no purge outlives the server


def test_an_interval_of_zero_turns_the_purge_off(tmp_path):
    url = _url(tmp_path)
    upgrade(url)
    _put(url, "expired", datetime.now(UTC) - timedelta(minutes=1))
    srv = ServerProcess(tmp_path, env={"TRADEPACT_IDEMPOTENCY_PURGE_INTERVAL_SECONDS": "0"})
    srv.start()
    try:
        time.sleep(1.0)
        assert _keys(url) == {"expired"}
    finally:
        assert srv.terminate() == 0
