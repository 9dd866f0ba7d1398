"""TradepactClient: a gRPC channel with deadlines, safe retries, auth and TLS, one method per RPC."""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import grpc
from google.protobuf.message import Message as PbMessage

from tradepact.v1 import contracts_pb2

from ._methods import DEFAULT_TIMEOUT, Metadata, Progress, Rpc, RpcMethods, Timeout
from ._retry import RetryPolicy
from .errors import ChecksumMismatch, Internal, from_rpc_error

log = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 16 * 1024 * 1024
PemSource = str | os.PathLike[str] | bytes


class TradepactClient(RpcMethods):
    """A connection to a tradepact server; use it as a context manager.

    >>> with TradepactClient("127.0.0.1:50051", token=TOKEN) as client:   # doctest: +SKIP
    ...     order = client.get_order(order_id="o-1").order

    Every call has a deadline (`timeout` seconds, covering its retries; per call override with
    `timeout=`). Retries follow `RetryPolicy`: UNAVAILABLE always, ABORTED only for mutating
    calls, which always carry an idempotency key (a uuid4 is generated when none is given).
    TLS is used when `tls_ca`, a client certificate or `tls=True` is given (PEM as a path or
    bytes); `client_cert` + `client_key` make it mutual TLS.
    """

    def __init__(self, address: str, *, token: str | None = None,
                 tls_ca: PemSource | None = None, client_cert: PemSource | None = None,
                 client_key: PemSource | None = None, server_name_override: str | None = None,
                 timeout: float | None = 10.0, max_attempts: int = 3,
                 metadata: Metadata | None = None, tls: bool = False,
                 retry_policy: RetryPolicy | None = None) -> None:
        self.address = address
        self.timeout = timeout
        self.retry_policy = retry_policy or RetryPolicy(max_attempts=max_attempts)
        self._metadata: list[tuple[str, str]] = list(metadata or ())
        if token:
            self._metadata.append(("authorization", f"Bearer {token}"))
        self._channel = _make_channel(address, tls=tls, tls_ca=tls_ca, client_cert=client_cert,
                                      client_key=client_key,
                                      server_name_override=server_name_override)
        self._callables: dict[str, Any] = {}
        self._sleep: Callable[[float], None] = time.sleep

    @property
    def channel(self) -> grpc.Channel:
        """The underlying channel (e.g. for the standard health check)."""
        return self._channel

    def close(self) -> None:
        """Close the channel; pending calls are cancelled."""
        self._channel.close()

    def __enter__(self) -> TradepactClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the three call shapes -------------------------------------------------------------

    def _call_unary(self, rpc: Rpc, request: PbMessage, timeout: Timeout,
                    metadata: Metadata) -> Any:
        fn = self._callable(rpc)
        deadline = self._deadline(timeout)
        rid, md = self._call_metadata(metadata)
        attempt = 0
        while True:
            attempt += 1
            try:
                return fn(request, timeout=_remaining(deadline), metadata=md)
            except grpc.RpcError as exc:
                if not self._may_retry(rpc, exc, attempt, deadline):
                    raise from_rpc_error(exc, rid) from exc

    def _call_download(self, rpc: Rpc, request: PbMessage, to: str | os.PathLike[str] | None,
                       progress: Progress | None, timeout: Timeout, metadata: Metadata) -> Any:
        fn = self._callable(rpc)
        deadline = self._deadline(timeout)
        rid, md = self._call_metadata(metadata)
        target = Path(to) if to is not None else None
        attempt = 0
        while True:
            attempt += 1
            sink = _Sink(target)
            try:
                header = _receive(fn(request, timeout=_remaining(deadline), metadata=md),
                                  sink, progress, rid)
            except grpc.RpcError as exc:
                sink.discard()
                if not self._may_retry(rpc, exc, attempt, deadline):  # reads restart safely
                    raise from_rpc_error(exc, rid) from exc
                continue
            except BaseException:
                sink.discard()
                raise
            return sink.commit(header)

    def _call_watch(self, rpc: Rpc, request: PbMessage, timeout: Timeout,
                    metadata: Metadata) -> Iterator[Any]:
        fn = self._callable(rpc)
        deadline = self._deadline(timeout)
        rid, md = self._call_metadata(metadata)
        after = request.after_sequence  # type: ignore[attr-defined]
        failures = 0
        while True:
            resume = rpc.request()
            resume.CopyFrom(request)
            resume.after_sequence = after  # type: ignore[attr-defined]
            call = fn(resume, timeout=_remaining(deadline), metadata=md)
            try:
                for item in call:
                    failures = 0
                    after = item.event.sequence
                    yield item
                return
            except grpc.RpcError as exc:
                failures += 1
                if not self._may_retry(rpc, exc, failures, deadline):
                    raise from_rpc_error(exc, rid) from exc
            finally:
                call.cancel()  # the caller stopped iterating: end the server stream too

    # --- helpers ---------------------------------------------------------------------------

    def _callable(self, rpc: Rpc) -> Any:
        fn = self._callables.get(rpc.name)
        if fn is None:
            factory = (self._channel.unary_stream if rpc.server_streaming
                       else self._channel.unary_unary)
            fn = factory(rpc.path, request_serializer=rpc.request.SerializeToString,
                         response_deserializer=rpc.response.FromString)
            self._callables[rpc.name] = fn
        return fn

    def _deadline(self, timeout: Timeout) -> float | None:
        seconds = self.timeout if timeout is DEFAULT_TIMEOUT else timeout
        return None if seconds is None else time.monotonic() + float(seconds)  # type: ignore[arg-type]

    def _call_metadata(self, metadata: Metadata) -> tuple[str, list[tuple[str, str]]]:
        rid = uuid.uuid4().hex  # one id for every attempt, so the server logs show retries
        return rid, [*self._metadata, *metadata, ("x-request-id", rid)]

    def _may_retry(self, rpc: Rpc, exc: grpc.RpcError, attempt: int,
                   deadline: float | None) -> bool:
        code = exc.code() if callable(getattr(exc, "code", None)) else None
        if not self.retry_policy.should_retry(code, attempt, idempotent=rpc.mutating):
            return False
        delay = self.retry_policy.backoff(attempt)
        if deadline is not None and time.monotonic() + delay >= deadline:
            return False
        log.info("retrying %s after %s (attempt %d of %d) in %.3fs", rpc.method,
                 code.name if code else "error", attempt, self.retry_policy.max_attempts, delay)
        self._sleep(delay)
        return True


def _remaining(deadline: float | None) -> float | None:
    return None if deadline is None else max(0.0, deadline - time.monotonic())


def _receive(stream: Any, sink: _Sink, progress: Progress | None,
             rid: str) -> contracts_pb2.RenderedFile:
    header: contracts_pb2.RenderedFile | None = None
    digest = hashlib.sha256()
    received = 0
    for part in stream:
        kind = part.WhichOneof("part")
        if kind == "header" and header is None:
            header = part.header
            continue
        if header is None or kind != "chunk":
            stream.cancel()
            raise Internal("download stream did not start with exactly one header",
                           request_id=rid)
        digest.update(part.chunk)
        sink.write(part.chunk)
        received += len(part.chunk)
        if progress is not None:
            progress(received, header.size_bytes)
    if header is None:
        raise Internal("download stream ended without a header", request_id=rid)
    actual = digest.hexdigest()
    if actual != header.sha256.lower() or received != header.size_bytes:
        raise ChecksumMismatch(
            f"downloaded {received} bytes with SHA-256 {actual}; the server announced "
            f"{header.size_bytes} bytes with SHA-256 {header.sha256}", request_id=rid)
    return header


class _Sink:
    """Collects a download in memory, or in a temporary file renamed into place once verified."""

    def __init__(self, target: Path | None) -> None:
        self._target = target
        self._buffer = bytearray()
        self._file: IO[bytes] | None = None
        if target is not None:
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                       dir=target.parent if str(target.parent) else ".")
            self._tmp = Path(tmp)
            self._file = os.fdopen(fd, "wb")

    def write(self, data: bytes) -> None:
        if self._file is not None:
            self._file.write(data)
        else:
            self._buffer += data

    def discard(self) -> None:
        if self._file is not None:
            self._file.close()
            self._tmp.unlink(missing_ok=True)

    def commit(self, header: contracts_pb2.RenderedFile) -> bytes | contracts_pb2.RenderedFile:
        if self._file is None or self._target is None:
            return bytes(self._buffer)
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self._tmp, self._target)
        return header


def _read_pem(source: PemSource | None) -> bytes | None:
    if source is None or isinstance(source, bytes):
        return source
    return Path(source).read_bytes()


def _make_channel(address: str, *, tls: bool, tls_ca: PemSource | None,
                  client_cert: PemSource | None, client_key: PemSource | None,
                  server_name_override: str | None) -> grpc.Channel:
    if (client_cert is None) != (client_key is None):
        raise ValueError("mutual TLS needs both client_cert and client_key")
    options: list[tuple[str, Any]] = [
        ("grpc.max_receive_message_length", MAX_MESSAGE_BYTES),
        ("grpc.max_send_message_length", MAX_MESSAGE_BYTES),
    ]
    if server_name_override:
        options.append(("grpc.ssl_target_name_override", server_name_override))
    if tls or tls_ca is not None or client_cert is not None:
        creds = grpc.ssl_channel_credentials(root_certificates=_read_pem(tls_ca),
                                             private_key=_read_pem(client_key),
                                             certificate_chain=_read_pem(client_cert))
        return grpc.secure_channel(address, creds, options=options)
    return grpc.insecure_channel(address, options=options)


__all__ = ["MAX_MESSAGE_BYTES", "TradepactClient"]
