"""Rendering never reaches outside the template, and hostile input gets a clear error."""

from __future__ import annotations

import os
import threading

import pytest
from weasyprint.urls import URLFetchingError, fetch

from tradepact.adapters.rendering.fetcher import RefusedURL, TemplateAssetFetcher
from tradepact.adapters.rendering.pool import RenderPool
from tradepact.adapters.rendering.sample import sample_document
from tradepact.adapters.rendering.templates import load_template
from tradepact.domain.contract import ContractOptions, Parties, build_contract
from tradepact.domain.errors import DeadlineExceeded, TooLarge
from tradepact.domain.terms import LineItem, TradeTerms


@pytest.fixture(scope="module")
def fetcher():
    return TemplateAssetFetcher(load_template().directory)


@pytest.mark.parametrize("url", [
    "file:///etc/passwd",
    "file:///etc/hostname",
    "http://127.0.0.1:9/steal",
    "https://example.com/x.css",
    "ftp://example.com/x",
    "data:text/html,<h1>hi</h1>",
])
def test_fetcher_refuses_anything_but_template_assets(fetcher, url):
    with pytest.raises(RefusedURL):
        fetcher.fetch(url)


def test_fetcher_refuses_paths_that_climb_out_of_the_template(fetcher):
    escape = (load_template().directory / ".." / ".." / "pyproject.toml").as_uri()
    with pytest.raises(RefusedURL):
        fetcher.fetch(escape)


def test_fetcher_serves_the_template_own_files(fetcher):
    response = fetcher.fetch((load_template().directory / "contract.css").as_uri())
    assert b"@page" in response.read()


def test_weasyprint_sees_a_refusal_as_a_failed_fetch(fetcher):
    with pytest.raises(URLFetchingError), fetch(fetcher, "http://example.com/"):
        pass


def test_ten_thousand_goods_rows_get_a_clear_error_not_a_hang():
    raw = load_template().sample_input()
    item = raw["terms"]["line_items"][0]
    terms = TradeTerms.model_validate(raw["terms"])
    terms.line_items = [LineItem.model_validate(item)] * 10_000
    with pytest.raises(TooLarge) as err:
        build_contract(terms, Parties.model_validate(raw["parties"]),
                       ContractOptions.model_validate(raw["options"]),
                       template=load_template().data, contract_number="X", version=1,
                       final=False)
    assert err.value.limit == 500 and err.value.actual == 10_000


def test_pool_renders_off_thread_and_enforces_its_time_budget():
    document = sample_document()
    with RenderPool(1, timeout=0.01) as pool:
        with pytest.raises(DeadlineExceeded):
            pool.render(document, "pdf")
        pool.timeout = 30
        rendered = pool.render(document, "pdf")  # the same worker keeps serving
    assert rendered.data.startswith(b"%PDF-")


@pytest.mark.skipif(not hasattr(os, "SCHED_IDLE"), reason="SCHED_IDLE is Linux-only")
def test_render_workers_yield_the_cpu_to_rpc_threads():
    with RenderPool(1) as pool:
        pool.render(sample_document(), "pdf")  # the worker exists and has warmed up
        workers = list(pool._executor._processes)
        assert workers
        for pid in workers:
            assert os.sched_getscheduler(pid) == os.SCHED_IDLE
            assert os.getpriority(os.PRIO_PROCESS, pid) > os.getpriority(os.PRIO_PROCESS, 0)


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity") or len(os.sched_getaffinity(0)) < 2,
                    reason="needs Linux and two CPUs")
def test_workers_started_after_the_server_pinned_its_threads_still_get_every_cpu():
    allowed = os.sched_getaffinity(0)
    with RenderPool(1) as pool:  # made before pinning, like the server's
        replaced: list[set[int]] = []

        def from_a_pinned_rpc_thread() -> None:
            os.sched_setaffinity(0, {min(allowed)})  # what serve() does to its threads
            pool._replace()  # a hung or dead worker: the pool starts anew from this thread
            replaced.extend(os.sched_getaffinity(pid) for pid in pool._executor._processes)

        t = threading.Thread(target=from_a_pinned_rpc_thread)
        t.start()
        t.join()
        assert replaced and all(cpus == allowed for cpus in replaced)
        assert pool.render(sample_document(), "pdf").data.startswith(b"%PDF-")


def test_closing_the_pool_kills_a_worker_that_cannot_run_within_the_time_given():
    # an idle-class worker on a machine whose cores are all busy gets no CPU time: a stopped
    # worker is the same to the pool, and closing must not wait for it past its time
    import signal
    import time

    pool = RenderPool(1)
    pool.render(sample_document(), "pdf")
    workers = list(pool._executor._processes.values())
    os.kill(workers[0].pid, signal.SIGSTOP)
    started = time.monotonic()
    pool.close(timeout=1.0)
    assert time.monotonic() - started < 10
    for _ in range(50):  # (the executor's own thread reaps the killed worker)
        try:
            os.kill(workers[0].pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail(f"render worker {workers[0].pid} still there after the pool closed")
