"""Crash safety through gRPC, on SQLite and PostgreSQL: SIGKILL the server mid-load, restart it.

Worker threads drive a mix of real escrow transitions (funding with a fresh payment reference
per call, evidence, release requests, reviewers confirming or rejecting, now and then a
cancellation; another thread creates orders as they complete) against a `tradepact serve`
subprocess, which is SIGKILLed at random (seeded) moments and restarted on the same database,
several times. Every call is recorded with its idempotency key, request and outcome: the
response, a refusal (nothing written), or unknown (UNAVAILABLE and the like: the server died
with it in flight, or was already down).

After the last restart:

* every call of unknown outcome is retried with the same key and request: a success must come
  back identical from a second retry (the replay), a refusal must come back the same and be a
  refusal that state explains (FAILED_PRECONDITION, or INVALID_ARGUMENT for an over-funding;
  a fresh payment reference is never ALREADY_EXISTS); every call that had succeeded, retried
  with its key, returns its original response, field for field;
* every order's ledger balances (entries sum to zero, held = funded - released - refunded,
  released + refunded <= funded <= amount per milestone) and its audit chain verifies;
* nothing is partial: the server has exactly the orders successful CreateOrder calls made;
  each order has exactly one audit event (and one revision) per successful call, each success
  its own revision, and (on the orders a kill caught a call of) the event at that revision is
  the call's, by kind, actor and milestone; each milestone's money is exactly what its
  successful calls moved, in the rows and in the ledger entries; no milestone is released
  twice; the order as stored is the order the last successful call answered with.

Each round must make at least MIN_OK_PER_ROUND successful transitions before its kill, so a
load that silently stops working (say, every call refused) fails the test. The seed is printed
(run with -s) and can be set with TRADEPACT_CRASH_SEED.
"""

from __future__ import annotations

import os
import random
import threading
import time
import uuid
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import grpc
import pytest
from google.protobuf.message import Message

from tests.support.escrow_flow import ROLES, client, new_order
from tests.support.pg import throwaway_database
from tests.support.samples import sample_options, sample_parties, sample_terms
from tests.support.server_process import ServerProcess
from tradepact.entrypoints.grpc.converters.contracts import options_to_pb, parties_to_pb
from tradepact.entrypoints.grpc.converters.terms import terms_to_pb
from tradepact.v1 import common_pb2, escrow_pb2
from tradepact_client import TradepactError

SEED = int(os.environ.get("TRADEPACT_CRASH_SEED", "20261122"))
KILLS = 4  # load, SIGKILL, restart: this many times
WORKERS = 6
LIVE_ORDERS = 8  # open orders the load works on; a refiller replaces the ones that finish
LOAD_SECONDS = (0.6, 1.6)  # the kill comes at a random moment in this window
MIN_OK_PER_ROUND = 20
CANCEL_RATE = 0.004  # of steps: an order now and then is cancelled mid-life
EVENT_CHECKS = 24  # orders whose events are matched to calls one by one (a kill caught a call)

Code = grpc.StatusCode
# The server may have died with the call in flight (or was already down): outcome unknown.
UNKNOWN = {Code.UNAVAILABLE, Code.DEADLINE_EXCEEDED, Code.CANCELLED}
# Refusals the load can meet, by method: another worker moved the state on first (or a
# partial funding landed first, so this one over-funds), or a conflict. Nothing is written.
REFUSALS = {
    "create_order": set(),
    "record_funding": {Code.FAILED_PRECONDITION, Code.INVALID_ARGUMENT},
    "submit_evidence": {Code.FAILED_PRECONDITION},
    "request_release": {Code.FAILED_PRECONDITION},
    "confirm_payout": {Code.FAILED_PRECONDITION},
    "reject_payout": {Code.FAILED_PRECONDITION},
    "cancel_order": {Code.FAILED_PRECONDITION},
}
EVENT_KINDS = {
    "record_funding": {"milestone.fund"},
    "submit_evidence": {"milestone.submit_evidence"},
    "request_release": {"milestone.request_release"},
    "confirm_payout": {"milestone.approve", "milestone.confirm"},
    "reject_payout": {"milestone.reject"},
    "cancel_order": {"order.cancel"},
}
MS = escrow_pb2.MilestoneState
OPEN = {MS.Value("MILESTONE_STATE_PENDING"), MS.Value("MILESTONE_STATE_FUNDED"),
        MS.Value("MILESTONE_STATE_RELEASE_REQUESTED")}
PENDING, FUNDED = MS.Value("MILESTONE_STATE_PENDING"), MS.Value("MILESTONE_STATE_FUNDED")
RELEASED, REFUNDED = MS.Value("MILESTONE_STATE_RELEASED"), MS.Value("MILESTONE_STATE_REFUNDED")
ACTIVE = escrow_pb2.ORDER_STATE_ACTIVE
LOAD_ROLES = ("platform", "seller", "reviewer", "reviewer2")


@dataclass
class Call:
    """One mutating call: who sent what, and what came of it."""

    round: int
    role: str
    method: str
    request: Message
    outcome: str = ""  # "ok", "refused" or "unknown"; after the retries "ok" or "refused"
    code: Code | None = None
    response: Message | None = None
    settled_on_retry: bool = False  # outcome was unknown; the retry after the restart told

    @property
    def order_id(self) -> str:
        if self.method == "create_order":
            return self.response.order.order_id if self.response is not None else ""
        return self.request.order_id

    @property
    def milestone_id(self) -> str:
        return getattr(self.request, "milestone_id", "")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request, tmp_path):
    """(data directory, database URL: empty for the embedded SQLite) that survive restarts."""
    if request.param == "sqlite":
        yield tmp_path / "data", ""
        return
    with throwaway_database() as url:
        yield tmp_path / "data", url


def _ref(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex}"


def _next_step(order: escrow_pb2.Order, rng: random.Random) -> tuple[str, str, Message] | None:
    """A transition the order, as just read, allows: (role, SDK method, request)."""
    if order.state != ACTIVE:
        return None
    k, oid = uuid.uuid4().hex, order.order_id
    if rng.random() < CANCEL_RATE:
        return "platform", "cancel_order", escrow_pb2.CancelOrderRequest(
            idempotency_key=k, order_id=oid, reason="crash test: the buyer walked away")
    open_ = [m for m in order.milestones if m.state in OPEN]
    if not open_:
        return None
    m = rng.choice(open_)
    mid = m.milestone_id

    def evidence(kind: int) -> tuple[str, str, Message]:
        return "seller", "submit_evidence", escrow_pb2.SubmitEvidenceRequest(
            idempotency_key=k, order_id=oid, milestone_id=mid,
            evidence=escrow_pb2.EvidenceDocument(
                type=kind, document_reference=_ref("DOC"), file_sha256=uuid.uuid4().hex * 2))

    if m.state == PENDING:
        if rng.random() < 0.1:
            return evidence(m.required_evidence)
        remaining = m.amount.minor_units - m.funded.minor_units
        amount = remaining if remaining < 2 or rng.random() < 0.4 else rng.randint(1, remaining - 1)
        return "platform", "record_funding", escrow_pb2.RecordFundingRequest(
            idempotency_key=k, order_id=oid, milestone_id=mid, payment_reference=_ref("PAY"),
            amount=common_pb2.Money(currency_code=m.amount.currency_code, minor_units=amount))
    if m.state == FUNDED:
        if any(e.type == m.required_evidence for e in m.evidence) and rng.random() < 0.85:
            return "seller", "request_release", escrow_pb2.RequestReleaseRequest(
                idempotency_key=k, order_id=oid, milestone_id=mid, note=_ref("NOTE"))
        return evidence(m.required_evidence)
    # RELEASE_REQUESTED: a reviewer who has not approved it yet decides
    approved = {a.reviewer for a in m.approvals if a.valid}
    reviewers = [r for r in ("reviewer", "reviewer2") if ROLES[r][0] not in approved]
    if not reviewers:
        return None
    role = rng.choice(reviewers)
    roll = rng.random()
    if roll < 0.04:
        return evidence(escrow_pb2.EVIDENCE_TYPE_OTHER)  # approvals so far stop counting
    if roll < 0.35:
        return role, "reject_payout", escrow_pb2.RejectPayoutRequest(
            idempotency_key=k, order_id=oid, milestone_id=mid, reason=_ref("REJECT"))
    return role, "confirm_payout", escrow_pb2.ConfirmPayoutRequest(
        idempotency_key=k, order_id=oid, milestone_id=mid, approval_hash=m.approval_hash,
        payout_reference=_ref("PO"))


def _send_recorded(c, call: Call, log: list[Call]) -> None:
    """Send a call once (the client does not retry) and record what came of it."""
    try:
        call.response = getattr(c, call.method)(call.request, timeout=5)
        call.outcome = "ok"
    except TradepactError as exc:
        call.code = exc.code
        call.outcome = "unknown" if exc.code in UNKNOWN else "refused"
    log.append(call)  # list.append is atomic


def _live(order: escrow_pb2.Order) -> bool:
    return order.state == ACTIVE and any(m.state in OPEN for m in order.milestones)


class Pool:
    """The orders the load works on; finished ones leave it, the refiller adds new ones."""

    def __init__(self, order_ids: list[str]) -> None:
        self.ids, self.lock = list(order_ids), threading.Lock()

    def pick(self, rng: random.Random) -> str | None:
        with self.lock:
            return rng.choice(self.ids) if self.ids else None

    def drop(self, order_id: str) -> None:
        with self.lock:
            if order_id in self.ids:
                self.ids.remove(order_id)

    def add(self, order_id: str) -> None:
        with self.lock:
            self.ids.append(order_id)

    def __len__(self) -> int:
        with self.lock:
            return len(self.ids)


def _drive(address: str, pool: Pool, rng: random.Random, round_: int,
           stop: threading.Event, log: list[Call]) -> None:
    """One worker: read an order, send a transition it allows, record what came of it."""
    clients = {r: client(address, r, max_attempts=1) for r in LOAD_ROLES}  # no SDK retries
    try:
        while not stop.is_set():
            order_id = pool.pick(rng)
            try:
                if order_id is None:
                    raise TradepactError("no live order yet")
                order = clients["platform"].get_order(order_id=order_id, timeout=2).order
            except TradepactError:
                time.sleep(0.005)
                continue
            step = _next_step(order, rng) if _live(order) else None
            if step is None:
                if not _live(order):
                    pool.drop(order_id)
                continue
            call = Call(round_, *step)
            _send_recorded(clients[call.role], call, log)
    finally:
        for c in clients.values():
            c.close()


def _refill(address: str, pool: Pool, round_: int, stop: threading.Event,
            log: list[Call]) -> None:
    """Keep LIVE_ORDERS orders open: draft a final contract, then a recorded CreateOrder."""
    with client(address, "platform", max_attempts=1) as c:
        while not stop.is_set():
            if len(pool) >= LIVE_ORDERS:
                time.sleep(0.005)
                continue
            try:
                contract_id = c.draft_contract(
                    terms=terms_to_pb(sample_terms()), parties=parties_to_pb(sample_parties()),
                    options=options_to_pb(sample_options(), "standard"), final=True,
                    timeout=5).version.contract_id
            except TradepactError:
                time.sleep(0.005)
                continue
            call = Call(round_, "platform", "create_order", escrow_pb2.CreateOrderRequest(
                idempotency_key=uuid.uuid4().hex, contract_id=contract_id))
            _send_recorded(c, call, log)
            if call.outcome == "ok":
                pool.add(call.order_id)


def _top_up(address: str, orders: list[str], made: list[str]) -> list[str]:
    """Orders for the next round: the live ones of `orders`, plus new ones up to LIVE_ORDERS
    (their ids appended to `made`)."""
    with client(address, "platform") as c:
        live = [oid for oid in orders if _live(c.get_order(order_id=oid).order)]
    while len(live) < LIVE_ORDERS:
        oid = new_order(address).order_id
        made.append(oid)
        live.append(oid)
    return live


def _send(clients: dict, call: Call) -> tuple[str, object]:
    """The call again, same key, same request: ("ok", response) or ("refused", (code, what
    the status said was wrong))."""
    try:
        return "ok", getattr(clients[call.role], call.method)(call.request)
    except TradepactError as exc:
        return "refused", (exc.code, exc.precondition_violations, exc.field_violations)


def _all_orders(address: str) -> dict[str, int]:
    """Every order the server has: order id -> revision."""
    out: dict[str, int] = {}
    token = ""
    with client(address, "admin") as c:
        while True:
            page = c.list_orders(page_size=100, page_token=token)
            out.update((o.order_id, o.revision) for o in page.orders)
            if not (token := page.next_page_token):
                return out


def _settle_unknown(clients: dict, log: list[Call], revision_at_restart: dict[str, int]) -> int:
    """Retry every call of unknown outcome; returns how many had committed before the kill.

    `revision_at_restart` is every order's revision before any retry: a success with a
    revision at or below it is a replay of what committed as the server died.
    """
    committed_before = 0
    for call in (c for c in log if c.outcome == "unknown"):
        first, second = _send(clients, call), _send(clients, call)
        assert first == second, (call, first, second)  # a success replays; a refusal repeats
        outcome, value = first
        if outcome == "refused":
            # Nothing of it was written (else the key would replay it), and state explains why;
            # a fresh payment reference can only exist already if this call wrote it.
            assert value[0] in REFUSALS[call.method], (call, value)
        else:
            call.response = value
            oid = value.order.order_id
            if oid in revision_at_restart and value.order.revision <= revision_at_restart[oid]:
                committed_before += 1  # committed with the server dying; the answer was lost
        call.outcome, call.settled_on_retry = outcome, True
        call.code = value[0] if outcome == "refused" else None
    return committed_before


def _events(address: str, order_id: str, expected: int) -> list[escrow_pb2.OrderEvent]:
    """The order's first `expected` audit events (WatchOrder streams on: stop there, or after
    5 s with fewer). VerifyAudit's count says whether there are more.

    A stream we stop holds its server slot until the server's next poll (up to a second), so
    reading order after order can meet the streams limit: wait for a slot then.
    """
    with client(address, "platform") as c:
        for _ in range(20):
            out: list[escrow_pb2.OrderEvent] = []
            try:
                for item in c.watch_order(order_id=order_id, after_sequence=0, timeout=5):
                    out.append(item.event)
                    if len(out) >= expected:
                        break
                return out
            except TradepactError as exc:
                if exc.code is Code.DEADLINE_EXCEEDED:
                    return out
                assert exc.code is Code.RESOURCE_EXHAUSTED and not out, exc
                time.sleep(0.25)
    raise AssertionError("no WatchOrder slot came free in 5 s")


def _check_books(address: str) -> None:
    """Right after a restart: every order's ledger balances and every audit chain verifies."""
    with client(address, "admin") as c:
        for oid in _all_orders(address):
            ledger = c.get_ledger(order_id=oid)
            assert ledger.balanced and sum(e.amount.minor_units for e in ledger.entries) == 0
        audit = c.verify_audit()
    assert audit.ok, audit.problems


def _check_order(address: str, order_id: str, calls: list[Call], match_events: bool) -> None:
    """Books, audit and state of one order against the calls that succeeded on it."""
    with client(address, "platform") as c:
        order = c.get_order(order_id=order_id).order
        ledger = c.get_ledger(order_id=order_id)
        audit = c.verify_audit(order_id=order_id)
    where = f"order {order_id}"
    # (b) balanced books, (c) an intact chain
    assert ledger.balanced, where
    assert sum(e.amount.minor_units for e in ledger.entries) == 0, where
    assert ledger.held.minor_units == (ledger.funded.minor_units - ledger.released.minor_units
                                       - ledger.refunded.minor_units), where
    assert audit.ok and not audit.problems, (where, audit.problems)
    # (d) one event and one revision per successful call, nothing more, nothing less
    assert audit.events_checked == 1 + len(calls), (where, audit.events_checked, len(calls))
    assert order.revision == len(calls), where
    assert sorted(call.response.order.revision for call in calls) == list(
        range(1, len(calls) + 1)), where  # each success its own revision
    if match_events:  # the event at each success's revision is that call's
        events = _events(address, order_id, 1 + len(calls))
        assert [e.sequence for e in events] == list(range(1, len(calls) + 2)), where
        assert events[0].type == "order.created", where
        for call in calls:
            ev = events[call.response.order.revision]  # events[i] has sequence i + 1
            assert ev.type in EVENT_KINDS[call.method], (call, ev)
            assert ev.actor == ROLES[call.role][0], (call, ev)
            assert ev.milestone_id == call.milestone_id, (call, ev)
            if call.method == "confirm_payout":
                assert (ev.type == "milestone.confirm") == call.response.released, (call, ev)
    if calls:  # what is stored is what the last successful call answered
        last = max(calls, key=lambda call: call.response.order.revision)
        assert order == last.response.order, where
    # each milestone's money is what its successful calls moved, in the rows and the ledger
    legs: dict[tuple[str, str], list[int]] = defaultdict(list)
    for e in ledger.entries:
        if e.amount.minor_units > 0:  # the debit leg of each movement
            legs[(e.milestone_id, e.kind)].append(e.amount.minor_units)
    cancels = [call for call in calls if call.method == "cancel_order"]
    assert len(cancels) <= 1, where
    for m in order.milestones:
        mid, amount = m.milestone_id, m.amount.minor_units
        funded, released, refunded = (m.funded.minor_units, m.released.minor_units,
                                      m.refunded.minor_units)
        fundings = sorted(call.request.amount.minor_units for call in calls
                          if call.method == "record_funding" and call.milestone_id == mid)
        assert sorted(legs[(mid, "FUND")]) == fundings and funded == sum(fundings), (where, mid)
        releases = [call for call in calls if call.method == "confirm_payout"
                    and call.milestone_id == mid and call.response.released]
        assert len(releases) <= 1 and len(legs[(mid, "RELEASE")]) == len(releases), (where, mid)
        assert released == sum(legs[(mid, "RELEASE")]) == (amount if releases else 0)
        assert (m.state == RELEASED) == bool(releases), (where, mid)
        assert refunded == sum(legs[(mid, "REFUND")]) and len(legs[(mid, "REFUND")]) <= 1
        if m.state == REFUNDED:
            assert cancels and refunded == funded, (where, mid)
        assert released + refunded <= funded <= amount, (where, mid)
    assert ledger.funded.minor_units == sum(m.funded.minor_units for m in order.milestones)
    assert ledger.released.minor_units == sum(m.released.minor_units for m in order.milestones)
    assert ledger.refunded.minor_units == sum(m.refunded.minor_units for m in order.milestones)


def test_a_server_sigkilled_mid_load_loses_nothing_half_done_and_replays_every_key(database):
    data_dir, url = database
    backend = "postgresql" if url else "sqlite"
    rng = random.Random(SEED)
    print(f"\ncrash test on {backend}: seed {SEED} (set TRADEPACT_CRASH_SEED to change it)")
    started = time.monotonic()
    log: list[Call] = []
    setup_orders: list[str] = []  # made by the test between rounds, not by recorded calls
    srv = ServerProcess(data_dir, database_url=url).start()
    try:
        for round_ in range(KILLS):
            pool = Pool(_top_up(srv.address, setup_orders + [
                c.order_id for c in log if c.method == "create_order" and c.outcome == "ok"],
                setup_orders))
            stop = threading.Event()
            threads = [threading.Thread(target=_drive, daemon=True, args=(
                srv.address, pool, random.Random(f"{SEED}/{round_}/{w}"), round_, stop, log))
                for w in range(WORKERS)]
            threads.append(threading.Thread(target=_refill, daemon=True,
                                            args=(srv.address, pool, round_, stop, log)))
            for t in threads:
                t.start()
            time.sleep(rng.uniform(*LOAD_SECONDS))
            srv.kill()  # SIGKILL: calls in flight die with it
            stop.set()
            for t in threads:
                t.join(30)
                assert not t.is_alive(), "a load thread hung"
            srv = ServerProcess(data_dir, database_url=url, port=srv.port).start()
            _check_books(srv.address)
            mine = [c for c in log if c.round == round_]
            counts = Counter(c.outcome for c in mine)
            print(f"round {round_}: {counts['ok']} ok "
                  f"{dict(Counter(c.method for c in mine if c.outcome == 'ok'))}, "
                  f"{counts['refused']} refused "
                  f"{dict(Counter(c.code.name for c in mine if c.outcome == 'refused'))}, "
                  f"{counts['unknown']} unknown")
            bad = [c for c in mine if c.outcome == "refused"
                   and c.code not in REFUSALS[c.method] | {Code.ABORTED}]
            assert not bad, f"seed {SEED}: the load met errors it should not: {bad[:5]}"
            assert counts["ok"] >= MIN_OK_PER_ROUND, (
                f"seed {SEED}: round {round_} made only {counts['ok']} transitions before "
                f"the kill: the load is not working")

        revision_at_restart = _all_orders(srv.address)
        clients = {r: client(srv.address, r, max_attempts=8) for r in LOAD_ROLES}
        try:
            # (a) retries: the unknown ones, with the same key and request ...
            committed_before = _settle_unknown(clients, log, revision_at_restart)
            # ... and every success before the kills answers its original response
            acknowledged = [c for c in log if c.outcome == "ok" and not c.settled_on_retry]
            with ThreadPoolExecutor(8) as pool_:
                again = list(pool_.map(lambda call: _send(clients, call), acknowledged))
            for call, (outcome, response) in zip(acknowledged, again, strict=True):
                assert outcome == "ok" and response == call.response, (SEED, call)
        finally:
            for c in clients.values():
                c.close()

        # (d) the server has exactly the orders the test and the successful CreateOrders made
        created = [c.order_id for c in log if c.method == "create_order" and c.outcome == "ok"]
        assert all(c.response.order.revision == 0 for c in log
                   if c.method == "create_order" and c.outcome == "ok")
        orders = setup_orders + created
        listed = _all_orders(srv.address)
        assert len(set(orders)) == len(orders) and set(listed) == set(orders), (
            f"orders nobody made: {set(listed) - set(orders)}, "
            f"orders made but not there: {set(orders) - set(listed)}")
        # (b), (c), (d) per order, then the whole audit log
        succeeded: dict[str, list[Call]] = defaultdict(list)
        for call in log:
            if call.outcome == "ok" and call.method != "create_order":
                succeeded[call.order_id].append(call)
        caught = list(dict.fromkeys(c.order_id for c in log if c.settled_on_retry and c.order_id))
        matched = set(caught[:EVENT_CHECKS])
        for oid in orders:
            _check_order(srv.address, oid, succeeded[oid], match_events=oid in matched)
        with client(srv.address, "admin") as root:
            audit = root.verify_audit()
        total = sum(len(calls) for calls in succeeded.values())
        assert audit.ok and audit.events_checked == len(orders) + total
        unknown = [c for c in log if c.settled_on_retry]
        print(f"{len(log)} calls, {len(orders)} orders ({len(created)} made by recorded "
              f"CreateOrder calls): {total + len(created)} transitions; {len(unknown)} of unknown "
              f"outcome: {committed_before} had committed at the kill, "
              f"{sum(c.outcome == 'ok' for c in unknown) - committed_before} applied on retry, "
              f"{sum(c.outcome == 'refused' for c in unknown)} refused on retry; events matched "
              f"on {len(matched)} orders; {time.monotonic() - started:.1f} s")
        assert unknown, "no call was in flight at any kill: the kills hit nothing"
    finally:
        srv.terminate()
