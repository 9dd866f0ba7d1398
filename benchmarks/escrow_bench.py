"""Escrow use-case throughput: transitions/s and p50/p99 latency with 1, 8 and 32 threads.

Each transition is one committed escrow write (fund, request release, confirm, ...) through the
real use cases on SQLite (a temp file) and PostgreSQL. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/escrow_bench.py [--seconds 5] [--pg URL-of-admin-db]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
import uuid
from decimal import Decimal

from sqlalchemy import create_engine, text
from sqlmodel import SQLModel

from tradepact.adapters.db import escrow_tables as t
from tradepact.adapters.db.engine import make_engine
from tradepact.adapters.db.escrow_repo import SqlEscrowStore
from tradepact.domain.escrow.milestones import EvidenceItem, EvidenceType
from tradepact.domain.escrow.model import current_digest
from tradepact.domain.principal import Principal
from tradepact.domain.terms import Installment, PaymentSchedule, PaymentTrigger, TradeTerms
from tradepact.usecases import escrow as uc

TABLES = [t.orders, t.milestones, t.ledger_entries, t.events, t.idempotency_keys]
PLATFORM = Principal.from_role_strings("bench-platform", ["platform"])
SELLER = Principal.from_role_strings("bench-seller", ["seller:s1"])
REVIEWER = Principal.from_role_strings("bench-reviewer", ["reviewer"])
TERMS = TradeTerms(payment=PaymentSchedule(installments=[
    Installment(percent=Decimal(50), trigger=PaymentTrigger.ON_ORDER),
    Installment(percent=Decimal(50), trigger=PaymentTrigger.AGAINST_BL_COPY)]))
DOC = {0: EvidenceItem(type=EvidenceType.SIGNED_CONTRACT, document_ref="SC-1"),
       1: EvidenceItem(type=EvidenceType.BILL_OF_LADING, document_ref="BL-1")}


def k() -> str:
    return uuid.uuid4().hex


def one_order(uow) -> list:
    """Create an order and walk both milestones to RELEASED; returns per-transition latencies."""
    lat = []

    def timed(fn, *args):
        t0 = time.perf_counter()
        out = fn(*args)
        lat.append(time.perf_counter() - t0)
        return out

    snap = uc.ContractSnapshot(k(), 1, TERMS.fingerprint(), TERMS, 100_000, "USD", "b1", "s1")
    o = timed(uc.create_order, uc.CreateOrder(snap, k()), PLATFORM, uow)
    for i, m in enumerate(o.milestones):
        timed(uc.record_funding, uc.RecordFunding(o.id, m.id, m.amount_minor, "P-" + k(), k()),
              PLATFORM, uow)
        asked = timed(uc.request_release, uc.RequestRelease(o.id, m.id, k(), (DOC[i],)),
                      SELLER, uow)
        seen = current_digest(asked, asked.milestone(m.id))  # the hash the reviewer approves
        timed(uc.confirm_payout, uc.ConfirmPayout(o.id, m.id, k(), seen), REVIEWER, uow)
    return lat


def run(engine, threads: int, seconds: float) -> str:
    uow = uc.EscrowUnitOfWork(SqlEscrowStore(engine))
    lat: list[float] = []
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def worker():
        mine = []
        while time.perf_counter() < stop:
            mine += one_order(uow)
        with lock:
            lat.extend(mine)

    t0 = time.perf_counter()
    ws = [threading.Thread(target=worker) for _ in range(threads)]
    for w in ws:
        w.start()
    for w in ws:
        w.join()
    wall = time.perf_counter() - t0
    q = statistics.quantiles(lat, n=100)
    return (f"{threads:>3} threads: {len(lat) / wall:8.0f} transitions/s   "
            f"p50 {q[49] * 1000:6.2f} ms   p99 {q[98] * 1000:6.2f} ms   ({len(lat)} transitions)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--threads", default="1,8,32")
    ap.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    args = ap.parse_args()
    counts = [int(x) for x in args.threads.split(",")]

    with tempfile.TemporaryDirectory() as d:
        eng = make_engine(f"sqlite+pysqlite:///{d}/bench.sqlite3", pool_size=40)
        SQLModel.metadata.create_all(eng, tables=TABLES)
        print("SQLite (WAL, synchronous=FULL, BEGIN IMMEDIATE)")
        for n in counts:
            print(run(eng, n, args.seconds))
        eng.dispose()

    name = f"tp_escrow_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001
        print(f"PostgreSQL skipped: {exc}")
        return
    try:
        eng = make_engine(args.pg.rsplit("/", 1)[0] + f"/{name}", pool_size=40)
        SQLModel.metadata.create_all(eng, tables=TABLES)
        print("PostgreSQL (row lock FOR UPDATE + advisory key lock)")
        for n in counts:
            print(run(eng, n, args.seconds))
        eng.dispose()
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
