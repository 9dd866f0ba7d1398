"""`tradepact escrow ...`: orders, funding, evidence, reviewed payouts, disputes, ledger, audit."""

from __future__ import annotations

import hashlib
import sys
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from tradepact.v1 import common_pb2, escrow_pb2

from ._common import Connection, connected, enum_label, err, money, out, print_json
from ._views import milestone_state, order_table, orders_table, status_text, term_rows

escrow_app = typer.Typer(no_args_is_help=True, help="Escrow orders: fund, evidence, reviewed "
                                                    "payouts, disputes, ledger and audit.")


def _choices(enum: object, prefix: str, name: str) -> type[StrEnum]:
    labels = [n.removeprefix(prefix + "_").lower() for n in enum.keys()  # type: ignore[attr-defined]
              if not n.endswith("_UNSPECIFIED")]
    return StrEnum(name, {label: label for label in labels})  # type: ignore[return-value]


EvidenceKind = _choices(escrow_pb2.EvidenceType, "EVIDENCE_TYPE", "EvidenceKind")
StateFilter = _choices(escrow_pb2.OrderState, "ORDER_STATE", "StateFilter")

OrderArg = Annotated[str, typer.Argument(show_default=False, help="Order id")]
MilestoneArg = Annotated[str, typer.Argument(show_default=False,
                                             help="Milestone id, or its sequence number (1, 2..)")]
KeyOpt = Annotated[str, typer.Option("--idempotency-key", help="Replay-safe key (default: a "
                                     "new one)", show_default=False)]


def register(app: typer.Typer) -> None:
    """Add the `escrow` command group."""
    app.add_typer(escrow_app, name="escrow")


def parse_amount(text: str, currency: str) -> common_pb2.Money:
    """'3000.50' in `currency` as exact minor units; more decimals than the currency has fail."""
    from tradepact.domain.money import minor_exponent

    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        value = Decimal("NaN")
    exp = minor_exponent(currency)
    minor = value * (Decimal(10) ** exp) if value.is_finite() else value
    if not minor.is_finite() or minor != minor.to_integral_value() or minor < 0:
        err.print(f"[bold red]error:[/] {escape(text)} is not an amount in {currency} "
                  f"(at most {exp} decimals, not negative)")
        raise typer.Exit(1)
    return common_pb2.Money(currency_code=currency.upper(), minor_units=int(minor))


def _milestone(order: escrow_pb2.Order, ref: str) -> escrow_pb2.Milestone:
    for m in order.milestones:
        if ref in (m.milestone_id, str(m.sequence)):
            return m
    err.print(f"[bold red]error:[/] order {order.order_id} has no milestone {escape(ref)}")
    raise typer.Exit(1)


def _resolve(client: object, order_id: str, ref: str) -> str:
    """A milestone id; a sequence number is looked up on the order."""
    if not ref.isdigit():
        return ref
    order = client.get_order(order_id=order_id).order  # type: ignore[attr-defined]
    return _milestone(order, ref).milestone_id


def _show_order(conn: Connection, response: object) -> None:
    if conn.json:
        print_json(response)  # type: ignore[arg-type]
    else:
        out.print(order_table(response.order))  # type: ignore[attr-defined]


@escrow_app.command("create")
@connected
def create(contract_id: Annotated[str, typer.Argument(show_default=False)],
           contract_version: Annotated[int, typer.Option("--version",
                                                         help="0 for the latest")] = 0,
           key: KeyOpt = "", *, conn: Connection) -> None:
    """Create an order from a final contract version, one milestone per installment."""
    with conn.client() as client:
        _show_order(conn, client.create_order(contract_id=contract_id, idempotency_key=key,
                                              contract_version=contract_version))


@escrow_app.command("fund")
@connected
def fund(order_id: OrderArg, milestone: MilestoneArg,
         amount: Annotated[str, typer.Option("--amount", show_default=False,
                                             help="Amount received, e.g. 3000.00")],
         reference: Annotated[str, typer.Option("--reference", show_default=False,
                                                help="Payment reference")],
         currency: Annotated[str, typer.Option("--currency", show_default=False,
                                               help="(default: the order's)")] = "",
         key: KeyOpt = "", *, conn: Connection) -> None:
    """Record the buyer's payment into escrow for a milestone (platform)."""
    with conn.client() as client:
        order = client.get_order(order_id=order_id).order
        m = _milestone(order, milestone)
        money_pb = parse_amount(amount, currency or order.total.currency_code)
        _show_order(conn, client.record_funding(order_id=order_id, milestone_id=m.milestone_id,
                                                amount=money_pb, payment_reference=reference,
                                                idempotency_key=key))


@escrow_app.command("evidence")
@connected
def evidence(order_id: OrderArg, milestone: MilestoneArg,
             kind: Annotated[EvidenceKind, typer.Option("--type", show_default=False)],  # type: ignore[valid-type]
             reference: Annotated[str, typer.Option("--reference", show_default=False,
                                                    help="Document reference, e.g. B/L no.")],
             file: Annotated[Path | None, typer.Option("--file", exists=True, dir_okay=False,
                                                       help="The document: its SHA-256 is "
                                                            "sent")] = None,
             notes: Annotated[str, typer.Option("--notes")] = "",
             key: KeyOpt = "", *, conn: Connection) -> None:
    """Attach an evidence document to a milestone (the order's seller)."""
    doc = escrow_pb2.EvidenceDocument(
        type=escrow_pb2.EvidenceType.Value(f"EVIDENCE_TYPE_{kind.value.upper()}"),
        document_reference=reference, notes=notes,
        file_sha256=hashlib.sha256(file.read_bytes()).hexdigest() if file else "")
    with conn.client() as client:
        _show_order(conn, client.submit_evidence(
            order_id=order_id, milestone_id=_resolve(client, order_id, milestone),
            evidence=doc, idempotency_key=key))


@escrow_app.command("request-release")
@connected
def request_release(order_id: OrderArg, milestone: MilestoneArg,
                    note: Annotated[str, typer.Option("--note")] = "", key: KeyOpt = "",
                    *, conn: Connection) -> None:
    """Ask reviewers to release a funded milestone (the order's seller)."""
    with conn.client() as client:
        _show_order(conn, client.request_release(
            order_id=order_id, milestone_id=_resolve(client, order_id, milestone), note=note,
            idempotency_key=key))


@escrow_app.command("queue")
@connected
def queue(page_size: Annotated[int, typer.Option("--page-size")] = 50,
          page_token: Annotated[str, typer.Option(
              "--page-token", show_default=False,
              help="Token a previous page printed, to see the next one")] = "",
          *, conn: Connection) -> None:
    """Release requests waiting for reviewers, oldest first, with terms and evidence."""
    with conn.client() as client:
        listed = client.list_review_queue(page_size=page_size, page_token=page_token)
    if conn.json:
        print_json(listed)
        return
    if not listed.items:
        out.print("nothing waits for review")
    for item in sorted(listed.items, key=lambda i: i.request_time.ToNanoseconds()):
        show_review(item.order, _milestone(item.order, item.milestone_id),
                    item.request_time.ToJsonString() if item.HasField("request_time") else "")
        terms = Table.grid(padding=(0, 2))
        # every term, the goods lines too: what the payout is for
        for term, value, status, _ in term_rows(item.terms):
            terms.add_row(f"  {term}", value.replace("\n", "; ") or "-", status_text(status))
        out.print(terms)
        out.print()
    if listed.next_page_token:
        out.print(f"more wait: tradepact escrow queue --page-size {page_size} "
                  f"--page-token {listed.next_page_token}", soft_wrap=True)  # copyable


def show_review(order: escrow_pb2.Order, m: escrow_pb2.Milestone, requested: str = "") -> None:
    """What a reviewer approves: milestone, amount, beneficiary, evidence, approvals, hash."""
    valid = sum(1 for a in m.approvals if a.valid)
    out.print(f"[bold]order {order.order_id}[/] milestone {m.sequence} ({m.milestone_id}): "
              f"{escape(m.description)}")
    out.print(f"  amount {money(m.amount)} (funded {money(m.funded)}) to seller "
              f"{order.seller_party_id}; state {milestone_state(m.state)}"
              + (f"; requested {requested} by {m.release_requested_by}" if requested
                 else f"; requested by {m.release_requested_by}" if m.release_requested_by
                 else ""))
    out.print(f"  approvals {valid}/{m.approvals_required}; approval hash {m.approval_hash}")
    if m.release_note:
        out.print(f"  seller's note: {escape(m.release_note)}")
    for e in m.evidence:
        kind = enum_label(escrow_pb2.EvidenceType, "EVIDENCE_TYPE", e.type)
        out.print(f"  evidence: {kind} {escape(e.document_reference)}"
                  + (f" sha256 {e.file_sha256[:16]}" if e.file_sha256 else "")
                  + (f" - {escape(e.notes)}" if e.notes else ""))


def _interactive() -> bool:
    """True when a person can answer a question: stdin is a terminal."""
    return sys.stdin.isatty()


@escrow_app.command("confirm")
@connected
def confirm(order_id: OrderArg, milestone: MilestoneArg,
            approval_hash: Annotated[str, typer.Option(
                "--approval-hash", show_default=False,
                help="The approval hash of the milestone as you reviewed it (`escrow queue` "
                     "and `escrow get` show it); required unless stdin is a terminal")] = "",
            payout_reference: Annotated[str, typer.Option("--payout-reference")] = "",
            key: KeyOpt = "", *, conn: Connection) -> None:
    """Approve a payout (reviewer); released once enough different reviewers approve.

    The approval is bound to the approval hash you pass: if the amount, the beneficiary or the
    evidence changed since you looked, the server refuses it. Without --approval-hash the
    command shows the milestone, amount, beneficiary, evidence and hash, and then: on a
    terminal it asks whether to approve exactly that; otherwise (a script, a pipe, --json) it
    approves nothing and exits 2, so nothing is ever approved unseen.
    """
    with conn.client() as client:
        if approval_hash:
            milestone_id = _resolve(client, order_id, milestone)
        else:
            order = client.get_order(order_id=order_id).order
            m = _milestone(order, milestone)
            milestone_id = m.milestone_id
            asking = _interactive() and not conn.json
            if not conn.json:
                out.print("to approve:")
                show_review(order, m)
            if not asking:
                err.print("[bold red]error:[/] --approval-hash is required (stdin is not a "
                          "terminal to ask on): check what you approve, then run: tradepact "
                          f"escrow confirm {order_id} {escape(milestone)} --approval-hash "
                          f"{m.approval_hash}")
                raise typer.Exit(2)
            if not typer.confirm("approve exactly this payout?", default=False):
                out.print("not approved: nothing was sent")
                raise typer.Exit(1)
            approval_hash = m.approval_hash
        result = client.confirm_payout(order_id=order_id, milestone_id=milestone_id,
                                       approval_hash=approval_hash,
                                       payout_reference=payout_reference, idempotency_key=key)
    if conn.json:
        print_json(result)
        return
    out.print(f"approved: approval hash {approval_hash}")
    if result.released:
        out.print(f"released milestone {milestone_id}", style="green")
    else:
        out.print(f"approval recorded; {result.approvals_remaining} more approval(s) needed")


@escrow_app.command("reject")
@connected
def reject(order_id: OrderArg, milestone: MilestoneArg,
           reason: Annotated[str, typer.Option("--reason", show_default=False)],
           key: KeyOpt = "", *, conn: Connection) -> None:
    """Send a release request back to FUNDED with a reason (reviewer)."""
    with conn.client() as client:
        _show_order(conn, client.reject_payout(
            order_id=order_id, milestone_id=_resolve(client, order_id, milestone),
            reason=reason, idempotency_key=key))


@escrow_app.command("dispute")
@connected
def dispute(order_id: OrderArg,
            reason: Annotated[str, typer.Option("--reason", show_default=False)],
            key: KeyOpt = "", *, conn: Connection) -> None:
    """Open the buyer's dispute: unreleased milestones freeze."""
    with conn.client() as client:
        _show_order(conn, client.open_dispute(order_id=order_id, reason=reason,
                                              idempotency_key=key))


@escrow_app.command("resolve")
@connected
def resolve(order_id: OrderArg,
            release: Annotated[str, typer.Option("--release-to-seller", show_default=False)],
            refund: Annotated[str, typer.Option("--refund-to-buyer", show_default=False)],
            note: Annotated[str, typer.Option("--note")] = "",
            currency: Annotated[str, typer.Option("--currency", show_default=False,
                                                  help="(default: the order's)")] = "",
            key: KeyOpt = "", *, conn: Connection) -> None:
    """Resolve a dispute: release + refund must equal what is held."""
    with conn.client() as client:
        cur = currency or client.get_order(order_id=order_id).order.total.currency_code
        _show_order(conn, client.resolve_dispute(
            order_id=order_id, release_to_seller=parse_amount(release, cur),
            refund_to_buyer=parse_amount(refund, cur), resolution_note=note,
            idempotency_key=key))


@escrow_app.command("cancel")
@connected
def cancel(order_id: OrderArg,
           reason: Annotated[str, typer.Option("--reason", show_default=False)],
           key: KeyOpt = "", *, conn: Connection) -> None:
    """Cancel an order; what is held is refunded to the buyer."""
    with conn.client() as client:
        _show_order(conn, client.cancel_order(order_id=order_id, reason=reason,
                                              idempotency_key=key))


@escrow_app.command("get")
@connected
def get(order_id: OrderArg, *, conn: Connection) -> None:
    """Show an order with its milestones."""
    with conn.client() as client:
        _show_order(conn, client.get_order(order_id=order_id))


@escrow_app.command("list")
@connected
def list_orders(state: Annotated[StateFilter | None, typer.Option(  # type: ignore[valid-type]
                    "--state", show_default=False)] = None,
                page_size: Annotated[int, typer.Option("--page-size")] = 50,
                *, conn: Connection) -> None:
    """List the orders you may see, newest first."""
    value = escrow_pb2.OrderState.Value(f"ORDER_STATE_{state.value.upper()}") if state else 0
    with conn.client() as client:
        listed = client.list_orders(state=value, page_size=page_size)
    if conn.json:
        print_json(listed)
        return
    out.print(orders_table(listed.orders))


@escrow_app.command("watch")
@connected
def watch(order_id: OrderArg,
          after: Annotated[int, typer.Option("--after", help="Resume after this sequence")] = 0,
          *, conn: Connection) -> None:
    """Stream an order's audit events as they happen (Ctrl-C to stop, or --timeout SECONDS)."""
    from tradepact_client import DeadlineExceeded

    # No deadline unless --timeout is given; then the watch ends quietly after that long
    # (the 30 s default of other commands is for calls that answer, not for a stream).
    given = conn.timeout is not None
    with conn.client() as client:
        try:
            for item in client.watch_order(order_id=order_id, after_sequence=after,
                                           timeout=conn.timeout):
                e = item.event
                if conn.json:
                    print_json(item, one_line=True)
                else:
                    out.print(f"#{e.sequence} {e.create_time.ToJsonString()} {e.type} "
                              f"by {e.actor}" + (f" milestone {e.milestone_id}"
                                                 if e.milestone_id else ""))
        except KeyboardInterrupt:
            pass
        except DeadlineExceeded:
            if not given:
                raise


@escrow_app.command("ledger")
@connected
def ledger(order_id: OrderArg, *, conn: Connection) -> None:
    """An order's ledger: balances and every balanced entry."""
    with conn.client() as client:
        book = client.get_ledger(order_id=order_id)
    if conn.json:
        print_json(book)
        return
    out.print(f"order {book.order_id}: funded {money(book.funded)}, released "
              f"{money(book.released)}, refunded {money(book.refunded)}, held "
              f"{money(book.held)}; " + ("balanced" if book.balanced else "NOT BALANCED"),
              style="" if book.balanced else "bold red")
    table = Table(title="Entries")
    for name in ("Movement", "Kind", "Milestone", "Account", "Amount", "When"):
        table.add_column(name)
    for e in book.entries:
        table.add_row(e.movement_id[:12], e.kind, e.milestone_id, e.account, money(e.amount),
                      e.create_time.ToJsonString() if e.HasField("create_time") else "")
    out.print(table)
    if not book.balanced:
        raise typer.Exit(1)


@escrow_app.command("verify-audit")
@connected
def verify_audit(order_id: Annotated[str, typer.Argument(show_default=False,
                                                         help="Order id (default: every "
                                                              "order)")] = "",
                 *, conn: Connection) -> None:
    """Check the audit hash chains; exits 1 when any event was edited, deleted or reordered."""
    with conn.client() as client:
        report = client.verify_audit(order_id=order_id)
    if conn.json:
        print_json(report)
    elif report.ok:
        out.print(f"audit chain intact: {report.events_checked} events checked", style="green")
    else:
        err.print(f"[bold red]audit chain broken:[/] {len(report.problems)} problem(s) in "
                  f"{report.events_checked} events")
        for p in report.problems:
            err.print(f"  - order {p.order_id} event #{p.sequence}: {escape(p.description)}")
    if not report.ok:
        raise typer.Exit(1)


__all__ = ["escrow_app", "parse_amount", "register", "show_review"]
