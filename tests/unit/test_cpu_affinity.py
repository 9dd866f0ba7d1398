"""cpu_affinity: each server process on its share of the CPUs ("auto"), left alone ("off"), or on
the CPUs named."""

from __future__ import annotations

import os
import threading

import pytest

from tradepact.entrypoints.grpc import cpus
from tradepact.entrypoints.grpc.cpus import auto_cpus, pin_to_cpu

pytestmark = pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="Linux only")


def _in_thread(fn):  # noqa: ANN001, ANN202 - pinning changes the calling thread only
    out: dict = {}

    def run() -> None:
        try:
            out["value"] = fn()
            out["after"] = os.sched_getaffinity(0)
            child = threading.Thread(target=lambda: out.setdefault(
                "child", os.sched_getaffinity(0)))
            child.start()
            child.join()
        except Exception as exc:  # noqa: BLE001 - handed to the test
            out["error"] = exc

    t = threading.Thread(target=run)
    t.start()
    t.join()
    if "error" in out:
        raise out["error"]
    return out


def test_auto_pins_a_single_server_to_one_cpu_and_threads_started_later_inherit_it(
        monkeypatch):
    monkeypatch.setattr(cpus, "cpu_quota_limited", lambda: False)
    allowed = os.sched_getaffinity(0)
    out = _in_thread(lambda: pin_to_cpu("auto"))
    if len(allowed) < 2:
        assert out["value"] is None and out["after"] == allowed
        return
    assert len(out["value"]) == 1 and out["value"] <= allowed
    assert out["after"] == out["value"] == out["child"]
    assert os.sched_getaffinity(0) == allowed  # other threads keep theirs


def test_auto_stands_aside_under_a_cpu_quota(monkeypatch):
    # every replica of a quota-limited container sees all the host's CPUs: no pinning
    monkeypatch.setattr(cpus, "cpu_quota_limited", lambda: True)
    out = _in_thread(lambda: pin_to_cpu("auto"))
    assert out["value"] is None and out["after"] == os.sched_getaffinity(0)


def test_cpu_quota_detection_reads_this_machine_without_failing():
    assert cpus.cpu_quota_limited() in (True, False)


@pytest.mark.parametrize(("count", "allowed", "picked"), [
    (1, [0, 1], [{1}]),
    (2, [0, 1], [{1}, {0}]),
    (2, [0, 1, 2, 3, 4, 5, 6, 7], [{7}, {6}]),
    (3, [0, 1], [{1}, {0}, {1}]),  # more processes than CPUs: they wrap
    (1, [2, 5, 9], [{9}]),
])
def test_auto_gives_each_server_process_a_cpu_of_its_own(count, allowed, picked):
    assert [auto_cpus(i, allowed) for i in range(count)] == picked


def test_off_changes_nothing():
    out = _in_thread(lambda: pin_to_cpu("off"))
    assert out["value"] is None and out["after"] == os.sched_getaffinity(0)


def test_named_cpus_must_be_numbers_this_process_may_use():
    cpu = min(os.sched_getaffinity(0))
    assert _in_thread(lambda: pin_to_cpu(str(cpu)))["after"] == {cpu}
    with pytest.raises(ValueError, match="auto, off or CPU numbers"):
        _in_thread(lambda: pin_to_cpu("fast"))
    with pytest.raises(ValueError, match="outside those this process may use"):
        _in_thread(lambda: pin_to_cpu("4096"))
