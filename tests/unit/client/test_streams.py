"""Downloads are verified against the announced SHA-256; watches resume where they stopped."""

from __future__ import annotations

import hashlib
from pathlib import Path

import grpc
import pytest

import tradepact_client as sdk
from tests.unit.client.scripted_server import ScriptedServer
from tradepact.v1 import contracts_pb2, escrow_pb2
from tradepact_client import TradepactClient

FILE = bytes(range(256)) * 1000  # 256,000 bytes: four 64 KiB chunks


def download_stream(data: bytes, announced_sha: str | None = None,
                    size: int | None = None) -> list[contracts_pb2.DownloadContractResponse]:
    header = contracts_pb2.RenderedFile(
        format=contracts_pb2.DOCUMENT_FORMAT_PDF, media_type="application/pdf",
        size_bytes=len(data) if size is None else size,
        sha256=announced_sha or hashlib.sha256(data).hexdigest())
    chunks = [data[i:i + 65536] for i in range(0, len(data), 65536)]
    return [contracts_pb2.DownloadContractResponse(header=header),
            *(contracts_pb2.DownloadContractResponse(chunk=c) for c in chunks)]


def test_download_returns_the_verified_bytes_and_reports_progress(
        scripted: ScriptedServer, client: TradepactClient) -> None:
    scripted.script["download_contract"] = [download_stream(FILE)]
    progress: list[tuple[int, int]] = []
    data = client.download_contract(contract_id="c-1", format="DOCUMENT_FORMAT_PDF",
                                    progress=lambda got, total: progress.append((got, total)))
    assert data == FILE
    assert progress == [(65536, len(FILE)), (131072, len(FILE)), (196608, len(FILE)),
                        (len(FILE), len(FILE))]


def test_download_to_a_path_writes_the_file_and_returns_the_header(
        scripted: ScriptedServer, client: TradepactClient, tmp_path: Path) -> None:
    scripted.script["download_contract"] = [download_stream(FILE)]
    header = client.download_contract(contract_id="c-1", to=tmp_path / "c.pdf")
    assert (tmp_path / "c.pdf").read_bytes() == FILE
    assert header.sha256 == hashlib.sha256(FILE).hexdigest()
    assert [p.name for p in tmp_path.iterdir()] == ["c.pdf"]


def test_a_download_whose_hash_differs_fails_and_leaves_no_file(
        scripted: ScriptedServer, client: TradepactClient, tmp_path: Path) -> None:
    scripted.script["download_contract"] = [download_stream(FILE, announced_sha="0" * 64)]
    with pytest.raises(sdk.ChecksumMismatch) as err:
        client.download_contract(contract_id="c-1", to=tmp_path / "c.pdf")
    assert "0" * 64 in str(err.value)
    assert list(tmp_path.iterdir()) == []


def test_a_download_shorter_than_announced_fails(scripted: ScriptedServer,
                                                 client: TradepactClient) -> None:
    stream = download_stream(FILE)
    scripted.script["download_contract"] = [stream[:-1]]  # last chunk lost
    with pytest.raises(sdk.ChecksumMismatch):
        client.download_contract(contract_id="c-1")


def test_a_download_interrupted_by_unavailable_starts_over(scripted: ScriptedServer,
                                                           client: TradepactClient) -> None:
    stream = download_stream(FILE)
    scripted.script["download_contract"] = [[*stream[:2], grpc.StatusCode.UNAVAILABLE],
                                            stream]
    assert client.download_contract(contract_id="c-1") == FILE
    assert len(scripted.received["download_contract"]) == 2


def event(seq: int) -> escrow_pb2.WatchOrderResponse:
    return escrow_pb2.WatchOrderResponse(event=escrow_pb2.OrderEvent(order_id="o-1",
                                                                     sequence=seq))


def test_watch_resumes_after_the_last_event_when_the_stream_drops(
        scripted: ScriptedServer, client: TradepactClient) -> None:
    scripted.script["watch_order"] = [[event(1), event(2), grpc.StatusCode.UNAVAILABLE],
                                      [event(3)]]
    seen = [r.event.sequence for r in client.watch_order(order_id="o-1")]
    assert seen == [1, 2, 3]
    assert [r.request.after_sequence for r in scripted.received["watch_order"]] == [0, 2]


def test_watch_raises_the_mapped_error_for_a_refused_stream(scripted: ScriptedServer,
                                                            client: TradepactClient) -> None:
    scripted.script["watch_order"] = [[grpc.StatusCode.PERMISSION_DENIED]]
    with pytest.raises(sdk.PermissionDenied):
        list(client.watch_order(order_id="o-1"))
