"""Revision 0004 on a database at 0003 that holds events: they are sealed once, as stored, with
the key the upgrade is given; without a key it refuses; a break found before stays reported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from tradepact.adapters.db.engine import make_engine
from tradepact.adapters.db.escrow_repo import SqlEscrowStore
from tradepact.adapters.db.migrate import alembic_config, current_revision, upgrade
from tradepact.domain.escrow.audit import SEAL_MISMATCH, key_check
from tradepact.usecases import escrow as uc

from .conftest import ADMIN, PLATFORM, World, key

KEY = b"K" * 40
COLUMNS_AT_0003 = {"order_id", "sequence", "kind", "actor", "at", "payload_json", "prev_hash",
                   "hash"}


def _world(engine, audit_key: bytes | None = None) -> World:
    settings = uc.EscrowSettings(audit_key=audit_key) if audit_key else uc.EscrowSettings()
    return World(uc.EscrowUnitOfWork(SqlEscrowStore(engine), settings))


def _database_at_0003_with_events(url: str):
    """Orders written by the service, then the schema taken back to 0003: the rows are what
    0003 held (the seal columns, the key table and PostgreSQL's trigger go), events included.
    One order's event 1 is then edited without re-hashing, a break from before the upgrade."""
    upgrade(url)
    engine = make_engine(url)
    try:
        world = _world(engine)
        intact, _ = world.requested()  # 3 events
        edited = world.order()  # 1 event
        other, _ = world.funded()  # 2 events
    finally:
        engine.dispose()
    command.downgrade(alembic_config(url), "0003")
    engine = make_engine(url)
    try:
        assert {c["name"] for c in inspect(engine).get_columns("escrow_events")} == \
            COLUMNS_AT_0003
        assert "escrow_audit_key" not in inspect(engine).get_table_names()
        with engine.begin() as conn:
            conn.execute(text("UPDATE escrow_events SET actor = 'mallory' WHERE order_id = :o "
                              "AND sequence = 1"), {"o": edited.id})
    finally:
        engine.dispose()
    return intact, edited, other


def test_the_upgrade_seals_the_stored_events_once_with_the_key_it_is_given(database_url):
    intact, edited, other = _database_at_0003_with_events(database_url)
    assert current_revision(database_url) == "0003"

    with pytest.raises(RuntimeError, match=r"6 audit event\(s\) of 3 order\(s\) were written "
                                           r"before audit seals.*TRADEPACT_AUDIT_KEY"):
        upgrade(database_url)  # no key: nothing changes
    assert current_revision(database_url) == "0003"

    assert upgrade(database_url, audit_key=lambda: KEY) == 6
    assert upgrade(database_url, audit_key=lambda: KEY) == 0  # once
    engine = make_engine(database_url)
    try:
        world = _world(engine, KEY)
        report = uc.verify_audit(ADMIN, world.uow)
        assert report.events_checked == 6
        assert report.problems == {intact.id: [], other.id: [], edited.id: [
            f"order {edited.id} event 1: content does not match its hash (edited)"]}
        # The service goes on appending to an order from before, sealed.
        m = other.milestones[0]
        uc.record_funding(uc.RecordFunding(other.id, m.id, 1, "PAY-AFTER", key()), PLATFORM,
                          world.uow)
        assert uc.verify_audit(ADMIN, world.uow, other.id).problems == {other.id: []}
        # With another key every event, old and new, is reported.
        wrong = uc.verify_audit(ADMIN, _world(engine, b"W" * 40).uow)
        assert sum(len(v) for v in wrong.breaks.values()) == 7 + 1  # 7 events + the edit
        assert all(any(SEAL_MISMATCH in p for p in v) for v in wrong.problems.values())
        with engine.connect() as conn:
            recorded = conn.execute(text("SELECT key_check FROM escrow_audit_key")).scalars()
            assert list(recorded) == [key_check(KEY)]
        if engine.dialect.name == "postgresql":  # the events table is now append-only
            with pytest.raises(DBAPIError, match="escrow_events is append-only: UPDATE"), \
                    engine.begin() as conn:
                conn.execute(text("UPDATE escrow_events SET seal = ''"))
    finally:
        engine.dispose()


def test_a_database_without_events_needs_no_key(database_url):
    def no_key() -> bytes:
        raise AssertionError("the key was asked for with nothing to seal")

    upgrade(database_url, "0003")
    assert upgrade(database_url, audit_key=no_key) == 0
    assert current_revision(database_url) == "0004"


def test_tradepact_db_upgrade_seals_with_the_key_file_the_server_will_read(tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    url = f"sqlite+pysqlite:///{data / 'tradepact.sqlite3'}"
    intact, edited, _ = _database_at_0003_with_events(url)
    tradepact = Path(sys.executable).with_name("tradepact")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    out = subprocess.run([str(tradepact), "db", "upgrade", "--data-dir", str(data)],
                         capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    assert f"sealed 6 audit events written before audit seals, with the audit key from " \
           f"{data / 'audit.key'}" in " ".join(out.stdout.split())
    file_key = (data / "audit.key").read_text().strip().encode()
    engine = make_engine(url)
    try:
        report = uc.verify_audit(ADMIN, _world(engine, file_key).uow)
    finally:
        engine.dispose()
    assert report.problems[intact.id] == [] and len(report.problems[edited.id]) == 1
