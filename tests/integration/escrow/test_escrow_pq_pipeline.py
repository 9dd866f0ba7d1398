"""The escrow's claim and final flush on PostgreSQL, sent through libpq's pipeline directly."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from tests.integration.escrow.conftest import ADMIN, BL, PLATFORM, SELLER, key
from tradepact.adapters.db import pq_pipeline
from tradepact.adapters.db.engine import make_engine
from tradepact.adapters.db.escrow_repo import SqlEscrowStore
from tradepact.adapters.db.escrow_sql import NUMBERED, PG_SQL
from tradepact.domain.errors import InvalidInput
from tradepact.usecases import escrow as uc

pytestmark = [pytest.mark.postgres,
              pytest.mark.parametrize("engine", ["postgres"], indirect=True)]


def _fund(world, order, amount=1):
    m = order.milestones[0]
    return uc.record_funding(uc.RecordFunding(order.id, m.id, amount, "PAY-" + key(), key()),
                             PLATFORM, world.uow)


def _ours(engine) -> list[str]:
    """Our statements prepared on the engine's connection (committed: a rollback would make
    psycopg deallocate them)."""
    with engine.connect() as conn:
        names = list(conn.execute(text(
            "SELECT name FROM pg_prepared_statements WHERE name LIKE 'tp_escrow_%'")).scalars())
        conn.commit()
    return names


@pytest.fixture
def one_connection(engine, world):
    """The world's store on an engine of one pooled connection, so every call reuses it."""
    eng = make_engine(str(engine.url.render_as_string(hide_password=False)), pool_size=1)
    world.uow.store = SqlEscrowStore(eng)
    yield eng
    eng.dispose()


def test_a_transition_after_a_refused_one_on_the_same_connection_still_commits(
        world, one_connection):
    # A refused request rolls its transaction back, and psycopg then deallocates every
    # prepared statement of the connection (its own and ours): ours are prepared again.
    o = world.order()
    uc.get_order(o.id, ADMIN, world.uow)  # psycopg prepares statements of its own
    _fund(world, o)
    assert _ours(one_connection)
    with pytest.raises(InvalidInput):
        _fund(world, o, amount=o.milestones[0].amount_minor)  # over-funds it
    assert not _ours(one_connection)  # psycopg's DEALLOCATE ALL took ours too
    after = _fund(world, o)
    assert after.milestones[0].funded_minor == 2
    assert uc.ledger_summary(o.id, ADMIN, world.uow).funded_minor == 2


def test_statements_deallocated_through_the_engine_are_prepared_again(world, one_connection):
    o = world.order()
    _fund(world, o)
    with one_connection.begin() as conn:
        conn.execute(text("DEALLOCATE ALL"))
    assert _fund(world, o).milestones[0].funded_minor == 2


def test_statements_forgotten_while_they_still_exist_are_closed_and_prepared_again(
        world, one_connection):
    o = world.order()
    _fund(world, o)
    before = _ours(one_connection)
    with one_connection.connect() as conn:
        pq_pipeline.forget_prepared(conn.connection.driver_connection)
    assert _fund(world, o).milestones[0].funded_minor == 2
    assert sorted(_ours(one_connection)) == sorted(before)  # the same names, none leaked


def test_rows_read_back_as_a_psycopg_cursor_returns_them(world, engine):
    o, mid = world.funded()
    uc.request_release(uc.RequestRelease(o.id, mid, key(), (BL,)), SELLER, world.uow)
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        sql, names = NUMBERED["milestones"]
        (direct,) = pq_pipeline.run(raw, [(sql, [o.id])])
        raw.rollback()
        expected = raw.execute(PG_SQL["milestones"], {"order_id": o.id}).fetchall()
        raw.rollback()
    assert names == ("order_id",)
    assert direct == expected
    assert any(row[18] is not None for row in direct)  # a release request time came back


def test_a_failed_statement_raises_its_error_and_the_commit_never_runs(engine):
    url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url) as conn:
        assert pq_pipeline.run(conn, [(b"SELECT $1::int + 1", [1])]) == [[(2,)]]
        with pytest.raises(psycopg.errors.DivisionByZero):
            pq_pipeline.run(conn, [(b"SELECT 1 / $1::int", [0]), (b"SELECT $1::int", [1])],
                            commit=True)
        assert conn.pgconn.transaction_status == psycopg.pq.TransactionStatus.INERROR
        conn.rollback()
        assert pq_pipeline.run(conn, [(b"SELECT $1::int + 1", [2])], commit=True) == [[(3,)]]
        assert conn.pgconn.transaction_status == psycopg.pq.TransactionStatus.IDLE
