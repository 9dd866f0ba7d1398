"""TradeTerms and Transcript: protobuf <-> domain."""

from __future__ import annotations

from datetime import UTC
from decimal import Decimal, InvalidOperation

from google.protobuf.timestamp_pb2 import Timestamp

from tradepact.domain import terms as d
from tradepact.domain.errors import FieldViolation, InvalidInput
from tradepact.domain.transcript import Message, Role, Transcript
from tradepact.v1 import common_pb2, terms_pb2

from .money import money_from_pb, money_to_pb, price_from_pb, price_to_pb

_ROLE_TO_PB = {Role.BUYER: terms_pb2.ROLE_BUYER, Role.SELLER: terms_pb2.ROLE_SELLER,
               Role.OTHER: terms_pb2.ROLE_OTHER}
_ROLE_FROM_PB = {v: k for k, v in _ROLE_TO_PB.items()}


def _enum_to_pb(enum_pb: object, prefix: str, value: object) -> int:
    name = getattr(value, "value", None) or "UNSPECIFIED"
    return enum_pb.Value(f"{prefix}_{name}")  # type: ignore[attr-defined]


def _enum_from_pb(enum_pb: object, prefix: str, number: int, domain_enum: type) -> object:
    name = enum_pb.Name(number).removeprefix(prefix + "_")  # type: ignore[attr-defined]
    if name == "UNSPECIFIED":
        return None
    return domain_enum(name)


def status_to_pb(status: d.TermStatus) -> int:
    """Domain term status to the proto enum."""
    return terms_pb2.TermStatus.Value(f"TERM_STATUS_{status.value}")


def status_from_pb(value: int) -> d.TermStatus:
    """Proto term status to the domain; unspecified means MISSING."""
    name = terms_pb2.TermStatus.Name(value).removeprefix("TERM_STATUS_")
    return d.TermStatus.MISSING if name == "UNSPECIFIED" else d.TermStatus(name)


# --- transcript ------------------------------------------------------------------------------


def transcript_from_pb(pb: terms_pb2.Transcript) -> Transcript:
    """Proto transcript to the domain."""
    messages = []
    for m in pb.messages:
        sent = m.sent_at.ToDatetime(tzinfo=UTC) if m.HasField("sent_at") else None
        messages.append(Message(role=_ROLE_FROM_PB.get(m.role, Role.OTHER), author=m.author,
                                sent_at=sent, text=m.text))
    return Transcript(messages=messages)


def transcript_to_pb(t: Transcript) -> terms_pb2.Transcript:
    """Domain transcript to proto."""
    out = terms_pb2.Transcript()
    for m in t.messages:
        pm = out.messages.add(role=_ROLE_TO_PB[m.role], author=m.author, text=m.text)
        if m.sent_at is not None:
            ts = Timestamp()
            ts.FromDatetime(m.sent_at)
            pm.sent_at.CopyFrom(ts)
    return out


# --- evidence --------------------------------------------------------------------------------


def _ev_to_pb(evs: list[d.Evidence]) -> list[terms_pb2.Evidence]:
    return [terms_pb2.Evidence(message_index=e.message_index, start=e.start, end=e.end,
                               quote=e.quote) for e in evs]


def _ev_from_pb(evs: object) -> list[d.Evidence]:
    return [d.Evidence(message_index=e.message_index, start=e.start, end=e.end, quote=e.quote)
            for e in evs]  # type: ignore[attr-defined]


def _sup_to_pb(sups: list[d.Superseded]) -> list[terms_pb2.Superseded]:
    return [terms_pb2.Superseded(summary=s.summary, evidence=_ev_to_pb(s.evidence)) for s in sups]


def _sup_from_pb(sups: object) -> list[d.Superseded]:
    return [d.Superseded(summary=s.summary, evidence=_ev_from_pb(s.evidence))
            for s in sups]  # type: ignore[attr-defined]


def _term_fields_to_pb(term: d.Term) -> dict[str, object]:
    return {"status": status_to_pb(term.status), "evidence": _ev_to_pb(term.evidence),
            "superseded": _sup_to_pb(term.superseded)}


def _term_fields_from_pb(pb: object) -> dict[str, object]:
    return {"status": status_from_pb(pb.status), "evidence": _ev_from_pb(pb.evidence),  # type: ignore[attr-defined]
            "superseded": _sup_from_pb(pb.superseded)}  # type: ignore[attr-defined]


def _dec(value: str, field: str) -> Decimal | None:
    if not value:
        return None
    try:
        out = Decimal(value)
    except InvalidOperation as exc:
        raise InvalidInput(FieldViolation(field, f"not a decimal number: {value!r}")) from exc
    if not out.is_finite():
        raise InvalidInput(FieldViolation(field, "must be a finite number"))
    return out


def _opt(pb: object, name: str) -> int | None:
    return getattr(pb, name) if pb.HasField(name) else None  # type: ignore[attr-defined]


# --- terms -----------------------------------------------------------------------------------


def terms_to_pb(t: d.TradeTerms) -> terms_pb2.TradeTerms:
    """Domain TradeTerms to proto."""
    pb = terms_pb2.TradeTerms()
    for li in t.line_items:
        item = pb.line_items.add(
            description=li.description, specification=li.specification or "",
            quantity=_num(li.quantity), unit=li.unit or "", **_term_fields_to_pb(li))
        if li.unit_price is not None and li.currency:
            item.unit_price.CopyFrom(price_to_pb(li.unit_price, li.currency))
        if li.unit_price_max is not None and li.currency:
            item.unit_price_max.CopyFrom(price_to_pb(li.unit_price_max, li.currency))
        if li.total is not None and li.currency:
            item.total.CopyFrom(price_to_pb(li.total, li.currency))
    pb.moq.CopyFrom(terms_pb2.Quantity(
        value=_num(t.moq.value), unit=t.moq.unit or "", status=status_to_pb(t.moq.status),
        evidence=_ev_to_pb(t.moq.evidence)))
    inc = t.incoterm
    pb.incoterm.CopyFrom(terms_pb2.Incoterm(
        rule=_enum_to_pb(terms_pb2.IncotermRule, "INCOTERM_RULE", inc.rule),
        version=inc.version if inc.rule else "", named_place=inc.named_place or "",
        **_term_fields_to_pb(inc)))
    pay = terms_pb2.PaymentSchedule(
        offered_methods=[_enum_to_pb(terms_pb2.PaymentMethod, "PAYMENT_METHOD", m)
                         for m in t.payment.offered_methods],
        **_term_fields_to_pb(t.payment))
    for ins in t.payment.installments:
        pi = pay.installments.add(
            trigger=_enum_to_pb(terms_pb2.PaymentTrigger, "PAYMENT_TRIGGER", ins.trigger),
            trigger_event=ins.trigger_event or "",
            method=_enum_to_pb(terms_pb2.PaymentMethod, "PAYMENT_METHOD", ins.method),
            due_days=ins.due_days or 0, evidence=_ev_to_pb(ins.evidence))
        if ins.percent is not None:
            pi.percent = _num(ins.percent)
        elif ins.fixed_amount_minor is not None and ins.currency:
            pi.fixed_amount.CopyFrom(money_to_pb(ins.fixed_amount_minor, ins.currency))
    pb.payment.CopyFrom(pay)
    lt = t.lead_time
    lead = terms_pb2.LeadTime(
        working_days=lt.working_days,
        basis=_enum_to_pb(terms_pb2.LeadTimeBasis, "LEAD_TIME_BASIS", lt.basis),
        **_term_fields_to_pb(lt))
    if lt.min_days is not None:
        lead.min_days = lt.min_days
    if lt.max_days is not None:
        lead.max_days = lt.max_days
    pb.lead_time.CopyFrom(lead)
    lg = t.logistics
    log_pb = terms_pb2.Logistics(
        mode=_enum_to_pb(terms_pb2.TransportMode, "TRANSPORT_MODE", lg.mode),
        containers=[terms_pb2.ContainerCount(type=c.type.value, count=c.count)
                    for c in lg.containers],
        courier=lg.courier or "", port_of_loading=lg.port_of_loading or "",
        port_of_discharge=lg.port_of_discharge or "", **_term_fields_to_pb(lg))
    if lg.transit_time is not None:
        tt = terms_pb2.TransitTime(evidence=_ev_to_pb(lg.transit_time.evidence))
        if lg.transit_time.min_days is not None:
            tt.min_days = lg.transit_time.min_days
        if lg.transit_time.max_days is not None:
            tt.max_days = lg.transit_time.max_days
        log_pb.transit_time.CopyFrom(tt)
    pb.logistics.CopyFrom(log_pb)
    pb.currency.CopyFrom(terms_pb2.CurrencyTerm(
        code=t.currency.code or "", status=status_to_pb(t.currency.status),
        evidence=_ev_to_pb(t.currency.evidence)))
    for f in t.findings:
        pb.findings.add(code=f.code, severity=common_pb2.Severity.Value(f"SEVERITY_{f.severity.value}"),
                        field=f.field, message=f.message, evidence=_ev_to_pb(f.evidence))
    return pb


def terms_from_pb(pb: terms_pb2.TradeTerms) -> d.TradeTerms:
    """Proto TradeTerms to the domain; bad numbers raise InvalidInput naming the field."""
    items = []
    for i, li in enumerate(pb.line_items):
        price = price_from_pb(li.unit_price, f"terms.line_items[{i}].unit_price") \
            if li.HasField("unit_price") else None
        total = price_from_pb(li.total, f"terms.line_items[{i}].total") \
            if li.HasField("total") else None
        upper = _price_max_from_pb(li, price, f"terms.line_items[{i}]")
        currency = (price or total or (None, None))[1]
        items.append(d.LineItem(
            description=li.description, specification=li.specification or None,
            quantity=_dec(li.quantity, f"terms.line_items[{i}].quantity"),
            unit=li.unit or None, unit_price=price[0] if price else None,
            unit_price_max=upper, currency=currency,
            total=total[0] if total else None, **_term_fields_from_pb(li)))
    installments = []
    for i, ins in enumerate(pb.payment.installments):
        share = ins.WhichOneof("share")
        percent = _dec(ins.percent, f"terms.payment.installments[{i}].percent") \
            if share == "percent" else None
        fixed = money_from_pb(ins.fixed_amount, f"terms.payment.installments[{i}].fixed_amount") \
            if share == "fixed_amount" else None
        installments.append(d.Installment(
            percent=percent, fixed_amount_minor=fixed[0] if fixed else None,
            currency=fixed[1] if fixed else None,
            trigger=_enum_from_pb(terms_pb2.PaymentTrigger, "PAYMENT_TRIGGER", ins.trigger,
                                  d.PaymentTrigger) or d.PaymentTrigger.UNSPECIFIED,
            trigger_event=ins.trigger_event or None,
            method=_enum_from_pb(terms_pb2.PaymentMethod, "PAYMENT_METHOD", ins.method,
                                 d.PaymentMethod) or d.PaymentMethod.UNSPECIFIED,
            due_days=ins.due_days or None, evidence=_ev_from_pb(ins.evidence)))
    lg = pb.logistics
    try:
        containers = [d.Containers(type=d.ContainerType(c.type), count=c.count)
                      for c in lg.containers]
    except ValueError as exc:
        raise InvalidInput(FieldViolation("terms.logistics.containers",
                                          "type must be 20GP, 40GP or 40HQ")) from exc
    transit = None
    if lg.HasField("transit_time"):
        transit = d.TransitTime(min_days=_opt(lg.transit_time, "min_days"),
                                max_days=_opt(lg.transit_time, "max_days"),
                                evidence=_ev_from_pb(lg.transit_time.evidence))
    return d.TradeTerms(
        line_items=items,
        moq=d.Quantity(value=_dec(pb.moq.value, "terms.moq.value"), unit=pb.moq.unit or None,
                       status=status_from_pb(pb.moq.status), evidence=_ev_from_pb(pb.moq.evidence)),
        incoterm=d.Incoterm(
            rule=_enum_from_pb(terms_pb2.IncotermRule, "INCOTERM_RULE", pb.incoterm.rule,
                               d.IncotermRule),
            version=pb.incoterm.version or "2020", named_place=pb.incoterm.named_place or None,
            **_term_fields_from_pb(pb.incoterm)),
        payment=d.PaymentSchedule(
            installments=installments,
            offered_methods=[m for m in (_enum_from_pb(terms_pb2.PaymentMethod, "PAYMENT_METHOD", n,
                                                       d.PaymentMethod)
                                         for n in pb.payment.offered_methods) if m is not None],
            **_term_fields_from_pb(pb.payment)),
        lead_time=d.LeadTime(
            min_days=_opt(pb.lead_time, "min_days"), max_days=_opt(pb.lead_time, "max_days"),
            working_days=pb.lead_time.working_days,
            basis=_enum_from_pb(terms_pb2.LeadTimeBasis, "LEAD_TIME_BASIS", pb.lead_time.basis,
                                d.LeadTimeBasis) or d.LeadTimeBasis.UNSPECIFIED,
            **_term_fields_from_pb(pb.lead_time)),
        logistics=d.Logistics(
            mode=_enum_from_pb(terms_pb2.TransportMode, "TRANSPORT_MODE", lg.mode,
                               d.TransportMode) or d.TransportMode.UNSPECIFIED,
            containers=containers, courier=lg.courier or None,
            port_of_loading=lg.port_of_loading or None,
            port_of_discharge=lg.port_of_discharge or None, transit_time=transit,
            **_term_fields_from_pb(lg)),
        currency=d.Currency(code=pb.currency.code or None,
                            status=status_from_pb(pb.currency.status),
                            evidence=_ev_from_pb(pb.currency.evidence)),
        findings=[d.Finding(code=f.code,
                            severity=d.Severity(common_pb2.Severity.Name(f.severity)
                                                .removeprefix("SEVERITY_"))
                            if f.severity else d.Severity.WARNING,
                            field=f.field, message=f.message, evidence=_ev_from_pb(f.evidence))
                  for f in pb.findings],
    )


def _price_max_from_pb(li: terms_pb2.LineItem, price: tuple[Decimal, str] | None,
                       field: str) -> Decimal | None:
    """The upper bound of a price quoted as a range: it needs the lower bound, in the same
    currency, and must not be below it (a range nobody could have quoted is refused)."""
    if not li.HasField("unit_price_max"):
        return None
    upper, code = price_from_pb(li.unit_price_max, f"{field}.unit_price_max")
    if price is None:
        raise InvalidInput(FieldViolation(f"{field}.unit_price",
                                          "a price range needs its lower bound in unit_price"))
    if code != price[1]:
        raise InvalidInput(FieldViolation(f"{field}.unit_price_max.currency_code",
                                          "must be the currency of unit_price"))
    if upper < price[0]:
        raise InvalidInput(FieldViolation(f"{field}.unit_price_max",
                                          "must not be below unit_price"))
    return upper


def _num(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    return text
