"""Payment schemes a message states without settling them: tiers, conditions, alternatives.

Supplier FAQs and terms pages describe schemes rather than one deal: "orders under USD 5,000:
full payment; above: 30/70", "in case of FOB terms ...", "your payment or a valid L/C", "20 %
by cheque, the other 80 % by L/C". The split and the method such a message names depend on
something the chat has not fixed, so they are recorded as options (CONFLICTING until a side picks
one), never as the term. Methods offered side by side, none paying a share of its own ("we
accept T/T or L/C"), are alternatives: the message is flagged so that the payment records them
as offered methods. A message that says which share goes by which instrument ("30 % deposit by
T/T, the remaining 70 % by L/C at sight", "20 % cash, the other 80 % by L/C") states one
schedule, split across instruments.
"""

from __future__ import annotations

import re

from tradepact.adapters.extraction.rules.agreement import CLEARED
from tradepact.adapters.extraction.rules.incoterms import FIELD as INCOTERM
from tradepact.adapters.extraction.rules.logistics import FIELD as MODE
from tradepact.adapters.extraction.rules.patterns import (
    OPTION,
    PROPOSAL,
    QUESTION,
    STATEMENT,
    Cue,
    Mention,
    MessageView,
)
from tradepact.adapters.extraction.rules.payment import (
    METHOD,
    SPLIT,
    by_instrument,
    fixed_by_instrument,
    pays_a_share,
    refused,
)

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
# A means of payment the method family does not type (cash only where it reads as no method: "cash
# at the factory"); with it the payment uses several instruments.
_OTHER_INSTRUMENT = Cue(re.compile(r"\bcash\b(?! against| flow| discount)|\bcheques?\b|现金|支票"),
                        ("cash", "cheque", "cheques", "现金", "支票"))
# The method a seller settles on among those it accepts: "we recommend you to choose TT instead
# of LC", "we prefer T/T".
_RECOMMEND = Cue(re.compile(r"\b(?:recommend|suggest|prefer|advise)(?:s|ed)?\b|建议|推荐|最好"),
                 ("recommend", "recommends", "recommended", "suggest", "suggests", "suggested",
                  "prefer", "prefers", "preferred", "advise", "advises", "advised", "建议", "推荐", "最好"))
# A mode read from the equipment a text mentions rather than named.
_EQUIPMENT = re.compile(r"vessel|container|装柜")
_OR_BEFORE = re.compile(r"(?:\b(?:or|either)\s+(?:[a-z/()-]+\s+){0,3}|或者?\s*)$")
_OR_AFTER = re.compile(r"[\s)]*(?:[a-z/()-]+\s+){0,2}or\b|\s*或")
# Methods written as a choice: "T/T or L/C", "电汇或者信用证", "...直接转账，用支付宝支付也可".
_CHOICE_BETWEEN = re.compile(r"\b(?:or|either)\b|或|还是|還是")
_CHOICE_AFTER = re.compile(r"[^,，;；.。\n]{0,4}?(?:也可|也行|亦可|都可|都行|均可)")


_SCHEMES_CHOSEN = re.compile(r"\b(?:you|u) (?:can|may) (?:choose|select|pick)\b|\b(?:two|2) (?:options|ways)\b|可选|任选|二选一|两种方式")


def settle(view: MessageView) -> None:
    """Turn the payment mentions of a message that states a scheme, not a deal, into options."""
    if "\n" in view.low and view.mentions:
        _drop_exceptions(view)
    settled = _common_variant(view) if view.variants else set()
    if view.variants:
        _rule_on_request(view)
    # a split ruled out by "L/C only" is no value of the scheme
    pay = [m for m in view.mentions if m.field in _PAYMENT and m.kind != CLEARED]
    if not pay:
        return
    low = view.low
    tiered = _TIER.in_message(view) and len(_TIER.pattern.findall(low)) > 1
    if tiered or _DEPENDS.in_message(view):
        for m in view.mentions:
            if m.field == MODE and _EQUIPMENT.search(low, m.start, m.end):
                m.kind = OPTION  # "loaded onto the vessel" describes one tier, not the order
    if tiered or _DEPENDS.in_message(view):
        _as_options(pay)
        return
    if not view.conditional.isdisjoint(_PAYMENT):
        # variants stated under a condition ("in case of FOB ..."); a split every variant states
        # alike stands even when the method still varies with the condition
        _as_options([m for m in pay if m.field not in settled])
        return
    other = _other_instrument(view, pay)
    chosen = _recommended(view, pay)
    if chosen is not None:
        pay = chosen
    methods = {m.value[0] for m in pay if m.field == METHOD}
    if chosen is None and len(methods) > 1 and not other and _split_by_instrument(view, pay):
        return
    # several methods, none paying a share of its own: a choice the other side has to make
    view.alternatives = chosen is None and len(methods) > 1 and not other and not any(
        pays_a_share(view, m.start) for m in pay if m.field == METHOD)
    if any(m.field == SPLIT for m in pay) and (len(methods) > 1 or other):
        if view.alternatives and _choice_apart_from_split(view, pay):
            for m in pay:  # "30% deposit, the rest before shipment; T/T or Alipay": the split holds
                if m.field == METHOD:
                    m.kind = OPTION
            return
        _as_options(pay)  # which share goes by which instrument is not one schedule
        # (schemes offered to choose from, each by its own means: "you can choose: 30% TT deposit +
        # 70% TT before shipment, or 100% L/C at sight" offers T/T or L/C)
        view.alternatives = view.alternatives or (chosen is None and len(methods) == 2 and not other
                                                  and _SCHEMES_CHOSEN.search(low) is not None)
        return
    for m in pay if chosen is None else ():
        if m.field == METHOD and (other or _OR_BEFORE.search(low, max(0, m.start - 40), m.start)
                                  or _OR_AFTER.match(low, m.end)):
            m.kind = OPTION  # "your payment or a valid L/C": one means among others


# A labelled term line ("Price term: FOB Shantou (more than 25 CBM)") and the bulleted lines right
# under it ("* LCL or FCL less than 25 CBM: Ex-work Shantou", "* If FOB Shenzhen, ...").
_TERM_LINE = re.compile(
    r"^[ \t]*(?:price|trade|delivery|shipping|shipment|payment)[ \t]+terms?[ \t]*[:：]|"
    r"^[ \t]*(?:incoterms?|价格条款|贸易条款|贸易术语|交货条款|付款方式|付款条件)[ \t]*[:：]", re.MULTILINE)
_BULLET = re.compile(r"[ \t]*[*•·▪●–-][ \t]")
# What makes a bullet a case apart ("LCL under 10 CBM: EXW Yiwu", "DDP on request", "by air for
# urgent orders", "40% deposit (new customers)", "拼箱少于5立方：EXW东莞"); a bullet without one
# ("- CIF Hamburg USD 3.55/pc", "- L/C at sight") lists another value offered beside the first.
_CASE = re.compile(
    r"[:：(（]|\b(?:for|if|when|under|over|above|below|less|more|except|unless|only|request|"
    r"requested|orders?|customers?|clients?|samples?|urgent|plus|add|extra|surcharge|handling)\b|\+|"
    r"少于|小于|低于|多于|大于|超过|以上|以下|加收|加价|"
    r"如果|若|需|另|样品|订单|客户|急单")


def _drop_exceptions(view: MessageView) -> None:
    """A labelled term line that states a value sets the default; a bullet right under it that
    states another value of the same field is an exception ("Price term: FOB Shantou / * LCL
    under 25 CBM: Ex-work Shantou"), so nothing in that bullet (its case either: "LCL") is the
    term. Bullets under a label without a value of their own are a list of terms, not exceptions,
    and a bullet that names no case of its own is another value offered, not an exception."""
    low = view.low
    drop: list[tuple[int, int]] = []
    for head in _TERM_LINE.finditer(low):
        line_end = low.find("\n", head.end())
        if line_end < 0:
            break
        stated = {(m.field, m.value) for m in view.mentions if head.end() <= m.start < line_end}
        pos = line_end + 1
        while _BULLET.match(low, pos) is not None:
            end = low.find("\n", pos)
            end = len(low) if end < 0 else end
            if _CASE.search(low, pos, end) and any(
                    m.field == f and not _same(m.value, v) for m in view.mentions
                    if pos <= m.start < end for f, v in stated):
                drop.append((pos, end))
            pos = end + 1
    if drop:
        view.mentions = [m for m in view.mentions if not any(s <= m.start < e for s, e in drop)]


def _same(a: tuple, b: tuple) -> bool:
    return all(x == y for x, y in zip(a, b, strict=False) if x is not None and y is not None)


def _other_instrument(view: MessageView, pay: list[Mention]) -> bool:
    """A means of payment the message offers that no method mention types (a cheque, cash at
    the factory); one turned down, or said of samples or under a condition, is none."""
    if not _OTHER_INSTRUMENT.in_message(view):
        return False
    typed = [(m.start, m.end) for m in pay if m.field == METHOD]
    for x in _OTHER_INSTRUMENT.pattern.finditer(view.low):
        at = x.start()
        if not any(s <= at < e for s, e in typed) and not refused(view, at) and not (
                view.excluded(at) or view.about_samples(at)):
            return True
    return False


def _choice_apart_from_split(view: MessageView, pay: list[Mention]) -> bool:
    """The methods are written as a choice, all before or all after every share ("30% deposit,
    the rest before shipment; T/T or Alipay", "Western Union or PayPal, 100% before
    production"): the split stands whichever of them is used."""
    methods = sorted((m for m in pay if m.field == METHOD), key=lambda m: m.start)
    first, last = methods[0], methods[-1]
    splits = [m for m in pay if m.field == SPLIT]
    if not (all(m.end <= first.start for m in splits) or all(m.start >= last.end for m in splits)):
        return False
    return bool(_CHOICE_BETWEEN.search(view.low, first.end, last.start)
                or _CHOICE_AFTER.match(view.low, last.end))


# A message that opens with "or" puts its terms beside the ones already on the table.
_ALTERNATIVE = re.compile(r"\s*(?:or|alternatively|otherwise)\b|\s*或(?:者|是)?(?!许)")


def _split_by_instrument(view: MessageView, pay: list[Mention]) -> bool:
    """"70% by L/C at sight, the balance 30% by D/P": one schedule whose shares go by different
    instruments. Its split and method mentions become one split (with the first share's trigger)
    and one method made of the shares' methods in order; False when the message is not that."""
    methods = [m for m in pay if m.field == METHOD]
    fixed = [m for m in pay if m.field == SPLIT and m.value[5] != "%"]
    if len(fixed) == 1 and len(pay) == 3 and (parts := fixed_by_instrument(view, fixed[0], methods)) is not None:
        # "USD 3000 deposit by Western Union, 余款 T/T before shipment": the fixed deposit stands,
        # its method and the balance's made one
        split = fixed[0]
        view.mentions = [m for m in view.mentions if m.field != METHOD]
        view.mentions.append(Mention(METHOD, (parts, None, None), split.start, max(m.end for m in methods), split.kind))
        return True
    found = by_instrument(view, methods)
    if found is None:
        return False
    split, parts, start, end = found
    for m in pay:  # a share split the message also states must be this one
        if m.field == SPLIT and (m.value[5] != "%" or m.value[0] != split[0]
                                 or m.value[1] not in (None, split[1])):
            return False
    kinds = {m.kind for m in methods}
    kind = OPTION if OPTION in kinds or _ALTERNATIVE.match(view.low) else (
        STATEMENT if STATEMENT in kinds else PROPOSAL if PROPOSAL in kinds else QUESTION)
    view.mentions = [m for m in view.mentions if m.field not in _PAYMENT]
    view.mentions += [Mention(SPLIT, split, start, end, kind), Mention(METHOD, (parts, None, None), start, end, kind)]
    return True


def _rule_on_request(view: MessageView) -> None:
    """"EXW Dongguan USD 0.58/pc. If you want FOB Shenzhen, add 0.03": a rule the message states
    and another it offers under a condition are two offers to choose from, so the other side
    naming either picks it. A condition that only repeats the stated rule changes nothing."""
    stated = [m for m in view.mentions if m.field == INCOTERM and m.kind == STATEMENT]
    offered = [m for m, _ in view.variants if m.field == INCOTERM
               and all(m.value[0] != s.value[0] for s in stated)]
    if not stated or not offered or any(m.value[1] is None for m in offered):
        return
    if len({s.value for s in stated}) > 1:
        return
    for m in stated:
        m.kind = OPTION
    view.mentions += [Mention(m.field, m.value, m.start, m.end, OPTION) for m in offered]


def _as_options(mentions) -> None:
    for m in mentions:
        m.kind = OPTION


def _key(field: str, value: tuple) -> tuple:
    """What variants must share to be one term: a split's shares, not when its balance falls due."""
    return (value[0], value[1], value[5]) if field == SPLIT else value


# A value a conditional branch waives rather than states.
_WAIVED = re.compile(r"\b(?:not|no|never|without|waived?|needn't|isn't|don't|doesn't)\b|"
                     r"不需要|不用|无需|免|不要|没有|不收")


def _common_variant(view: MessageView) -> set[str]:
    """Payment variants under different conditions that all name the same value state it anyway.

    "In case of EXW: 30 % deposit, 70 % before shipment. In case of FOB: 30 % deposit, 70 %
    after B/L" is a 30/70 split whichever rule applies (its trigger is left open). A field whose
    variants, and the message's own unconditional values, agree is no longer conditional; with
    no unconditional value it takes the variants' value when two or more sentences state it.
    Returns the fields so settled.
    """
    settled = set()
    for name in {m.field for m, _ in view.variants if m.field in _PAYMENT}:
        found = [(m, s) for m, s in view.variants if m.field == name]
        if any(_WAIVED.search(view.low, *view.clause_at(m.start)) for m, _ in found):
            continue  # "if you pay by L/C, 30% deposit is not needed": that branch differs
        keys = {_key(name, m.value) for m, _ in found}
        stated = [m for m in view.mentions if m.field == name]
        stated_keys = {_key(name, m.value) for m in stated}
        if len(keys) > 1 and keys == stated_keys:
            # a translation under a condition naming the very methods the message states
            # ("20% cash, the other 80% by L/C. 如果...，20%的现金，其余80%用信用证")
            view.conditional.discard(name)
            continue
        keys |= stated_keys
        if len(keys) != 1:
            continue
        if not stated:
            if len({s for _, s in found}) < 2:
                continue
            first = found[0][0]
            same = all(m.value == first.value for m, _ in found)
            value = first.value if same or name != SPLIT else (*first.value[:2], None, None, None,
                                                                 first.value[5])
            view.mentions.append(Mention(name, value, first.start, first.end))
        view.conditional.discard(name)
        settled.add(name)
    return settled


def _recommended(view: MessageView, pay):
    """"We accept T/T or L/C ... we recommend T/T instead of L/C": the payment mentions left when
    the message settles on one method (the others dropped), or None."""
    if not _RECOMMEND.in_message(view):
        return None
    chosen = {m.value[0] for m in pay if m.field == METHOD and _RECOMMEND.pattern.search(
        view.low, max(view.sentence_at(m.start)[0], m.start - 40), m.start)}
    if len(chosen) != 1:
        return None
    for m in pay:
        if m.field == METHOD and m.value[0] in chosen:
            m.kind = STATEMENT
    view.mentions = [m for m in view.mentions if m.field != METHOD or m.value[0] in chosen]
    return [m for m in pay if m.field != METHOD or m.value[0] in chosen]
