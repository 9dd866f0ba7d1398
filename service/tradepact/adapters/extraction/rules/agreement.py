"""Who offered what and who accepted it: offers, counter-offers, questions, options, acceptance.

Each field keeps the offers on the table (`pending`) and the last value both sides accepted
(`agreed`). A statement by one side is an offer; the other side restating it, or accepting it
("ok", "deal", "好的", 👍), makes it AGREED. A different value from the other side is a
counter-offer (CONFLICTING until accepted); several values at once, or a value written as one of
a list of options or of a conditional scheme, are options (CONFLICTING until the other side picks
one). A question ("can you do CIF?") is not a term by itself, but it
counters an open offer and becomes AGREED when the other side says yes. Hypotheticals, other
suppliers' offers and messages that talk to a machine never reach this module (see patterns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import chain, zip_longest

from tradepact.adapters.extraction.rules.patterns import (
    OPTION,
    PROPOSAL,
    QUESTION,
    STATEMENT,
    TAKEN_UP_AFTER,
    MessageView,
    Prefilter,
    PriceRange,
    word_first,
)
from tradepact.domain.terms import Evidence, IncotermRule, TermStatus
from tradepact.domain.transcript import Role

# A value the message turns down where it names it ("40 days is too long", "25天来不及"): no offer
# of this side, and the other side's offer of it is off the table.
REJECTED = "rejected"
# A message that rules out any value of the field as offered ("our policy is L/C only" against a
# "30% T/T advance, 70% against B/L copy" split): every offer of it on the table goes.
CLEARED = "cleared"

_ACCEPT = re.compile(
    r"(?<![a-z])(?:ok(?:ay|ey)?|deal|agreed|agree|confirmed|confirm(?= (?:the )?(?:order|price|terms|all|it))|"
    r"i confirm|we confirm|sounds (?:good|great|fine)|fine(?: with (?:us|me|that|this))?|"
    r"yes|yeah|yep|sure|no problem|np|accepted|accept(?= (?:it|this|that|your|the))|"
    r"go ahead|let'?s (?:do it|go|proceed)|proceed|works for (?:us|me)|perfect|all good|"
    r"that'?s fine|is fine|(?:is|are|be) acceptable|good for (?:us|me))(?![a-z])"
    # ("可以的话今天就下单", "行的话马上下单": if it is ok, a condition and no yes)
    r"|好的|好吧|行吧|可以(?!的话|吗|嗎|么|麼|不|\s*[?？])|[没冇]问题|成交|确认(?!一下|下(?!单))|同意|接受|就这样|就这么定|没毛病|👍|👌|🤝|✅|(?:^|[\s,.!，。！])行(?:[\s,.!，。！]|$)|^好(?:[!！。.]?$|(?=[,，\s]))"
    # "单价还是5.8美金FOB深圳对吧？" - "对。": yes, opening the reply
    r"|^\s*(?:对|對|是的|对的|對的|没错|沒錯)(?=[。.!！,，\s]|$)")
# The Latin alternatives of _ACCEPT alone, each opening with its first letter and looking back
# from it (o(?<![a-z]o)k for (?<![a-z])ok), so the engine jumps between the letters they start
# with instead of trying every alternative at every position. The others need a Chinese
# character or an emoji, so on ASCII text this finds exactly what _ACCEPT finds.
_LATIN_ACCEPTS = (
    "ok(?:ay|ey)?", "deal", "agreed", "agree", "confirmed", "confirm(?= (?:the )?(?:order|price|terms|all|it))",
    "i confirm", "we confirm", "sounds (?:good|great|fine)", "fine(?: with (?:us|me|that|this))?",
    "yes", "yeah", "yep", "sure", "no problem", "np", "accepted", "accept(?= (?:it|this|that|your|the))",
    "go ahead", "let'?s (?:do it|go|proceed)", "proceed", "works for (?:us|me)", "perfect", "all good",
    "that'?s fine", "is fine", "is acceptable", "are acceptable", "be acceptable", "good for (?:us|me)")
_ACCEPT_ASCII = re.compile("|".join(f"{w[0]}(?<![a-z]{w[0]}){w[1:]}(?![a-z])" for w in _LATIN_ACCEPTS))
# Asking for the PI and paying are agreeing too: "accepted as per PI", "请开PI", "2.15 and we pay
# deposit today", "5000 EUR deposit will be sent Monday". Run only where PAYING_WORDS occur.
_ACCEPT_PAYING = re.compile(
    r"(?<![a-z])(?:as per (?:the |your )?(?:pi|proforma)|(?:send|issue) (?:me |us )?(?:the )?pi|"
    # the seller taking the order up: "Thank you dear! I'll prepare PI"
    r"(?:i'?ll|we'?ll|i will|we will) (?:prepare|make|send|issue|do) (?:the |you |your )?(?:pi|proforma))(?![a-z])"
    r"|(?<![a-z])(?:请|麻烦)?[发發开開出]个?pi(?![a-z])|"
    r"(?<![a-z])(?:pay|send|transfer|wire)(?:ing)?\s+(?:the\s+)?(?:deposit|payment|money)\s+(?:today|now|tomorrow|"
    r"this week|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)|deposit (?:will be |is )?(?:sent|paid|transferred|goes out)|"
    r"(?:done|just|already) paid|payment (?:sent|done|made)|(?:今天|明天|马上)(?:就)?(?:打款|付款|付定金)|已付款|已打款|定金已付")
_PAYMENT_WORDS = frozenset({"deposit", "payment", "money", "paid"})
_PAID_WHEN = frozenset({"today", "now", "tomorrow", "week", "monday", "tuesday", "wednesday", "thursday",
                        "friday", "saturday", "sunday", "sent", "paid", "transferred", "goes", "made", "done"})
_PAYING_ZH = re.compile("打款|付款|付定金|已付|pi")


def may_pay(words: frozenset[str]) -> bool:
    """What every Latin _ACCEPT_PAYING match holds: "pi", or a payment word and a when."""
    return "pi" in words or (not _PAYMENT_WORDS.isdisjoint(words) and not _PAID_WHEN.isdisjoint(words))


def may_accept_han(low: str) -> bool:
    """Whether a message with no Latin letters may accept or pay: the prefilters of
    `acceptance` on its (folded) text."""
    return MAY_ACCEPT.test(low, frozenset(), False) or _PAYING_ZH.search(low) is not None


def _paying(view: MessageView) -> bool:
    if may_pay(view.words):
        return True
    return not view.ascii and _PAYING_ZH.search(view.low) is not None
# Every alternative opens with a literal (see word_first).
_GLOBAL = re.compile(word_first(*(f"{w}(?![a-z])" for w in (
    "deal", "confirm(?:ed)? (?:the )?order", "place (?:the|an|our) order", "go ahead", "let'?s proceed",
    "proceed with (?:the )?order", "send (?:me |us )?(?:the )?pi", "issue (?:me |us )?(?:the )?pi",
    "make (?:me |us )?(?:the )?pi", "accept all", "all (?:terms )?(?:ok|agreed|confirmed)",
    *(rf"{w}[^.!?\n]{{0,40}}?as per (?:the |your |our )?(?:pi|proforma|contract|quotation)"
      for w in ("accepted", "agreed", "confirmed", "ok", r"open\w*", r"pay\w*")))), not_after="[a-z]")
    + "|成交|下单|确认订单|就这样|就这么定|" + "|".join(f"{verb}个?pi" for verb in "发發开開出"))
_NOT_ACCEPT_BEFORE = re.compile(
    r"(?:not|no|don'?t|can'?t|cannot|isn'?t|never|if|is it|is that|are you|please|pls|plz|kindly|"
    r"waiting for|wait for|need to|need your|to)\s*$|(?:不|没|请|麻烦|待|需要|再|如果|是否)$|"
    # "我跟车间确认", "和老板确认": checking with someone first is no yes
    r"[跟和同向][^，,。.!！?？]{1,6}$")
# "even a bit higher price is ok": a yes to a price not named yet
_PRICE_NOT_NAMED = re.compile(r"\b(?:higher|more|better) price (?:is|would be)\s*$")
_DEFER = re.compile(r"let me (?:check|think|ask|discuss|compare)|will (?:check|think|discuss|revert|come back|confirm|reply|compare)|"
                    r"i'?ll (?:check|think|discuss|revert|come back|confirm|reply|compare)|think about|need to (?:check|ask)|"
                    r"reply (?:you )?(?:tomorrow|tmr|tmrw|later)|"
                    # "we'll decide tomorrow which one, FOB or CIF", "let me check both and revert tmr"
                    r"(?:will|'ll) decide\b|decide (?:tomorrow|tmr|tmrw|later|next week)|check both\b|"
                    # asking someone else first: "ok I check with boss tomorrow", "好的我跟老板确认"
                    # (every alternative opens with a literal: see word_first)
                    + "|".join(rf"{w} (?:(?:check|ask|confirm) with|ask) (?:my |our |the )?(?:boss|manager|forwarder|finance|"
                               r"colleague|team|factory)" for w in (r"i(?<!\wi)", r"w(?<!\ww)e"))
                    # holding the answer: "Sure, wait a moment", "one moment pls"
                    + r"|w(?<!\ww)ait a (?:moment|minute|sec)|o(?<!\wo)ne moment|m(?<!\wm)oment (?:pls|please)"
                    # (not done already: "跟工廠確認了，3週可以")
                    + r"|[跟和向](?:老板|老闆|经理|經理|主管|领导|領導|上司|工厂|工廠|财务|財務|同事|货代|貨代)(?:再|先)?(?:(?:确认|確認|请示|請示)(?!过|過|了)|(?:申请|申請|汇报|匯報|报告|報告)(?:一?下|看看))|"
                    # (not how long the goods' journey takes, asked of a forwarder: "好，1230。我拉货代进群问一下时效";
                    # the freight asked, or a decision put off after it, is: "我问一下运费再决定")
                    # waiting for someone's approval first: "I'll confirm the order once my manager signs off",
                    # "价格我报给项目经理审批，批下来就下单" (an approval that gates the order, still to come)
                    r"o(?<![a-z]o)nce (?:my|our|the) (?:manager|boss|director|gm|ceo|finance|partner|head)s? (?:signs? off|approves?|agrees?|says? ok)\b"
                    # (of the order, not of the logo, the artwork or a file to send)
                    r"(?=\s*(?:[,.;!?]|$|(?:the |our |my |this )?(?:order|po|budget|price|deal|contract|purchase)\b|it\b|this\b|"
                    r"tomorrow|today|first|soon|next week))|"
                    r"报给[^，,。.!！?？]{1,8}审批|報給[^，,。.!！?？]{1,8}審批|批下[来來](?:就|再|后|後|以后|以後)?(?:下单|下單|落单|落單)|"
                    r"审批(?:后|後|通过后|通過後)(?:就|再)?(?:下单|下單|落单|落單)|"
                    r"请示|請示|稍等|考虑|(?:问问|问一下|我问下)(?!\s*(?:时效|時效|船期)(?![^。.!！?？\n]*再))|商量|再说|我看看|再看|再想想|想一下|研究一下|再回复|明天回复|回复你|回复您|答复您|答复你|"
                    r"再回覆|回覆您|回覆你|"
                    # Cantonese: "OK 我諗下先，聽日覆你" (let me think first); not "唔使再諗" (no need to think),
                    # nor thinking of something else, "我諗下個logo擺邊"
                    r"諗[下吓]先|諗[下吓](?=\s*(?:[，,。.!！?？~]|$))|諗諗|(?<!唔使)(?<!唔好)(?<!不用)再諗(?!喇|啦)")


def _may_defer(low: str) -> bool:
    """What every _DEFER match contains, tested as substrings before the regex scans the text."""
    return ("let me" in low or "will" in low or "ll " in low or "think" in low or "check" in low
            or "need to" in low or "reply" in low or " ask " in low or "confirm with" in low or "moment" in low
            or "decide" in low or "both" in low or "once" in low
            or not low.isascii())


# "let me talk to my boss about the 0.39", "let me talk to my boss tmr" (the people the asking
# above names; not what is done after a yes: "I'll talk to the factory to start production",
# "2.05 deal, will talk to the factory tmr about packing", "about the color card")
_TALK_DEFER = re.compile(r"(?:let me|will|'ll) (?:talk|speak) (?:to|with) (?:my |our |the )?(?:boss|manager|finance|colleague|team|factory)"
                         r"(?=\s*(?:[.!?,;]|$|[\U0001F300-\U0001FAFF]|first\b|tmr\b|tmrw\b|tomorrow\b|"
                         r"about (?:the |your |this |that )?(?:price|offer|\d|it\b|that\b)|and (?:revert|come back|get back|reply)))")
_YES_BEFORE_TALK = re.compile(r"\b(?:deal|agreed?|accept(?:ed|able)?|confirm(?:ed)?|ok(?:ay)?|fine|go ahead|perfect|works?|workable|good|yes)\b")


def defers(low: str, talk_too: bool = True) -> bool:
    """The message puts its answer off ("let me ask my boss, will reply tmr", "我跟财务商量一下");
    with `talk_too`, by talking to the boss too ("let me talk to my boss about the 0.39": not for
    an offer's own message, after which a plain "ok" still takes it up)."""
    if not _may_defer(low):
        return False
    if _DEFER.search(low) is not None:
        return True
    talk = _TALK_DEFER.search(low) if talk_too and ("talk" in low or "speak" in low) else None
    return talk is not None and _YES_BEFORE_TALK.search(low, 0, talk.start()) is None


_REJECT_FIELDS = [
    (re.compile(r"price|expensive|cheap|cost|high|budget|贵|价|预算|\d\.\d"), ("price",)),
    (re.compile(r"lead ?time|long|slow|late|days|交期|长|久|慢"), ("lead_time",)),
    (re.compile(r"deposit|payment|balance|定金|付款|尾款|订金"), ("split", "method")),
    (re.compile(r"fob|cif|exw|cfr|ddp|dap|fca|incoterm|term"), ("incoterm",)),
]
# Every alternative opens with a literal (see word_first; \b's is '(?<=\w')s).
_REJECT = re.compile(
    r"too (?:high|expensive|much|long|slow|late|low)|can'?t accept|cannot accept|not acceptable|no way|"
    # "payment terms are fine. But price...", "But 0.58 is high", "thats quite high"
    r"b(?<!\wb)ut (?:the |your )?price\b|"
    # "1.45 is a lot for plain white poplin", "a bit steep", "on the high side"
    # ("L/C 90 days is difficult for us, we prefer L/C at 60 days")
    + "|".join(rf"{w} is (?:very |quite |really |too )?(?:hard|difficult) for (?:us|me|our)\b" + TAKEN_UP_AFTER
               # (a term called hard for us: "L/C 90 days is difficult for us", "D/P for first order is
               # difficult for us"; not "Chinese labels is hard for us")
               for w in (r"d(?<!\wd)ays", r"o(?<!\wo)rder", r"p(?<!\wp)rice", r"p(?<!\wp)ayment", r"d(?<!\wd)eposit",
                         r"l(?<!\wl)/c", r"d(?<!\wd)/p", r"d(?<!\wd)/a", r"o(?<!\wo)/a", r"t(?<!\wt)/t")) + "|"
    r"i(?<!\wi)s (?:(?:very |quite |really |too )?(?:hard|difficult)(?:(?<=\d is very hard)|(?<=\d is hard)|(?<=price is very hard)|"
    r"(?<=price is hard)|(?<=\d is very difficult)|(?<=\d is difficult)|(?<=price is difficult))"
    + TAKEN_UP_AFTER + r"|a lot(?=\s*(?:for\b|[,.!?;]|$))|steep)\b|a(?<!\wa) (?:bit|little) (?:much|steep)\b|o(?<!\wo)n the high side|"
    + "|".join(rf"{w} (?:high|expensive|pricey)\b(?! (?:quality|grade|end|standard))"
               for w in (r"i(?<!\wi)s", r"a(?<!\wa)re", r"'(?<=\w')s", r"s(?<!\ws)till", r"q(?<!\wq)uite",
                         r"v(?<!\wv)ery", r"b(?<!\wb)it", r"l(?<!\wl)ittle"))
    + "|" + "|".join(rf"{w} (?:our |my )?budget" for w in ("above", "over", "beyond", "exceeds?"))
    + r"|超(?:出|过)?预算|太贵|太高|太长|太久|太慢|接受不了|不能接受|不接受|没法接受|不行|n(?<!\wn)o\b(?! (?:problem|prob|worries|issue)s?\b)")


@dataclass
class Candidate:
    """A value one side put on the table, with the quotes that support it."""

    value: tuple
    role: Role
    index: int
    kind: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Resolution:
    """A field at the end of the chat: status, value (None unless PROPOSED/AGREED), history."""

    status: TermStatus
    value: tuple | None
    evidence: list[Evidence]
    superseded: list[Candidate]
    open_offers: list[Candidate]
    # CONFLICTING because one side offered these values as alternatives, none chosen
    alternatives: list[Candidate] = field(default_factory=list)


def compatible(a: tuple, b: tuple) -> bool:
    """No component disagrees and at least one set component is shared."""
    shared = False
    for x, y in zip(a, b, strict=False):
        if x is None or y is None:
            continue
        if isinstance(x, str) and isinstance(y, str):
            if x != y and _plain(x) != _plain(y) and not _initials_of(x, y) and not _initials_of(y, x) \
                    and {x, y} != _PIECES:
                return False
        elif x != y:
            return False
        shared = True
    return shared


_NOT_PLAIN = re.compile(r"[\W_]")
_PIECES = {"pcs", "units"}  # "US$2,950/pc for 12 pcs. 12 units load in 1 x 40HQ": one count


def _plain(text: str) -> str:
    return _NOT_PLAIN.sub("", text.casefold())


# ports the trade writes short ("CIF Ctg", "FOB SZ"); only these: "SH" may be Shanghai or Shenzhen's
# Shekou, "HN" Hanoi or Haiphong, so a short form is the same place only as the trade uses it
_PORT_SHORT = {"sz": "shenzhen", "gz": "guangzhou", "sh": "shanghai", "nb": "ningbo", "qd": "qingdao",
               "xm": "xiamen", "tj": "tianjin", "dl": "dalian", "ctg": "chittagong", "jkt": "jakarta",
               "hk": "hongkong", "bkk": "bangkok", "sgn": "saigon", "ub": "ulaanbaatar"}


def _initials_of(short: str, name: str) -> bool:
    """"LA" for "Los Angeles", "HCMC" for "Ho Chi Minh City": a place named by its initials;
    "Ctg" for "Chittagong", "SZ" for "Shenzhen": a port the trade writes short."""
    words = name.split()
    if (port := _PORT_SHORT.get(short.casefold())) is not None:
        return port == "".join(words).casefold()
    return len(words) >= 2 and len(short) == len(words) and short.isupper() \
        and short.casefold() == "".join(w[0] for w in words).casefold()


def indicative(value: tuple) -> bool:
    """A value no "ok" can settle: a price quoted as a range.

    A range ("about $0.4-$1/pcs based on sizes") is an indication that asks for details before
    a firm quote. An "ok" to it, or the other side repeating it, accepts going on, not a price:
    the contract would still have no unit price. So a range stays PROPOSED (one side stated it,
    nothing agrees it) rather than turning CONFLICTING, which here means two offers or options
    in dispute; a later single price replaces it like any counter-offer, and only that single
    price can become AGREED.
    """
    return any(isinstance(x, PriceRange) for x in value)


def merge(a: tuple, b: tuple) -> tuple:
    """`a` with its unset components filled from `b`, and a place `a` names by its initials named
    in full ("CIF LA" agreed as "CIF Los Angeles"), and those `b` has past the end of `a` (the
    "per dozen" of "ok 13.80 per dozen" agreeing a bare "13.80/dozen?" read as a counter)."""
    return tuple(y if x is None or (isinstance(x, str) and isinstance(y, str) and _initials_of(x, y)) else x
                 for x, y in zip_longest(a, b))


class FieldState:
    """The negotiation of one field through the chat."""

    def __init__(self, prices: bool = False, rules: bool = False, durations: bool = False) -> None:
        self.prices = prices  # the values are unit prices (value[0] the amount, value[2] its rule)
        self.rules = rules  # the values are Incoterms rules (value[0] the rule)
        self.durations = durations  # the values are lead times (value[0] and value[1] min and max days)
        self.agreed: Candidate | None = None
        self.pending: list[Candidate] = []
        self.options = False
        self.alternatives = False  # the options are alternatives to choose from, not tiers
        self.counter = False
        self.superseded: list[Candidate] = []
        self.answered: tuple[Role, Candidate] | None = None  # (asker, answer) agreed by asking
        self.put_off_by: Role | None = None  # the side that named the value back while putting it off
        # a change of the agreed value asked for ("能不能改成CIF洛杉矶？"): open while it stays unanswered
        self.change_asked: Candidate | None = None

    def on_table(self) -> list[Candidate]:
        """The values agreed or offered, the agreed one first."""
        return ([self.agreed] if self.agreed else []) + self.pending

    def amounts(self) -> list[Decimal]:
        """The positive amounts on the table, the agreed one first (for a field of prices)."""
        return [c.value[0] for c in self.on_table() if isinstance(c.value[0], Decimal) and c.value[0] > 0]

    def offer(self, groups: list[Candidate], role: Role, accepting: bool,
              alternatives: bool = False, regret: bool = False) -> None:
        """One message's distinct values for this field; `alternatives` when the message offers
        them as a choice ("T/T or L/C") rather than as tiers or conditions; `regret` when it
        says sorry or that the value agreed cannot be kept ("sorry", "做不到")."""
        self.put_off_by = None
        if any(g.kind == CLEARED for g in groups):
            self.superseded += self.pending
            self.pending, self.options, self.counter = [], False, False
            groups = [g for g in groups if g.kind != CLEARED]
            if not groups:
                return
        turned_down = [g for g in groups if g.kind == REJECTED]
        if turned_down:
            # "45 days is too long, can you do 30?": the counter first, then what it turned down
            rest = [g for g in groups if g.kind != REJECTED]
            if rest:
                self.offer(rest, role, accepting, alternatives, regret)
            self._turn_down(turned_down, role)
            return
        if any(g.kind == OPTION for g in groups):  # one of a list of options: nothing chosen
            self._table(groups, role, options=True, alternatives=alternatives)
            return
        statements = [g for g in groups if g.kind == STATEMENT]
        use = statements or groups
        if len(use) > 1:
            self._table(use, role, options=True, alternatives=alternatives)
            return
        c = use[0]
        opp = [p for p in self.pending if p.role != role and compatible(p.value, c.value)]
        if c.kind == STATEMENT and opp and (accepting or any(p.kind == STATEMENT for p in opp)):
            base = opp[-1]
            if indicative(base.value):  # repeating a quoted range agrees no price
                base.evidence += c.evidence
                return
            self._agree(merge(base.value, c.value), base.evidence + c.evidence)
            if not accepting or base.kind == QUESTION:
                # stated back, or confirmed to the side that asked ("your quote was 2.85 right?" -
                # "yes correct, USD 2.85"): the first side may still put it off or counter it
                self.answered = (base.role, c)
            return
        if self.agreed and compatible(self.agreed.value, c.value):
            if c.kind == STATEMENT:
                merged = merge(self.agreed.value, c.value)
                if merged != self.agreed.value:  # "5.90 EXW" agreed, then "EXW Caoxian": the place's quote
                    self.agreed.evidence = self.agreed.evidence + c.evidence
                self.agreed.value = merged
                self.superseded += self.pending
                self.pending, self.options, self.counter = [], False, False
            return
        if opp:
            if c.kind in (QUESTION, PROPOSAL):  # asking to confirm the other side's offer changes nothing
                if accepting and self.counter and not (self.prices or self.durations or self.rules) \
                        and len(opp) == len(self.pending) == 1:
                    # but with a yes it takes a value the other side just offered in place of an
                    # agreed one: "sorry ... we need 50% deposit" - "hmm ok, 50/50 fine ... since
                    # we pay 50% upfront?"
                    self._agree(merge(opp[0].value, c.value), opp[0].evidence + c.evidence)
                return
            # (or a factory price asked with its town, quoted back without it: "任丘出厂价多少钱一吨？" -
            # "出厂价每吨6800元"; not a port, which the answer may move: "FOB price … we ship from Shanghai")
            asked = [p for p in opp if p.kind == QUESTION and None not in p.value[:2]
                     and (p.value[:2] == c.value[:2] or self.rules and c.value[0] == p.value[0] and c.value[1] is None
                          and c.value[0] == IncotermRule.EXW)]
            if c.kind == STATEMENT and asked:
                # "What's your price CIF Melbourne?" - "CIF Melbourne USD 0.19/pc": the value the
                # other side asked for in full, stated back, is their yes (a rule asked without its
                # place, "FOB price?", leaves the place the answer names only proposed) - unless
                # the asker then puts off the answer ("我考虑一下，这两天回复你", see hold)
                self._agree(merge(asked[-1].value, c.value), asked[-1].evidence + c.evidence)
                self.answered = (asked[-1].role, c)
                return
            # answering the other side's request without a yes: it is now this side's offer
            self.superseded += [p for p in self.pending if p not in opp]
            self.pending, self.options, self.counter = [c], False, False
            return
        own = [p for p in self.pending if p.role == role and compatible(p.value, c.value)]
        if own and not self.options:
            own[-1].value = merge(c.value, own[-1].value)
            if c.kind == STATEMENT:
                # restated after the other side spoke: a fresh offer their next "ok" accepts
                own[-1].kind, own[-1].index = STATEMENT, c.index
                own[-1].evidence += c.evidence
            return
        if self.agreed is not None and c.kind == STATEMENT and (
                self.agreed.role == role or self.prices and role == Role.SELLER
                and _withdrawn(self.agreed.value, c.value, role)
                or regret and not self.durations and not compatible(self.agreed.value, c.value)):
            # (the seller raising a price the buyer named and it accepted: "9.60可以" - "不好意思，
            # 9.60做不了，最低10美金" withdraws it too)
            # the side whose value was agreed offers another: "14.80" agreed, then "14.20 is the
            # best i can do" - the value is being negotiated again; a price raised by the seller
            # (or cut by the buyer) after the yes, "sorry, 15.20 is the best now", withdraws the
            # agreed one, and nothing is agreed until the other side answers
            # (and so does a longer lead time the seller needs after the yes: "sorry, line is
            # full, production need 25 days now" after 15 days agreed)
            # (or a split the other side, saying sorry, cannot keep: "so sorry, our finance dept says
            # we must get 50% deposit" after 30/70 agreed)
            withdrawn = (self.prices and _withdrawn(self.agreed.value, c.value, role)) or (
                self.rules and self.agreed.value[0] != c.value[0]) or (
                self.durations and regret and _longer(self.agreed.value, c.value, role)) or (
                regret and not self.durations)
            self.superseded.append(self.agreed)
            self.agreed = None
            self._table([c], role, options=False)
            self.counter = self.counter or withdrawn
            return
        self._table([c], role, options=False)

    def asker_replied(self, put_off: bool, countered: bool = False) -> None:
        """The side that asked for the value speaks next: putting off the answer it got leaves
        the value only proposed ("我考虑一下，这两天回复你"), and so does countering it ("your
        quote was 2.85 right?" - "yes, USD 2.85" - "my target is 2.60", which then reads as the
        counter-offer it is); anything else lets it stand."""
        if (put_off or countered) and self.answered is not None:
            self.pending, self.agreed = [self.answered[1]], None
            self.options = self.counter = False
        self.answered = None

    def reopen(self, cands: list[Candidate], role: Role) -> None:
        """A side puts off choosing between values it names: whatever was agreed is open again,
        the values named the options."""
        if self.agreed is not None:
            self.superseded.append(self.agreed)
            self.agreed = None
        self.answered = None  # nothing agreed is left for its asker to put off
        self._table(cands, role, options=True, alternatives=True)

    def leave_open(self) -> None:
        """What was agreed, and what is offered, is an open counter-offer again: a bargained price
        put off, still awaited, or never answered."""
        if self.agreed is not None:
            self.pending, self.agreed, self.answered = [self.agreed, *self.pending], None, None
        self.counter = True

    def _turn_down(self, cands: list[Candidate], role: Role) -> None:
        """The other side's pending offer of a value this side turns down leaves the table (an
        agreed value stays: turning it down later is no new term)."""
        gone = [p for p in self.pending if p.role != role
                and any(compatible(p.value, c.value) for c in cands)]
        if self.rules and self.agreed is not None and any(compatible(self.agreed.value, c.value) for c in cands):
            # the agreed rule refused ("CIF 现在做不了"): withdrawn, open until the other side answers
            self.superseded.append(self.agreed)
            self.agreed, self.counter = None, True
        if gone:
            self.superseded += gone
            self.pending = [p for p in self.pending if p not in gone]
            self.options = self.options and len(self.pending) > 1

    def _table(self, cands: list[Candidate], role: Role, options: bool,
               alternatives: bool = False) -> None:
        # a value the other side stated or proposed ("how about 30 days?") and this side countered
        counter = any(p.role != role and p.kind in (STATEMENT, PROPOSAL) for p in self.pending)
        self.superseded += self.pending
        self.pending, self.options, self.counter = list(cands), options, counter
        self.alternatives = options and alternatives

    def accept(self, role: Role, since: int | None, evidence: Evidence) -> None:
        """The other side accepts. An offer from before the acceptor's own last message (`since`)
        is accepted only if it was a statement nobody disputed since: a question or a proposal
        needs a reply to it, and a counter leaves two values, which no "ok" settles."""
        if self.answered is not None and self.answered[0] == role:
            self.answered = None  # the asker took the answer: nothing left to put off
        if self.options or len(self.pending) != 1 or (self.put_off_by == role and since is not None):
            return
        c = self.pending[0]
        if c.role == role or indicative(c.value):
            return
        if since is not None and c.index <= since and c.kind != STATEMENT:
            return
        self._agree(c.value, c.evidence + [evidence])

    def _agree(self, value: tuple, evidence: list[Evidence]) -> None:
        self.answered = None
        if self.agreed and not compatible(self.agreed.value, value):
            self.superseded.append(self.agreed)
        self.superseded += [p for p in self.pending if not compatible(p.value, value)]
        first = self.pending[0] if self.pending else self.agreed
        role = first.role if first else Role.OTHER
        index = first.index if first else -1
        self.agreed = Candidate(value, role, index, STATEMENT, evidence)
        self.pending, self.options, self.counter = [], False, False

    def result(self) -> Resolution:
        history = _dedupe(self.superseded)
        if self.agreed is not None and self.change_asked is not None and self.change_asked in self.pending:
            quotes = self.agreed.evidence + self.change_asked.evidence
            return Resolution(TermStatus.CONFLICTING, None, quotes, history, [self.agreed, self.change_asked])
        if self.agreed is not None:
            return Resolution(TermStatus.AGREED, self.agreed.value, self.agreed.evidence, history,
                              [p for p in self.pending if not compatible(p.value, self.agreed.value)])
        if not self.pending:
            return Resolution(TermStatus.MISSING, None, [], history, [])
        quotes = [ev for p in self.pending for ev in p.evidence]
        if self.counter and self.superseded:  # show both sides of an open counter-offer
            quotes = self.superseded[-1].evidence + quotes
        if self.options or self.counter:
            offered = list(self.pending) if self.options and self.alternatives else []
            return Resolution(TermStatus.CONFLICTING, None, quotes, history, list(self.pending),
                              offered)
        c = self.pending[0]
        if c.kind == QUESTION:  # a question left unanswered proposes nothing; a proposal does
            return Resolution(TermStatus.MISSING, None, [], history, [])
        return Resolution(TermStatus.PROPOSED, c.value, c.evidence, history, [])


def _longer(agreed: tuple, offered: tuple, role: Role) -> bool:
    """A lead time the seller offers after the yes, longer than the one agreed."""
    was, now = agreed[1] if agreed[1] is not None else agreed[0], offered[1] if offered[1] is not None else offered[0]
    return role == Role.SELLER and isinstance(was, int) and isinstance(now, int) and now > was


def _withdrawn(agreed: tuple, offered: tuple, role: Role) -> bool:
    """A price offered after the yes by the side whose price it was, worse for the other side."""
    was, now = agreed[0], offered[0]
    if not (isinstance(was, Decimal) and isinstance(now, Decimal)):
        return False
    if len(agreed) > 2 and len(offered) > 2 and None not in (agreed[2], offered[2]) and agreed[2] != offered[2]:
        return True  # "CIF Melbourne USD 8.70" agreed, then "只能 FOB Ningbo USD 8.20": another basis
    return now > was if role == Role.SELLER else now < was


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in cands:
        if not any(o.value == c.value for o in out):
            out.append(c)
    return out


ACCEPT_WORDS = frozenset({
    "ok", "okay", "okey", "deal", "agreed", "agree", "confirmed", "confirm", "sounds", "fine",
    "yes", "yeah", "yep", "sure", "problem", "np", "accepted", "accept", "ahead", "let", "lets",
    "proceed", "works", "perfect", "good", "take", "acceptable", "pi"})


# What every _ACCEPT match contains: one of its words ("good" and "let" only in these phrases),
# or a Chinese word or emoji.
MAY_ACCEPT = Prefilter((
    *(ACCEPT_WORDS - {"good", "let", "lets"}), "all good", "good for ", "let's ", "lets ",
    "好", "可以", "没问题", "冇问题", "成交", "确认", "同意", "接受", "就这", "没毛病", "👍", "👌", "🤝", "✅", "行",
    "对", "對", "是的", "没错", "沒錯",
    ))


# Taking the quantity quoted takes the quote: "We'll take 1,200 kg."
_TAKE = re.compile(r"(?<![a-z])(?:we|i)(?:'ll| will)? take(?= (?:the |all )?\d)")
# A reply that is only praise: "Good.", "Great, thanks!", "very good 👍".
PRAISE_WORDS = frozenset({"good", "great", "excellent", "nice", "cool", "perfect"})
_PRAISE = re.compile(r"\s*(?:very |all |sounds |looks )?(good|great|excellent|nice|cool|perfect)\s*[.!]*"
                     r"(?:\s*,?\s*(?:thanks?|thank you|thx|ty)\s*[.!]*)?\s*$")


# "great, sending deposit Monday": praise opening a reply that goes on without a reservation
_PRAISE_LEAD = re.compile(r"\s*(?:very |all |sounds |looks )?(good|great|excellent|perfect)\s*(?:[,!]|\.(?= ))")
_RESERVATION = re.compile(r"\bbut\b|\bhowever\b|\bthough\b|\?|\bnot\b|n't\b|\bcan (?:you|u)\b|"
                          r"\bcould (?:you|u)\b|\btoo\b")


def praise(low: str, words: frozenset[str]) -> re.Match[str] | None:
    """The word of a reply that is praise, alone or opening it with nothing held back, which
    accepts the offer it answers."""
    if PRAISE_WORDS.isdisjoint(words):
        return None
    if len(low) < 32 and (said := _PRAISE.match(low)):
        return said
    said = _PRAISE_LEAD.match(low)
    return said if said and not _RESERVATION.search(low, said.end()) else None


def acceptance(view: MessageView) -> tuple[Evidence, bool] | None:
    """(evidence of the acceptance, whether it closes the whole deal) or None."""
    if said := praise(view.low, view.words):
        return view.evidence(said.start(1), said.end(1)), False
    if not MAY_ACCEPT(view) and not _paying(view):
        return None
    low = view.low
    matches = chain((_ACCEPT_ASCII if view.ascii else _ACCEPT).finditer(low), _TAKE.finditer(low) if "take" in view.words else ())
    if _paying(view):
        matches = iter(sorted(chain(matches, _ACCEPT_PAYING.finditer(low)), key=lambda m: m.start()))
    first = next(matches, None)
    if first is None:
        return None
    deferred = _DEFER.search(low) if _may_defer(low) else None
    # "👍 done. payment I will discuss with my partner", "payment ok 👍 for FOB vs CIF let me
    # compare": a reservation after the yes holds back only what it names (rejected_fields); one
    # before the yes, or naming nothing, holds all
    if deferred is not None and (deferred.start() < first.start()
                                 or not _names_field(low, *(held := _held_back(view, first, deferred)))
                                 or _ORDER_PUT_OFF.search(low, *held) and _APPROVAL.search(low, *held)):
        # (the order itself put off holds all back: "ok thanks. I'll confirm the order once my
        # manager signs off the budget tomorrow")
        return None
    for m in chain((first,), matches):
        start = m.start()
        if _NOT_ACCEPT_BEFORE.search(low[max(0, start - 12):start]) or _PRICE_NOT_NAMED.search(low, max(0, start - 24), start):
            continue
        ss, se = view.sentence_at(start)
        sentence = low[ss:se].rstrip()
        cs, ce = view.clause_at(start)
        if sentence.endswith(("?", "？", "吗")) and low[cs:ce].rstrip().endswith(("?", "？", "吗")):
            continue
        if view.excluded(start):
            continue
        whole = bool(_GLOBAL.search(low))
        return view.evidence(m.start(), m.end()), whole
    return None


_ORDER_PUT_OFF = re.compile(r"\b(?:confirm|place|sign)\s+(?:the |our |my |this )?(?:order|po|contract|deal)\b"
                            r"(?!\s+(?:qty|quantity|quantities|details?|dates?|colou?rs?|sizes?))|"
                            r"就下单|就下單|就落单|就落單")
# (and only when someone's approval is what it waits for: not "I will check the lead time ... then
# place the order", which holds back the lead time only)
_APPROVAL = re.compile(r"\bapprov\w*|\bsigns? off\b|审批|審批|批准|批下")


def _held_back(view: MessageView, yes: re.Match[str], deferred: re.Match[str]) -> tuple[int, int]:
    """What a reservation after a yes is about: its sentence, from the yes on."""
    s, e = view.sentence_at(deferred.start())
    return max(s, yes.end()), e


def _names_field(low: str, start: int, end: int) -> bool:
    return any(pattern.search(low, start, end) for pattern, _ in _REJECT_FIELDS)


# a yes said of one term only: "payment ok", "lead time fine", "付款可以", "ok for payment" (the
# message has no other yes)
_SCOPED_YES = re.compile(r"\b(payment(?: terms?)?|price|lead ?time|delivery time|incoterms?)\s+(?:is\s+|are\s+)?"
                         r"(?:ok|okay|fine|accepted|agreed|no problem)\b|"
                         r"(付款|价格|價格|交期)(?:方式)?(?:也)?(?:可以|没问题|沒問題|ok)|"
                         # "ok for payment", "FOB Shenzhen also ok"
                         r"\b(?:ok|okay|fine|agreed|accepted)\s+(?:for|with)\s+(?:the\s+)?(payment(?: terms?)?|price|lead ?time|"
                         r"delivery time|incoterms?)\b|"
                         r"\b(fob|cif|cfr|cnf|exw|fca|cpt|cip|dap|dpu|ddp)(?:\s+[a-z]+){0,2}\s+(?:is\s+)?also\s+"
                         r"(?:ok|okay|fine|accepted|agreed|no problem)\b|"
                         # "D/P at sight fine for you", "paypal ok": a yes to the way of paying only
                         r"(?<![a-z])(d/p|d/a|l/c|t/t|paypal|o/a)(?:\s+at\s+sight|\s+\d{2,3}\s*days)?\s+(?:is\s+)?"
                         r"(?:ok|okay|fine|accepted|agreed|no problem)\b|"
                         # "30/70 fine": a yes to the split said
                         r"(?<![\d/.])((?:[1-9]0|100)/(?:[1-9]0|100|0))\s+(?:is\s+)?(?:ok|okay|fine|accepted|agreed|no problem)\b")
# greetings and thanks around a yes, which take up nothing more ("Hi Lily, 30/70 fine", "30/70 fine. Thanks")
_PLEASANTRIES = re.compile(r"\b(?:thanks?(?: you)?|thx|ty|hi|hello|hey|dear)\b(?:\s+[a-z]+(?=\s*[,!.]))?")
# the price left to settle: "payment ok. price need boss approval, then PO" closes nothing yet
_PRICE_LEFT = re.compile(r"pric|价|價|negotiat|discuss|谈|談|便宜|cheaper|lower")
# a close of the deal beside a yes of one term: "FOB Ningbo ok, send PI please" takes up all
_CLOSING = re.compile(r"\bpi\b|\bpo\b|proforma|go ahead|proceed|place (?:the )?order|下单|下單|合同|contract|"
                      # "D/P at sight ok, we start production on Monday", "T/T ok，我们安排生产"
                      r"start production|production starts?|arrange|安排|thank(?:s| you) for (?:your|the) order|"
                      r"will ship|ship tomorrow|open (?:the )?l/?c|same as your offer|noted \d")
# the fields each word names (a price is quoted with its rule and currency: "price ok" takes them up)
_PRICE_FIELDS, _PAYMENT_FIELDS = ("price", "incoterm", "currency"), ("split", "method")
_SCOPED_FIELDS = {"payment": _PAYMENT_FIELDS, "付款": _PAYMENT_FIELDS, "price": _PRICE_FIELDS,
                  "价格": _PRICE_FIELDS, "價格": _PRICE_FIELDS, "lead": ("lead_time",), "leadtime": ("lead_time",),
                  "delivery": ("lead_time",), "交期": ("lead_time",), "incoterm": ("incoterm",),
                  "incoterms": ("incoterm",),
                  **dict.fromkeys(("fob", "cif", "cfr", "cnf", "exw", "fca", "cpt", "cip", "dap", "dpu", "ddp"), ("incoterm",)),
                  **dict.fromkeys(("d/p", "d/a", "l/c", "t/t", "paypal", "o/a"), _PAYMENT_FIELDS)}
_SCOPED_WORDS = frozenset(w for w in _SCOPED_FIELDS if w.isascii())


def accepted_only(view: MessageView) -> set[str] | None:
    """The fields a yes said of named terms only takes up ("payment ok" after a price the buyer
    put off takes up the payment, not the price), or None when the yes is for all on the table."""
    low = view.low
    if not (_SCOPED_WORDS & view.words or not view.ascii and ("付款" in low or "价格" in low or "交期" in low)
            or "/" in low and ("d/p" in low or "d/a" in low or "l/c" in low or "t/t" in low or "o/a" in low
                               or "0/" in low)):
        return None
    scoped = list(_SCOPED_YES.finditer(low))
    if not scoped:
        return None
    fields: set[str] = set()
    for m in scoped:
        said = next(g for g in m.groups() if g).split()[0]
        fields.update(_SCOPED_FIELDS[said] if said in _SCOPED_FIELDS else _PAYMENT_FIELDS)  # ("30/70": a split)
    rest = low
    for m in reversed(scoped):
        rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    if (_ACCEPT_ASCII if view.ascii else _ACCEPT).search(rest) or _CLOSING.search(rest) and not _PRICE_LEFT.search(rest):
        return None  # another yes besides: "payment ok, deal", "ok for payment. please send PI"
    if all(m.group(m.lastindex) and "/" in m.group(m.lastindex) and m.group(m.lastindex)[0].isdigit() for m in scoped) \
            and re.search(r"[^\W_]", _PLEASANTRIES.sub(" ", rest)):
        return None  # a split's yes with words besides it ("30/70 fine, the rest too", "Looks good. 30/70 fine") is a yes of all
    return fields or None


def rejected_fields(view: MessageView) -> set[str]:
    """Fields a message turns down ("price too high", "交期太长")."""
    low = view.low
    m = _REJECT.search(low)
    if not m:
        if _may_defer(low) and (deferred := _DEFER.search(low)):
            first = (_ACCEPT_ASCII if view.ascii else _ACCEPT).search(low)
            s, e = _held_back(view, first, deferred) if first else view.sentence_at(deferred.start())
            return {f for pattern, fields in _REJECT_FIELDS if pattern.search(low, s, e) for f in fields}
        return set()
    s, e = view.sentence_at(m.start())
    sentence = low[s:e]
    out: set[str] = set()
    for pattern, fields in _REJECT_FIELDS:
        if pattern.search(sentence):
            out.update(fields)
    return out or {"*"}
