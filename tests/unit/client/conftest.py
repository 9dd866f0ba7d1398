"""SDK fixtures: a scripted in-process server and a client pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.unit.client.scripted_server import ScriptedServer
from tradepact_client import RetryPolicy, TradepactClient


@pytest.fixture
def scripted() -> Iterator[ScriptedServer]:
    server = ScriptedServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def sleeps() -> list[float]:
    """Backoff waits the client asked for (recorded instead of slept)."""
    return []


@pytest.fixture
def client(scripted: ScriptedServer, sleeps: list[float]) -> Iterator[TradepactClient]:
    policy = RetryPolicy(max_attempts=3, initial_backoff=0.05, max_backoff=0.2)
    with TradepactClient(scripted.address, token="tok-123", timeout=5.0,
                         retry_policy=policy) as c:
        c._sleep = sleeps.append  # no real waiting in unit tests
        yield c
