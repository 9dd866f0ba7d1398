"""`tradepact escrow verify-audit` on a database someone edited behind the service's back."""

from __future__ import annotations

import sqlite3

import pytest

from tests.e2e.test_cli import tradepact
from tests.support.escrow_flow import client, fund_and_request, new_order
from tests.support.server_process import token


def _tamper(server, order_id: str, sequence: int, payload_json: str) -> None:
    db = sqlite3.connect(server.data_dir / "tradepact.sqlite3")
    with db:
        db.execute("UPDATE escrow_events SET payload_json = ? WHERE order_id = ? AND sequence = ?",
                   (payload_json, order_id, sequence))
    db.close()


def _verify(server, order_id: str):
    return tradepact("escrow", "verify-audit", order_id, "--address", server.address,
                     "--token", token("auditor", "admin"))


@pytest.mark.parametrize("edit", ["not json at all", "[1, 2]", "null", '"a string"'])
def test_an_event_whose_payload_is_no_longer_a_json_object_is_reported_as_edited(server, edit):
    # Before, reading the edited event failed: VerifyAudit answered INTERNAL and the command
    # printed an internal error instead of naming the broken event.
    order = fund_and_request(server.address, new_order(server.address), 0)
    _tamper(server, order.order_id, 2, edit)
    intact = new_order(server.address)
    result = _verify(server, order.order_id)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "audit chain broken" in result.stderr and "INTERNAL" not in result.stderr
    assert f"order {order.order_id} event 2: content does not match its hash (edited)" in \
        " ".join(result.stderr.split())
    with client(server.address, "admin") as c:
        report = c.verify_audit(order_id=order.order_id)
        # Verifying every order (earlier tests' edited ones too) reads past it as well.
        everything = c.verify_audit()
    assert not report.ok and [p.description.endswith("(edited)") for p in report.problems] == [
        True]
    assert not everything.ok and order.order_id in {p.order_id for p in everything.problems}
    assert intact.order_id not in {p.order_id for p in everything.problems}
    assert everything.events_checked > report.events_checked


def _delete(server, order_id: str, sequence: int) -> None:
    db = sqlite3.connect(server.data_dir / "tradepact.sqlite3")
    with db:
        db.execute("DELETE FROM escrow_events WHERE order_id = ? AND sequence = ?",
                   (order_id, sequence))
    db.close()


def test_each_problem_names_the_sequence_where_the_chain_breaks(server):
    # Before, AuditProblem.sequence was never filled: every problem said "event #0".
    edited = fund_and_request(server.address, new_order(server.address), 0)  # events 1-4
    _tamper(server, edited.order_id, 2, '{"amount_minor": 1}')
    middle_gone = fund_and_request(server.address, new_order(server.address), 0)
    _delete(server, middle_gone.order_id, 2)
    newest_gone = fund_and_request(server.address, new_order(server.address), 0)
    _delete(server, newest_gone.order_id, 4)
    with client(server.address, "admin") as c:
        report = c.verify_audit(order_id=edited.order_id)
        middle = c.verify_audit(order_id=middle_gone.order_id)
        newest = c.verify_audit(order_id=newest_gone.order_id)
    assert [(p.sequence, p.description.rsplit(" ", 1)[-1]) for p in report.problems] == [
        (2, "(edited)")]
    # Event 3 is where the missing 2 shows: its number and its link are both wrong.
    assert [p.sequence for p in middle.problems] == [3, 3]
    assert [p.sequence for p in newest.problems] == [4]  # the head names 4, none is stored
    result = _verify(server, edited.order_id)
    assert result.returncode == 1
    assert f"order {edited.order_id} event #2:" in " ".join(result.stderr.split())
    assert "event #0" not in result.stderr


def _rewrite_log(server, order_id: str, kinds: list[str]) -> None:
    """Replace the order's whole log with a freshly hashed one of `kinds`, head included."""
    from tradepact.domain.escrow.audit import GENESIS_HASH, next_event

    db = sqlite3.connect(server.data_dir / "tradepact.sqlite3")
    seq, head = 0, GENESIS_HASH
    with db:
        db.execute("DELETE FROM escrow_events WHERE order_id = ?", (order_id,))
        for kind in kinds:
            ev = next_event(order_id, seq, head, kind, "mallory", "2026-01-01T00:00:00+00:00",
                            {})
            db.execute("INSERT INTO escrow_events (order_id, sequence, kind, actor, at, "
                       "payload_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, '{}', ?, ?)",
                       (order_id, ev.sequence, ev.kind, ev.actor, ev.at, ev.prev_hash, ev.hash))
            seq, head = ev.sequence, ev.hash
        db.execute("UPDATE escrow_orders SET audit_sequence = ?, audit_head = ? WHERE id = ?",
                   (seq, "" if not kinds else head, order_id))
    db.close()


def test_an_order_whose_log_was_wiped_to_nothing_is_reported(server):
    # Before, deleting every event and resetting the order row's head verified as intact
    # ("0 events checked"): every real order has at least its order.created event.
    order = fund_and_request(server.address, new_order(server.address), 0)
    _rewrite_log(server, order.order_id, [])
    result = _verify(server, order.order_id)
    assert result.returncode == 1, result.stdout + result.stderr
    text = " ".join(result.stderr.split())
    assert "audit chain broken" in text
    assert f"order {order.order_id} event #1: order {order.order_id}: no events stored" in text
    with client(server.address, "admin") as c:
        report = c.verify_audit(order_id=order.order_id)
    assert not report.ok and [p.sequence for p in report.problems] == [1]


def test_a_log_rewritten_to_start_with_anything_but_order_created_is_reported(server):
    order = fund_and_request(server.address, new_order(server.address), 0)
    _rewrite_log(server, order.order_id, ["milestone.fund", "milestone.request_release"])
    result = _verify(server, order.order_id)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "starts with milestone.fund, not order.created" in " ".join(result.stderr.split())
