"""Money as a currency code plus integer minor units; never a float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# ISO 4217 minor-unit exponents that are not 2.
_EXPONENTS = {
    "JPY": 0, "KRW": 0, "VND": 0, "CLP": 0, "ISK": 0, "UGX": 0,
    "BHD": 3, "KWD": 3, "OMR": 3, "JOD": 3, "TND": 3, "IQD": 3, "LYD": 3,
}


def minor_exponent(currency: str) -> int:
    """Digits after the decimal point for a currency (2 unless ISO 4217 says otherwise)."""
    return _EXPONENTS.get(currency.upper(), 2)


def to_minor(amount: Decimal, currency: str) -> int:
    """Major units (exact Decimal) to integer minor units, rounding half up."""
    exp = minor_exponent(currency)
    return int((amount * (Decimal(10) ** exp)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_minor(minor: int, currency: str) -> Decimal:
    """Integer minor units to an exact Decimal in major units."""
    exp = minor_exponent(currency)
    return (Decimal(minor) / (Decimal(10) ** exp)).quantize(Decimal(1).scaleb(-exp))


def format_money(minor: int, currency: str) -> str:
    """'USD 12,345.60' for people."""
    exp = minor_exponent(currency)
    return f"{currency} {from_minor(minor, currency):,.{exp}f}"
