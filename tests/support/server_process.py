"""Run a real `tradepact serve` process on a free loopback port for tests and benchmarks."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

REPO = Path(__file__).resolve().parents[2]
TEST_SECRET = "tradepact-test-secret-0123456789abcdef"  # test-only HS256 key


def free_port() -> int:
    """A TCP port that was free a moment ago on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tradepact_bin() -> str:
    """The `tradepact` console script of the running interpreter's environment."""
    candidate = Path(sys.executable).with_name("tradepact")
    return str(candidate) if candidate.exists() else "tradepact"


@dataclass
class ServerProcess:
    """A server subprocess; `address` is host:port, logs go to `log_path`."""

    data_dir: Path
    database_url: str = ""
    extra_args: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    port: int = 0
    proc: subprocess.Popen | None = None
    log_path: Path | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0, wait: bool = True) -> ServerProcess:
        self.port = self.port or free_port()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = self.data_dir / f"server-{self.port}.log"
        env = {**os.environ, "TRADEPACT_JWT_SECRET": TEST_SECRET,
               "TRADEPACT_SHUTDOWN_DRAIN_SECONDS": "0.2", **self.env}
        args = [tradepact_bin(), "serve", "--address", self.address,
                "--data-dir", str(self.data_dir), *self.extra_args]
        if self.database_url:
            args += ["--database-url", self.database_url]
        log = open(self.log_path, "ab")  # noqa: SIM115 - closed with the process
        self.proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=env,
                                     cwd=REPO, start_new_session=True)
        if wait:
            self.wait_serving(timeout)
        return self

    def wait_serving(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        creds = self.env.get("_TEST_CHANNEL_CREDS")  # TLS tests check readiness themselves
        if creds:
            return
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}:\n{self.logs()}")
            try:
                with grpc.insecure_channel(self.address) as ch:
                    resp = health_pb2_grpc.HealthStub(ch).Check(
                        health_pb2.HealthCheckRequest(), timeout=1)
                    if resp.status == health_pb2.HealthCheckResponse.SERVING:
                        return
            except grpc.RpcError:
                time.sleep(0.1)
        raise TimeoutError(f"server not serving after {timeout}s:\n{self.logs()}")

    def logs(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path else ""

    def terminate(self, timeout: float = 20.0) -> int:
        """SIGTERM and wait; returns the exit code."""
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else 0
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise

    def kill(self) -> None:
        """SIGKILL the whole process group."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)


def token(subject: str, *roles: str, ttl: int = 3600, secret: str = TEST_SECRET) -> str:
    """A test bearer token signed with the test secret."""
    from tradepact.adapters.tokens import issue_token

    return issue_token(subject, list(roles), secret=secret, ttl_seconds=ttl)


def auth(subject: str, *roles: str) -> list[tuple[str, str]]:
    """gRPC metadata carrying a test token."""
    return [("authorization", f"Bearer {token(subject, *roles)}")]


def child_pids(pid: int) -> list[int]:
    """The processes `pid` forked that are still its children (Linux /proc)."""
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def server_on(database: str, tmp_path_factory, name: str):
    """A server on an embedded SQLite ("sqlite") or a throwaway PostgreSQL database, for a
    fixture parametrised over both: `yield from server_on(request.param, tmp_path_factory, "x")`."""
    from tests.support.pg import throwaway_database

    if database == "sqlite":
        srv = ServerProcess(tmp_path_factory.mktemp(f"{name}-sqlite")).start()
        yield srv
        srv.terminate()
        return
    with throwaway_database() as url:
        srv = ServerProcess(tmp_path_factory.mktemp(f"{name}-pg"), database_url=url).start()
        yield srv
        srv.terminate()
