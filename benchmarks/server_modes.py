"""grpc.aio versus the thread-pool server, on this service's own RPCs.

Both servers host the same handlers (ExtractTerms with the rules extractor on a realistic
60-message chat, and GetContract reading a stored version from SQLite); clients are threads
in a separate process-free loop here, so both sides share the machine's 2 cores fairly.

    .venv/bin/python -m benchmarks.server_modes [--seconds 5] [--clients 8]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import threading
import time
from concurrent import futures
from pathlib import Path

import grpc

from tradepact.config import Settings
from tradepact.domain.principal import DEV_PRINCIPAL
from tradepact.entrypoints.grpc.context import principal_var
from tradepact.v1 import contracts_pb2, contracts_pb2_grpc, terms_pb2, terms_pb2_grpc


def _transcript() -> terms_pb2.Transcript:
    lines = [
        (terms_pb2.ROLE_BUYER, "Hi, we need 5000 pcs stainless bottles, 750ml, custom logo."),
        (terms_pb2.ROLE_SELLER, "Price is USD 3.45/pc FOB Ningbo, MOQ 1000 pcs."),
        (terms_pb2.ROLE_BUYER, "Can you do CIF Hamburg?"),
        (terms_pb2.ROLE_SELLER, "CIF Hamburg USD 3.80/pc. Payment 30% T/T deposit, 70% before shipment."),
        (terms_pb2.ROLE_BUYER, "ok, deal. Lead time?"),
        (terms_pb2.ROLE_SELLER, "25-30 days after deposit, shipping by sea takes about 30 days."),
        (terms_pb2.ROLE_BUYER, "Confirmed. Please send the PI."),
    ]
    t = terms_pb2.Transcript()
    for i in range(60):
        role, text = lines[i % len(lines)]
        t.messages.add(role=role, author="b" if role == terms_pb2.ROLE_BUYER else "s", text=text)
    return t


class _Handlers:
    """The real servicers with the principal set, minus interceptors (equal for both modes)."""

    def __init__(self, data_dir: Path) -> None:
        from tradepact.bootstrap import build_app
        from tradepact.entrypoints.grpc.servicers.contracts import ContractServicer
        from tradepact.entrypoints.grpc.servicers.terms import TermsServicer

        settings = Settings(data_dir=str(data_dir), dev_no_auth=True, render_workers=1)
        self.app = build_app(settings)
        self.terms = TermsServicer(self.app)
        self.contracts = ContractServicer(self.app)
        self.contract_id = self._seed()

    def _seed(self) -> str:
        from tests.support.samples import sample_options, sample_parties, sample_terms
        from tradepact.entrypoints.grpc.converters.contracts import options_to_pb, parties_to_pb
        from tradepact.entrypoints.grpc.converters.terms import terms_to_pb

        principal_var.set(DEV_PRINCIPAL)
        resp = self.contracts.DraftContract(contracts_pb2.DraftContractRequest(
            idempotency_key="seed", terms=terms_to_pb(sample_terms()),
            parties=parties_to_pb(sample_parties()),
            options=options_to_pb(sample_options(), "standard"), final=True), None)
        return resp.version.contract_id

    def extract(self, request, context):  # noqa: ANN001
        token = principal_var.set(DEV_PRINCIPAL)
        try:
            return self.terms.ExtractTerms(request, context)
        finally:
            principal_var.reset(token)

    def get_contract(self, request, context):  # noqa: ANN001
        token = principal_var.set(DEV_PRINCIPAL)
        try:
            return self.contracts.GetContract(request, context)
        finally:
            principal_var.reset(token)


def _generic(h: _Handlers, wrap) -> grpc.GenericRpcHandler:  # noqa: ANN001
    return grpc.method_handlers_generic_handler("tradepact.v1.TermsService", {
        "ExtractTerms": grpc.unary_unary_rpc_method_handler(
            wrap(h.extract), terms_pb2.ExtractTermsRequest.FromString,
            terms_pb2.ExtractTermsResponse.SerializeToString)}), \
        grpc.method_handlers_generic_handler("tradepact.v1.ContractService", {
            "GetContract": grpc.unary_unary_rpc_method_handler(
                wrap(h.get_contract), contracts_pb2.GetContractRequest.FromString,
                contracts_pb2.GetContractResponse.SerializeToString)})


def _thread_server(h: _Handlers) -> tuple[object, int]:
    server = grpc.server(futures.ThreadPoolExecutor(16))
    server.add_generic_rpc_handlers(_generic(h, lambda f: f))
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    return server, port


def _aio_server(h: _Handlers, offload: bool) -> tuple[object, int, asyncio.AbstractEventLoop]:
    loop = asyncio.new_event_loop()
    ready: dict[str, object] = {}

    def wrap(fn):  # noqa: ANN001, ANN202
        async def handler(request, context):  # noqa: ANN001, ANN202
            if offload:  # sync use cases (SQLAlchemy, rules) off the event loop
                return await asyncio.to_thread(fn, request, context)
            return fn(request, context)
        return handler

    async def main() -> None:
        server = grpc.aio.server()
        server.add_generic_rpc_handlers(_generic(h, wrap))
        ready["port"] = server.add_insecure_port("127.0.0.1:0")
        await server.start()
        ready["server"] = server
        ready["event"].set()  # type: ignore[attr-defined]
        await server.wait_for_termination()

    ready["event"] = threading.Event()
    threading.Thread(target=lambda: loop.run_until_complete(main()), daemon=True).start()
    ready["event"].wait(10)  # type: ignore[attr-defined]
    return ready["server"], ready["port"], loop  # type: ignore[return-value]


def _drive(port: int, call: str, clients: int, seconds: float, h: _Handlers) -> dict:
    latencies: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    transcript = _transcript()

    def worker() -> None:
        with grpc.insecure_channel(f"127.0.0.1:{port}") as ch:
            if call == "ExtractTerms":
                stub = terms_pb2_grpc.TermsServiceStub(ch)
                req = terms_pb2.ExtractTermsRequest(transcript=transcript)
                fn = stub.ExtractTerms
            else:
                stub = contracts_pb2_grpc.ContractServiceStub(ch)
                req = contracts_pb2.GetContractRequest(contract_id=h.contract_id)
                fn = stub.GetContract
            mine = []
            fn(req, timeout=10)
            while time.monotonic() < stop:
                t = time.perf_counter()
                fn(req, timeout=10)
                mine.append(time.perf_counter() - t)
            with lock:
                latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lat = sorted(latencies)
    return {"calls/s": len(lat) / seconds, "p50 ms": statistics.median(lat) * 1000,
            "p99 ms": lat[int(len(lat) * 0.99) - 1] * 1000}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=4.0)
    ap.add_argument("--clients", type=int, default=8)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        h = _Handlers(Path(tmp))
        rows = []
        for mode in ("thread-pool", "aio (inline)", "aio (to_thread)"):
            if mode == "thread-pool":
                server, port = _thread_server(h)
            else:
                server, port, loop = _aio_server(h, offload=mode.endswith("to_thread)"))
            for call in ("ExtractTerms", "GetContract"):
                r = _drive(port, call, args.clients, args.seconds, h)
                rows.append((mode, call, r))
            if mode == "thread-pool":
                server.stop(0)
            else:
                # The loop thread is a daemon; ask it to stop and move on.
                asyncio.run_coroutine_threadsafe(server.stop(0), loop)
        h.app.close()
    print(f"server modes, {args.clients} client threads, {args.seconds:g}s per cell")
    print(f"{'mode':<18}{'rpc':<14}{'calls/s':>10}{'p50 ms':>10}{'p99 ms':>10}")
    for mode, call, r in rows:
        print(f"{mode:<18}{call:<14}{r['calls/s']:>10.0f}{r['p50 ms']:>10.2f}{r['p99 ms']:>10.2f}")


if __name__ == "__main__":
    main()
