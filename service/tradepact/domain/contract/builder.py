"""build_contract: trade terms + parties + options + template -> the contract document."""

from __future__ import annotations

from ..errors import PreconditionFailed, PreconditionViolation, TradepactError
from ..money import format_money
from ..terms import Evidence, LineItem, TradeTerms
from ..transcript import Transcript
from .document import (
    Clause,
    ContractDocument,
    Metadata,
    Section,
    SignatureBlock,
    Signatures,
    Table,
    Text,
)
from .gaps import Gap, GapReason, blocking_gaps
from .parties import ContractOptions, Parties
from .sanitize import check_budgets, clean_text
from .schedule import contract_total_minor, installment_amounts, line_total_minor
from .template import ClauseSpec, ContractTemplate, LanguagePack, fill
from .values import Marker, condition_values, number_text, placeholder_values

_QUOTE_LIMIT = 300  # the annex quotes; the transcript itself stays the record


def _join(parts: list[str]) -> str:
    """Bilingual labels read 'Goods / 货物'; identical parts print once."""
    return " / ".join(dict.fromkeys(parts))


class _Builder:
    def __init__(self, terms: TradeTerms, parties: Parties, options: ContractOptions,
                 template: ContractTemplate, gaps: list[Gap], contract_number: str,
                 version: int, transcript: Transcript | None) -> None:
        self.terms, self.parties, self.options = terms, parties, options
        self.langs = options.language.languages
        missing = [lang for lang in self.langs if lang not in template.packs]
        if missing:
            raise PreconditionFailed(PreconditionViolation(
                "TEMPLATE", template.name, f"has no text in {', '.join(missing)}"))
        self.template, self.gaps, self.transcript = template, gaps, transcript
        self.packs: list[LanguagePack] = [template.packs[lang] for lang in self.langs]
        self.marks = [Marker(p, gaps) for p in self.packs]
        # a unit price with a blocking finding (quoted per carton, counted in pieces) makes no
        # line total, and so no contract total
        self.unpriced = {g.field for g in gaps
                         if g.reason is GapReason.FINDING and g.field.endswith(".unit_price")}
        try:
            self.total: tuple[int, str] | None = None if self.unpriced else contract_total_minor(terms)
        except TradepactError:
            self.total = None  # shown as a MISSING marker; the gaps say why
        self.values = [placeholder_values(terms, parties, options, pack, lang, gaps,
                                          contract_number=contract_number, version=version,
                                          total=self.total)
                       for pack, lang in zip(self.packs, self.langs, strict=True)]
        self.conditions = condition_values(terms, options)

    def label(self, key: str) -> str:
        return _join([p.labels[key] for p in self.packs])

    def enum(self, kind: str, key: str) -> str:
        return _join([p.enums[kind][key] for p in self.packs])

    def columns(self, name: str) -> list[str]:
        per_lang = [p.columns[name] for p in self.packs]
        return [_join(list(cells)) for cells in zip(*per_lang, strict=True)]

    # --- tables ---------------------------------------------------------------------------

    def goods_table(self) -> Table:
        rows = []
        code = self.total[1] if self.total else None
        for i, item in enumerate(self.terms.line_items):
            mark, path = self.marks[0], f"line_items[{i}]"
            qty = number_text(item.quantity) if item.quantity is not None else None
            price = f"{code or item.currency or ''} {number_text(item.unit_price)}".strip() \
                if item.unit_price is not None else None
            line_total = None
            if code and item.quantity is not None and item.unit_price is not None \
                    and not item.price_is_range and f"{path}.unit_price" not in self.unpriced:
                line_total = format_money(line_total_minor(item.quantity, item.unit_price, code),
                                          code)
            rows.append([
                str(i + 1),
                mark.value(f"{path}.description", item.description, path),
                clean_text(item.specification or "") or "—",
                mark.value(f"{path}.quantity", qty, path),
                mark.value(f"{path}.unit", item.unit, path),
                self.price_range(item, code) if item.price_is_range
                else mark.value(f"{path}.unit_price", price, path),
                line_total or mark.missing_marker(f"{path}.total"),
            ])
        if not rows:
            rows.append(["1", self.marks[0].missing_marker("line_items"), "—", "", "", "", ""])
        total = self.values[0]["goods.total_figures"]
        footer = [["", self.label("total"), "", "", "", "", total]]
        return Table(name="goods", header=self.columns("goods"), rows=rows, footer=footer,
                     numeric_columns=[3, 5, 6])

    def price_range(self, item: LineItem, code: str | None) -> str:
        """The placeholder of a price quoted as a range: the range as quoted, marked as no price."""
        quoted = (f"{clean_text(code or item.currency or '')} {number_text(item.unit_price)}"
                  f"–{number_text(item.unit_price_max)}").strip()
        return "[[ " + _join([p.labels["price_range"].replace("{range}", quoted)
                              for p in self.packs]) + " ]]"

    def payment_table(self) -> Table:
        items = self.terms.payment.installments
        amounts: list[str] | None = None
        if self.total is not None and not any(g.field.startswith("payment") and
                                              g.reason.value == "INCONSISTENT"
                                              for g in self.gaps):
            try:
                amounts = [format_money(a, self.total[1])
                           for a in installment_amounts(self.terms, self.total[0])]
            except TradepactError:
                amounts = None
        rows = []
        for i, inst in enumerate(items):
            share = f"{number_text(inst.percent)} %" if inst.percent is not None else "—"
            trigger = self.enum("trigger", inst.trigger.value)
            if inst.trigger.value == "UNSPECIFIED" and (inst.percent or inst.fixed_amount_minor):
                trigger = self.marks[0].missing_marker(f"payment.installments[{i}].trigger")
            elif inst.trigger_event:
                trigger += f" ({clean_text(inst.trigger_event)})"
            due = (_join([p.labels["due_days"].replace("{n}", str(inst.due_days))
                          for p in self.packs]) if inst.due_days is not None
                   else self.label("due_at_trigger"))
            amount = amounts[i] if amounts else self.marks[0].missing_marker("payment.amount")
            rows.append([str(i + 1), share, amount, trigger,
                         self.enum("method", inst.method.value), due])
        if not rows:
            rows.append(["1", "", self.marks[0].missing_marker("payment.installments"),
                         "", "", ""])
        footer = [["", "100 %", self.values[0]["goods.total_figures"], "", "", ""]]
        return Table(name="payment", header=self.columns("payment"), rows=rows, footer=footer,
                     numeric_columns=[1, 2])

    def sources_table(self) -> Table:
        rows: list[list[str]] = []

        def add(field: str, evidence: list[Evidence]) -> None:
            for ev in evidence:
                author, when = "", ""
                if self.transcript and 0 <= ev.message_index < len(self.transcript.messages):
                    msg = self.transcript.messages[ev.message_index]
                    author = clean_text(msg.author) or msg.role.value.title()
                    if msg.sent_at:
                        zone = msg.sent_at.strftime("%z")
                        zone = "UTC" if zone in ("+0000", "") else zone
                        when = f"{msg.sent_at:%Y-%m-%d %H:%M} {zone}"
                quote = clean_text(ev.quote)
                if len(quote) > _QUOTE_LIMIT:
                    quote = quote[:_QUOTE_LIMIT] + "…"
                label = _join([m.label(field) for m in self.marks])
                rows.append([label, f"“{quote}”", author or f"#{ev.message_index + 1}",
                             when or "—"])

        t = self.terms
        for i, item in enumerate(t.line_items):
            add(f"line_items[{i}]", item.evidence)
        add("incoterm", t.incoterm.evidence)
        add("payment", t.payment.evidence)
        for inst in t.payment.installments:
            add("payment.installments", inst.evidence)
        add("lead_time", t.lead_time.evidence)
        add("logistics", t.logistics.evidence)
        add("currency.code", t.currency.evidence)
        add("moq", t.moq.evidence)
        if not rows:
            rows.append([self.label("no_sources"), "", "", ""])
        return Table(name="sources", header=self.columns("sources"), rows=rows)

    def signatures(self) -> Signatures:
        blocks = []
        for role in ("seller", "buyer"):
            party = getattr(self.parties, role)
            blocks.append(SignatureBlock(
                role=role, field_name=f"Signature_{role.title()}",
                heading=self.label(role).upper(),
                legal_name=clean_text(party.legal_name) or self.marks[0].missing_marker(
                    f"parties.{role}.legal_name"),
                lines=[self.label(k) for k in ("sig_signature", "sig_name", "sig_title",
                                               "sig_date")]))
        return Signatures(blocks=blocks)

    # --- clauses and sections ---------------------------------------------------------------

    def clause_texts(self, specs: list[ClauseSpec]) -> list[Text] | None:
        texts = []
        for spec, values, lang in zip(specs, self.values, self.langs, strict=True):
            text = spec.text
            if spec.when is not None and not self.conditions[spec.when]:
                text = spec.otherwise
            if text is None:
                return None
            texts.append(Text(lang=lang, text=fill(text, values)))
        return texts

    def section(self, key: str, number: int) -> Section:
        specs = [p.sections[key] for p in self.packs]
        numbered = specs[0].numbered
        sec_no = str(number) if numbered else ""
        blocks = []
        clause_no = 0
        for clause_specs in zip(*[s.clauses for s in specs], strict=True):
            first = clause_specs[0]
            if first.table == "goods":
                blocks.append(self.goods_table())
            elif first.table == "payment":
                blocks.append(self.payment_table())
            elif first.signatures:
                blocks.append(self.signatures())
            elif (texts := self.clause_texts(list(clause_specs))) is not None:
                clause_no += 1
                blocks.append(Clause(number=f"{sec_no}.{clause_no}" if numbered else "",
                                     texts=texts))
        return Section(key=key, number=sec_no, title=_join([s.title for s in specs]),
                       blocks=blocks)


def _gap_text(gap: Gap, mark: Marker, pack: LanguagePack, terms: TradeTerms) -> str:
    """'Payment terms: conflicting offers (T/T or L/C at sight)': an open payment names the
    methods offered as alternatives."""
    text = f"{mark.label(gap.field)}: {pack.enums['gap_reason'][gap.reason.value]}"
    offered = terms.payment.offered_methods
    if gap.field == "payment" and offered:
        methods = pack.labels["or"].join(pack.enums["method"][m.value] for m in offered)
        text += f" ({pack.labels['offered_methods'].replace('{methods}', methods)})"
    return text


def build_contract(terms: TradeTerms, parties: Parties, options: ContractOptions, *,
                   template: ContractTemplate, contract_number: str, version: int,
                   final: bool, transcript: Transcript | None = None) -> ContractDocument:
    """Draft (or finalize) a contract document from agreed terms.

    A draft shows each blocking gap as a marked placeholder and lists them up front; a final
    document with any blocking gap raises PreconditionFailed with one GAP violation per gap.
    Oversized input raises TooLarge / InvalidInput before any work is done.
    """
    check_budgets(terms, parties, options)
    gaps = blocking_gaps(terms, parties)
    if final and gaps:
        raise PreconditionFailed(
            [PreconditionViolation("GAP", g.field, g.description) for g in gaps],
            "a final contract needs every term settled: "
            + "; ".join(f"{g.field} ({g.description})" for g in gaps))
    b = _Builder(terms, parties, options, template, gaps, contract_number, version, transcript)
    sections, number = [], 0
    for key in template.section_order:
        numbered = b.packs[0].sections[key].numbered
        number += numbered
        sections.append(b.section(key, number))
    sections.append(Section(key="sources", number="", title=b.label("annex_sources"),
                            blocks=[b.sources_table()]))
    gap_notice = [_join([_gap_text(g, m, p, terms) for m, p in zip(b.marks, b.packs, strict=True)])
                  + f" [{g.field}]" for g in gaps]
    status = b.label("final" if final else "draft")
    number_text_ = clean_text(contract_number)
    header = _join([f"{p.labels['contract_no']} {number_text_} · {p.labels['version']} "
                    f"{version} · {p.labels['final' if final else 'draft']}" for p in b.packs])
    seller = clean_text(parties.seller.legal_name)
    buyer = clean_text(parties.buyer.legal_name)
    title = b.label("title")
    return ContractDocument(
        template_name=template.name, template_version=template.version,
        language=options.language, languages=b.langs, title=title,
        contract_number=number_text_, version=version, final=final, header_text=header,
        page_label=_join([p.labels["page"] for p in b.packs]),
        parties=parties, gaps=gaps, gap_notice=gap_notice, gaps_title=b.label("gaps_title"),
        sections=sections,
        metadata=Metadata(
            title=f"{title} {number_text_} v{version} ({status})",
            subject=f"{b.label('seller')}: {seller}; {b.label('buyer')}: {buyer}",
            keywords=[number_text_, seller, buyer, template.name],
            author=seller),
        terms_json=terms.model_dump_json(indent=2),
        terms_fingerprint=terms.fingerprint())
