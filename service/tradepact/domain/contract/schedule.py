"""Contract totals and the payment schedule in integer minor units: what the escrow enforces.

The escrow reuses these functions, so the table printed in the contract and the amounts the
escrow releases can never drift apart.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from ..errors import FieldViolation, InvalidInput, PreconditionFailed, PreconditionViolation
from ..money import minor_exponent, to_minor
from ..terms import TradeTerms

HUNDRED = Decimal(100)
# The largest amount the money model carries: Money.minor_units and every amount column are
# int64. A contract worth more could be neither stored, escrowed nor written out in words.
MAX_MINOR = 2**63 - 1


def split_amount(total_minor: int, percents: list[Decimal]) -> list[int]:
    """Split a total into installments by percent, exactly.

    Every installment but the last is rounded down to a whole minor unit; the last one takes
    the remainder, so the amounts always sum to `total_minor` and no cent is created or lost.
    """
    if total_minor < 0:
        raise InvalidInput("total_minor", "must not be negative")
    if not percents:
        raise InvalidInput("percents", "at least one installment is needed")
    if any(p <= 0 for p in percents):
        raise InvalidInput("percents", "every share must be positive")
    if sum(percents, Decimal(0)) != HUNDRED:
        raise InvalidInput("percents", f"shares sum to {sum(percents, Decimal(0))} %, not 100 %")
    amounts = [int((Decimal(total_minor) * p / HUNDRED).to_integral_value(ROUND_DOWN))
               for p in percents[:-1]]
    amounts.append(total_minor - sum(amounts))
    return amounts


def contract_currency(terms: TradeTerms) -> str | None:
    """The contract currency: the agreed currency term, else the one all priced lines share."""
    if terms.currency.code:
        return terms.currency.code.upper()
    codes = {li.currency.upper() for li in terms.line_items if li.currency}
    return codes.pop() if len(codes) == 1 else None


def line_total_minor(quantity: Decimal, unit_price: Decimal, currency: str) -> int:
    """One goods line, quantity x unit price, rounded once to minor units."""
    return to_minor(quantity * unit_price, currency)


def _beyond_int64(quantity: Decimal, unit_price: Decimal, currency: str) -> bool:
    """True when quantity x unit price is more minor units than an int64 holds.

    Screened by magnitude first, so a number like 1E+999999 never reaches an arithmetic
    operation that would overflow Decimal.
    """
    if not quantity or not unit_price:
        return False
    exp = minor_exponent(currency)
    if quantity.adjusted() + unit_price.adjusted() + exp > 19:  # at least 10**20
        return True
    return abs(quantity * unit_price) * Decimal(10) ** exp >= MAX_MINOR + Decimal("0.5")


def amount_violations(terms: TradeTerms, prefix: str = "") -> list[FieldViolation]:
    """Goods lines (and their sum) worth more than the money model's int64 minor units.

    Lines without a price or quantity, or priced as a range, have no total and pass.
    """
    currency = contract_currency(terms) or "USD"
    bad: list[FieldViolation] = []
    total = 0
    limit = f"the most any amount can be is {MAX_MINOR} minor units of {currency}"
    for i, item in enumerate(terms.line_items):
        if item.quantity is None or item.unit_price is None or item.price_is_range:
            continue
        field = f"{prefix}line_items[{i}]"
        if _beyond_int64(Decimal(1), item.unit_price, currency):
            bad.append(FieldViolation(f"{field}.unit_price", f"is too large: {limit}"))
        elif _beyond_int64(item.quantity, item.unit_price, currency):
            bad.append(FieldViolation(f"{field}.quantity", f"times the unit price "
                                                           f"{item.unit_price} is too large: "
                                                           f"{limit}"))
        else:
            total += line_total_minor(item.quantity, item.unit_price, currency)
    if not bad and total > MAX_MINOR:
        bad.append(FieldViolation(f"{prefix}line_items", f"the lines sum to {total} minor "
                                                         f"units, too large: {limit}"))
    return bad


def contract_total_minor(terms: TradeTerms) -> tuple[int, str]:
    """The contract value (sum of the rounded line totals) and its currency.

    Raises PreconditionFailed naming every goods line whose price or quantity is unknown.
    """
    currency = contract_currency(terms)
    problems: list[PreconditionViolation] = []
    if currency is None:
        problems.append(PreconditionViolation("GAP", "currency.code",
                                              "the contract currency is not settled"))
    if not terms.line_items:
        problems.append(PreconditionViolation("GAP", "line_items", "no goods are listed"))
    for i, item in enumerate(terms.line_items):
        if item.quantity is None:
            problems.append(PreconditionViolation("GAP", f"line_items[{i}].quantity",
                                                  "quantity is missing"))
        if item.unit_price is None:
            problems.append(PreconditionViolation("GAP", f"line_items[{i}].unit_price",
                                                  "unit price is missing"))
        elif item.price_is_range:  # the lower bound times the quantity is a total nobody said
            problems.append(PreconditionViolation("GAP", f"line_items[{i}].unit_price",
                                                  "unit price was quoted as a range"))
        if item.currency and currency and item.currency.upper() != currency:
            raise InvalidInput(f"line_items[{i}].currency",
                               f"{item.currency} differs from the contract currency {currency}")
    if problems:
        raise PreconditionFailed(problems)
    if too_large := amount_violations(terms):
        raise InvalidInput(too_large)
    assert currency is not None
    total = sum(line_total_minor(li.quantity, li.unit_price, currency)  # type: ignore[arg-type]
                for li in terms.line_items)
    return total, currency


def installment_amounts(terms: TradeTerms, total_minor: int) -> list[int]:
    """The amount of each installment, summing exactly to `total_minor`.

    A schedule is written either in percent shares or in fixed amounts; a mix of both is
    ambiguous (a share of what?) and is refused rather than guessed.
    """
    items = terms.payment.installments
    if not items:
        raise InvalidInput("payment.installments", "no installments")
    if all(i.percent is not None for i in items):
        return split_amount(total_minor, [i.percent for i in items])  # type: ignore[misc]
    if all(i.percent is None and i.fixed_amount_minor is not None for i in items):
        fixed = [i.fixed_amount_minor or 0 for i in items]
        if sum(fixed) != total_minor:
            raise InvalidInput("payment.installments",
                               f"fixed amounts sum to {sum(fixed)}, not the total {total_minor}")
        return fixed
    raise InvalidInput("payment.installments",
                       "mixes percent shares and fixed amounts; state the schedule in one form")
