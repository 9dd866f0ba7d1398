"""One typed method per RPC, shared by the real client and the fake so both always match."""

from __future__ import annotations

import enum
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload

from google.protobuf.message import Message as PbMessage

from tradepact.v1 import contracts_pb2, escrow_pb2, terms_pb2


class _UseDefault(enum.Enum):
    TIMEOUT = "the client's default timeout"


#: Marker for "use the client's default timeout" (pass None for no deadline at all).
DEFAULT_TIMEOUT = _UseDefault.TIMEOUT
Timeout = float | None | _UseDefault
Metadata = Sequence[tuple[str, str]]
#: progress(received_bytes, total_bytes), called after every chunk of a download.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Rpc:
    """How one SDK method maps onto the API."""

    name: str
    service: str
    method: str
    request: type[PbMessage]
    response: type[PbMessage]
    server_streaming: bool

    @property
    def path(self) -> str:
        """The gRPC method path, e.g. /tradepact.v1.EscrowService/GetOrder."""
        return f"/{self.service}/{self.method}"

    @property
    def mutating(self) -> bool:
        """Mutating RPCs are exactly those whose request carries an idempotency key."""
        return "idempotency_key" in self.request.DESCRIPTOR.fields_by_name


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() and i else c.lower()
                   for i, c in enumerate(name))


def _rpcs() -> dict[str, Rpc]:
    out: dict[str, Rpc] = {}
    for module in (terms_pb2, contracts_pb2, escrow_pb2):
        for service in module.DESCRIPTOR.services_by_name.values():
            for m in service.methods:
                out[_snake(m.name)] = Rpc(
                    name=_snake(m.name), service=service.full_name, method=m.name,
                    request=getattr(module, m.input_type.name),
                    response=getattr(module, m.output_type.name),
                    server_streaming=m.server_streaming)
    return out


#: Every RPC of the v1 API, by SDK method name (derived from the proto descriptors).
RPCS: dict[str, Rpc] = _rpcs()


def build_request(rpc: Rpc, request: PbMessage | None, fields: dict[str, Any]) -> PbMessage:
    """A fresh request from a message and/or keyword fields (fields win); never mutates the
    caller's message. Mutating calls without an idempotency key get a new uuid4 key, so every
    retry of this call carries the same key and cannot apply twice."""
    if request is not None and not isinstance(request, rpc.request):
        raise TypeError(f"{rpc.name} takes a {rpc.request.DESCRIPTOR.full_name}, "
                        f"not {type(request).__name__}")
    out = rpc.request()
    if request is not None:
        out.CopyFrom(request)
    if fields:
        try:
            out.MergeFrom(rpc.request(**fields))
        except ValueError as exc:  # unknown field names
            raise TypeError(f"{rpc.name}: {exc}") from exc
    if rpc.mutating and not out.idempotency_key:  # type: ignore[attr-defined]
        out.idempotency_key = uuid.uuid4().hex  # type: ignore[attr-defined]
    return out


class RpcMethods:
    """The SDK surface: each method takes the request message and/or its fields as keywords
    and returns the response message. Subclasses implement the three `_call_*` hooks."""

    def _call_unary(self, rpc: Rpc, request: PbMessage, timeout: Timeout,
                    metadata: Metadata) -> Any:
        raise NotImplementedError

    def _call_download(self, rpc: Rpc, request: PbMessage, to: str | os.PathLike[str] | None,
                       progress: Progress | None, timeout: Timeout, metadata: Metadata) -> Any:
        raise NotImplementedError

    def _call_watch(self, rpc: Rpc, request: PbMessage, timeout: Timeout,
                    metadata: Metadata) -> Iterator[Any]:
        raise NotImplementedError

    def _unary(self, name: str, request: PbMessage | None, fields: dict[str, Any],
               timeout: Timeout, metadata: Metadata) -> Any:
        rpc = RPCS[name]
        return self._call_unary(rpc, build_request(rpc, request, fields), timeout, metadata)

    # --- TermsService ----------------------------------------------------------------------

    def extract_terms(self, request: terms_pb2.ExtractTermsRequest | None = None, /, *,
                      timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                      **fields: Any) -> terms_pb2.ExtractTermsResponse:
        """Terms of a transcript, with status, evidence and findings (changes nothing)."""
        return self._unary("extract_terms", request, fields, timeout, metadata)

    # --- ContractService -------------------------------------------------------------------

    def draft_contract(self, request: contracts_pb2.DraftContractRequest | None = None, /, *,
                       timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                       **fields: Any) -> contracts_pb2.DraftContractResponse:
        """A new immutable contract version from terms and parties."""
        return self._unary("draft_contract", request, fields, timeout, metadata)

    def render_contract(self, request: contracts_pb2.RenderContractRequest | None = None, /,
                        *, timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                        **fields: Any) -> contracts_pb2.RenderContractResponse:
        """Render a version to DOCX or PDF; the server stores it with its SHA-256."""
        return self._unary("render_contract", request, fields, timeout, metadata)

    @overload
    def download_contract(self, request: contracts_pb2.DownloadContractRequest | None = None,
                          /, *, to: None = None, progress: Progress | None = None,
                          timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                          **fields: Any) -> bytes: ...

    @overload
    def download_contract(self, request: contracts_pb2.DownloadContractRequest | None = None,
                          /, *, to: str | os.PathLike[str], progress: Progress | None = None,
                          timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                          **fields: Any) -> contracts_pb2.RenderedFile: ...

    def download_contract(self, request: contracts_pb2.DownloadContractRequest | None = None,
                          /, *, to: str | os.PathLike[str] | None = None,
                          progress: Progress | None = None, timeout: Timeout = DEFAULT_TIMEOUT,
                          metadata: Metadata = (), **fields: Any
                          ) -> bytes | contracts_pb2.RenderedFile:
        """Stream a rendered file and verify its size and SHA-256 against the header.

        Returns the bytes, or with `to=PATH` writes the file (atomically, only once verified)
        and returns the header. Raises ChecksumMismatch when the bytes do not match.
        """
        rpc = RPCS["download_contract"]
        return self._call_download(rpc, build_request(rpc, request, fields), to, progress,
                                   timeout, metadata)

    def get_contract(self, request: contracts_pb2.GetContractRequest | None = None, /, *,
                     timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                     **fields: Any) -> contracts_pb2.GetContractResponse:
        """One contract version (the latest when version is 0)."""
        return self._unary("get_contract", request, fields, timeout, metadata)

    def list_contract_versions(self,
                               request: contracts_pb2.ListContractVersionsRequest | None = None,
                               /, *, timeout: Timeout = DEFAULT_TIMEOUT,
                               metadata: Metadata = (), **fields: Any
                               ) -> contracts_pb2.ListContractVersionsResponse:
        """A contract's versions, newest first."""
        return self._unary("list_contract_versions", request, fields, timeout, metadata)

    # --- EscrowService ---------------------------------------------------------------------

    def create_order(self, request: escrow_pb2.CreateOrderRequest | None = None, /, *,
                     timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                     **fields: Any) -> escrow_pb2.CreateOrderResponse:
        """An escrow order from a final contract version, one milestone per installment."""
        return self._unary("create_order", request, fields, timeout, metadata)

    def record_funding(self, request: escrow_pb2.RecordFundingRequest | None = None, /, *,
                       timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                       **fields: Any) -> escrow_pb2.RecordFundingResponse:
        """Record the buyer's payment into escrow for a milestone."""
        return self._unary("record_funding", request, fields, timeout, metadata)

    def submit_evidence(self, request: escrow_pb2.SubmitEvidenceRequest | None = None, /, *,
                        timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                        **fields: Any) -> escrow_pb2.SubmitEvidenceResponse:
        """Attach an evidence document to a milestone."""
        return self._unary("submit_evidence", request, fields, timeout, metadata)

    def request_release(self, request: escrow_pb2.RequestReleaseRequest | None = None, /, *,
                        timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                        **fields: Any) -> escrow_pb2.RequestReleaseResponse:
        """Ask reviewers to release a funded milestone."""
        return self._unary("request_release", request, fields, timeout, metadata)

    def confirm_payout(self, request: escrow_pb2.ConfirmPayoutRequest | None = None, /, *,
                       timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                       **fields: Any) -> escrow_pb2.ConfirmPayoutResponse:
        """A reviewer's approval of the milestone as the reviewer saw it.

        `approval_hash` is required: pass the milestone's `approval_hash` exactly as it was
        shown with what you reviewed (GetOrder, or the order in ListReviewQueue), never one
        fetched just to fill it in. The approval is bound to that hash (milestone, amount,
        beneficiary, evidence): without it the call fails with INVALID_ARGUMENT naming
        `approval_hash`, and if what it covers changed since, with FAILED_PRECONDITION
        (APPROVAL_HASH), so review the milestone again. `payout_reference` is recorded when
        this approval releases the money."""
        return self._unary("confirm_payout", request, fields, timeout, metadata)

    def reject_payout(self, request: escrow_pb2.RejectPayoutRequest | None = None, /, *,
                      timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                      **fields: Any) -> escrow_pb2.RejectPayoutResponse:
        """Send a release request back to FUNDED with a reason."""
        return self._unary("reject_payout", request, fields, timeout, metadata)

    def open_dispute(self, request: escrow_pb2.OpenDisputeRequest | None = None, /, *,
                     timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                     **fields: Any) -> escrow_pb2.OpenDisputeResponse:
        """The buyer's dispute: freezes the order's unreleased milestones."""
        return self._unary("open_dispute", request, fields, timeout, metadata)

    def resolve_dispute(self, request: escrow_pb2.ResolveDisputeRequest | None = None, /, *,
                        timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                        **fields: Any) -> escrow_pb2.ResolveDisputeResponse:
        """Split what is held between seller and buyer and unfreeze the order."""
        return self._unary("resolve_dispute", request, fields, timeout, metadata)

    def cancel_order(self, request: escrow_pb2.CancelOrderRequest | None = None, /, *,
                     timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                     **fields: Any) -> escrow_pb2.CancelOrderResponse:
        """Cancel an order and refund what is held."""
        return self._unary("cancel_order", request, fields, timeout, metadata)

    def get_order(self, request: escrow_pb2.GetOrderRequest | None = None, /, *,
                  timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                  **fields: Any) -> escrow_pb2.GetOrderResponse:
        """One order with its milestones."""
        return self._unary("get_order", request, fields, timeout, metadata)

    def list_orders(self, request: escrow_pb2.ListOrdersRequest | None = None, /, *,
                    timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                    **fields: Any) -> escrow_pb2.ListOrdersResponse:
        """A page of the orders the caller may see, newest first."""
        return self._unary("list_orders", request, fields, timeout, metadata)

    def watch_order(self, request: escrow_pb2.WatchOrderRequest | None = None, /, *,
                    timeout: Timeout = None, metadata: Metadata = (),
                    **fields: Any) -> Iterator[escrow_pb2.WatchOrderResponse]:
        """An order's audit events as they happen. No deadline unless `timeout` is given;
        after a dropped connection it resumes after the last event it yielded."""
        rpc = RPCS["watch_order"]
        return self._call_watch(rpc, build_request(rpc, request, fields), timeout, metadata)

    def list_review_queue(self, request: escrow_pb2.ListReviewQueueRequest | None = None, /,
                          *, timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                          **fields: Any) -> escrow_pb2.ListReviewQueueResponse:
        """Release requests waiting for reviewers, oldest first."""
        return self._unary("list_review_queue", request, fields, timeout, metadata)

    def get_ledger(self, request: escrow_pb2.GetLedgerRequest | None = None, /, *,
                   timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                   **fields: Any) -> escrow_pb2.GetLedgerResponse:
        """An order's ledger entries and balances."""
        return self._unary("get_ledger", request, fields, timeout, metadata)

    def verify_audit(self, request: escrow_pb2.VerifyAuditRequest | None = None, /, *,
                     timeout: Timeout = DEFAULT_TIMEOUT, metadata: Metadata = (),
                     **fields: Any) -> escrow_pb2.VerifyAuditResponse:
        """Check the hash chain of one order's events, or of all orders."""
        return self._unary("verify_audit", request, fields, timeout, metadata)


__all__ = ["DEFAULT_TIMEOUT", "RPCS", "Metadata", "Progress", "Rpc", "RpcMethods", "Timeout",
           "build_request"]
