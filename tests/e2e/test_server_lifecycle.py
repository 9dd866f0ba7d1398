"""A real server process: health, reflection, graceful shutdown, message size limits."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (
    ProtoReflectionDescriptorDatabase,
)

from tests.support.rich_status import field_violations
from tests.support.server_process import ServerProcess, auth, child_pids, free_port
from tradepact.v1 import terms_pb2, terms_pb2_grpc


def _transcript(n: int, text: str = "FOB Ningbo, 30% deposit") -> terms_pb2.Transcript:
    t = terms_pb2.Transcript()
    for i in range(n):
        t.messages.add(role=terms_pb2.ROLE_SELLER if i % 2 else terms_pb2.ROLE_BUYER,
                       author="a", text=text)
    return t


def test_health_goes_not_serving_on_sigterm_then_the_server_exits_cleanly(tmp_path):
    srv = ServerProcess(tmp_path, env={"TRADEPACT_SHUTDOWN_DRAIN_SECONDS": "1.5"}).start()
    seen: list[int] = []
    with grpc.insecure_channel(srv.address) as ch:
        stub = health_pb2_grpc.HealthStub(ch)
        assert stub.Check(health_pb2.HealthCheckRequest(service="tradepact.v1.EscrowService"),
                          timeout=5).status == health_pb2.HealthCheckResponse.SERVING
        watch = stub.Watch(health_pb2.HealthCheckRequest(service=""), timeout=30)

        first = threading.Event()

        def follow() -> None:
            try:
                for resp in watch:
                    seen.append(resp.status)
                    first.set()
            except grpc.RpcError:
                pass

        t = threading.Thread(target=follow)
        t.start()
        assert first.wait(10), "the health watch never answered"
        code = srv.terminate()
        t.join(10)
    assert seen[0] == health_pb2.HealthCheckResponse.SERVING
    assert health_pb2.HealthCheckResponse.NOT_SERVING in seen
    assert code == 0
    assert "listening on 127.0.0.1" in srv.logs()


def test_reflection_lists_the_three_services(server):
    with grpc.insecure_channel(server.address) as ch:
        services = set(ProtoReflectionDescriptorDatabase(ch).get_services())
    assert {"tradepact.v1.TermsService", "tradepact.v1.ContractService",
            "tradepact.v1.EscrowService", "grpc.health.v1.Health"} <= services


def test_an_oversized_message_gets_resource_exhausted_and_the_server_keeps_serving(tmp_path):
    srv = ServerProcess(tmp_path, env={"TRADEPACT_MAX_MESSAGE_BYTES": str(256 * 1024)}).start()
    try:
        with grpc.insecure_channel(srv.address,
                                   options=[("grpc.max_send_message_length", 8 << 20)]) as ch:
            stub = terms_pb2_grpc.TermsServiceStub(ch)
            big = terms_pb2.ExtractTermsRequest(transcript=_transcript(1, "x" * (512 * 1024)))
            with pytest.raises(grpc.RpcError) as err:
                stub.ExtractTerms(big, metadata=auth("p", "platform"), timeout=10)
            assert err.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
            ok = stub.ExtractTerms(terms_pb2.ExtractTermsRequest(transcript=_transcript(2)),
                                   metadata=auth("p", "platform"), timeout=10)
            assert ok.terms_fingerprint
    finally:
        assert srv.terminate() == 0


def test_too_many_messages_is_invalid_argument_naming_the_field(tmp_path):
    srv = ServerProcess(tmp_path, env={"TRADEPACT_TRANSCRIPT_MAX_MESSAGES": "10"}).start()
    try:
        with grpc.insecure_channel(srv.address) as ch:
            stub = terms_pb2_grpc.TermsServiceStub(ch)
            with pytest.raises(grpc.RpcError) as err:
                stub.ExtractTerms(terms_pb2.ExtractTermsRequest(transcript=_transcript(11)),
                                  metadata=auth("p", "platform"), timeout=10)
        assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert "transcript.messages" in field_violations(err.value)
    finally:
        srv.terminate()


def test_invalid_utf8_in_a_message_is_refused_before_the_handler(server):
    # Protobuf strings must be UTF-8: the server refuses to parse such a request.
    with grpc.insecure_channel(server.address) as ch:
        call = ch.unary_unary("/tradepact.v1.TermsService/ExtractTerms",
                              request_serializer=lambda b: b, response_deserializer=lambda b: b)
        # field 1 (transcript) -> field 1 (message) -> field 4 (text) = b"\xff\xfe"
        text = b"\x22\x02\xff\xfe"
        msg = b"\x0a" + bytes([len(text)]) + text
        req = b"\x0a" + bytes([len(msg)]) + msg
        with pytest.raises(grpc.RpcError) as err:
            call(req, metadata=auth("p", "platform"), timeout=10)
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "UTF-8" in err.value.details()
    assert "Traceback" not in (err.value.details() or "")


def test_transcript_text_and_party_names_never_reach_the_logs(server):
    secret = "Zebulon Quartzfeather pays USD 4.44 CIF Vladivostok"
    with grpc.insecure_channel(server.address) as ch:
        stub = terms_pb2_grpc.TermsServiceStub(ch)
        stub.ExtractTerms(terms_pb2.ExtractTermsRequest(transcript=_transcript(3, secret)),
                          metadata=auth("p", "platform"), timeout=10)
        with pytest.raises(grpc.RpcError):
            stub.ExtractTerms(terms_pb2.ExtractTermsRequest(transcript=_transcript(1, secret)),
                              timeout=10)  # no token: an error path logs too
    logs = server.logs()
    assert "/tradepact.v1.TermsService/ExtractTerms OK" in logs
    assert "Zebulon" not in logs and "Vladivostok" not in logs


def test_several_server_processes_share_one_port_and_stop_together(tmp_path):
    from tests.support.escrow_flow import client, fund_and_request, key, new_order

    srv = ServerProcess(tmp_path, extra_args=["--processes", "2"])
    srv.port = free_port()
    srv.start()
    try:
        order = fund_and_request(srv.address, new_order(srv.address), 0)
        with client(srv.address, "reviewer") as alice:
            assert alice.confirm_payout(idempotency_key=key(), order_id=order.order_id,
                                        milestone_id=order.milestones[0].milestone_id,
                                        approval_hash=order.milestones[0].approval_hash).released
        pids: set[str] = set()
        deadline = time.monotonic() + 20  # the port serves once the first child listens
        while len(pids) < 2 and time.monotonic() < deadline:
            pids = {line.rsplit("pid ", 1)[1].rstrip(")") for line in srv.logs().splitlines()
                    if "listening on" in line}
            time.sleep(0.1)
        assert len(pids) == 2
        if hasattr(os, "sched_getaffinity") and len(os.sched_getaffinity(0)) > 1:
            # cpu_affinity auto: each on a CPU of its own
            cpus = [os.sched_getaffinity(int(pid)) for pid in pids]
            assert all(len(c) == 1 for c in cpus) and cpus[0] != cpus[1]
    finally:
        assert srv.terminate() == 0
    for pid in pids:
        assert not Path(f"/proc/{pid}").exists()


def test_server_threads_share_one_cpu_and_render_workers_keep_every_cpu(tmp_path):
    from tradepact.entrypoints.grpc.cpus import cpu_quota_limited

    if not hasattr(os, "sched_getaffinity") or len(os.sched_getaffinity(0)) < 2:
        pytest.skip("needs Linux and two CPUs: cpu_affinity auto has nothing to choose")
    if cpu_quota_limited():
        pytest.skip("under a cgroup CPU quota cpu_affinity auto leaves the CPUs alone")
    allowed = os.sched_getaffinity(0)
    srv = ServerProcess(tmp_path).start()
    try:
        with grpc.insecure_channel(srv.address) as ch:
            health_pb2_grpc.HealthStub(ch).Check(health_pb2.HealthCheckRequest(), timeout=10)
        tasks = [int(t) for t in os.listdir(f"/proc/{srv.proc.pid}/task")]
        pinned = [t for t in tasks if len(os.sched_getaffinity(t)) == 1]
        # the main thread and every thread started after it pinned itself (gRPC's own, the
        # RPC pool); only threads the render pool started before may roam
        assert srv.proc.pid in pinned and len(pinned) >= len(tasks) - 3
        assert {frozenset(os.sched_getaffinity(t)) for t in pinned} == {
            frozenset(os.sched_getaffinity(srv.proc.pid))}
        workers = child_pids(srv.proc.pid)
        assert workers and all(os.sched_getaffinity(w) == allowed for w in workers)
    finally:
        srv.terminate()


def test_render_workers_end_when_their_server_is_killed(tmp_path):
    # SIGKILL (or a SIGTERM before it serves) leaves no chance to shut the render pool down;
    # its workers must not live on, holding memory, for ever.
    srv = ServerProcess(tmp_path).start()
    try:
        workers = child_pids(srv.proc.pid)
        assert workers, "the server forks its render workers before serving"
        os.kill(srv.proc.pid, signal.SIGKILL)  # the server alone, not its process group
        srv.proc.wait(10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() for w in workers):
            time.sleep(0.1)
        alive = [w for w in workers if Path(f"/proc/{w}").exists()
                 and "Z" not in Path(f"/proc/{w}/stat").read_text().split()[2]]
        assert alive == []
    finally:
        srv.kill()
