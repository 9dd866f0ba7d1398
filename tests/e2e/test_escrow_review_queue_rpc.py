"""What reviewers see in the queue: the seller's note with the evidence, and real paging."""

from __future__ import annotations

import pytest

from tests.e2e.test_cli import tradepact
from tests.support.escrow_flow import ROLES, client, fund_and_request, key, new_order
from tests.support.server_process import ServerProcess, token
from tradepact.v1 import escrow_pb2

NOTE = "B/L copy attached; the originals go by DHL 1234567890"


@pytest.fixture(scope="module")
def queue_server(tmp_path_factory):
    """A server of its own, so the queue holds only what these tests put in it."""
    srv = ServerProcess(tmp_path_factory.mktemp("queue")).start()
    try:
        yield srv
    finally:
        srv.terminate()


def token_of(role: str) -> str:
    subject, roles = ROLES[role]
    return token(subject, *roles)


def _queued(address: str, role: str = "reviewer", page_size: int = 500):
    with client(address, role) as c:
        return c.list_review_queue(page_size=page_size).items


def _milestone(order: escrow_pb2.Order, milestone_id: str) -> escrow_pb2.Milestone:
    return next(m for m in order.milestones if m.milestone_id == milestone_id)


def test_the_sellers_note_is_shown_with_the_evidence_in_the_queue_and_cli(queue_server):
    # Before, RequestRelease.note was dropped: reviewers never saw it.
    order = fund_and_request(queue_server.address, new_order(queue_server.address), 0, NOTE)
    mid = order.milestones[0].milestone_id
    assert _milestone(order, mid).release_note == NOTE
    item = next(i for i in _queued(queue_server.address) if i.milestone_id == mid)
    queued = _milestone(item.order, mid)
    assert queued.release_note == NOTE and queued.evidence[0].document_reference == "DOC-0"
    shown = tradepact("escrow", "queue", "--address", queue_server.address,
                      "--token", token("alice", "reviewer"))
    assert shown.returncode == 0, shown.stderr
    assert f"seller's note: {NOTE}" in " ".join(shown.stdout.split())
    with client(queue_server.address, "reviewer") as c:
        c.reject_payout(idempotency_key=key(), order_id=order.order_id, milestone_id=mid,
                        reason="the B/L copy is unreadable")
        again = c.get_order(order_id=order.order_id).order
    assert _milestone(again, mid).release_note == ""  # it belonged to the rejected request


def test_list_review_queue_pages_with_next_page_token(queue_server):
    # Before, page_token was ignored and next_page_token never set: a reviewer saw the first
    # page over and over and could not reach the rest.
    address = queue_server.address
    expected = [fund_and_request(address, new_order(address), 0).milestones[0].milestone_id
                for _ in range(3)]
    seen, token, sizes = [], "", []
    with client(address, "reviewer") as c:
        while True:
            page = c.list_review_queue(page_size=2, page_token=token)
            sizes.append(len(page.items))
            seen += [i.milestone_id for i in page.items]
            token = page.next_page_token
            if not token:
                break
    assert [m for m in seen if m in expected] == expected and len(seen) == len(set(seen))
    assert all(size == 2 for size in sizes[:-1])
    with client(address, "party_reviewer") as c:  # the seller's own orders: none to review
        page = c.list_review_queue(page_size=2)
    assert not [i for i in page.items if i.milestone_id in expected]
    shown = tradepact("escrow", "queue", "--page-size", "1", "--address", address,
                      "--token", token_of("reviewer"))
    assert shown.returncode == 0, shown.stderr
    assert "--page-token" in shown.stdout  # how to see the next page
