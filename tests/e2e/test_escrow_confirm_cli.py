"""`tradepact escrow confirm`: a reviewer approves only what they saw, bound by its hash.

Without --approval-hash the command shows the milestone, amount, beneficiary, evidence and
hash; it asks only when stdin is a terminal, and otherwise approves nothing (exit 2).
"""

from __future__ import annotations

import os
import pty
import subprocess

from tests.support.escrow_flow import ROLES, client, fund_and_request, key, new_order
from tests.support.server_process import REPO, token, tradepact_bin
from tradepact.v1 import escrow_pb2


def _env(role: str) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TRADEPACT_")}
    subject, roles = ROLES[role]
    return {**clean, "COLUMNS": "200", "TRADEPACT_TOKEN": token(subject, *roles)}


def _cli(server, role: str, *args: str, stdin=subprocess.DEVNULL) -> subprocess.CompletedProcess:
    return subprocess.run([tradepact_bin(), "escrow", *args, "--address", server.address],
                          capture_output=True, text=True, env=_env(role), timeout=120, cwd=REPO,
                          stdin=stdin)


def _answering(server, role: str, answer: str, *args: str) -> subprocess.CompletedProcess:
    """Run with a terminal as stdin, on which `answer` is typed."""
    leader, follower = pty.openpty()
    try:
        os.write(leader, answer.encode() + b"\n")
        return _cli(server, role, *args, stdin=follower)
    finally:
        os.close(follower)
        os.close(leader)


def _approvals(server, order_id: str) -> list[str]:
    with client(server.address, "admin") as c:
        return [a.reviewer for a in c.get_order(order_id=order_id).order.milestones[0].approvals]


def _requested(server) -> escrow_pb2.Order:
    return fund_and_request(server.address, new_order(server.address), 0)


def test_without_the_hash_and_no_terminal_it_shows_what_waits_and_approves_nothing(server):
    order = _requested(server)
    m = order.milestones[0]
    result = _cli(server, "reviewer", "confirm", order.order_id, "1")
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: --approval-hash is required"), lines
    assert lines[0].endswith(f"tradepact escrow confirm {order.order_id} 1 --approval-hash "
                             f"{m.approval_hash}")  # copyable, once checked
    shown = result.stdout
    assert f"milestone 1 ({m.milestone_id})" in shown
    assert "to seller " + order.seller_party_id in shown
    assert "evidence: " in shown and "DOC-0" in shown  # fund_and_request's document
    assert f"approval hash {m.approval_hash}" in shown
    assert _approvals(server, order.order_id) == []


def test_json_without_the_hash_approves_nothing(server):
    order = _requested(server)
    result = _cli(server, "reviewer", "confirm", order.order_id, "1", "--json")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("error: --approval-hash is required")
    assert _approvals(server, order.order_id) == []


def test_the_hash_read_from_the_queue_approves_and_a_stale_one_is_refused(server):
    order = _requested(server)
    m = order.milestones[0]
    queued = _cli(server, "reviewer", "queue")
    assert f"approval hash {m.approval_hash}" in queued.stdout
    with client(server.address, "seller") as seller:  # the seller adds evidence after that
        seller.submit_evidence(idempotency_key=key(), order_id=order.order_id,
                               milestone_id=m.milestone_id, evidence=escrow_pb2.EvidenceDocument(
                                   type=escrow_pb2.EVIDENCE_TYPE_OTHER,
                                   document_reference="late addition"))
    stale = _cli(server, "reviewer", "confirm", order.order_id, "1", "--approval-hash",
                 m.approval_hash)
    assert stale.returncode == 1 and stale.stdout == ""
    assert stale.stderr.startswith("error: FAILED_PRECONDITION: "), stale.stderr
    assert _approvals(server, order.order_id) == []
    with client(server.address, "reviewer") as c:
        current = c.get_order(order_id=order.order_id).order.milestones[0].approval_hash
    done = _cli(server, "reviewer", "confirm", order.order_id, "1", "--approval-hash", current)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == f"approved: approval hash {current}"
    assert done.stdout.splitlines()[-1].startswith(("approval recorded;", "released milestone"))
    assert _approvals(server, order.order_id) == [ROLES["reviewer"][0]]


def test_on_a_terminal_it_asks_and_approves_the_hash_it_showed(server):
    order = _requested(server)
    m = order.milestones[0]
    declined = _answering(server, "reviewer", "n", "confirm", order.order_id, "1")
    assert declined.returncode == 1, (declined.stdout, declined.stderr)
    assert f"approval hash {m.approval_hash}" in declined.stdout
    assert "not approved" in declined.stdout and _approvals(server, order.order_id) == []
    accepted = _answering(server, "reviewer", "y", "confirm", order.order_id, "1")
    assert accepted.returncode == 0, (accepted.stdout, accepted.stderr)
    assert accepted.stdout.startswith("to approve:")
    assert f"approved: approval hash {m.approval_hash}" in accepted.stdout
    assert _approvals(server, order.order_id) == [ROLES["reviewer"][0]]


def test_help_says_the_hash_is_required_off_a_terminal():
    result = subprocess.run([tradepact_bin(), "escrow", "confirm", "--help"],
                            capture_output=True, text=True, timeout=60, cwd=REPO,
                            env={**os.environ, "COLUMNS": "200"})
    assert result.returncode == 0
    text = " ".join(result.stdout.replace("│", " ").split())
    assert "required unless stdin is a terminal" in text
    assert "approves nothing and exits 2" in text


def test_get_shows_a_released_milestone_with_the_approvals_that_released_it(server):
    # Nothing is held once it is released, so the hash of what one would approve now differs
    # from the one the approvals are bound to; `escrow get` used to show 0/1 approvals.
    order = _requested(server)
    m = order.milestones[0]
    done = _cli(server, "reviewer", "confirm", order.order_id, "1", "--approval-hash",
                m.approval_hash)
    assert done.returncode == 0 and "released milestone" in done.stdout, done
    shown = _cli(server, "buyer", "get", order.order_id)
    assert shown.returncode == 0, shown.stderr
    row = next(line for line in shown.stdout.splitlines() if m.milestone_id in line)
    assert "RELEASED" in row and f"1/{m.approvals_required}" in row, shown.stdout
    assert m.approvals_required == 1  # the sample's first milestone: one reviewer
    as_json = _cli(server, "buyer", "get", order.order_id, "--json")
    assert '"valid": true' in as_json.stdout, as_json.stdout
