"""EscrowService: thin adapter over tradepact.usecases.escrow."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from tradepact.bootstrap import App
from tradepact.domain.contract import contract_total_minor
from tradepact.domain.errors import FieldViolation, InvalidInput, TooLarge
from tradepact.domain.escrow.model import Order
from tradepact.domain.terms import TradeTerms
from tradepact.usecases import contracts as contracts_uc
from tradepact.usecases import escrow as uc
from tradepact.v1 import escrow_pb2 as pb
from tradepact.v1 import escrow_pb2_grpc

from ..context import current_principal
from ..converters.escrow import (
    event_to_pb,
    evidence_from_pb,
    order_into_pb,
    order_state_from_pb,
    timestamp_of,
)
from ..converters.money import money_from_pb, money_to_pb
from ..converters.terms import terms_to_pb

WATCH_POLL_SECONDS = 1.0
#: How long a new WatchOrder stream waits for a slot before RESOURCE_EXHAUSTED. A client that
#: closes a stream and opens the next can have the new call reach the server before grpc has
#: reported the old one's end (a few milliseconds); without this it would be refused for a
#: slot that was about to come free.
WATCH_SLOT_WAIT_SECONDS = 0.1


def _with_order(response: Any, order: Order) -> Any:
    """The response with its order field filled in place (no copy of the built message)."""
    order_into_pb(response.order, order)
    return response


def _amount(money: Any, field: str, currency: str | None = None) -> int:
    if not money.currency_code and money.minor_units == 0:
        raise InvalidInput(FieldViolation(field, "is required"))
    minor, cur = money_from_pb(money, field)
    if minor < 0:
        raise InvalidInput(FieldViolation(f"{field}.minor_units", "must not be negative"))
    if currency is not None and cur != currency:
        raise InvalidInput(FieldViolation(f"{field}.currency_code",
                                          f"must be the order currency {currency}"))
    return minor


class EscrowServicer(escrow_pb2_grpc.EscrowServiceServicer):
    """Orders, milestones, reviewed payouts, ledger and audit."""

    def __init__(self, app: App) -> None:
        self._app = app
        # Each stream holds an RPC thread; leave at least half of them for everything else.
        self._watch_limit = max(1, app.settings.max_workers // 2)
        self._watch_slots = threading.BoundedSemaphore(self._watch_limit)
        # Streams waiting for a slot hold RPC threads too: at most half of the other half.
        self._watch_waiters = threading.BoundedSemaphore(max(1, self._watch_limit // 2))

    @property
    def _uow(self) -> uc.EscrowUnitOfWork:
        return self._app.extras["escrow"]

    def _order_currency(self, order_id: str) -> str:
        return uc.get_order(order_id, current_principal(), self._uow).currency

    def CreateOrder(self, request: pb.CreateOrderRequest, context: Any  # noqa: N802
                    ) -> pb.CreateOrderResponse:
        principal = current_principal()
        if not request.contract_id:
            raise InvalidInput("contract_id", "is required")
        number = uc.contract_version_to_freeze(request.contract_id, request.contract_version,
                                               request.idempotency_key, principal, self._uow)
        version = contracts_uc.contract_snapshot(request.contract_id, number, principal,
                                                 self._app.extras["contracts"])
        total, currency = contract_total_minor(version.terms)
        snapshot = uc.ContractSnapshot(
            contract_id=version.contract_id, version=version.version,
            terms_fingerprint=version.terms_fingerprint, terms=version.terms,
            total_minor=total, currency=currency, buyer_party_id=version.buyer_party_id,
            seller_party_id=version.seller_party_id)
        order = uc.create_order(uc.CreateOrder(contract=snapshot,
                                               idempotency_key=request.idempotency_key),
                                principal, self._uow)
        return _with_order(pb.CreateOrderResponse(), order)

    def RecordFunding(self, request: pb.RecordFundingRequest, context: Any  # noqa: N802
                      ) -> pb.RecordFundingResponse:
        amount = _amount(request.amount, "amount")
        order = uc.record_funding(uc.RecordFunding(
            order_id=request.order_id, milestone_id=request.milestone_id, amount_minor=amount,
            payment_reference=request.payment_reference,
            idempotency_key=request.idempotency_key, currency=request.amount.currency_code),
            current_principal(), self._uow)
        return _with_order(pb.RecordFundingResponse(), order)

    def SubmitEvidence(self, request: pb.SubmitEvidenceRequest, context: Any  # noqa: N802
                       ) -> pb.SubmitEvidenceResponse:
        item = evidence_from_pb(request.evidence, "evidence")
        order = uc.submit_evidence(uc.SubmitEvidence(
            order_id=request.order_id, milestone_id=request.milestone_id, evidence=(item,),
            idempotency_key=request.idempotency_key), current_principal(), self._uow)
        return _with_order(pb.SubmitEvidenceResponse(), order)

    def RequestRelease(self, request: pb.RequestReleaseRequest, context: Any  # noqa: N802
                       ) -> pb.RequestReleaseResponse:
        order = uc.request_release(uc.RequestRelease(
            order_id=request.order_id, milestone_id=request.milestone_id,
            idempotency_key=request.idempotency_key, note=request.note),
            current_principal(), self._uow)
        return _with_order(pb.RequestReleaseResponse(), order)

    def ConfirmPayout(self, request: pb.ConfirmPayoutRequest, context: Any  # noqa: N802
                      ) -> pb.ConfirmPayoutResponse:
        cmd = uc.ConfirmPayout(order_id=request.order_id, milestone_id=request.milestone_id,
                               idempotency_key=request.idempotency_key,
                               expected_digest=request.approval_hash,
                               payout_reference=request.payout_reference)
        order = uc.confirm_payout(cmd, current_principal(), self._uow)
        milestone = next(m for m in order.milestones if m.id == request.milestone_id)
        out = _with_order(pb.ConfirmPayoutResponse(), order)
        pm = next(m for m in out.order.milestones if m.milestone_id == request.milestone_id)
        valid = sum(1 for a in pm.approvals if a.valid)
        out.released = milestone.state.value == "RELEASED"
        out.approvals_remaining = 0 if out.released else max(0, pm.approvals_required - valid)
        return out

    def RejectPayout(self, request: pb.RejectPayoutRequest, context: Any  # noqa: N802
                     ) -> pb.RejectPayoutResponse:
        order = uc.reject_payout(uc.RejectPayout(
            order_id=request.order_id, milestone_id=request.milestone_id,
            reason=request.reason, idempotency_key=request.idempotency_key),
            current_principal(), self._uow)
        return _with_order(pb.RejectPayoutResponse(), order)

    def OpenDispute(self, request: pb.OpenDisputeRequest, context: Any  # noqa: N802
                    ) -> pb.OpenDisputeResponse:
        order = uc.open_dispute(uc.OpenDispute(
            order_id=request.order_id, reason=request.reason,
            idempotency_key=request.idempotency_key), current_principal(), self._uow)
        return _with_order(pb.OpenDisputeResponse(), order)

    def ResolveDispute(self, request: pb.ResolveDisputeRequest, context: Any  # noqa: N802
                       ) -> pb.ResolveDisputeResponse:
        # Checked before anything moves: a wrong currency must change nothing.
        currency = self._order_currency(request.order_id)
        amounts = {}
        for name in ("release_to_seller", "refund_to_buyer"):
            amounts[name] = 0
            if request.HasField(name):
                amounts[name] = _amount(getattr(request, name), name, currency)
        order = uc.resolve_dispute(uc.ResolveDispute(
            order_id=request.order_id, release_minor=amounts["release_to_seller"],
            refund_minor=amounts["refund_to_buyer"], note=request.resolution_note,
            idempotency_key=request.idempotency_key), current_principal(), self._uow)
        return _with_order(pb.ResolveDisputeResponse(), order)

    def CancelOrder(self, request: pb.CancelOrderRequest, context: Any  # noqa: N802
                    ) -> pb.CancelOrderResponse:
        order = uc.cancel_order(uc.CancelOrder(
            order_id=request.order_id, reason=request.reason,
            idempotency_key=request.idempotency_key), current_principal(), self._uow)
        return _with_order(pb.CancelOrderResponse(), order)

    def GetOrder(self, request: pb.GetOrderRequest, context: Any  # noqa: N802
                 ) -> pb.GetOrderResponse:
        if not request.order_id:
            raise InvalidInput("order_id", "is required")
        return _with_order(pb.GetOrderResponse(),
                           uc.get_order(request.order_id, current_principal(), self._uow))

    def ListOrders(self, request: pb.ListOrdersRequest, context: Any  # noqa: N802
                   ) -> pb.ListOrdersResponse:
        orders, token = uc.list_orders(uc.ListOrders(
            state=order_state_from_pb(request.state), page_size=request.page_size or 50,
            page_token=request.page_token), current_principal(), self._uow)
        out = pb.ListOrdersResponse(next_page_token=token)
        for o in orders:
            order_into_pb(out.orders.add(), o)
        return out

    def WatchOrder(self, request: pb.WatchOrderRequest, context: Any  # noqa: N802
                   ) -> Iterator[pb.WatchOrderResponse]:
        if not request.order_id:
            raise InvalidInput("order_id", "is required")
        principal = current_principal()
        bus = self._app.extras["event_bus"]
        after = request.after_sequence
        if not self._take_watch_slot():
            raise TooLarge("concurrent WatchOrder streams on this server", self._watch_limit)
        try:
            # A stream waiting for events must notice at once that its call ended (the client
            # closed it, its deadline passed): grpc runs the callback then, and it wakes the
            # wait. Noticed only when the poll timed out, a closed stream kept its slot for up
            # to WATCH_POLL_SECONDS and quick open-and-close clients ran out of slots.
            gone = threading.Event()
            if not context.add_callback(lambda: bus.interrupt(gone)):
                return  # the call has already ended
            with bus.watching(request.order_id):
                while context.is_active() and not bus.closed and not gone.is_set():
                    events = uc.list_events(request.order_id, after, principal, self._uow,
                                            limit=500)
                    for ev in events:
                        yield pb.WatchOrderResponse(event=event_to_pb(ev))
                        after = ev.sequence
                    if not events:
                        # Woken by this replica's commits or by PostgreSQL NOTIFY from
                        # others; the timeout is the safety net.
                        bus.wait(request.order_id, after, WATCH_POLL_SECONDS, stop=gone)
        finally:
            self._watch_slots.release()

    def _take_watch_slot(self) -> bool:
        """A WatchOrder slot, waiting up to WATCH_SLOT_WAIT_SECONDS for one when all are held
        (no wait when enough other streams are already waiting); False when none came free."""
        if self._watch_slots.acquire(blocking=False):
            return True
        if not self._watch_waiters.acquire(blocking=False):
            return False
        try:
            return self._watch_slots.acquire(timeout=WATCH_SLOT_WAIT_SECONDS)
        finally:
            self._watch_waiters.release()

    def ListReviewQueue(self, request: pb.ListReviewQueueRequest, context: Any  # noqa: N802
                        ) -> pb.ListReviewQueueResponse:
        items, token = uc.reviewer_queue(current_principal(), self._uow,
                                         limit=request.page_size or 50,
                                         page_token=request.page_token)
        out = pb.ListReviewQueueResponse(next_page_token=token)
        for item in items:
            ri = out.items.add(milestone_id=item.milestone.id)
            order_into_pb(ri.order, item.order)
            if item.terms_json:
                ri.terms.CopyFrom(terms_to_pb(TradeTerms.model_validate_json(item.terms_json)))
            if (ts := timestamp_of(item.milestone.release_requested_at)) is not None:
                ri.request_time.CopyFrom(ts)
        return out

    def GetLedger(self, request: pb.GetLedgerRequest, context: Any  # noqa: N802
                  ) -> pb.GetLedgerResponse:
        if not request.order_id:
            raise InvalidInput("order_id", "is required")
        s = uc.ledger_summary(request.order_id, current_principal(), self._uow)
        cur = s.currency
        out = pb.GetLedgerResponse(
            order_id=s.order_id, funded=money_to_pb(s.funded_minor, cur),
            released=money_to_pb(s.released_minor, cur),
            refunded=money_to_pb(s.refunded_minor, cur), held=money_to_pb(s.held_minor, cur),
            balanced=not s.problems)
        for i, e in enumerate(s.entry_list):
            out.entries.add(entry_id=f"{e['movement_id']}:{i}", movement_id=e["movement_id"],
                            account=f"{e['account']}:{s.order_id}",
                            amount=money_to_pb(e["amount_minor"], e["currency"]),
                            kind=e["movement"], milestone_id=e["milestone_id"])
        return out

    def VerifyAudit(self, request: pb.VerifyAuditRequest, context: Any  # noqa: N802
                    ) -> pb.VerifyAuditResponse:
        report = uc.verify_audit(current_principal(), self._uow, request.order_id or None)
        out = pb.VerifyAuditResponse(ok=report.ok, events_checked=report.events_checked)
        for order_id, breaks in report.breaks.items():
            for b in breaks:
                out.problems.add(order_id=order_id, sequence=b.sequence,
                                 description=b.description)
        return out
