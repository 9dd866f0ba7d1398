"""Assemble and run the gRPC server: servicers, health, reflection, TLS, graceful shutdown."""

from __future__ import annotations

import gc
import logging
import os
import signal
import threading
from concurrent import futures
from pathlib import Path

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from tradepact.bootstrap import App
from tradepact.config import Settings
from tradepact.v1 import (
    contracts_pb2,
    contracts_pb2_grpc,
    escrow_pb2,
    escrow_pb2_grpc,
    terms_pb2,
    terms_pb2_grpc,
)

from .cpus import pin_to_cpu
from .interceptors import build_interceptors
from .servicers.contracts import ContractServicer
from .servicers.escrow import EscrowServicer
from .servicers.terms import TermsServicer

log = logging.getLogger(__name__)

SERVICE_NAMES = (
    terms_pb2.DESCRIPTOR.services_by_name["TermsService"].full_name,
    contracts_pb2.DESCRIPTOR.services_by_name["ContractService"].full_name,
    escrow_pb2.DESCRIPTOR.services_by_name["EscrowService"].full_name,
)


class RunningServer:
    """A started server with its health servicer and bound port."""

    def __init__(self, server: grpc.Server, health_servicer: health.HealthServicer, port: int,
                 app: App, settings: Settings) -> None:
        self.server, self.health, self.port = server, health_servicer, port
        self.app, self.settings = app, settings

    def stop(self) -> None:
        """Go NOT_SERVING, let load balancers see it, give in-flight calls their grace, stop."""
        self.health.enter_graceful_shutdown()
        # Long-lived WatchOrder streams end now, not at the end of the grace period.
        bus = self.app.extras.get("event_bus")
        if bus is not None:
            bus.close()
        log.info("shutting down: health NOT_SERVING, draining %.1fs, grace %.1fs",
                 self.settings.shutdown_drain_seconds, self.settings.shutdown_grace_seconds)
        threading.Event().wait(self.settings.shutdown_drain_seconds)
        self.server.stop(self.settings.shutdown_grace_seconds).wait()
        self.app.close()
        log.info("stopped")


def _credentials(settings: Settings) -> grpc.ServerCredentials | None:
    if not (settings.tls_cert or settings.tls_key):
        return None
    if not (settings.tls_cert and settings.tls_key):
        raise ValueError("TLS needs both --tls-cert and --tls-key")
    pair = (Path(settings.tls_key).read_bytes(), Path(settings.tls_cert).read_bytes())
    client_ca = Path(settings.tls_client_ca).read_bytes() if settings.tls_client_ca else None
    return grpc.ssl_server_credentials(
        [pair], root_certificates=client_ca, require_client_auth=client_ca is not None)


def start_server(settings: Settings, app: App) -> RunningServer:
    """Build and start the server; returns once it listens."""
    options = [
        ("grpc.max_receive_message_length", settings.max_message_bytes),
        ("grpc.max_send_message_length", settings.max_message_bytes),
        ("grpc.so_reuseport", 1 if settings.reuse_port else 0),
    ]
    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=settings.max_workers, thread_name_prefix="rpc"),
        interceptors=build_interceptors(
            app.token_verifier, deadline_cap_seconds=settings.deadline_cap_seconds,
            metrics=settings.metrics_port > 0),
        options=options,
        maximum_concurrent_rpcs=settings.max_workers * 8,
    )
    terms_pb2_grpc.add_TermsServiceServicer_to_server(TermsServicer(app), server)
    contracts_pb2_grpc.add_ContractServiceServicer_to_server(ContractServicer(app), server)
    escrow_pb2_grpc.add_EscrowServiceServicer_to_server(EscrowServicer(app), server)

    health_servicer = health.HealthServicer(experimental_non_blocking=True)
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    reflection.enable_server_reflection(
        (*SERVICE_NAMES, health.SERVICE_NAME, reflection.SERVICE_NAME), server)

    creds = _credentials(settings)
    try:
        if creds is None:
            port = server.add_insecure_port(settings.address)
        else:
            port = server.add_secure_port(settings.address, creds)
    except RuntimeError as exc:  # grpcio's "Failed to bind ...; set GRPC_VERBOSITY=debug"
        port = 0
        cause: BaseException | None = exc
    else:
        cause = None
    if port == 0:
        raise OSError(f"cannot listen on {settings.address}: the port is in use, or it is not "
                      "a HOST:PORT this machine has") from cause
    server.start()
    app.start()  # background work, e.g. the idempotency-key purge; app.close() stops it
    for name in ("", *SERVICE_NAMES):
        health_servicer.set(name, health_pb2.HealthCheckResponse.SERVING)
    host = settings.address.rsplit(":", 1)[0]
    log.info("tradepact listening on %s:%d (%s, database %s, pid %d)", host, port,
             "TLS" if creds else "plaintext", app.database_kind, os.getpid())
    return RunningServer(server, health_servicer, port, app, settings)


def settle_memory() -> None:
    """Tune the cyclic garbage collector for a long-running server.

    Everything built at start-up (modules, protobuf descriptors, templates, the wired app) is
    moved to the permanent generation, so full collections stop re-scanning it; and the young
    generation is collected after 10,000 allocations instead of 700. An escrow RPC allocates
    a few thousand short-lived containers, so at the default threshold the collector ran
    several times per call and its full passes showed up in tail latency.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, 10, 10)


GC_YOUNG_THRESHOLD = 10_000


def serve(settings: Settings, app: App) -> int:
    """Run until SIGTERM or SIGINT, then shut down gracefully and return 0."""
    settle_memory()
    pinned = pin_to_cpu(settings.cpu_affinity)
    if pinned:
        log.info("server threads pinned to CPU %s", ",".join(map(str, sorted(pinned))))
    running = start_server(settings, app)
    if settings.metrics_port:
        from prometheus_client import start_http_server

        # Same interface as the gRPC listener: loopback stays loopback, 0.0.0.0 is scrapeable.
        host = settings.address.rsplit(":", 1)[0].strip("[]") or "127.0.0.1"
        start_http_server(settings.metrics_port, addr=host)
        log.info("metrics on http://%s:%d/metrics", host, settings.metrics_port)
    stop = threading.Event()

    def on_signal(signum: int, _frame: object) -> None:
        log.info("received %s", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    while not stop.wait(3600):
        pass
    running.stop()
    return 0
