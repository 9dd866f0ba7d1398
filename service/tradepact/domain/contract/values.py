"""The placeholder values of one contract in one language, with gaps shown as markers."""

from __future__ import annotations

from decimal import Decimal

from ..money import format_money
from ..terms import LeadTimeBasis, TradeTerms, TransportMode
from .gaps import SELLER_CARRIAGE_RULES, Gap, GapReason
from .parties import ContractOptions, Parties
from .sanitize import clean_text
from .template import LanguagePack
from .words import amount_in_words_en, amount_in_words_zh

_NOT_AGREED = (GapReason.NOT_AGREED, GapReason.CONFLICTING)


def number_text(value: Decimal) -> str:
    """1500 -> '1,500'; 2.50 -> '2.5': quantities as people write them, exactly."""
    text = f"{value.normalize():,f}"
    return text


class Marker:
    """Turns gaps into the clearly marked placeholders a draft shows in their place."""

    def __init__(self, pack: LanguagePack, gaps: list[Gap]) -> None:
        self.pack = pack
        self.missing = {g.field for g in gaps if g.reason is GapReason.MISSING}
        self.unsettled = {g.field for g in gaps if g.reason in _NOT_AGREED}

    def label(self, field: str) -> str:
        key = field.split("[")[0] + (field.split("]", 1)[1] if "]" in field else "")
        return self.pack.field_labels.get(key, field)

    def missing_marker(self, field: str) -> str:
        return f"[[ MISSING: {self.label(field)} ]]"

    def value(self, field: str, value: str | None, group: str | None = None) -> str:
        """The value, a MISSING marker if absent, a NOT AGREED marker if its term is open."""
        if field in self.missing or not value:
            return self.missing_marker(field)
        value = clean_text(value)
        if group is not None and group in self.unsettled:
            return f"[[ NOT AGREED: {value} ]]"
        return value


def _lead_time_days(terms: TradeTerms, pack: LanguagePack, mark: Marker) -> str:
    lead = terms.lead_time
    lo, hi = lead.min_days, lead.max_days
    if lo is None and hi is None:
        return mark.value("lead_time.days", None)
    unit = pack.labels["working_days" if lead.working_days else "calendar_days"]
    if lo is not None and hi is not None and lo != hi:
        text = pack.labels["days_range"].replace("{min}", str(lo)).replace("{max}", str(hi))
    else:
        text = pack.labels["days_single"].replace("{n}", str(hi if lo is None else lo))
    return mark.value("lead_time.days", text.replace("{unit}", unit), "lead_time")


def _logistics(terms: TradeTerms, pack: LanguagePack, mark: Marker) -> dict[str, str]:
    log = terms.logistics
    if log.mode is TransportMode.UNSPECIFIED:
        seller_carries = terms.incoterm.rule in SELLER_CARRIAGE_RULES
        mode = (mark.value("logistics.mode", None) if seller_carries
                else pack.labels["mode_by_buyer"])
    else:
        mode = mark.value("logistics.mode", pack.enums["mode"][log.mode.value], "logistics")
        if log.courier:
            mode += f" ({clean_text(log.courier)})"
    not_specified = pack.labels["not_specified"]
    return {
        "logistics.mode": mode,
        "logistics.containers": ", ".join(f"{c.count} x {c.type.value}" for c in log.containers),
        "logistics.port_of_loading": clean_text(log.port_of_loading or "") or not_specified,
        "logistics.port_of_discharge": clean_text(log.port_of_discharge or "") or not_specified,
    }


def placeholder_values(
    terms: TradeTerms, parties: Parties, options: ContractOptions, pack: LanguagePack,
    lang: str, gaps: list[Gap], *, contract_number: str, version: int,
    total: tuple[int, str] | None,
) -> dict[str, str]:
    """Every SCHEMA placeholder's text in `lang`."""
    mark = Marker(pack, gaps)
    values = {"contract.number": clean_text(contract_number), "contract.version": str(version)}
    for role in ("seller", "buyer"):
        for name, value in getattr(parties, role).model_dump().items():
            field = f"parties.{role}.{name}"
            if name == "party_id":
                continue
            # Optional contact details print as a dash; required ones as a MISSING marker.
            values[f"{role}.{name}"] = (mark.missing_marker(field) if field in mark.missing
                                        else clean_text(value) or "—")
    if total is None:
        values["goods.total_figures"] = mark.missing_marker("goods.total")
        values["goods.total_words"] = mark.missing_marker("goods.total")
    else:
        minor, code = total
        values["goods.total_figures"] = format_money(minor, code)
        words = amount_in_words_zh if lang == "zh" else amount_in_words_en
        values["goods.total_words"] = words(minor, code)
    values["currency.code"] = mark.value("currency.code", total[1] if total else None)
    inc = terms.incoterm
    rule = inc.rule.value if inc.rule else None
    values["incoterm.rule"] = mark.value("incoterm.rule", rule, "incoterm")
    values["incoterm.rule_name"] = pack.enums["incoterm"].get(rule or "", "")
    values["incoterm.named_place"] = mark.value("incoterm.named_place", inc.named_place,
                                                "incoterm")
    values["incoterm.version"] = clean_text(inc.version) or "2020"
    values["payment.installment_count"] = str(len(terms.payment.installments))
    values["lead_time.days"] = _lead_time_days(terms, pack, mark)
    basis = terms.lead_time.basis
    values["lead_time.basis"] = pack.enums["basis"][
        (LeadTimeBasis.AFTER_ORDER if basis is LeadTimeBasis.UNSPECIFIED else basis).value]
    values.update(_logistics(terms, pack, mark))
    values["options.packing_text"] = clean_text(options.packing_text or "") or pack.labels[
        "default_packing"]
    values["options.inspection_text"] = clean_text(options.inspection_text or "") or \
        pack.labels["default_inspection"]
    values["options.warranty_months"] = str(options.warranty_months)
    values["options.late_delivery_rate_per_week"] = number_text(
        options.late_delivery_rate_per_week)
    values["options.late_delivery_cap"] = number_text(options.late_delivery_cap)
    values["options.governing_law"] = clean_text(options.governing_law)
    values["options.arbitration_institution"] = pack.enums["institution"][
        options.arbitration_institution.value]
    values["options.arbitration_seat"] = clean_text(options.arbitration_seat)
    values["options.arbitration_language"] = clean_text(options.arbitration_language)
    values["options.prevailing_language"] = pack.enums["language"][options.prevailing_language]
    return values


def condition_values(terms: TradeTerms, options: ContractOptions) -> dict[str, bool]:
    """Every CONDITIONS switch for this contract."""
    log = terms.logistics
    return {
        "options.cisg_applies": options.cisg_applies,
        "options.partial_shipment_allowed": options.partial_shipment_allowed,
        "options.transshipment_allowed": options.transshipment_allowed,
        "document.bilingual": options.language.value == "bilingual",
        "logistics.has_ports": bool(log.port_of_loading or log.port_of_discharge),
        "logistics.has_containers": bool(log.containers),
        "lead_time.in_stock": terms.lead_time.basis is LeadTimeBasis.IN_STOCK
        and terms.lead_time.min_days is None and terms.lead_time.max_days is None,
    }
