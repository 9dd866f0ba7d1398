"""Where an escrow transition's CPU goes: the use case, the servicer around it, the gRPC server.

One RecordFunding after another (one client, no contention), measured at three layers in
alternating rounds so that a noisy machine moves all three alike:

  use case   tradepact.usecases.escrow.record_funding called directly (domain, SQL, driver)
  servicer   the same through EscrowServicer and the server's interceptors, in process:
             protobuf parsing and building, token check, error mapping, no transport
  gRPC       a real `tradepact serve` process called through the SDK; the server process's
             CPU per call (its thread pool, grpc's C core, everything above)

Prints CPU milliseconds per call (median and best round); asserts nothing.

    .venv/bin/python -m benchmarks.escrow_layers [--calls 1000] [--rounds 3] [--backend postgres]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

import grpc
from grpc import _interceptor

from tests.support.escrow_flow import client, key, money, new_order
from tests.support.server_process import TEST_SECRET, ServerProcess, auth
from tradepact.adapters.tokens import TokenVerifier
from tradepact.bootstrap import build_app
from tradepact.config import Settings
from tradepact.domain.principal import Principal
from tradepact.entrypoints.grpc.interceptors import build_interceptors
from tradepact.entrypoints.grpc.servicers.escrow import EscrowServicer
from tradepact.usecases import escrow as uc
from tradepact.v1 import escrow_pb2

from .escrow_grpc_bench import cpu_seconds, database

METHOD = "/tradepact.v1.EscrowService/RecordFunding"
PLATFORM = Principal.from_role_strings("platform-svc", ["platform"])


class _CallDetails(NamedTuple):
    """What grpc hands the interceptors for a call (grpc.HandlerCallDetails)."""

    method: str
    invocation_metadata: tuple


class _Context:
    """The little of grpc.ServicerContext that the interceptors use on a successful call."""

    def __init__(self, metadata: tuple) -> None:
        self._metadata = metadata

    def time_remaining(self) -> float:
        return 30.0

    def set_trailing_metadata(self, metadata: Any) -> None:
        pass

    def code(self) -> None:
        return None

    def invocation_metadata(self) -> tuple:
        return self._metadata


def use_case(app: Any, order: escrow_pb2.Order) -> Callable[[], None]:
    uow, m = app.extras["escrow"], order.milestones[0]

    def call() -> None:
        uc.record_funding(uc.RecordFunding(
            order_id=order.order_id, milestone_id=m.milestone_id, amount_minor=1,
            payment_reference="PAY-" + uuid.uuid4().hex, idempotency_key=uuid.uuid4().hex,
            currency=order.milestones[0].amount.currency_code), PLATFORM, uow)
    return call


def servicer(app: Any, order: escrow_pb2.Order) -> Callable[[], None]:
    handler = grpc.unary_unary_rpc_method_handler(
        EscrowServicer(app).RecordFunding,
        request_deserializer=escrow_pb2.RecordFundingRequest.FromString,
        response_serializer=escrow_pb2.RecordFundingResponse.SerializeToString)
    pipeline = _interceptor.service_pipeline(build_interceptors(
        TokenVerifier(secret=TEST_SECRET), deadline_cap_seconds=60, metrics=False))
    metadata = tuple(auth("platform-svc", "platform"))
    details = _CallDetails(METHOD, metadata)
    context, m = _Context(metadata), order.milestones[0]

    def call() -> None:
        wire = escrow_pb2.RecordFundingRequest(
            idempotency_key=key(), order_id=order.order_id, milestone_id=m.milestone_id,
            amount=money(order, 1), payment_reference="PAY-" + key()).SerializeToString()
        h = pipeline.execute(lambda _: handler, details)
        h.response_serializer(h.unary_unary(h.request_deserializer(wire), context))
    return call


@contextmanager
def through_grpc(server: ServerProcess, order: escrow_pb2.Order) -> Iterator[Callable[[], None]]:
    m = order.milestones[0]
    with client(server.address, "platform") as c:
        def call() -> None:
            c.record_funding(idempotency_key=key(), order_id=order.order_id,
                             milestone_id=m.milestone_id, amount=money(order, 1),
                             payment_reference="PAY-" + key())
        yield call


def measure(call: Callable[[], None], calls: int, pid: int | None = None) -> float:
    """CPU ms per call: this process's, or process `pid`'s."""
    for _ in range(20):
        call()
    before = cpu_seconds(pid) if pid else time.process_time()
    for _ in range(calls):
        call()
    after = cpu_seconds(pid) if pid else time.process_time()
    return (after - before) * 1000 / calls


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--backend", choices=("sqlite", "postgres"), default="postgres")
    args = ap.parse_args()
    allowed = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if len(allowed) > 1:
        # The server pins itself to the last CPU (cpu_affinity auto); the in-process layers
        # get the first, so that they are measured pinned too, and the SDK client of the gRPC
        # layer does not share the server's CPU.
        os.sched_setaffinity(0, {allowed[0]})
    with tempfile.TemporaryDirectory() as d, database(args.backend) as url:
        server = ServerProcess(Path(d), database_url=url,
                               env={"TRADEPACT_LOG_LEVEL": "WARNING"}).start(timeout=60)
        try:
            orders = [new_order(server.address) for _ in range(3)]
            app = build_app(Settings(data_dir=d, database_url=url, jwt_secret=TEST_SECRET,
                                     db_upgrade_on_start=False))
            try:
                figures: dict[str, list[float]] = {"use case": [], "servicer": [], "gRPC": []}
                with through_grpc(server, orders[2]) as remote:
                    layers = [("use case", use_case(app, orders[0]), None),
                              ("servicer", servicer(app, orders[1]), None),
                              ("gRPC", remote, server.proc.pid)]
                    for _ in range(args.rounds):
                        for name, call, pid in layers:
                            figures[name].append(measure(call, args.calls, pid))
            finally:
                app.close()
        finally:
            server.terminate()
    print(f"{args.backend}: RecordFunding, one call at a time, {args.rounds} rounds of "
          f"{args.calls} calls per layer (CPU ms per call: median, best)")
    previous = 0.0
    for name, values in figures.items():
        median = statistics.median(values)
        print(f"  {name:<9} {median:6.3f}  {min(values):6.3f}   (+{median - previous:.3f} over "
              f"the layer inside it)" if previous else
              f"  {name:<9} {median:6.3f}  {min(values):6.3f}")
        previous = median
    print(f"  load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
