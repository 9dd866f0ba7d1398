"""Rich views of API messages for people: trade terms with evidence, findings, orders."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text

from tradepact.v1 import common_pb2, escrow_pb2, terms_pb2

from ._common import enum_label, money

_STATUS_STYLE = {"AGREED": "green", "PROPOSED": "yellow", "CONFLICTING": "bold red",
                 "MISSING": "dim"}


def status_text(value: int) -> Text:
    """A term status, coloured by how settled it is."""
    label = enum_label(terms_pb2.TermStatus, "TERM_STATUS", value) or "MISSING"
    return Text(label, style=_STATUS_STYLE.get(label, ""))


def evidence_text(evidence: Any) -> str:
    """Quotes with their message index: #3 "FOB Ningbo"."""
    lines = [f'#{e.message_index} "{e.quote}"' for e in evidence]
    return "\n".join(dict.fromkeys(lines))  # the same quote backs several values


def _days(lo: Any, hi: Any, has_lo: bool, has_hi: bool) -> str:
    if has_lo and has_hi and lo != hi:
        return f"{lo}-{hi} days"
    if has_lo or has_hi:
        return f"{lo if has_lo else hi} days"
    return ""


def installment_text(i: terms_pb2.Installment) -> str:
    """30% BEFORE_SHIPMENT by TT, due 30 days."""
    share = f"{i.percent}%" if i.WhichOneof("share") == "percent" else money(i.fixed_amount)
    parts = [share, enum_label(terms_pb2.PaymentTrigger, "PAYMENT_TRIGGER", i.trigger)]
    if i.trigger_event:
        parts.append(f"({i.trigger_event})")
    method = enum_label(terms_pb2.PaymentMethod, "PAYMENT_METHOD", i.method)
    if method:
        parts.append(f"by {method}")
    if i.due_days:
        parts.append(f"due {i.due_days} days")
    return " ".join(p for p in parts if p)


def term_rows(t: terms_pb2.TradeTerms) -> list[tuple[str, str, int, str]]:
    """(term, value, status, evidence) for every term a contract needs."""
    inc = t.incoterm
    rule = enum_label(terms_pb2.IncotermRule, "INCOTERM_RULE", inc.rule)
    rows = [("Incoterm", " ".join(p for p in (rule, inc.named_place,
                                              f"(Incoterms {inc.version})" if inc.version
                                              else "") if p),
             inc.status, evidence_text(inc.evidence))]
    pay = t.payment
    lines = [installment_text(i) for i in pay.installments]
    offered = [enum_label(terms_pb2.PaymentMethod, "PAYMENT_METHOD", m) for m in pay.offered_methods]
    if offered:
        lines.append("by " + " or ".join(offered) + " (offered, none chosen)")
    rows.append(("Payment", "\n".join(lines), pay.status, evidence_text(pay.evidence)))
    lt = t.lead_time
    lead = _days(lt.min_days, lt.max_days, lt.HasField("min_days"), lt.HasField("max_days"))
    if lead:
        lead += " (working)" if lt.working_days else ""
        basis = enum_label(terms_pb2.LeadTimeBasis, "LEAD_TIME_BASIS", lt.basis)
        lead += f" {basis.lower().replace('_', ' ')}" if basis else ""
    rows.append(("Lead time", lead, lt.status, evidence_text(lt.evidence)))
    lg = t.logistics
    parts = [enum_label(terms_pb2.TransportMode, "TRANSPORT_MODE", lg.mode)]
    parts += [f"{c.count}x{c.type}" for c in lg.containers]
    parts += [lg.courier]
    if lg.port_of_loading or lg.port_of_discharge:
        parts.append(f"{lg.port_of_loading or '?'} -> {lg.port_of_discharge or '?'}")
    tt = lg.transit_time
    transit = _days(tt.min_days, tt.max_days, tt.HasField("min_days"), tt.HasField("max_days"))
    if transit:
        parts.append(f"transit {transit}")
    rows.append(("Logistics", " ".join(p for p in parts if p), lg.status,
                 evidence_text(lg.evidence)))
    for n, item in enumerate(t.line_items, 1):
        value = " ".join(p for p in (item.quantity, item.unit, item.description,
                                     item.specification) if p)
        if item.unit_price.currency_code:
            value += f" @ {money(item.unit_price)}"
            if item.HasField("unit_price_max"):  # an indication, not a price
                value += f" to {money(item.unit_price_max)} (quoted range)"
        if item.total.currency_code:
            value += f" = {money(item.total)}"
        rows.append((f"Goods {n}", value, item.status, evidence_text(item.evidence)))
    if t.HasField("moq") and (t.moq.value or t.moq.status > terms_pb2.TERM_STATUS_MISSING):
        rows.append(("MOQ", f"{t.moq.value} {t.moq.unit}".strip(), t.moq.status,
                     evidence_text(t.moq.evidence)))
    rows.append(("Currency", t.currency.code, t.currency.status,
                 evidence_text(t.currency.evidence)))
    return rows


def terms_table(t: terms_pb2.TradeTerms, title: str = "Trade terms") -> Table:
    """Each term with its status and the quoted evidence."""
    table = Table(title=title, show_lines=True, expand=False)
    for name in ("Term", "Value", "Status", "Evidence"):
        table.add_column(name, overflow="fold")
    for term, value, status, evidence in term_rows(t):
        table.add_row(term, value or "-", status_text(status), evidence or "")
    return table


def findings_table(findings: Any) -> Table:
    """Findings for a human, most severe first."""
    table = Table(title="Findings", show_lines=False)
    for name in ("Severity", "Code", "Field", "Message"):
        table.add_column(name, overflow="fold")
    for f in sorted(findings, key=lambda f: -f.severity):
        sev = enum_label(common_pb2.Severity, "SEVERITY", f.severity)
        style = {"BLOCKING": "bold red", "WARNING": "yellow"}.get(sev, "")
        table.add_row(Text(sev, style=style), f.code, f.field, f.message)
    return table


def milestone_state(value: int) -> str:
    """MILESTONE_STATE_FUNDED -> FUNDED."""
    return enum_label(escrow_pb2.MilestoneState, "MILESTONE_STATE", value)


def order_table(order: escrow_pb2.Order) -> Table:
    """An order's milestones with amounts and states."""
    state = enum_label(escrow_pb2.OrderState, "ORDER_STATE", order.state)
    table = Table(title=f"Order {order.order_id} ({state}) - contract {order.contract_id} "
                        f"v{order.contract_version}, total {money(order.total)}")
    for name in ("#", "Milestone", "Description", "Amount", "Funded", "Released", "Refunded",
                 "State", "Approvals"):
        table.add_column(name, overflow="fold")
    for m in order.milestones:
        valid = sum(1 for a in m.approvals if a.valid)
        table.add_row(str(m.sequence), m.milestone_id, m.description, money(m.amount),
                      money(m.funded), money(m.released), money(m.refunded),
                      milestone_state(m.state) + (" (frozen)" if m.frozen else ""),
                      f"{valid}/{m.approvals_required}" if m.approvals_required else "")
    return table


def orders_table(orders: Any) -> Table:
    """Orders, one row each. The order id is never cut: it is what the user copies into
    `escrow get`, `fund`, ... (other cells wrap instead in a narrow terminal)."""
    table = Table(title="Orders")
    width = max((len(o.order_id) for o in orders), default=5)
    table.add_column("Order", no_wrap=True, min_width=width)
    for name in ("Contract", "Seller", "Buyer", "Total", "State", "Milestones"):
        table.add_column(name, overflow="fold")
    for o in orders:
        table.add_row(o.order_id, f"{o.contract_id} v{o.contract_version}", o.seller_party_id,
                      o.buyer_party_id, money(o.total),
                      enum_label(escrow_pb2.OrderState, "ORDER_STATE", o.state),
                      " ".join(milestone_state(m.state) for m in o.milestones))
    return table


__all__ = ["evidence_text", "findings_table", "installment_text", "milestone_state",
           "order_table", "orders_table", "status_text", "term_rows", "terms_table"]
