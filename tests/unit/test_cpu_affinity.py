"""pin_to_cpu: the server's threads on one CPU ("auto"), left alone ("off"), or on CPUs named."""

from __future__ import annotations

import os
import threading

import pytest

from tradepact.entrypoints.grpc.server import pin_to_cpu

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


def test_auto_pins_to_one_cpu_and_threads_started_later_inherit_it():
    allowed = os.sched_getaffinity(0)
    out = _in_thread(lambda: pin_to_cpu("auto"))
    if len(allowed) < 2:
        assert out["value"] is None and out["after"] == allowed
        return
    assert len(out["value"]) == 1 and out["value"] <= allowed
    assert out["after"] == out["value"] == out["child"]
    assert os.sched_getaffinity(0) == allowed  # other threads keep theirs


def test_auto_gives_each_server_process_index_its_own_cpu():
    allowed = sorted(os.sched_getaffinity(0))
    if len(allowed) < 2:
        pytest.skip("one CPU: nothing to spread")
    first = _in_thread(lambda: pin_to_cpu("auto", 0))["value"]
    second = _in_thread(lambda: pin_to_cpu("auto", 1))["value"]
    assert first != second


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
