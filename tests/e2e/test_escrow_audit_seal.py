"""Audit seals: someone with only database access cannot rewrite an order's log unnoticed.

Anyone who can write the database can recompute the hash chain (and the order row's head);
each event, and the head, is also sealed with an HMAC under the server's audit key, which the
database does not hold. Before, the audit's forgery below verified as "audit chain intact".
"""

from __future__ import annotations

import os
import stat

import pytest
import sqlalchemy as sa

from tests.e2e.test_cli import tradepact
from tests.support.audit_forgery import rewrite_chain
from tests.support.escrow_flow import client, fund_and_request, new_order
from tests.support.server_process import ServerProcess, server_on, token


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                scope="module")
def db_server(request, tmp_path_factory):
    yield from server_on(request.param, tmp_path_factory, "seal")


def _url(server: ServerProcess) -> str:
    return server.database_url or f"sqlite+pysqlite:///{server.data_dir / 'tradepact.sqlite3'}"


def _on_postgres(server: ServerProcess) -> bool:
    return server.database_url.startswith("postgresql")


def _as_owner(conn: sa.Connection, server: ServerProcess, trigger: str) -> None:
    """The table's owner can switch its triggers off (and back on): the seal must not care."""
    if _on_postgres(server):
        conn.exec_driver_sql(f"ALTER TABLE escrow_events {trigger} TRIGGER USER")


def forge(server: ServerProcess, order_id: str, sequence: int, changes: dict) -> None:
    """The audit's forgery: edit one event's payload, recompute every later hash and the order
    row's head, exactly as the service would have (but without its audit key)."""
    engine = sa.create_engine(_url(server))
    try:
        with engine.begin() as conn:
            _as_owner(conn, server, "DISABLE")
            rewrite_chain(conn, order_id, sequence, changes)
            _as_owner(conn, server, "ENABLE")
    finally:
        engine.dispose()


def cut_tail(server: ServerProcess, order_id: str, keep: int) -> None:
    """Delete the order's events after `keep` and move the order row's head back to it."""
    engine = sa.create_engine(_url(server))
    try:
        with engine.begin() as conn:
            _as_owner(conn, server, "DISABLE")
            conn.execute(sa.text("DELETE FROM escrow_events WHERE order_id = :o AND sequence > :k"),
                         {"o": order_id, "k": keep})
            head = conn.execute(sa.text(
                "SELECT hash FROM escrow_events WHERE order_id = :o AND sequence = :k"),
                {"o": order_id, "k": keep}).scalar_one()
            conn.execute(sa.text(
                "UPDATE escrow_orders SET audit_sequence = :k, audit_head = :h WHERE id = :o"),
                {"k": keep, "h": head, "o": order_id})
            _as_owner(conn, server, "ENABLE")
    finally:
        engine.dispose()


def _verify_cli(server: ServerProcess, order_id: str = ""):
    args = ["escrow", "verify-audit", *([order_id] if order_id else []), "--address",
            server.address, "--token", token("auditor", "admin")]
    return tradepact(*args)


def test_a_correctly_written_chain_verifies(db_server):
    order = fund_and_request(db_server.address, new_order(db_server.address), 0)
    result = _verify_cli(db_server, order.order_id)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "audit chain intact: 4 events checked" in result.stdout


def test_the_audits_forgery_is_reported_naming_the_order_and_the_event(db_server):
    order = fund_and_request(db_server.address, new_order(db_server.address), 0)
    intact = fund_and_request(db_server.address, new_order(db_server.address), 0)
    forge(db_server, order.order_id, 2, {"payment_reference": "FORGED", "amount_minor": 1})

    result = _verify_cli(db_server, order.order_id)
    assert result.returncode == 1, result.stdout + result.stderr
    text = " ".join(result.stderr.split())
    assert "audit chain broken" in text and "INTERNAL" not in text
    assert f"order {order.order_id} event #2: order {order.order_id} event 2: seal does not " \
           "match" in text
    with client(db_server.address, "admin") as c:
        report = c.verify_audit(order_id=order.order_id)
        everything = c.verify_audit()
    # The edited event and each one re-hashed after it; nothing else (the hashes agree).
    assert not report.ok and [p.sequence for p in report.problems] == [2, 3, 4]
    assert all("seal does not match" in p.description for p in report.problems)
    assert all(p.order_id == order.order_id for p in report.problems)
    assert intact.order_id not in {p.order_id for p in everything.problems}
    assert _verify_cli(db_server, intact.order_id).returncode == 0


def test_events_cut_from_the_end_with_the_head_moved_back_are_reported(db_server):
    # The chain and every remaining event's seal are intact; only the head's seal tells.
    order = fund_and_request(db_server.address, new_order(db_server.address), 0)
    cut_tail(db_server, order.order_id, 2)
    with client(db_server.address, "admin") as c:
        report = c.verify_audit(order_id=order.order_id)
    assert not report.ok and [p.sequence for p in report.problems] == [3]
    assert report.problems[0].description.endswith("(deleted)")
    result = _verify_cli(db_server, order.order_id)
    assert result.returncode == 1 and f"order {order.order_id} event #3:" in result.stderr


# the append-only trigger is PostgreSQL's (see migration 0004); on SQLite the seals alone catch edits
@pytest.mark.parametrize("db_server", [pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_on_postgresql_the_events_table_refuses_update_delete_and_truncate(db_server):
    order = new_order(db_server.address)
    engine = sa.create_engine(db_server.database_url)
    try:
        for sql in ("UPDATE escrow_events SET actor = 'mallory' WHERE order_id = :o",
                    "DELETE FROM escrow_events WHERE order_id = :o",
                    "TRUNCATE escrow_events"):
            with pytest.raises(sa.exc.DBAPIError, match="escrow_events is append-only"), \
                    engine.begin() as conn:
                conn.execute(sa.text(sql), {"o": order.order_id})
    finally:
        engine.dispose()
    result = _verify_cli(db_server, order.order_id)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_key_is_made_once_in_the_data_directory_and_kept(tmp_path):
    srv = ServerProcess(tmp_path / "data").start()
    try:
        order = fund_and_request(srv.address, new_order(srv.address), 0)
    finally:
        assert srv.terminate() == 0
    key_file = tmp_path / "data" / "audit.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    first = key_file.read_bytes()
    srv = ServerProcess(tmp_path / "data").start()  # a restart reads the same key
    try:
        assert _verify_cli(srv, order.order_id).returncode == 0
    finally:
        assert srv.terminate() == 0
    assert key_file.read_bytes() == first


def test_a_server_with_another_key_refuses_to_start_instead_of_sealing_with_it(tmp_path):
    srv = ServerProcess(tmp_path / "data").start()
    try:
        new_order(srv.address)
    finally:
        srv.terminate()
    other = ServerProcess(tmp_path / "data", env={"TRADEPACT_AUDIT_KEY": "x" * 40})
    try:
        with pytest.raises(RuntimeError) as exc:
            other.start()
    finally:
        other.kill()  # only if it did start after all
    assert "is not the key this database's audit log is sealed with" in str(exc.value)
    assert "Traceback" not in str(exc.value)
    os.replace(tmp_path / "data" / "audit.key", tmp_path / "audit.key.bak")  # a lost key file
    fresh = ServerProcess(tmp_path / "data")
    try:
        with pytest.raises(RuntimeError) as exc:
            fresh.start()
    finally:
        fresh.kill()
    assert "restore a lost key file from its backup" in " ".join(str(exc.value).split())
    assert not (tmp_path / "data" / "audit.key").exists()  # no new key replaced the lost one
