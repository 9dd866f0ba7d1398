"""Precision, recall and ungrounded values of a term extractor on labelled data sets.

Two data sets:

- ``tests/data/transcripts/*.json``: chat transcripts written and labelled for this project
  (proto JSON mapping of the transcript plus an ``expected`` block).
- ``<repo>/../shared/samples/trade_snippets.jsonl`` (override with ``TRADEPACT_SAMPLES_DIR``):
  real-world passages annotated by hand, read in place. A passage is one party's text (most are
  a supplier's terms page or quote), so it becomes ONE message from the SELLER. Its free-text
  ``quantity`` and ``unit_price`` are compared by number: a predicted value is correct when it is
  one of the numbers of the annotation; an annotation that describes an MOQ expects no order
  quantity. Samples carry no status, goods description, line-item count, due days or deposit
amount, so those rows are empty for them.

Goods: ``quantity``, ``unit_price`` and ``description`` labels are one value (the first line
item) or a list (one per line item, in order of first mention); a predicted item is scored
against the label at its position. A description is correct when it equals the label after
whitespace and case normalisation. A unit price quoted as a range (``LineItem.unit_price_max``)
is predicted as the string "low-high" ("0.4-1") and is correct only if BOTH bounds match: a
``tests/data`` label writes a range the same way ("0.4-1") and each bound must equal exactly; a
sample's annotation must hold both numbers (and be written as a range itself: a single price
never matches a quoted range, nor a range a single price). ``line_items`` is the number of line items that carry a
description, quantity or unit price. ``due_days`` is the last installment's due days (net 30,
L/C 60 days, 7 days after B/L date); ``deposit_amount`` the first installment's fixed amount.

Payment method: installments paid by different methods are a split across instruments, written
"A+B" in the order of the installments (``LC_SIGHT+DP``; the samples' "LC+DP"), and then, as the
samples' convention says, no deposit or balance share is reported. Methods offered as
alternatives with none chosen (``PaymentSchedule.offered_methods``) are written "A|B" in the order
offered (``TT|LC_SIGHT``; the samples' "TT|LC"). Composite values match when the separator is the
same and the parts are, in any order. Escrow is the samples' TradeAssurance or Alipay.

A prediction counts when the extractor outputs a non-missing value; precision = correct
predictions / predictions; recall = correct predictions / non-null expectations. A value is
ungrounded when the grounding verifier drops it (its quote is not at its offsets, or its numbers
are not in its quote).

Run: ``python -m tradepact.evaluation [--data DIR] [--samples FILE]``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from itertools import permutations
from pathlib import Path

from tradepact.domain.grounding import verify_grounding
from tradepact.domain.money import from_minor
from tradepact.domain.normalize import normalize
from tradepact.domain.numbers import rewrite_number_words
from tradepact.domain.ports import TermExtractor
from tradepact.domain.terms import LineItem, PaymentTrigger, TermStatus, TradeTerms
from tradepact.domain.transcript import Message, Role, Transcript

FIELDS = ("rule", "named_place", "deposit_pct", "balance_pct", "method", "lead_time_min",
          "lead_time_max", "mode", "quantity", "unit_price", "currency", "status", "description",
          "line_items", "due_days", "deposit_amount")
PER_ITEM = ("quantity", "unit_price", "description")  # scored item by item
_NOT_IN_SAMPLES = ("status", "description", "line_items", "due_days", "deposit_amount")
REPO = Path(__file__).resolve().parents[2]
DATA_DIR = REPO / "tests" / "data" / "transcripts"
# Chats written and labelled blind, by someone who never ran the extractor on them: each set is
# measured before anyone tunes on it (tests/data/blind/README.md says which were tuned on since).
BLIND_DIR = REPO / "tests" / "data" / "blind"
SAMPLES_FILE = "trade_snippets.jsonl"

_LABEL_KEYS = {"rule": "incoterm", "named_place": "named_place", "deposit_pct": "deposit_pct",
               "balance_pct": "balance_pct", "method": "payment_method",
               "lead_time_min": "lead_time_min", "lead_time_max": "lead_time_max", "mode": "mode",
               "quantity": "quantity", "unit_price": "unit_price", "currency": "currency",
               "status": "incoterm_status", "description": "description",
               "line_items": "line_item_count", "due_days": "due_days",
               "deposit_amount": "deposit_amount"}
SPLIT_SEP, ALTERNATIVES_SEP = "+", "|"  # "LC+DP": split across instruments; "LC|TT": alternatives
RANGE_SEP = "-"  # a quoted price range, "0.4-1"
_RANGE_LABEL = re.compile(r"(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)")
# a sample annotation quoting a range: "about $0.4-$1/pcs", "USD 2.5 to 3.5", "3~5元"
_RANGE_IN_TEXT = re.compile(r"\d\s*(?:-{1,2}|~|–|—|to|到|至)\s*(?:[^\s\d]{1,4}\s*)?\d")
_SAMPLE_METHODS = {"TT": "TT", "LC_SIGHT": "LC", "LC_USANCE": "LC", "DP": "DP", "DA": "DA",
                   "PAYPAL": "PayPal", "WESTERN_UNION": "WesternUnion", "CARD": "Card",
                   "ESCROW": "TradeAssurance", "OA": "OA", "CASH": "Cash"}


@dataclass
class Case:
    """One labelled transcript: what a careful reader finds in it, field by field."""

    id: str
    transcript: Transcript
    expected: dict[str, object]
    numeric_text: bool = False  # samples: quantity / unit price are free text to match by number


@dataclass
class FieldScore:
    expected: int = 0
    predicted: int = 0
    correct: int = 0
    ungrounded: int = 0

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.correct / self.expected if self.expected else None


@dataclass
class Report:
    """Per-field scores on one data set, plus the cases each field got wrong."""

    name: str
    cases: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    errors: list[tuple[str, str, object, object]] = field(default_factory=list)

    def table(self) -> str:
        lines = [f"{self.name}: {self.cases} transcripts",
                 f"{'field':<15}{'expected':>9}{'predicted':>10}{'correct':>8}{'precision':>10}"
                 f"{'recall':>8}{'ungrounded':>11}"]
        for name, s in self.fields.items():
            p = "-" if s.precision is None else f"{s.precision:.3f}"
            r = "-" if s.recall is None else f"{s.recall:.3f}"
            lines.append(f"{name:<15}{s.expected:>9}{s.predicted:>10}{s.correct:>8}{p:>10}{r:>8}"
                         f"{s.ungrounded:>11}")
        return "\n".join(lines)


def load_transcripts(directory: Path = DATA_DIR) -> list[Case]:
    """The project's labelled chat transcripts."""
    cases = []
    for path in sorted(Path(directory).glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        expected = {f: doc["expected"].get(key) for f, key in _LABEL_KEYS.items()}
        expected["status"] = expected["status"] or TermStatus.MISSING.value
        cases.append(Case(doc["id"], transcript_from_json(doc["transcript"]), expected))
    return cases


def blind_sets(directory: Path = BLIND_DIR) -> list[Path]:
    """The blind sets' folders in the order they were written: a to z, then aa, ab, ..."""
    return sorted((d for d in Path(directory).iterdir() if d.is_dir()), key=lambda d: (len(d.name), d.name))


def transcript_from_json(data: dict) -> Transcript:
    """The proto JSON mapping of a Transcript (roles ROLE_BUYER or BUYER ...)."""
    messages = []
    for m in data.get("messages", []):
        role = str(m.get("role", "ROLE_OTHER")).removeprefix("ROLE_")
        messages.append(Message(role=Role(role) if role in Role.__members__ else Role.OTHER,
                                author=m.get("author", ""), sent_at=m.get("sentAt") or None,
                                text=m.get("text", "")))
    return Transcript(messages=messages)


def samples_path() -> Path:
    """`<repo>/../shared/samples/trade_snippets.jsonl`, or `$TRADEPACT_SAMPLES_DIR/...`."""
    base = os.environ.get("TRADEPACT_SAMPLES_DIR")
    return Path(base) / SAMPLES_FILE if base else REPO.parent / "shared" / "samples" / SAMPLES_FILE


def load_samples(path: Path | None = None) -> list[Case]:
    """The shared real-world passages, each read as a single SELLER message."""
    path = path or samples_path()
    cases = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        exp = doc["expected"]
        mode = exp.get("transport_mode")
        quantity = exp.get("quantity")
        if quantity and re.match(r"\s*(moq|min)", quantity, re.I):
            quantity = None
        expected = {
            "rule": exp.get("incoterm"), "named_place": exp.get("named_place"),
            "deposit_pct": exp.get("deposit_pct"), "balance_pct": exp.get("balance_pct"),
            "method": exp.get("payment_method"),
            "lead_time_min": exp.get("lead_time_days_min"),
            "lead_time_max": exp.get("lead_time_days_max"),
            "mode": mode.upper() if mode else None, "quantity": quantity,
            "unit_price": exp.get("unit_price"), "currency": exp.get("currency"), "status": None,
        }
        transcript = Transcript(messages=[Message(role=Role.SELLER, author=doc["id"], text=doc["text"])])
        cases.append(Case(doc["id"], transcript, expected, numeric_text=True))
    return cases


def predict(terms: TradeTerms) -> dict[str, object]:
    """The evaluated fields of a TradeTerms, as comparable plain values (None = missing)."""
    inc, pay, lead = terms.incoterm, terms.payment, terms.lead_time
    deposit = balance = None
    methods = _methods(pay.installments)
    if pay.installments and pay.installments[0].percent is not None and len(methods) <= 1:
        first = pay.installments[0]
        if first.trigger == PaymentTrigger.ON_ORDER:
            deposit = first.percent
            rest = [i.percent for i in pay.installments[1:] if i.percent is not None]
            balance = sum(rest, Decimal(0)) if rest or deposit == 100 else None
    items = [i for i in terms.line_items
             if i.description or i.quantity is not None or i.unit_price is not None]
    dues = [i.due_days for i in pay.installments if i.due_days is not None]
    first = pay.installments[0] if pay.installments else None
    amount = None
    if first is not None and first.fixed_amount_minor is not None:
        amount = from_minor(first.fixed_amount_minor, first.currency or terms.currency.code or "USD")
    return {
        "rule": inc.rule.value if inc.rule else None,
        "named_place": inc.named_place,
        "deposit_pct": deposit, "balance_pct": balance,
        "method": SPLIT_SEP.join(methods) or ALTERNATIVES_SEP.join(_offered(pay)) or None,
        "lead_time_min": lead.min_days, "lead_time_max": lead.max_days,
        "mode": None if terms.logistics.mode.value == "UNSPECIFIED" else terms.logistics.mode.value,
        "quantity": [i.quantity for i in items] or None,
        "unit_price": [_price(i) for i in items] or None,
        "currency": terms.currency.code,
        "status": None if inc.status == TermStatus.MISSING else inc.status.value,
        "description": [i.description or None for i in items] or None,
        "line_items": len(items) or None,
        "due_days": dues[-1] if dues else None,
        "deposit_amount": amount,
    }


def _price(item: LineItem) -> Decimal | str | None:
    """A single unit price, or a quoted range written "low-high" as the labels write it."""
    if item.unit_price is not None and item.unit_price_max is not None:
        return f"{item.unit_price}{RANGE_SEP}{item.unit_price_max}"
    return item.unit_price


def _bounds(value: object) -> tuple[Decimal, ...] | None:
    """(price,) or (low, high) of a prediction or a tests/data label; None if unreadable."""
    m = _RANGE_LABEL.fullmatch(str(value).strip())
    try:
        return (Decimal(m.group(1)), Decimal(m.group(2))) if m else (Decimal(str(value)),)
    except InvalidOperation:
        return None


def _price_correct(got: object, want: object, samples: bool) -> bool:
    """Both bounds of a range must match; a range never matches a single price, nor the
    other way round."""
    bounds = _bounds(got)
    if bounds is None:
        return False
    if samples:
        text = str(want)
        quoted_range = _RANGE_IN_TEXT.search(text) is not None
        return quoted_range == (len(bounds) == 2) and all(b in _numbers(text) for b in bounds)
    return bounds == _bounds(want)


def _methods(installments) -> list[str]:
    """The installments' methods in order of first use; several are a split across instruments."""
    out: list[str] = []
    for i in installments:
        if i.method.value != "UNSPECIFIED" and i.method.value not in out:
            out.append(i.method.value)
    return out


def _offered(pay) -> list[str]:
    """Methods offered as alternatives, none chosen, in the order offered."""
    return list(dict.fromkeys(m.value for m in pay.offered_methods if m.value != "UNSPECIFIED"))


def _sample_method(got: str, want: str) -> bool:
    """One predicted method against one sample method (escrow is Trade Assurance or Alipay's)."""
    return _SAMPLE_METHODS.get(got) == want or (got == "ESCROW" and want in ("Alipay", "TradeAssurance"))


def _method_parts(value: str) -> tuple[str | None, list[str]]:
    for sep in (SPLIT_SEP, ALTERNATIVES_SEP):
        if sep in value:
            return sep, [p.strip() for p in value.split(sep)]
    return None, [value.strip()]


def _method_correct(got: str, want: str, samples: bool) -> bool:
    """Composite methods ("LC+DP" split across instruments, "LC|TT" alternatives) match when they
    use the same separator and the same parts, in any order."""
    got_sep, gots = _method_parts(got)
    want_sep, wants = _method_parts(want)
    if samples and len({_SAMPLE_METHODS.get(g, g) for g in gots}) == 1:
        got_sep, gots = None, gots[:1]  # L/C at sight + L/C usance is one sample method, "LC"
    if got_sep != want_sep or len(gots) != len(wants):
        return False
    same = _sample_method if samples else (lambda g, w: g.casefold() == w.casefold())
    return any(all(same(g, w) for g, w in zip(gots, perm, strict=True))
               for perm in permutations(wants))


def _positions(name: str, got: object, want: object) -> list[tuple[object, object]]:
    """(label, prediction) pairs: one per line item for the per-item fields, else one."""
    if name not in PER_ITEM:
        return [(want, got)]
    wants = want if isinstance(want, list) else [want]
    gots = got if isinstance(got, list) else [got]
    size = max(len(wants), len(gots))
    return [(wants[i] if i < len(wants) else None, gots[i] if i < len(gots) else None)
            for i in range(size)]


def _numbers(text: str) -> set[Decimal]:
    low = rewrite_number_words(normalize(text)).lower
    out = set()
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", low):
        try:
            out.add(Decimal(m.group(0).replace(",", "")))
        except InvalidOperation:
            continue
    return out


def _correct(name: str, got: object, want: object, case: Case) -> bool:
    if name == "method":
        return _method_correct(str(got), str(want), case.numeric_text)
    if name == "unit_price":
        return _price_correct(got, want, case.numeric_text)
    if name == "quantity" and case.numeric_text:
        return Decimal(str(got)) in _numbers(str(want))
    if name == "description":
        return " ".join(str(got).split()).casefold() == " ".join(str(want).split()).casefold()
    if isinstance(got, Decimal) or isinstance(want, (int, float)) or name in (
            "quantity", "unit_price", "deposit_amount"):
        try:
            return Decimal(str(got)) == Decimal(str(want))
        except InvalidOperation:
            return False
    return str(got).casefold().strip() == str(want).casefold().strip()


def evaluate(dataset: list[Case], extractor: TermExtractor, name: str = "dataset") -> Report:
    """Run `extractor` over every case and score each field."""
    report = Report(name=name, cases=len(dataset))
    for case in dataset:
        terms = extractor.extract(case.transcript)
        got = predict(terms)
        verified, _ = verify_grounding(terms.model_copy(deep=True), case.transcript)
        kept = predict(verified)
        for f in FIELDS:
            if f in _NOT_IN_SAMPLES and case.numeric_text:
                continue
            score, want = report.fields[f], case.expected.get(f)
            if f == "status":
                want = None if want == TermStatus.MISSING.value else want
            pairs = _positions(f, got[f], want)
            kept_values = [v for _, v in _positions(f, kept[f], None)]
            for i, (want_i, value) in enumerate(pairs):
                if want_i is not None:
                    score.expected += 1
                if value is None:
                    if want_i is not None:
                        report.errors.append((case.id, f, want_i, None))
                    continue
                score.predicted += 1
                if f != "status" and (i >= len(kept_values) or kept_values[i] != value):
                    score.ungrounded += 1
                if want_i is not None and _correct(f, value, want_i, case):
                    score.correct += 1
                else:
                    report.errors.append((case.id, f, want_i, value))
    return report


def main(argv: list[str] | None = None) -> int:
    """Print the figures for the project's transcripts, the blind sets and the shared samples."""
    from tradepact.adapters.extraction.rules import RulesExtractor

    parser = argparse.ArgumentParser(prog="python -m tradepact.evaluation", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA_DIR)
    parser.add_argument("--samples", type=Path, default=None,
                        help=f"the shared samples' {SAMPLES_FILE} (or its directory; default "
                             f"$TRADEPACT_SAMPLES_DIR/{SAMPLES_FILE}, else ../shared/samples/ "
                             f"next to the repository)")
    parser.add_argument("--errors", action="store_true", help="list every wrong or missed value")
    args = parser.parse_args(argv)
    sample_file = args.samples or samples_path()
    if sample_file.is_dir():
        sample_file = sample_file / SAMPLES_FILE
    if args.samples is not None and not sample_file.is_file():
        parser.exit(2, f"error: --samples: {sample_file} does not exist\n")
    extractor = RulesExtractor()
    sets = [("tests/data", load_transcripts(args.data))]
    if args.data == DATA_DIR and BLIND_DIR.is_dir():
        sets += [(f"blind set {d.name}", load_transcripts(d))
                 for d in blind_sets()]
    if sample_file.is_file():
        sets.append(("shared samples", load_samples(sample_file)))
    else:  # a clone without ../shared: say so, rather than leave the section out unsaid
        print(f"shared samples not found at {sample_file}: skipping them (set "
              f"TRADEPACT_SAMPLES_DIR=DIR or pass --samples FILE to include them)",
              file=sys.stderr, flush=True)
    for name, cases in sets:
        report = evaluate(cases, extractor, name)
        print(report.table())
        if args.errors:
            for case_id, f, want, got in report.errors:
                print(f"  {case_id:<40} {f:<14} expected={want!r} got={got!r}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
