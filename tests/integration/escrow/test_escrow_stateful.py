"""Random sequences of escrow operations from every role, on a real database.

Hypothesis drives the real use cases with everybody trying everything. Each rule mostly picks
a milestone (or order) in the state its operation needs and someone entitled to it, and
sometimes anything and anybody, so that both the successes and the refusals are exercised. A
reviewer confirms with the approval hash read from the order, now and then with a stale one or
none. Before each call the test works out from the rules (roles, parties, state, amounts,
approval hash) whether it must succeed, and a call that goes the other way fails the test. A
success's effect on the money and the milestone is checked; a refusal must change nothing.

Hypothesis enables a random subset of the rules in each example (swarm testing), so a confirm
could not count on the fund and request rules both running before it. Each example therefore
starts with orders whose milestones the entitled principals took, through the same use cases,
to every stage (part funded, funded, requested, approved by one of two reviewers) and with a
disputed order; what the rules do from there is their own.

After every step every invariant is checked: the ledger sums to zero and agrees with the
milestone rows, released + refunded <= funded <= amount, the order's state follows from its
milestones, the audit chain verifies, and approvals come from distinct reviewers who are
neither a party nor the requester, a reviewed payout naming as many as were required. (An
order's ledger and chain are proved again after each step that changed it, and every order's
at the end of each example.)

Over each run, on each database, every kind of transition must succeed at least once (checked
after the run): fund, evidence, release request, an approval that waits for a second reviewer,
a release by one reviewer and one completed by a second, reject, dispute, resolve, cancel.
Runs are derandomized, so the same code replays the same sequences; TP_ESCROW_EXAMPLES raises
the number of examples (`pytest --hypothesis-show-statistics` shows the outcome mix).
"""

from __future__ import annotations

import os
from collections import Counter
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
    P,
    approval_hash,
    key,
    snapshot,
)
from tradepact.adapters.db.escrow_repo import SqlEscrowStore
from tradepact.domain.errors import TradepactError
from tradepact.domain.escrow.approvals import counted
from tradepact.domain.escrow.machine import MilestoneState, OrderState, order_state
from tradepact.domain.escrow.milestones import EvidenceItem, EvidenceType
from tradepact.domain.principal import Role
from tradepact.domain.terms import Installment, PaymentSchedule, PaymentTrigger, TradeTerms
from tradepact.usecases import escrow as uc

MS, OS = MilestoneState, OrderState
# The seller's own subject with the reviewer role only: no party, so only the rule that nobody
# approves their own release request stands between it and a payout the seller asked for.
SELLER_AS_REVIEWER = P("sam-seller", ["reviewer"])
EVERYONE = [PLATFORM, ADMIN, SELLER, BUYER, OTHER_SELLER, REVIEWER_1, REVIEWER_2, PARTY_REVIEWER,
            SELLER_AS_REVIEWER]
TRIGGERS = [PaymentTrigger.ON_ORDER, PaymentTrigger.AGAINST_BL_COPY, PaymentTrigger.UNSPECIFIED]
REVIEWERS = [REVIEWER_1, REVIEWER_2]
OPEN = (MS.PENDING, MS.FUNDED, MS.RELEASE_REQUESTED)
STAGES = ["pending", "part funded", "funded", "requested", "approved once"]
# What each run must have done at least once, on each database.
TRANSITIONS = {"fund", "evidence", "request", "confirm.approve", "confirm.release",
               "confirm.release_by_second", "reject", "dispute", "resolve", "cancel"}

DEFAULT_EXAMPLES = 25
EXAMPLES = int(os.environ.get("TP_ESCROW_EXAMPLES", DEFAULT_EXAMPLES))


def actor(*right):
    """Mostly someone entitled to act, sometimes anybody: both paths get exercised."""
    return st.one_of(st.sampled_from(right), st.sampled_from(right), st.sampled_from(EVERYONE))


def rarely(*right):
    """Someone entitled to act one time in three: for the operations that end an order's
    ordinary course (cancel, dispute), so that the others get to run on it first."""
    return st.one_of(st.sampled_from(right), st.sampled_from(EVERYONE),
                     st.sampled_from(EVERYONE))


def money(o) -> tuple[int, int, int]:
    return (sum(m.funded_minor for m in o.milestones), sum(m.released_minor for m in o.milestones),
            sum(m.refunded_minor for m in o.milestones))


def is_party(who, order) -> bool:
    return bool(who.party_ids() & set(order.parties))


def acts_for_seller(who, order) -> bool:
    return order.seller_party_id in who.party_ids(Role.SELLER)


def acts_for_buyer(who, order) -> bool:
    return order.buyer_party_id in who.party_ids(Role.BUYER)


def evidenced(m, added) -> bool:
    need = m.release_condition
    return any(need is EvidenceType.OTHER or it.type is need for it in [*m.evidence, *added])


class EscrowMachine(RuleBasedStateMachine):
    """Orders, and everybody trying everything on them."""

    uow: uc.EscrowUnitOfWork  # set on a subclass per database
    successes: Counter  # likewise: transitions that succeeded over the whole run

    def __init__(self) -> None:
        super().__init__()
        self.orders: list[str] = []
        self.active: set[str] = set()  # the orders still ACTIVE, as last seen
        self.replays: list[tuple[object, object]] = []  # (call, original result)
        self.hashes: dict[str, list[str]] = {}  # approval hashes reviewers saw, per milestone
        self.proved: dict[str, tuple[int, int]] = {}  # order -> (version, audit sequence)
        self.read: dict[str, object] = {}  # orders read since the last write

    def _new_order(self, total: int, first_pct: int, triggers, stages, *,
                   disputed: bool = False) -> None:
        """An order of one milestone per stage, which the entitled principals take there
        through the real use cases (set-up: not an attempt, nothing counted)."""
        if len(stages) == 2:
            inst = [Installment(percent=Decimal(first_pct), trigger=triggers[0]),
                    Installment(percent=Decimal(100 - first_pct), trigger=triggers[1])]
        else:
            inst = [Installment(percent=Decimal(100), trigger=triggers[0])]
        terms = TradeTerms(payment=PaymentSchedule(installments=inst))
        o = uc.create_order(uc.CreateOrder(snapshot(terms, total), key()), PLATFORM, self.uow)
        self.orders.append(o.id)
        self.active.add(o.id)
        for m, stage in zip(o.milestones, stages, strict=True):
            self._advance(o.id, m.id, stage)
        if disputed:
            uc.open_dispute(uc.OpenDispute(o.id, "late", key()), BUYER, self.uow)
            self.active.discard(o.id)
        self._wrote()

    def _advance(self, order_id: str, milestone_id: str, stage: str) -> None:
        """Set-up: part or all funded, requested with the required evidence, one approval."""
        if stage == "pending":
            return
        m = self._order(order_id, fresh=True).milestone(milestone_id)
        part = m.amount_minor // 2 if stage == "part funded" else m.amount_minor
        if part:
            uc.record_funding(uc.RecordFunding(order_id, m.id, part, f"PAY-{key()}", key()),
                              PLATFORM, self.uow)
        if stage in ("part funded", "funded"):
            return
        ev = (EvidenceItem(type=m.release_condition, document_ref="DOC-0"),)
        o = uc.request_release(uc.RequestRelease(order_id, m.id, key(), ev), SELLER, self.uow)
        if stage == "approved once":
            assert o.milestone(m.id).approvals_required == 2
            uc.confirm_payout(uc.ConfirmPayout(order_id, m.id, key(), approval_hash(o, m.id)),
                              REVIEWER_1, self.uow)

    # Set-up (see the module docstring): orders with milestones at every stage.
    TWO_TRIGGERS = st.lists(st.sampled_from(TRIGGERS), min_size=2, max_size=2)

    @initialize(total=st.integers(100, 2_000_000), first=st.integers(1, 99),
                triggers=TWO_TRIGGERS, early=st.sampled_from(["pending", "part funded"]))
    def order_being_funded(self, total, first, triggers, early):
        self._new_order(total, first, triggers, [early, "funded"])

    @initialize(total=st.integers(1_500_000, 3_000_000), first=st.integers(35, 65),
                triggers=TWO_TRIGGERS, stages=st.permutations(["requested", "approved once"]))
    def large_order_under_review(self, total, first, triggers, stages):
        """Both milestones need two reviewers (USD 5,000.00 and more): one waits for its
        first approval, the other for its second."""
        self._new_order(total, first, triggers, stages)

    @initialize(total=st.integers(100, 499_999), triggers=TWO_TRIGGERS)
    def small_order_under_review(self, total, triggers):
        """One milestone that one reviewer releases."""
        self._new_order(total, 100, triggers, ["requested"])

    @initialize(total=st.integers(100, 2_000_000), first=st.integers(1, 99),
                triggers=TWO_TRIGGERS, stages=st.lists(st.sampled_from(STAGES[:-1]),
                                                       min_size=2, max_size=2))
    def disputed_order(self, total, first, triggers, stages):
        self._new_order(total, first, triggers, stages, disputed=True)

    # Another order while fewer than three are ACTIVE (disputes and cancellations end them).
    @precondition(lambda self: len(self.active) < 3 and len(self.orders) < 7)
    @rule(total=st.integers(100, 2_000_000), first=st.integers(1, 99), triggers=TWO_TRIGGERS,
          stages=st.lists(st.sampled_from(STAGES[:-1]), min_size=1, max_size=2))
    def another_order(self, total, first, triggers, stages):
        self._new_order(total, first, triggers, stages)

    # --- helpers -------------------------------------------------------------------------------
    def _order(self, order_id, *, fresh: bool = False):
        """The order as stored; read again only when asked or after a write (`_wrote`)."""
        if fresh or order_id not in self.read:
            self.read[order_id] = uc.get_order(order_id, ADMIN, self.uow)
        return self.read[order_id]

    def _wrote(self) -> None:
        self.read.clear()

    def _pick(self, data, *wanted: MilestoneState):
        """An order and a milestone: three times in four one in a `wanted` state if any is."""
        orders = [self._order(oid) for oid in self.orders]
        fitting = [(o, m) for o in orders for m in o.milestones if m.state in wanted]
        if fitting and data.draw(st.sampled_from([True, True, True, False])):
            return data.draw(st.sampled_from(fitting))
        o = data.draw(st.sampled_from(orders))
        return o, data.draw(st.sampled_from(o.milestones))

    def _pick_order(self, data, wanted: OrderState):
        """An order: three times in four one in the `wanted` state if any is."""
        orders = [self._order(oid) for oid in self.orders]
        fitting = [o for o in orders if o.state is wanted]
        if fitting and data.draw(st.sampled_from([True, True, True, False])):
            return data.draw(st.sampled_from(fitting))
        return data.draw(st.sampled_from(orders))

    def _attempt(self, kind, order_id, call, allowed, expect) -> None:
        """Run `call`; it must succeed exactly when `allowed`.

        On success `expect(before, after, result)` checks the effect and may name a finer
        kind of transition; a refusal must have changed nothing.
        """
        before = self._order(order_id)
        try:
            result = call()
        except TradepactError as exc:
            self._wrote()
            event(f"{kind}: {type(exc).__name__}")  # --hypothesis-show-statistics shows the mix
            assert not allowed, f"{kind} refused though the rules allow it: {exc!r}"
            assert self._order(order_id) == before
            return
        self._wrote()
        assert allowed, f"{kind} succeeded though the rules refuse it"
        after = self._order(order_id)
        if after.state is not OS.ACTIVE:
            self.active.discard(order_id)
        done = expect(before, after, result) or kind
        event(f"{done}: ok")
        type(self).successes[done] += 1
        self.replays.append((call, result))

    # --- rules: everybody tries everything -------------------------------------------------------
    @rule(data=st.data(), who=actor(PLATFORM))
    def fund(self, data, who):
        o, m = self._pick(data, MS.PENDING)
        remaining = m.amount_minor - m.funded_minor
        amount = data.draw(st.one_of(st.just(max(1, remaining)), st.just(max(1, remaining)),
                                     st.integers(1, max(1, remaining) + 2)))
        cmd = uc.RecordFunding(o.id, m.id, amount, f"PAY-{key()}", key())  # a new payment
        allowed = who.has(Role.PLATFORM) and m.state is MS.PENDING and amount <= remaining

        def expect(b, a, _):
            fb, rb, xb = money(b)
            assert money(a) == (fb + amount, rb, xb)
            assert a.milestone(m.id).state is (MS.FUNDED if amount == remaining else MS.PENDING)
        self._attempt("fund", o.id, lambda: uc.record_funding(cmd, who, self.uow), allowed,
                      expect)

    @rule(data=st.data(), who=actor(SELLER))
    def submit_evidence(self, data, who):
        o, m = self._pick(data, *OPEN)
        cmd = uc.SubmitEvidence(o.id, m.id, (EvidenceItem(type=EvidenceType.INVOICE,
                                                          document_ref=f"INV-{key()}"),), key())
        allowed = acts_for_seller(who, o) and m.state in OPEN

        def expect(b, a, _):
            assert money(a) == money(b)
            am = a.milestone(m.id)
            assert am.state is m.state and len(am.evidence) == len(m.evidence) + 1
            assert counted(am.approvals, approval_hash(a, m.id)) == set()  # none saw it
        self._attempt("evidence", o.id, lambda: uc.submit_evidence(cmd, who, self.uow), allowed,
                      expect)

    @rule(data=st.data(), who=actor(SELLER, PARTY_REVIEWER))
    def request_release(self, data, who):
        o, m = self._pick(data, MS.FUNDED)
        kind = data.draw(st.sampled_from([m.release_condition, m.release_condition,
                                          EvidenceType.INVOICE, None]))
        ev = () if kind is None else (EvidenceItem(type=kind, document_ref="DOC-1"),)
        cmd = uc.RequestRelease(o.id, m.id, key(), ev)
        allowed = acts_for_seller(who, o) and m.state is MS.FUNDED and evidenced(m, ev)

        def expect(b, a, _):
            assert money(a) == money(b)
            am = a.milestone(m.id)
            assert (am.state, am.release_requested_by, am.approvals) == (
                MS.RELEASE_REQUESTED, who.subject, [])
            assert am.approvals_required == self.uow.settings.policy.required(am.held_minor,
                                                                              am.currency)
        self._attempt("request", o.id, lambda: uc.request_release(cmd, who, self.uow), allowed,
                      expect)

    @rule(data=st.data(), which=st.sampled_from(["seen"] * 6 + ["stale", "none"]))
    def confirm(self, data, which):
        o, m = self._pick(data, MS.RELEASE_REQUESTED)
        current = approval_hash(o, m.id)  # what GetOrder (and the queue) show the reviewer
        # Mostly a reviewer whose approval would count, sometimes anybody (the requester's
        # own subject as a reviewer, a party reviewer, one who approved already, ...).
        fresh = [r for r in REVIEWERS if r.subject not in counted(m.approvals, current)]
        who = data.draw(st.one_of(st.sampled_from(fresh or REVIEWERS), st.sampled_from(
            fresh or REVIEWERS), st.sampled_from([SELLER_AS_REVIEWER, *EVERYONE])))
        stale = [h for h in self.hashes.get(m.id, []) if h != current]
        self.hashes.setdefault(m.id, []).append(current)
        sent = {"seen": current, "stale": stale[-1] if stale else current, "none": ""}[which]
        cmd = uc.ConfirmPayout(o.id, m.id, key(), sent)
        before = counted(m.approvals, current)
        allowed = (who.has(Role.REVIEWER) and not is_party(who, o)
                   and who.subject != m.release_requested_by and m.state is MS.RELEASE_REQUESTED
                   and sent == current and who.subject not in before)

        def expect(b, a, _):
            fb, rb, xb = money(b)
            am, approvers = a.milestone(m.id), before | {who.subject}
            if len(approvers) < m.approvals_required:
                assert money(a) == money(b) and am.state is MS.RELEASE_REQUESTED
                assert counted(am.approvals, current) == approvers
                return "confirm.approve"
            assert am.state is MS.RELEASED and money(a) == (fb, rb + m.held_minor, xb)
            assert am.payout["approved_by"] == sorted(approvers)
            return "confirm.release" if m.approvals_required == 1 else "confirm.release_by_second"
        self._attempt("confirm", o.id, lambda: uc.confirm_payout(cmd, who, self.uow), allowed,
                      expect)

    @rule(data=st.data(), who=actor(*REVIEWERS), reason=st.sampled_from(["unreadable"] * 3 + [" "]))
    def reject(self, data, who, reason):
        o, m = self._pick(data, MS.RELEASE_REQUESTED)
        cmd = uc.RejectPayout(o.id, m.id, reason, key())
        allowed = (who.has(Role.REVIEWER) and not is_party(who, o)
                   and m.state is MS.RELEASE_REQUESTED and bool(reason.strip()))

        def expect(b, a, _):
            assert money(a) == money(b)
            am = a.milestone(m.id)
            assert (am.state, am.approvals, am.reject_reason, am.release_requested_by) == (
                MS.FUNDED, [], reason, None)
        self._attempt("reject", o.id, lambda: uc.reject_payout(cmd, who, self.uow), allowed,
                      expect)

    @rule(data=st.data(), who=rarely(BUYER))
    def open_dispute(self, data, who):
        o = data.draw(st.sampled_from([self._order(oid) for oid in self.orders]))
        cmd = uc.OpenDispute(o.id, "late", key())
        allowed = acts_for_buyer(who, o) and o.state is OS.ACTIVE

        def expect(b, a, _):
            assert money(a) == money(b) and a.state is OS.DISPUTED
            assert all(am.state is (bm.state if bm.state in (MS.RELEASED, MS.REFUNDED)
                                    else MS.DISPUTED)
                       for am, bm in zip(a.milestones, b.milestones, strict=True))
        self._attempt("dispute", o.id, lambda: uc.open_dispute(cmd, who, self.uow), allowed,
                      expect)

    @rule(data=st.data(), who=actor(ADMIN, REVIEWER_1), off=st.sampled_from([0, 0, 0, 1]))
    def resolve(self, data, who, off):
        o = self._pick_order(data, OS.DISPUTED)
        held = o.held_minor()
        release = data.draw(st.one_of(st.just(0), st.just(held), st.integers(0, held)))
        cmd = uc.ResolveDispute(o.id, release, held - release + off, key())
        large = self.uow.settings.policy.required(release, o.currency) > 1
        allowed = (o.state is OS.DISPUTED and off == 0 and not is_party(who, o)
                   and (who.has(Role.ADMIN) or (who.has(Role.REVIEWER)
                                                and not (release > 0 and large))))

        def expect(b, a, _):
            fb, rb, xb = money(b)
            assert money(a) == (fb, rb + release, xb + held - release)
            assert a.state in (OS.COMPLETED, OS.CANCELLED) and a.held_minor() == 0
        self._attempt("resolve", o.id, lambda: uc.resolve_dispute(cmd, who, self.uow), allowed,
                      expect)

    @rule(data=st.data(), who=rarely(PLATFORM, ADMIN))
    def cancel(self, data, who):
        o = data.draw(st.sampled_from([self._order(oid) for oid in self.orders]))
        cmd = uc.CancelOrder(o.id, "changed mind", key())
        allowed = ((who.has(Role.PLATFORM) or who.has(Role.ADMIN)) and not is_party(who, o)
                   and o.state is OS.ACTIVE)

        def expect(b, a, _):
            fb, rb, xb = money(b)
            assert money(a) == (fb, rb, xb + b.held_minor()) and a.state is OS.CANCELLED
        self._attempt("cancel", o.id, lambda: uc.cancel_order(cmd, who, self.uow), allowed,
                      expect)

    @precondition(lambda self: self.replays)
    @rule(data=st.data())
    def replay(self, data):
        call, original = data.draw(st.sampled_from(self.replays))
        before = [money(self._order(oid)) for oid in self.orders]
        assert call() == original
        self._wrote()
        assert [money(self._order(oid)) for oid in self.orders] == before

    # --- invariants ----------------------------------------------------------------------------
    @invariant()
    def every_invariant_holds(self):
        """After every step, for every order: its money and state, its approvals; its ledger
        and audit chain when it changed since they were last proved (teardown proves every
        order's again); and the whole ledger sums to zero."""
        for oid in self.orders:
            o = self._order(oid, fresh=True)
            for m in o.milestones:
                assert 0 <= m.released_minor + m.refunded_minor <= m.funded_minor <= m.amount_minor
            assert o.state is order_state((m.state for m in o.milestones),
                                          anything_refunded=any(m.refunded_minor
                                                                for m in o.milestones))
            self._check_approvals(o)
            if self.proved.get(oid) != (o.version, o.audit_sequence):
                self._check_books(oid)
                self.proved[oid] = (o.version, o.audit_sequence)
        with self.uow.store.read() as tx:
            assert tx.ledger_sum() == 0

    def teardown(self):
        for oid in self.orders:  # including those no step changed: nothing else may have
            self._check_books(oid)

    def _check_books(self, oid: str) -> None:
        assert uc.ledger_summary(oid, ADMIN, self.uow).problems == []
        assert uc.verify_audit(ADMIN, self.uow, oid).problems == {oid: []}

    @staticmethod
    def _check_approvals(o) -> None:
        """Distinct reviewers, none a party or the requester; a reviewed payout names as many
        as were required."""
        for m in o.milestones:
            names = [a.reviewer for a in m.approvals]
            assert len(names) == len(set(names))
            for name in names:
                reviewer = next(p for p in EVERYONE if p.subject == name and p.has(Role.REVIEWER))
                assert not is_party(reviewer, o) and name != m.release_requested_by
            if m.payout is not None:  # released by review, not by a dispute's resolution
                approved = set(m.payout["approved_by"])
                assert len(approved) >= m.approvals_required
                assert m.release_requested_by not in approved


def _run(world) -> Counter:
    class OnThisDatabase(EscrowMachine):
        uow = world.uow
        successes = Counter()

    run_state_machine_as_test(OnThisDatabase, settings=settings(
        max_examples=EXAMPLES, stateful_step_count=30, derandomize=True, database=None,
        deadline=None, suppress_health_check=list(HealthCheck)))
    return OnThisDatabase.successes


def test_random_operations_from_every_role_keep_every_invariant(world, engine):
    assert isinstance(world.uow.store, SqlEscrowStore)
    successes = _run(world)
    # Reaching each transition is what makes the invariants above mean something. (A run cut
    # shorter than the default by TP_ESCROW_EXAMPLES need not reach them all.)
    if EXAMPLES >= DEFAULT_EXAMPLES:
        assert TRANSITIONS <= {kind for kind, n in successes.items() if n}, dict(successes)
