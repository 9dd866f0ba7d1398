"""Escrow integration fixtures: the real use cases on a SQLite file and on PostgreSQL.

PostgreSQL tests use a throwaway database created for the session and dropped after. When
CI=true an unreachable PostgreSQL fails the run; elsewhere those tests skip with the reason.
"""

from __future__ import annotations

import itertools
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, text
from sqlmodel import SQLModel

from tradepact.adapters.db import escrow_tables
from tradepact.adapters.db.engine import make_engine
from tradepact.adapters.db.escrow_repo import SqlEscrowStore
from tradepact.domain.escrow.approvals import ApprovalPolicy
from tradepact.domain.escrow.milestones import EvidenceItem, EvidenceType
from tradepact.domain.escrow.model import Order, current_digest
from tradepact.domain.principal import Principal
from tradepact.domain.terms import Installment, PaymentSchedule, PaymentTrigger, TradeTerms
from tradepact.usecases import escrow as uc

PG_ADMIN_URL = os.environ.get("TRADEPACT_TEST_PG_ADMIN_URL",
                              "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
TABLES = [escrow_tables.orders, escrow_tables.milestones, escrow_tables.ledger_entries,
          escrow_tables.events, escrow_tables.idempotency_keys]


@pytest.fixture(scope="session")
def pg_url():
    """A fresh PostgreSQL database for this session, dropped afterwards."""
    name = f"tp_escrow_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any failure to reach it decides skip vs fail
        admin.dispose()
        reason = f"PostgreSQL unreachable at {PG_ADMIN_URL}: {type(exc).__name__}: {exc}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request, tmp_path):
    """An engine with empty escrow tables, on each backend in turn."""
    if request.param == "sqlite":
        eng = make_engine(f"sqlite+pysqlite:///{tmp_path / 'escrow.sqlite3'}", pool_size=40)
    else:
        eng = make_engine(request.getfixturevalue("pg_url"), pool_size=40)
        SQLModel.metadata.drop_all(eng, tables=TABLES)
    SQLModel.metadata.create_all(eng, tables=TABLES)
    yield eng
    eng.dispose()


P = Principal.from_role_strings
PLATFORM = P("svc-platform", ["platform"])
ADMIN = P("alice-admin", ["admin"])
SELLER = P("sam-seller", ["seller:acme-cn"])
BUYER = P("bob-buyer", ["buyer:globex-de"])
OTHER_SELLER = P("olga-seller", ["seller:initech-vn"])
REVIEWER_1 = P("rita-reviewer", ["reviewer"])
REVIEWER_2 = P("ravi-reviewer", ["reviewer"])
PARTY_REVIEWER = P("pete-insider", ["reviewer", "seller:acme-cn"])

BL = EvidenceItem(type=EvidenceType.BILL_OF_LADING, document_ref="COSU6182733",
                  file_sha256="9f" * 32, notes="copy of B/L")
CONTRACT = EvidenceItem(type=EvidenceType.SIGNED_CONTRACT, document_ref="SC-2026-001")

_keys = itertools.count()


def key() -> str:
    """A fresh idempotency key."""
    return f"k-{uuid.uuid4().hex[:8]}-{next(_keys)}"


def approval_hash(order: Order, milestone_id: str) -> str:
    """The approval hash a reviewer reads for the milestone (GetOrder and the queue show it)."""
    return current_digest(order, order.milestone(milestone_id))


def terms_30_70() -> TradeTerms:
    return TradeTerms(payment=PaymentSchedule(installments=[
        Installment(percent=Decimal(30), trigger=PaymentTrigger.ON_ORDER),
        Installment(percent=Decimal(70), trigger=PaymentTrigger.AGAINST_BL_COPY)]))


def snapshot(terms: TradeTerms | None = None, total: int = 1_000_000, currency: str = "USD",
             buyer: str = "globex-de", seller: str = "acme-cn") -> uc.ContractSnapshot:
    terms = terms or terms_30_70()
    return uc.ContractSnapshot(f"ctr-{uuid.uuid4().hex[:8]}", 1, terms.fingerprint(), terms,
                               total, currency, buyer, seller)


@dataclass
class World:
    """The use cases wired to one database, plus helpers that drive an order forward."""

    uow: uc.EscrowUnitOfWork

    def order(self, **kw) -> uc.ContractSnapshot:
        return uc.create_order(uc.CreateOrder(snapshot(**kw), key()), PLATFORM, self.uow)

    def funded(self, index: int = 1, **kw):
        o = self.order(**kw)
        m = o.milestones[index]
        return uc.record_funding(uc.RecordFunding(o.id, m.id, m.amount_minor, "PAY-1", key()),
                                 PLATFORM, self.uow), m.id

    def requested(self, **kw):
        o, mid = self.funded(**kw)
        return uc.request_release(uc.RequestRelease(o.id, mid, key(), (BL,)), SELLER,
                                  self.uow), mid


@pytest.fixture
def world(engine) -> World:
    """Two reviewers needed at USD 5,000.00 and above."""
    settings = uc.EscrowSettings(policy=ApprovalPolicy(thresholds_minor={"USD": 500_000}))
    return World(uc.EscrowUnitOfWork(SqlEscrowStore(engine), settings))
