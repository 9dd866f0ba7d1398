"""Money: protobuf (currency + integer minor units [+ sub-minor nanos]) <-> domain values."""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, Decimal

from tradepact.domain.errors import FieldViolation, InvalidInput
from tradepact.domain.money import minor_exponent
from tradepact.v1 import common_pb2

_CURRENCY = re.compile(r"^[A-Z]{3}$")
_NANO = Decimal(1_000_000_000)


def _check_currency(code: str, field: str) -> str:
    if not _CURRENCY.match(code or ""):
        raise InvalidInput(FieldViolation(f"{field}.currency_code",
                                          "must be an ISO 4217 code such as USD"))
    return code


def money_to_pb(minor: int, currency: str) -> common_pb2.Money:
    """Integer minor units to proto Money."""
    return common_pb2.Money(currency_code=currency, minor_units=minor)


def money_from_pb(pb: common_pb2.Money, field: str) -> tuple[int, str]:
    """Proto Money to (minor units, currency); sub-minor amounts are refused here."""
    currency = _check_currency(pb.currency_code, field)
    if pb.sub_minor_nanos:
        raise InvalidInput(FieldViolation(f"{field}.sub_minor_nanos",
                                          "ledger amounts are whole minor units"))
    return pb.minor_units, currency


def price_to_pb(amount: Decimal, currency: str) -> common_pb2.Money:
    """An exact unit price in major units to proto Money (minor units + nanos of a minor unit)."""
    scaled = amount * (Decimal(10) ** minor_exponent(currency))
    minor = int(scaled.to_integral_value(rounding=ROUND_DOWN))
    nanos = int(((scaled - minor) * _NANO).to_integral_value(rounding=ROUND_DOWN))
    return common_pb2.Money(currency_code=currency, minor_units=minor, sub_minor_nanos=nanos)


def price_from_pb(pb: common_pb2.Money, field: str) -> tuple[Decimal, str]:
    """Proto Money to an exact Decimal in major units and the currency."""
    currency = _check_currency(pb.currency_code, field)
    if not 0 <= pb.sub_minor_nanos < 1_000_000_000 or pb.minor_units < 0:
        raise InvalidInput(FieldViolation(field, "amount must be non-negative"))
    scaled = Decimal(pb.minor_units) + Decimal(pb.sub_minor_nanos) / _NANO
    value = (scaled / (Decimal(10) ** minor_exponent(currency))).normalize()
    # normalize() writes 18100 as 1.81E+4, which every JSON of the terms (the one embedded in
    # the contract files included) would then carry; whole amounts keep their digits
    return (value.quantize(Decimal(1)) if value.as_tuple().exponent > 0 else value), currency
