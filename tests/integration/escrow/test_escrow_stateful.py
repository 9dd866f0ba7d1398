"""Random sequences of escrow operations from every role, on a real database.

Hypothesis drives the real use cases; after every step every invariant is checked: the ledger
sums to zero and agrees with the milestone rows, released + refunded <= funded <= amount, the
order's state follows from its milestones, and the audit chain verifies. Each operation's
effect on the money is checked against what it should have done, and a refused operation must
have changed nothing. Runs are derandomized (reproducible); TP_ESCROW_EXAMPLES raises the count.
"""

from __future__ import annotations

import os
from decimal import Decimal

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from tests.integration.escrow.conftest import (
    ADMIN,
    BUYER,
    OTHER_SELLER,
    PARTY_REVIEWER,
    PLATFORM,
    REVIEWER_1,
    REVIEWER_2,
    SELLER,
    approval_hash,
    key,
    snapshot,
)
from tradepact.adapters.db.escrow_repo import SqlEscrowStore
from tradepact.domain.errors import TradepactError
from tradepact.domain.escrow.machine import MilestoneState, order_state
from tradepact.domain.escrow.milestones import EvidenceItem, EvidenceType
from tradepact.domain.principal import Role
from tradepact.domain.terms import Installment, PaymentSchedule, PaymentTrigger, TradeTerms
from tradepact.usecases import escrow as uc

EVERYONE = [PLATFORM, ADMIN, SELLER, BUYER, OTHER_SELLER, REVIEWER_1, REVIEWER_2, PARTY_REVIEWER]
TRIGGERS = [PaymentTrigger.ON_ORDER, PaymentTrigger.AGAINST_BL_COPY, PaymentTrigger.UNSPECIFIED]
REVIEWERS = [REVIEWER_1, REVIEWER_2]


def actor(*right):
    """Mostly someone entitled to act, sometimes anybody: both paths get exercised."""
    return st.sampled_from([*right, *right, *right, *EVERYONE])


EXAMPLES = int(os.environ.get("TP_ESCROW_EXAMPLES", "25"))


def money(o) -> tuple[int, int, int]:
    return (sum(m.funded_minor for m in o.milestones), sum(m.released_minor for m in o.milestones),
            sum(m.refunded_minor for m in o.milestones))


def acts_for_seller(who, order) -> bool:
    return order.seller_party_id in who.party_ids(Role.SELLER)


class EscrowMachine(RuleBasedStateMachine):
    """Orders, and everybody trying everything on them."""

    uow: uc.EscrowUnitOfWork  # set on a subclass per database

    def __init__(self) -> None:
        super().__init__()
        self.orders: list[str] = []
        self.replays: list[tuple[object, object]] = []  # (call, original result)

    def _new_order(self, total: int, first_pct: int, two: bool, triggers) -> None:
        if two:
            inst = [Installment(percent=Decimal(first_pct), trigger=triggers[0]),
                    Installment(percent=Decimal(100 - first_pct), trigger=triggers[1])]
        else:
            inst = [Installment(percent=Decimal(100), trigger=triggers[0])]
        terms = TradeTerms(payment=PaymentSchedule(installments=inst))
        o = uc.create_order(uc.CreateOrder(snapshot(terms, total), key()), PLATFORM, self.uow)
        self.orders.append(o.id)

    @initialize(total=st.integers(100, 2_000_000), first=st.integers(1, 99), two=st.booleans(),
                triggers=st.lists(st.sampled_from(TRIGGERS), min_size=2, max_size=2))
    def first_order(self, total, first, two, triggers):
        self._new_order(total, first, two, triggers)

    @precondition(lambda self: len(self.orders) < 3)
    @rule(total=st.integers(100, 2_000_000), first=st.integers(1, 99), two=st.booleans(),
          triggers=st.lists(st.sampled_from(TRIGGERS), min_size=2, max_size=2))
    def another_order(self, total, first, two, triggers):
        self._new_order(total, first, two, triggers)

    # --- helpers -------------------------------------------------------------------------------
    def _order(self, order_id):
        return uc.get_order(order_id, ADMIN, self.uow)

    def _pick(self, data):
        o = self._order(data.draw(st.sampled_from(self.orders)))
        return o, data.draw(st.sampled_from(o.milestones))

    def _attempt(self, order_id, call, expect) -> None:
        """Run `call`; on success check `expect(before, after, result)`, else nothing changed."""
        before = self._order(order_id)
        name = expect.__qualname__.split(".")[1]
        try:
            result = call()
        except TradepactError as exc:
            event(f"{name}: {type(exc).__name__}")  # --hypothesis-show-statistics shows the mix
            after = self._order(order_id)
            assert after.version == before.version and money(after) == money(before)
            return
        event(f"{name}: ok")
        after = self._order(order_id)
        expect(before, after, result)
        self.replays.append((call, result))

    # --- rules: everybody tries everything -------------------------------------------------------
    @rule(data=st.data(), who=actor(PLATFORM))
    def fund(self, data, who):
        o, m = self._pick(data)
        remaining = max(1, m.amount_minor - m.funded_minor)
        amount = data.draw(st.one_of(st.just(remaining), st.integers(1, remaining + 2)))
        cmd = uc.RecordFunding(o.id, m.id, amount, f"PAY-{key()}", key())  # a new payment

        def expect(b, a, _):
            assert who is PLATFORM
            fb, rb, xb = money(b)
            assert money(a) == (fb + amount, rb, xb)
        self._attempt(o.id, lambda: uc.record_funding(cmd, who, self.uow), expect)

    @rule(data=st.data(), who=actor(SELLER, PARTY_REVIEWER))
    def request_release(self, data, who):
        o, m = self._pick(data)
        kind = data.draw(st.sampled_from([m.release_condition, m.release_condition,
                                          EvidenceType.INVOICE, None]))
        ev = () if kind is None else (EvidenceItem(type=kind, document_ref="DOC-1"),)
        cmd = uc.RequestRelease(o.id, m.id, key(), ev)

        def expect(b, a, _):
            assert acts_for_seller(who, o) and money(a) == money(b)
            assert a.milestone(m.id).state is MilestoneState.RELEASE_REQUESTED
        self._attempt(o.id, lambda: uc.request_release(cmd, who, self.uow), expect)

    @rule(data=st.data(), who=actor(SELLER))
    def submit_evidence(self, data, who):
        o, m = self._pick(data)
        cmd = uc.SubmitEvidence(o.id, m.id, (EvidenceItem(type=EvidenceType.INVOICE,
                                                          document_ref="INV-7"),), key())

        def expect(b, a, _):
            assert acts_for_seller(who, o) and money(a) == money(b)
        self._attempt(o.id, lambda: uc.submit_evidence(cmd, who, self.uow), expect)

    @rule(data=st.data(), who=actor(*REVIEWERS))
    def confirm(self, data, who):
        o, m = self._pick(data)
        cmd = uc.ConfirmPayout(o.id, m.id, key(), approval_hash(o, m.id))

        def expect(b, a, _):
            assert who.has(Role.REVIEWER) and not who.party_ids() & set(o.parties)
            fb, rb, xb = money(b)
            released = a.milestone(m.id).state is MilestoneState.RELEASED
            held = b.milestone(m.id).held_minor
            assert money(a) == (fb, rb + (held if released else 0), xb)
        self._attempt(o.id, lambda: uc.confirm_payout(cmd, who, self.uow), expect)

    @rule(data=st.data(), who=st.sampled_from(EVERYONE))
    def reject(self, data, who):
        o, m = self._pick(data)
        cmd = uc.RejectPayout(o.id, m.id, "unreadable", key())

        def expect(b, a, _):
            assert who.has(Role.REVIEWER) and money(a) == money(b)
            assert a.milestone(m.id).state is MilestoneState.FUNDED
        self._attempt(o.id, lambda: uc.reject_payout(cmd, who, self.uow), expect)

    @rule(data=st.data(), who=actor(BUYER))
    def open_dispute(self, data, who):
        o, _ = self._pick(data)
        cmd = uc.OpenDispute(o.id, "late", key())

        def expect(b, a, _):
            assert o.buyer_party_id in who.party_ids(Role.BUYER) and money(a) == money(b)
        self._attempt(o.id, lambda: uc.open_dispute(cmd, who, self.uow), expect)

    @rule(data=st.data(), who=actor(ADMIN, REVIEWER_1), off=st.sampled_from([0, 0, 0, 1]))
    def resolve(self, data, who, off):
        o, _ = self._pick(data)
        held = o.held_minor()
        release = data.draw(st.integers(0, held))
        cmd = uc.ResolveDispute(o.id, release, held - release + off, key())

        def expect(b, a, _):
            assert off == 0 and (who is ADMIN or who in (REVIEWER_1, REVIEWER_2))
            fb, rb, xb = money(b)
            assert money(a) == (fb, rb + release, xb + held - release)
        self._attempt(o.id, lambda: uc.resolve_dispute(cmd, who, self.uow), expect)

    @rule(data=st.data(), who=st.sampled_from(EVERYONE))
    def cancel(self, data, who):
        o, _ = self._pick(data)
        cmd = uc.CancelOrder(o.id, "changed mind", key())

        def expect(b, a, _):
            assert who in (PLATFORM, ADMIN)
            fb, rb, xb = money(b)
            assert money(a) == (fb, rb, xb + b.held_minor())
        self._attempt(o.id, lambda: uc.cancel_order(cmd, who, self.uow), expect)

    @rule(data=st.data())
    def progress(self, data):
        """Entitled parties drive one milestone towards RELEASED, so deep states get reached."""
        o, m = self._pick(data)
        for reviewer in (REVIEWER_1, REVIEWER_2, REVIEWER_1):
            m = self._order(o.id).milestone(m.id)
            if m.state is MilestoneState.PENDING:
                cmd = uc.RecordFunding(o.id, m.id, m.amount_minor - m.funded_minor,
                                       f"PAY-{key()}", key())
                uc.record_funding(cmd, PLATFORM, self.uow)
            elif m.state is MilestoneState.FUNDED:
                ev = (EvidenceItem(type=m.release_condition, document_ref="DOC-OK"),)
                uc.request_release(uc.RequestRelease(o.id, m.id, key(), ev), SELLER, self.uow)
            elif m.state is MilestoneState.RELEASE_REQUESTED:
                if reviewer.subject in {a.reviewer for a in m.approvals}:
                    continue
                o = self._order(o.id)
                uc.confirm_payout(uc.ConfirmPayout(o.id, m.id, key(), approval_hash(o, m.id)),
                                  reviewer, self.uow)
            else:
                break
        event(f"progress: ended {self._order(o.id).milestone(m.id).state}")

    @precondition(lambda self: self.replays)
    @rule(data=st.data())
    def replay(self, data):
        call, original = data.draw(st.sampled_from(self.replays))
        before = [money(self._order(oid)) for oid in self.orders]
        assert call() == original
        assert [money(self._order(oid)) for oid in self.orders] == before

    # --- invariants ----------------------------------------------------------------------------
    @invariant()
    def books_and_chain_are_sound(self):
        for oid in self.orders:
            o = self._order(oid)
            assert uc.ledger_summary(oid, ADMIN, self.uow).problems == []
            assert uc.verify_audit(ADMIN, self.uow, oid).problems == {oid: []}
            for m in o.milestones:
                assert 0 <= m.released_minor + m.refunded_minor <= m.funded_minor <= m.amount_minor
            assert o.state is order_state((m.state for m in o.milestones),
                                          anything_refunded=any(m.refunded_minor
                                                                for m in o.milestones))
        with self.uow.store.read() as tx:
            assert tx.ledger_sum() == 0


def test_random_operations_from_every_role_keep_every_invariant(world, engine):
    class OnThisDatabase(EscrowMachine):
        uow = world.uow

    assert isinstance(world.uow.store, SqlEscrowStore)
    run_state_machine_as_test(OnThisDatabase, settings=settings(
        max_examples=EXAMPLES, stateful_step_count=30, derandomize=True, database=None,
        deadline=None, suppress_health_check=list(HealthCheck)))
