"""The process-local registry of idempotency keys in flight (usecases.idempotency)."""

from __future__ import annotations

import threading

import pytest

from tradepact.domain.errors import Conflict
from tradepact.usecases.idempotency import KeysInFlight


def test_a_key_held_is_in_flight_until_its_block_ends():
    keys = KeysInFlight()
    with keys.hold("svc", "k1"):
        assert keys.held() == {("svc", "k1")}
        with pytest.raises(Conflict, match="'k1' is still in flight"), keys.hold("svc", "k1"):
            pass
        assert keys.held() == {("svc", "k1")}  # the refused one took nothing away
        with keys.hold("svc", "k2"), keys.hold("other-svc", "k1"):  # other keys, principals
            pass
    assert keys.held() == frozenset()
    with keys.hold("svc", "k1"):  # free again
        pass


def test_a_key_is_released_however_its_block_ends():
    keys = KeysInFlight()
    with pytest.raises(ValueError), keys.hold("svc", "k1"):
        raise ValueError("the request failed")
    assert keys.held() == frozenset()


def test_of_racing_threads_exactly_one_holds_a_key():
    keys, barrier, release = KeysInFlight(), threading.Barrier(16), threading.Event()
    outcomes: list[str] = []

    def run():
        barrier.wait()
        try:
            with keys.hold("svc", "k1"):
                outcomes.append("held")
                assert release.wait(10)
        except Conflict:
            outcomes.append("conflict")
            if outcomes.count("conflict") == 15:
                release.set()

    threads = [threading.Thread(target=run) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert sorted(outcomes) == ["conflict"] * 15 + ["held"]
    assert keys.held() == frozenset()
