"""FakeTradepactClient: the SDK's methods with scripted answers, for testing code that uses it.

It has exactly the methods of `TradepactClient` (they share one definition), builds requests
the same way (keyword fields, an idempotency key generated for mutating calls), and records
every call. Script answers per method name, in the order they will be used:

    from tradepact.v1 import escrow_pb2
    from tradepact_client import FailedPrecondition, FakeTradepactClient

    fake = FakeTradepactClient()
    fake.responses["get_order"].append(
        escrow_pb2.GetOrderResponse(order=escrow_pb2.Order(order_id="o-1")))
    fake.responses["confirm_payout"].append(FailedPrecondition("milestone m-1 is PENDING"))
    fake.handlers["list_orders"] = lambda request: escrow_pb2.ListOrdersResponse()

    code_under_test(fake)              # e.g. a function taking a TradepactClient

    assert fake.calls[0].method == "get_order"
    assert fake.requests("confirm_payout")[0].milestone_id == "m-1"

A scripted item is a response message, an exception to raise (any `TradepactError`), or a
callable taking the request and returning either. Queued items are used first, then the
method's handler; with neither, the call fails with `NotScripted`. For `download_contract`
script the file's bytes (the fake builds the header, verifies nothing, and writes `to=` if
given); for `watch_order` script an iterable of `WatchOrderResponse` (an exception inside it
is raised at that point of the stream, like a dropped connection).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from google.protobuf.message import Message as PbMessage

from tradepact.v1 import contracts_pb2

from ._methods import RPCS, Metadata, Progress, Rpc, RpcMethods, Timeout

CHUNK_BYTES = 64 * 1024


class NotScripted(AssertionError):
    """The code under test made a call the test did not script an answer for."""


@dataclass(frozen=True)
class Call:
    """One recorded call: the SDK method name, the request as sent, and call options."""

    method: str
    request: PbMessage
    metadata: tuple[tuple[str, str], ...] = ()
    timeout: Any = None


class _Scripts(dict[str, list[Any]]):
    """responses["get_order"] is created on first use; a misspelt method name fails loudly."""

    def __missing__(self, name: str) -> list[Any]:
        if name not in RPCS:
            raise KeyError(f"no SDK method {name!r}; known: {', '.join(sorted(RPCS))}")
        self[name] = []
        return self[name]


class FakeTradepactClient(RpcMethods):
    """Answers calls from `responses` (queued per method) and `handlers`; records `calls`."""

    def __init__(self) -> None:
        self.responses: dict[str, list[Any]] = _Scripts()
        self.handlers: dict[str, Callable[[PbMessage], Any]] = {}
        self.calls: list[Call] = []
        self.closed = False

    def requests(self, method: str) -> list[PbMessage]:
        """The requests sent to one method, in order."""
        return [c.request for c in self.calls if c.method == method]

    def close(self) -> None:
        """Mark the fake closed (like closing the real client's channel)."""
        self.closed = True

    def __enter__(self) -> FakeTradepactClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the three call shapes -------------------------------------------------------------

    def _call_unary(self, rpc: Rpc, request: PbMessage, timeout: Timeout,
                    metadata: Metadata) -> Any:
        answer = self._answer(rpc, request, timeout, metadata)
        if not isinstance(answer, rpc.response):
            raise TypeError(f"scripted answer for {rpc.name} must be a "
                            f"{rpc.response.DESCRIPTOR.full_name}, not {type(answer).__name__}")
        return answer

    def _call_download(self, rpc: Rpc, request: PbMessage, to: str | os.PathLike[str] | None,
                       progress: Progress | None, timeout: Timeout, metadata: Metadata) -> Any:
        data = self._answer(rpc, request, timeout, metadata)
        if not isinstance(data, bytes | bytearray):
            raise TypeError(f"scripted answer for download_contract must be bytes, "
                            f"not {type(data).__name__}")
        data = bytes(data)
        for end in range(CHUNK_BYTES, len(data) + CHUNK_BYTES, CHUNK_BYTES):
            if progress is not None:
                progress(min(end, len(data)), len(data))
        if to is None:
            return data
        Path(to).write_bytes(data)
        return contracts_pb2.RenderedFile(
            format=request.format, language=request.language,  # type: ignore[attr-defined]
            size_bytes=len(data), sha256=hashlib.sha256(data).hexdigest())

    def _call_watch(self, rpc: Rpc, request: PbMessage, timeout: Timeout,
                    metadata: Metadata) -> Iterator[Any]:
        events = self._answer(rpc, request, timeout, metadata)
        return _stream(rpc, events)

    def _answer(self, rpc: Rpc, request: PbMessage, timeout: Timeout,
                metadata: Metadata) -> Any:
        self.calls.append(Call(rpc.name, request, tuple(metadata), timeout))
        queued = self.responses[rpc.name]
        if queued:
            answer = queued.pop(0)
        elif rpc.name in self.handlers:
            answer = self.handlers[rpc.name]
        else:
            raise NotScripted(f"no answer scripted for {rpc.name}: append one to "
                              f"fake.responses[{rpc.name!r}] or set "
                              f"fake.handlers[{rpc.name!r}]")
        if callable(answer) and not isinstance(answer, PbMessage | BaseException):
            answer = answer(request)
        if isinstance(answer, BaseException):
            raise answer
        return answer


def _stream(rpc: Rpc, events: Any) -> Iterator[Any]:
    for item in events:
        if isinstance(item, BaseException):
            raise item
        if not isinstance(item, rpc.response):
            raise TypeError(f"scripted watch_order events must be WatchOrderResponse, "
                            f"not {type(item).__name__}")
        yield item


__all__ = ["Call", "FakeTradepactClient", "NotScripted"]
