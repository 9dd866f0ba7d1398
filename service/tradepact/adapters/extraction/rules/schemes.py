"""Payment schemes a message states without settling them: tiers, conditions, alternatives.

Supplier FAQs and terms pages describe schemes rather than one deal: "orders under USD 5,000:
full payment; above: 30/70", "in case of FOB terms ...", "your payment or a valid L/C", "20 %
cash, the other 80 % by L/C". The split and the method such a message names depend on something
the chat has not fixed, so they are recorded as options (CONFLICTING until a side picks one),
never as the term.
"""

from __future__ import annotations

import re

from tradepact.adapters.extraction.rules.patterns import OPTION, Cue, MessageView
from tradepact.adapters.extraction.rules.payment import METHOD, SPLIT

_PAYMENT = (SPLIT, METHOD)
# A scheme that varies with the order: two or more tiers of its size or value ("orders under
# USD 5,000 ... orders above ..."; one tier alone is a condition the deal may meet), or anything
# it "depends on".
_TIER = Cue(re.compile(
    r"\b(?:orders?|order (?:amount|value|total|size|quantity|qty)|(?:amount|value|total) of (?:the )?orders?)"
    r"\s*(?:is\s*|are\s*)?(?:over|above|below|under|less than|more than|exceeding|up to|between|"
    r"from|within|≤|≥|<|>)|"
    r"订单(?:总额|金额|总金额|数量|总价|货值|额)?\s*(?:低于|高于|超过|不足|小于|大于|少于|多于|在|满)|"
    r"\d\s*万?\s*(?:元|美元|美金|usd|rmb|件|个|pcs)?\s*(?:以上|以下|以内)"),
    ("order", "orders", "amount", "value", "total", "订单", "以上", "以下", "以内"))
_DEPENDS = Cue(re.compile(r"\bdepend(?:s|ing)? (?:on|upon)\b|视.{0,12}而定|取决于|根据.{0,12}(?:不同|而定)"),
               ("depend", "depends", "depending", "视", "取决于", "根据"))
# A means of payment the method family does not type; with it the payment uses several instruments.
_OTHER_INSTRUMENT = Cue(re.compile(r"\bcash\b(?! against| flow| discount)|\bcheques?\b|现金|支票"),
                        ("cash", "cheque", "cheques", "现金", "支票"))
_OR_BEFORE = re.compile(r"(?:\b(?:or|either)\s+(?:[a-z/()-]+\s+){0,3}|或者?\s*)$")
_OR_AFTER = re.compile(r"[\s)]*(?:[a-z/()-]+\s+){0,2}or\b|\s*或")


def settle(view: MessageView) -> None:
    """Turn the payment mentions of a message that states a scheme, not a deal, into options."""
    pay = [m for m in view.mentions if m.field in _PAYMENT]
    if not pay:
        return
    low = view.low
    methods = {m.value[0] for m in pay if m.field == METHOD}
    split = any(m.field == SPLIT for m in pay)
    tiered = _TIER.in_message(view) and len(_TIER.pattern.findall(low)) > 1
    if tiered or _DEPENDS.in_message(view) or not view.conditional.isdisjoint(_PAYMENT):
        _as_options(pay)  # tiers, or variants stated under a condition ("in case of FOB ...")
        return
    other = _OTHER_INSTRUMENT.in_message(view)
    if split and (len(methods) > 1 or other):
        _as_options(pay)  # which share goes by which instrument is not one schedule
        return
    for m in pay:
        if m.field == METHOD and (other or _OR_BEFORE.search(low, max(0, m.start - 40), m.start)
                                  or _OR_AFTER.match(low, m.end)):
            m.kind = OPTION  # "your payment or a valid L/C": one means among others


def _as_options(mentions) -> None:
    for m in mentions:
        m.kind = OPTION
