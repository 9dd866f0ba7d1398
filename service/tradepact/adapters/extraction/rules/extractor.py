"""The `rules` backend: deterministic, offline term extraction from a buyer-seller chat."""

from __future__ import annotations

import copy
import dataclasses
import itertools
import logging
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import permutations

from tradepact.adapters.extraction.rules import (
    goods,
    goods_names,
    incoterms,
    lead_time,
    logistics,
    payment,
    schemes,
)
from tradepact.adapters.extraction.rules.agreement import (
    MAY_ACCEPT,
    PRAISE_WORDS,
    Candidate,
    FieldState,
    Resolution,
    acceptance,
    accepted_only,
    compatible,
    defers,
    may_accept_han,
    may_pay,
    merge,
    praise,
    rejected_fields,
)
from tradepact.adapters.extraction.rules.patterns import (
    BULK_WORDS,
    EMOJI,
    OPTION,
    PROPOSAL,
    QUESTION,
    STATEMENT,
    TAKEN_UP_AFTER,
    Mention,
    MessageView,
    PriceRange,
    SpanSet,
    injection,
)
from tradepact.domain.money import to_minor
from tradepact.domain.normalize import fold_traditional
from tradepact.domain.numbers import NUMBER_WORDS, parse_decimal
from tradepact.domain.terms import (
    Containers,
    Currency,
    Evidence,
    Finding,
    Incoterm,
    Installment,
    LeadTime,
    LineItem,
    Logistics,
    PaymentMethod,
    PaymentSchedule,
    PaymentTrigger,
    Quantity,
    Severity,
    Superseded,
    TermStatus,
    TradeTerms,
    TransitTime,
    TransportMode,
)
from tradepact.domain.transcript import Message, Role, Transcript

log = logging.getLogger(__name__)

FAMILIES: tuple[Callable[[MessageView], None], ...] = (
    incoterms.find, payment.find, lead_time.find, logistics.find, goods.find, goods_names.find)
# Quantity and price are negotiated per line item: their states are "quantity@0", "price@1", ...
NEGOTIATED = ("incoterm", "split", "method", "lead_time", lead_time.SAMPLE_LEAD, "mode", logistics.IMPLIED,
              "currency", "moq")
_PER_ITEM = (goods.QUANTITY, goods.PRICE)
_PARTIES = (Role.BUYER, Role.SELLER)
# A third person in the chat who prices the goods as the seller: the seller's manager or boss
# ("我是陈经理 ... 我们可以做到USD 8,600", "26这个价我们做不了，最少要27", "this is Sunny's manager,
# we can do 4,050"); not a forwarder quoting freight, nor the buyer's colleague
_SELLER_VOICE = re.compile(r"(?:我们|我們|we)\s*(?:can|could|可以|能)?\s*(?:do|offer|give|做到|做不了|做不到|给到|給到)\s*"
                           r"(?:you\s+|您\s*|你\s*)?(?:usd|us\$|\$|eur|€|gbp|£|aud|cad|hk\$|rmb|¥|美金|美元)?\s*\d|"
                           r"(?:这个价|這個價|this price)\s*(?:我们|我們|we)?\s*(?:做不了|做不到|cannot|can't)|"
                           r"(?:最少要|最低要|至少要)\s*\d", re.IGNORECASE)
# (not the buyer's people, a carrier or an inspector offering: "Lisa from the buyer's finance team. We
# can do AUD 29", "I'm the trucking company, we can do ¥ 1,500", "QIMA: we can do €298 per man-day")
# (a seller's manager may say "you are our old customer": the speaker named, not whom it speaks of)
_NOT_SELLERS_VOICE = re.compile(r"buyer'?s|from the buyer|trucking|inspection|qima|\bsgs\b|forwarder|logistics|customs broker|"
                                r"per man|man-day|买家|買家|货代|貨代|物流|报关行|報關行|验货公司|驗貨公司", re.IGNORECASE)
# the buyer bringing a colleague in by name ("my colleague Jun will handle the payment part"), who
# then speaks for the buyer (its messages signed with that name, or opening "Jun here")
_COLLEAGUE_NAMED = re.compile(r"\b(?:my|our) colleague,?\s+(?!(?:Mr|Ms|Mrs|Miss|Dr|Mister|Madam)\b)([A-Z][a-z]{1,15})\b|"
                              r"同事\s*([A-Za-z]{2,15}|[\u4e00-\u9fff]{2,3})(?=[，,。\s会會])")


# a third voice whose name says which party it speaks for: its author label ("Grace (buyer's
# procurement head)", "Wendy (seller's shipping dept)", "小刘（跟单）"), or a merchandiser introducing
# itself ("Hi, I'm Cindy 跟单"), who always works for the seller
_BUYER_SIDE = re.compile(r"\bbuyer'?s\b|\bbuyer\)|买家|買家|采购|採購|\bprocurement\b|\bpurchasing\b", re.IGNORECASE)
_SELLER_SIDE = re.compile(r"\bseller'?s\b|\bsupplier'?s\b|\bseller\)|跟单|跟單|\bmerchandiser\b|卖家|賣家|\bsales\b|业务|業務",
                          re.IGNORECASE)
_MERCHANDISER_SAYS = re.compile(r"(?:i'?m|i am|this is|我是)\s*[^,.，。!?]{0,12}(?:跟单|跟單|merchandiser)", re.IGNORECASE)


# one machine, mould or line ordered ("we go with 1 set of the 1300T", "So 1 set at 415,000",
# "cone crusher HPT300, 1 unit, standard cavity", "那台650吨注塑机定了，一台", "我们要一台650吨注塑机"):
# its price may run past the sums read as a lot's, and ten thousands with no unit are money (see
# goods._money); not a set per carton, a sample, a question of one's price or a mould to open
_ONE_MACHINE = re.compile(
    r"(?:\b(?:go with|need|order|ordering|take|buy|want|confirm|purchase|approved|so|qty:?|quantity:?)\s+(?:just\s+|only\s+)?"
    r"|(?<!sample)(?<!samples)[,:]\s*)(?:1|one)\s*(?:set|unit|machine|line)\b(?!s)(?!\s*(?:per\b|/|=|price|of\s+samples?|samples?|for\s+(?:test|trial|sampl)))"
    r"|(?:要|订|訂|买|買|采购|採購|定了[,，]?\s*)[1一]\s*[台套部](?![件个個])(?![^,，。.!?？]{0,4}(?:多少|几|幾|样|樣|测试|測試|模具))"
    # "真空乳化機 一部，", "旋轉式打錠機 一台，": one machine counted after its name, at its clause's end
    r"|[机機器床炉爐泵仪儀备備线線]\s*1\s*[台套部](?=\s*(?:[，,。.;；!！]|$))"
    # "we need one 200L vacuum emulsifying mixer": one machine named by what it is
    r"|\b(?:need|order|buy|want|purchase)\s+(?:just\s+|only\s+)?1\s+(?:[a-z0-9\-]+\s+){0,4}?"
    r"(?:mixer|emulsifier|homogeni[sz]er|press|dryer|filler|boiler|generator|compressor|oven|reactor|lathe|"
    r"crusher|excavator|loader|forklift)\b(?!s)")


# machines counted several ("要两台", "2 sets", "10 units"): the chat orders no single machine
_SEVERAL_MACHINES = re.compile(r"(?<![\d.,])(?:[2-9]|[1-9]\d{1,4})\s*(?:units?|sets?|machines|[台套])(?![a-z\d])"
                               r"(?!\s*(?:of\s+)?(?:spare|change|wear|replacement|备件|備件|易损|易損))|"  # (not parts of it)
                               r"[两兩二三四五六七八九十][台套]")


def _side_named(message: Message) -> Role | None:
    author = message.author or ""
    if author:
        buyer, seller = _BUYER_SIDE.search(author) is not None, _SELLER_SIDE.search(author) is not None
        if buyer != seller:
            return Role.BUYER if buyer else Role.SELLER
    if ("跟" in message.text or "merchandiser" in message.text.lower()) and _MERCHANDISER_SAYS.search(message.text[:80]):
        return Role.SELLER
    return None


def _buyers_colleague(message: Message, colleagues: set[str]) -> bool:
    head = message.text[:40].lower()
    author = (message.author or "").lower()
    first = re.split(r"[\s(（,，]", author, maxsplit=1)[0]
    return any(first == n or re.search(rf"(?:^|\W)(?:{re.escape(n)} here|this is {re.escape(n)}|i'm {re.escape(n)})(?!\w)", head)
               for n in colleagues)


_FORWARDER_VOICE = re.compile(r"freight|forwarder|shipping cost|booking|cut-off|customs|consolidat|\bcfs\b|\bcbm\b|"
                              r"\bwe (?:will |'ll )?(?:collect|pick up)\b|运费|運費|货代|貨代|订舱|訂艙|"
                              r"报关|報關|清关|清關|船期|柜子|櫃子|logistics|\bwill book\b|\bwe'?ll (?:ship|book)\b|"
                              r"物流", re.IGNORECASE)


@dataclass
class _Goods:
    """One kind of goods the chat prices: its key, and its name as first written."""

    key: str | None = None
    name: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    since: int = -1  # the message that first named it
    # (kept for the first goods only, while it is the chat's one goods: see _same_goods_recounted)
    named_by: Role | None = None  # the side that first named it
    named_in: frozenset[str] = frozenset()  # the words of the message that first named it
    dropped: int | None = None  # the message that took it out of the order, until counted again
    spec: str = ""  # what the message that named it wrote after the name, to the end of its part


_HAN_NAME = re.compile(r"[\u4e00-\u9fff]+")
_PART_END = re.compile(r"[.;!?\n。；！？]|\band\b|\bplus\b")


# a Chinese name with its size after it: "斜口鉗6吋", "浴巾70x140"
_SIZE_THEN_HAN = re.compile(r"\d+(?:\.\d+)?\s?(?:寸|吋|英寸|cm|mm|ml|l|升|毫升|厘米)\s?([\u4e00-\u9fff]{2,8})")
_CODE_THEN_HAN = re.compile(r"[\u4e00-\u9fff]*[a-z]{1,4}-?\d{1,5}[a-z]?([\u4e00-\u9fff]{2,})")  # "海德堡sm74水辊"
_YEAR_THEN_HAN = re.compile(r"20\d\d\s?(?:年|款|版)?([\u4e00-\u9fff]{2,8})")  # "2027台历", "2026款折叠椅"
_HAN_THEN_SIZE = re.compile(r"([\u4e00-\u9fff]{2,8})\s?\d+(?:\.\d+)?(?:[x×*]\d+)*\s?(?:吋|寸|英寸|mm|cm|m|米|l|升|ml|w)")


# a key that is a model code alone ("tb-300", "model tb-300")
_BARE_CODE_KEY = re.compile(r"(?:model |type )?([a-z]{1,5}-?\d{1,5}[a-z]{0,3}(?:-[a-z0-9]{1,4})?)")
# goods named by their spec: "六頭十五針的機型", "12头的型号"
_SPEC_MODEL = re.compile(r"([\u4e00-\u9fff\d]{2,8}?)的?(?:機型|机型|型號|型号)")


class _Catalogue:
    """The goods of the chat, in order of first mention; unnamed quantities and prices go to 0."""

    def __init__(self) -> None:
        self.goods = [_Goods()]
        self._seen: dict[str, int] = {}  # key -> its goods (goods are only ever appended)
        self._keys: tuple[str, ...] = ()  # the goods' keys, and those of sizes, kept as they change
        self._sizes: tuple[str, ...] = ()
        self.at = 0  # the message being read
        self.role: Role | None = None  # and its side
        self.words: frozenset[str] = frozenset()  # and its words
        self.heard: set[str] = set()  # the words of the messages read before the one being read
        self.words_before: frozenset[str] = frozenset()  # (those of the last one, added at the next)
        self.listing = False  # and whether it lists a line at a time
        self._said: dict[int, tuple[tuple, list[str]]] = {}  # said_as, while the goods stay as they are
        self._aliases: tuple[int, tuple[dict[str, set[int]], tuple[int, ...], frozenset[str]]] = (
            -1, ({}, (), frozenset()))
        self.version = 0  # goods added or named: what said_as and aliases keep is stale
        self.unnamed: set[int] = set()  # the messages that counted goods they named no name for
        self.priced_at = -2  # the last message that put a price of goods on the table
        # the goods keys the message being read names ("steel pipe clamp USD 0.80, steel pipe USD
        # 3.20/m": the shorter is no other way of saying the longer)
        self.said_now: frozenset[str] = frozenset()
        self._model_of: dict[str, set[str]] = {}  # "board" -> {"db-18sf"}: "Our DB-18SF board"
        self.one_machine = False  # the chat orders one machine (see MessageView.one_ordered)
        self._noted: tuple[int, tuple[tuple[str, str], ...]] = (0, ())
        self._noted_seen: tuple[tuple[int, int], tuple[tuple[str, str], ...]] = ((0, 0), ())

    def index(self, key: str | None) -> int:
        if key is None:
            return 0
        found = self.find(key)
        if found is not None:
            return found
        if self.goods[0].key is None and not goods_names.is_size(key) and not (self._sizes and self.listing):
            # (in a list a line at a time, "- box truss, 3m: 120 pcs\n- box truss, 2m: 60 pcs\n- corner
            # block: 24 pcs", goods named after sizes are the next line, not what the sizes are of)
            self.goods[0].key, self.goods[0].since, self.goods[0].named_by = key, self.at, self.role
            self.goods[0].named_in = self.words
            found = 0
        else:
            self.goods.append(_Goods(key, since=self.at))
            found = len(self.goods) - 1
        self._seen[key] = found
        self.version += 1
        self._keys = tuple(g.key for g in self.goods if g.key is not None)
        self._sizes = tuple(k for k in self._keys if goods_names.is_size(k))
        return found

    def find(self, key: str | None) -> int | None:
        """The index `index` would give, without adding the goods."""
        if key is None:
            return 0
        if key in self._seen:
            return self._seen[key]
        if (opener := goods_names.opened_by(key, self._keys)) is not None:
            # "2-person dome tent" is the "2-person" counted, not the "dome tents" asked about
            self._seen[key] = self._seen[opener]
            return self._seen[key]
        if " " in key and goods_names.lone_how_many(first := key.split(" ", 1)[0]) and first in self._seen:
            return None  # "2-person sleeping bag" after "dome tents: 2-person 600 pcs": other goods
        same = [i for i, g in enumerate(self.goods) if g.key is not None and goods_names.same_goods(g.key, key)
                and not goods_names.lone_how_many(g.key)]  # (a lone "2-person" only as opened_by reads it)
        found = same[0] if same else None
        if len(same) > 1 and len({goods_names.how_many(self.goods[i].key) for i in same}) == len(same):
            return None  # "dome tent USD 11.80" after "2-person ..." and "4-person dome tents": which one?
        if found is not None and (code := goods_names.model_code(key)) is not None \
                and goods_names.model_code(self.goods[found].key) is None \
                and any(i == found and goods_names.model_code(k) not in (None, code) for k, i in self._seen.items()):
            # "SC25-8 copper tube lug", then "SC35-10 copper tube lug": the "copper tube lugs"
            # asked for are the first; the second code is goods of its own
            return None
        if found is None and (longer := goods_names.qualified(key, self._keys)
                              or goods_names.headed(key, self._keys)
                              or goods_names.within(key, self._keys)) is not None \
                and self.goods[self._seen[longer]].since < self.at \
                and not (" " in key and {key, longer} <= self.said_now):  # (both named in one message: two goods)
            # "300 sets front" after "Front shock absorber USD 21.50"; not "MCB 1P 16A C curve -
            # 10,000 pcs, MCB 2P 32A - 4,000 pcs", two goods listed together
            found = self._seen[longer]
        if found is None and (near := goods_names.close(key, self._keys)) is not None \
                and self.goods[self._seen[near]].since < self.at:
            found = self._seen[near]  # "Mech seal kit: AUD 54" after "mechanical seal kits 60 pcs"
        if found is None and key.isascii() and (size := goods_names.opening_size(key)) is not None:
            # "27cm plate USD 2.35" after "27cm dinner plate 3000, 21cm salad plate 3000": the one
            # goods named with that size and that head noun
            head = key.rsplit(" ", 1)[-1]
            sized = [i for i, g in enumerate(self.goods) if g.key and g.name and g.since < self.at
                     and g.key.rsplit(" ", 1)[-1] == head and goods_names.opening_size(g.name.lower()) == size]
            found = sized[0] if len(sized) == 1 else None
        if found is None and self._model_of:
            found = self._model_named(key)
        if found is None and _HAN_NAME.fullmatch(key):
            # "旋梭 USD 1.95/pc" after "1500 pcs rotary hook for Juki DDL-8700 (旋梭)": the Chinese
            # name written in brackets after one goods' name, in its first message
            bracketed = [i for i, g in enumerate(self.goods) if g.key and g.since < self.at
                         and re.search(r"[(（]\s*" + re.escape(key) + r"\s*[)）]", g.spec)]
            found = bracketed[0] if len(bracketed) == 1 else None
        if found is None and len(key) >= 2 and _HAN_NAME.fullmatch(key):
            # "水辊 RMB 850一根" after "海德堡SM74水辊三十根" (keyed by its code): the one goods whose
            # name, a code inside, ends so
            coded = [i for i, g in enumerate(self.goods) if g.key and g.name and g.since < self.at
                     and (m := _CODE_THEN_HAN.fullmatch(g.name.lower())) is not None and m.group(1).endswith(key)]
            found = coded[0] if len(coded) == 1 else None
        if found is None and self.one_machine and (code := _BARE_CODE_KEY.fullmatch(key)) is not None \
                and len(named := [i for i, g in enumerate(self.goods) if g.key]) == 1 \
                and self.goods[named[0]].since < self.at and goods_names.model_code(self.goods[named[0]].key) is None \
                and not any(goods_names.model_code(k) not in (None, code.group(1)) for k in self._seen):
            # "model TB-300 USD 132000" after "board approved 1 set of the labelling machine": the
            # one goods named, no code of its own, quoted by the seller's model code
            found = named[0]
        if found is None and (spec := _SPEC_MODEL.fullmatch(key)) is not None:
            # "六頭十五針的機型每台468,000" after "電腦刺繡機，六頭十五針，4台": the model of the
            # one goods whose spec that is
            specced = [i for i, g in enumerate(self.goods) if g.key and g.since < self.at and spec.group(1) in g.spec]
            found = specced[0] if len(specced) == 1 else None
        if found is None and key.isascii() and key.isalpha() and len(key) >= 4:
            # "the hinges at 0.85?" after "SS friction hinges 12\": USD 0.92" priced the friction
            # stays: the head noun of the one name said for one goods
            heads = {i for k, i in self._seen.items() if " " in k and k.rsplit(" ", 1)[-1] == key}
            found = heads.pop() if len(heads) == 1 else None
        if found is None and not goods_names.is_size(key) and (size := goods_names.bare_size(key)) in self._seen:
            found = self._seen[size]  # "350W的1000台" after "350W 24V：68元/台": that size's goods
        if found is None and len(key) >= 3 and " " not in key and any(c.isdigit() for c in key):
            # "SR04: 0.62" after "HC-SR04 ultrasonic x1500": a code without its prefix
            tails = [i for i, g in enumerate(self.goods) if g.key and (code := goods_names.model_code(g.key))
                     and "-" in code and code.rsplit("-", 1)[-1] == key]
            found = tails[0] if len(tails) == 1 else None
        if key.isascii() and (size := goods_names.opening_size(key)) is not None and " " in key \
                and (found is None or not goods_names.is_size(self.goods[found].key)):
            # "25L hard cooler USD 24.00" after "hard coolers 25L and 50L. 800 pcs of the 25L": the
            # line of that size, when its goods have that head noun, before the goods it is of
            head, size_line = key.rsplit(" ", 1)[-1].rstrip("s"), goods_names.size_key(size)
            lines = [i for i, g in enumerate(self.goods) if g.key == size_line and g.name
                     and g.since < self.at and re.search(rf"\b{re.escape(head)}", g.name.lower())]
            found = lines[0] if len(lines) == 1 else found
        if found is not None:
            self._seen[key] = found
        return found

    def noted_names(self) -> dict[str, set[int]]:
        """The Chinese names noted beside a model code, with the goods the code keys ("机油滤芯"
        beside "JX0810")."""
        return {w: {self._seen[c] for c in codes if c in self._seen}
                for w, codes in self._model_of.items() if not w.isascii() and any(c in self._seen for c in codes)}

    def alias(self, key: str, at: int) -> None:
        """`key` names the goods at `at` from now on."""
        self._seen[key] = at

    def note_models(self, low: str) -> None:
        """Model codes written with the words of their goods ("Our DB-18SF board is exactly that.
        Darts set DS-22."): either names the goods named the other way before or after."""
        for code, words in goods_names.models_with_words(low):
            for said in {words, words.rsplit(" ", 1)[-1]}:  # "anvil loppers LP-30", then "loppers"
                self._model_of.setdefault(said, set()).add(code)
                self._model_of.setdefault(code, set()).add(said)

    def noted(self) -> tuple[tuple[str, str], ...]:
        """(words, model code or Chinese name) for the Latin words, with no figure, noted beside
        exactly one code or name ("yo-yo" -> "y-201", "board" -> "db-18sf")."""
        if self._noted[0] != len(self._model_of):
            pairs = tuple(sorted((w, next(iter(codes))) for w, codes in self._model_of.items()
                                 if len(codes) == 1 and w.isascii()
                                 and (w.isalpha() or "-" in w and not any(c.isdigit() for c in w))))
            self._noted = (len(self._model_of), pairs)
        if self.goods[0].key is None or not self._noted[1]:
            return self._noted[1]
        # once goods are named, only words of theirs: a late "200 sinks + 300 faucets about 14
        # cbm" makes no new goods of the "水槽" glossed at the start
        stamp = (len(self._model_of), len(self._seen))
        if self._noted_seen[0] != stamp:
            self._noted_seen = (stamp, tuple((w, c) for w, c in self._noted[1] if c in self._seen))
        return self._noted_seen[1]

    def _model_named(self, key: str) -> int | None:
        """The goods `key` names by its model code or by its words, when one goods has it."""
        said = self._model_of.get(key, ())
        if not said and not key.isascii() and len(key) >= 2:  # "飲水器", the "寵物飲水器 WF-3"
            said = {c for w, codes in self._model_of.items() if not w.isascii() and key in w for c in codes}
        found = {self._seen[k] for k in said if k in self._seen}
        if not found:  # "BV-20", noted beside "ball valve", names the "brass ball valve dn20 pn25"
            found = {i for i, g in enumerate(self.goods) if g.key and " " in g.key for k in said
                     if " " in k and goods_names.model_code(k) is None and f" {k} " in f" {g.key} "}
        if not found and goods_names.model_code(key) == key:  # "KJ-917", noted beside "chair unit", names the "dental chair" counted
            found = {i for i, g in enumerate(self.goods) if g.key and " " in g.key for k in said
                     if " " not in k and goods_names.model_code(k) is None and g.key.rsplit(" ", 1)[-1] == k}
        found |= {i for i, g in enumerate(self.goods) if g.key and " " in g.key
                  and any(k in g.key.split() for k in said if goods_names.model_code(k) == k)}
        if not found and key.isascii() and (code := goods_names.model_code(key)) is not None:
            # "JK-9800D complete set" after "direct drive lockstitch sewing machine, model like your
            # JK-9800D": the goods named by the words the code was noted beside
            words = {w for w in self._model_of.get(code, ()) if " " in w and w not in key}
            found = {i for i, g in enumerate(self.goods) if g.key and " " in g.key
                     and any(f" {w} " in f" {g.key} " for w in words)}
        # "tape", glossed "封箱胶带", is the "胶带" priced before
        found |= {i for i, g in enumerate(self.goods) if g.key and len(g.key) >= 2 and _HAN_NAME.fullmatch(g.key)
                  and any(g.key in k for k in said if not k.isascii())}
        return found.pop() if len(found) == 1 else None

    def several(self) -> bool:
        return len(self.goods) > 1

    def keys(self) -> tuple[str, ...]:
        return self._keys

    def name(self, view: MessageView, mention) -> None:
        g = self.goods[self.index(mention.value[0])]
        if not g.spec:  # ("tablecloth fabric, 100% polyester gabardine, 280cm width, white, 3500 metres")
            part = _PART_END.search(view.low, mention.end, mention.end + 120)
            g.spec = view.low[mention.end:part.start() if part else mention.end + 120]
        if g.name and goods_names.is_size(g.key) and not goods_names.is_size(mention.value[0]) \
                and goods_names.size_key(g.name) == g.key and len(g.name) <= 12:
            # the size line named in full later: "26cm" then "26cm铸铁锅 9.6美金"
            ev = view.evidence(mention.start, mention.end)
            g.name, g.evidence = ev.quote.strip(), [ev]
            self.version += 1
            return
        if not g.name:
            ev = view.evidence(mention.start, mention.end)
            g.name, g.evidence = ev.quote.strip(), [ev]
            self.version += 1
            base = next((b for b in self.goods if b.name and not goods_names.is_size(b.key)
                         and not goods_names.opens_with_size(b.name)), None)
            if goods_names.is_size(g.key) and base is not None:
                # the "60cm" of the "floating wall shelves": those goods in that size
                g.name, g.evidence = f"{base.name} {g.name}", [*base.evidence, ev]

    def sizes(self) -> tuple[str, ...]:
        return self._sizes

    def of_size(self, size: str) -> str | None:
        """The key of the one goods whose name has the size `size` (a goods_names size key)."""
        found = [g.key for g in self.goods if g.key and g.name and not goods_names.is_size(g.key)
                 and goods_names.size_key(g.name.lower()) == size]
        return found[0] if len(found) == 1 else None

    def said_as(self, g: _Goods) -> list[str]:
        """The ways a chat names goods `g` again: its name, its key, a word of its key no other
        goods has, and that word's plural."""
        stamp = self.version
        cached = self._said.get(id(g))
        if cached is not None and cached[0] == stamp:
            return cached[1]
        out = [w for w in (g.name.lower(), g.key) if w]
        if g.key and _HAN_NAME.fullmatch(g.key) and len(g.key) >= 4:
            # "浴袍" is the "华夫格浴袍" quoted before, when no other goods ends so
            tail = g.key[-2:]
            if not any(o is not g and o.key and o.key.endswith(tail) for o in self.goods):
                out.append(tail)
            elif not any(o is not g and o.key and o.key.startswith(g.key[:2]) for o in self.goods):
                # "直角0.83，旋转0.95": goods of one kind, "直角扣件" and "旋转扣件", told apart by
                # their first two characters
                out.append(g.key[:2])
        if g.key and (dated := _YEAR_THEN_HAN.fullmatch(g.key)) is not None \
                and not any(o is not g and o.key and o.key.endswith(dated.group(1)) for o in self.goods):
            out.append(dated.group(1))  # "台历" is the "2027台历" counted, when no other goods ends so
        if g.key and not g.key.isascii() and (sized := _HAN_THEN_SIZE.fullmatch(g.key)) is not None:
            # "斜口" and "斜口鉗" are the "斜口鉗6吋" quoted before, when no other goods opens so
            base = sized.group(1)
            for short in (base, base[:2]):
                if len(short) >= 2 and not any(o is not g and o.key and o.key.startswith(short) for o in self.goods):
                    out.append(short)
        if g.key and not g.key.isascii() and (sized := _SIZE_THEN_HAN.fullmatch(g.key)) is not None:
            # "深盘" is the "8寸深盘" quoted before, when no other goods ends so
            base = sized.group(1)
            if len(base) >= 2 and not any(o is not g and o.key and o.key.endswith(base) for o in self.goods):
                out.append(base)
        if g.key and not g.key.isascii() and (code := goods_names.code_before_han(g.key)) is not None \
                and not any(o is not g and o.key and o.key.startswith(code) for o in self.goods):
            out.append(code)  # "30205 USD 1.05" names the "30205 圓錐滾子軸承" asked for
        if g.key and g.key.isascii():
            others = {w for o in self.goods if o is not g and o.key for w in o.key.split()}
            for w in g.key.split():
                if len(w) >= 3 and w.isalpha() and w not in others:
                    out += [w, w + "s", w + "es"]
                elif len(w) == 2 and w.isalpha() and w not in others and g.name.startswith(w.upper() + " "):
                    out.append(w)  # "PP 0.27/支" names the "PP cartridge" (an acronym heading its name)
                elif ("-" in w or w[0].isdigit()) and w == goods_names.model_code(g.key) and w not in others:
                    out.append(w)  # "the SC35-10 ten thousand" names the "SC35-10 copper tube lug"
                    tail = w.rsplit("-", 1)[-1]
                    if w[0].isdigit():  # a bearing's series, "6204" of "6204-2rs"
                        tail = re.match(r"\d+", w).group(0)
                    if (3 <= len(tail) <= 5 and tail.isdigit() or len(tail) >= 4 and tail[0].isalpha()
                            and tail[-1].isdigit()) and not any(o is not g and o.key and tail in o.key
                                                                for o in self.goods):
                        out.append(tail)  # "1102 x 300 sets" after "CT-1102 USD 62/set", "SR501" of "HC-SR501"
        self._said[id(g)] = (stamp, out)
        return out

    def aliases(self) -> tuple[dict[str, set[int]], tuple[int, ...], frozenset[str]]:
        """Every way the chat names its goods again, with the goods each names; their lengths
        (longest first); and the words the Latin ones end in."""
        if self._aliases[0] != self.version:
            owners: dict[str, set[int]] = {}
            for i, g in enumerate(self.goods):
                for w in self.said_as(g) if g.key else ():
                    owners.setdefault(w, set()).add(i)
            lengths = tuple(sorted({len(w) for w in owners}, reverse=True))
            # (a message's words are runs of letters: "bc-s" is looked for as "bc")
            self._aliases = (self.version, (owners, lengths, frozenset(
                last if last.isalpha() else next(iter(_LATIN_WORD.findall(last)), "")
                for w in owners if w.isascii() for last in (w.rsplit(" ", 1)[-1],))))
        return self._aliases[1]


class RulesExtractor:
    """Regex-and-cue extraction; leaves a term MISSING or CONFLICTING rather than guess."""

    name = "rules"

    def extract(self, transcript: Transcript) -> TradeTerms:
        states = {f: FieldState(rules=f == "incoterm", durations=f == "lead_time") for f in NEGOTIATED}
        catalogue = _Catalogue()
        last_turn: dict[Role, int] = {}
        transit: tuple[tuple, list[Evidence]] | None = None
        containers: list[Containers] = []
        container_quotes: list[Evidence] = []  # "两个40HQ": the count is in this quote
        courier: str | None = None
        fees: list[tuple[tuple[str, bool], Evidence]] = []
        context = _ChatContext()
        previous: Message | None = None  # the parties' message before this one
        holds: set[str] = set()  # fields agreed only by being stated back to the side that asked
        asked: tuple[Role, int, str] | None = None  # the price of one goods asked: (by, where, its key)
        lead_asked: tuple[Role, int] | None = None  # the lead time asked about: (by, where)
        journey_asked: tuple[Role, int] | None = None  # how long the goods travel asked about: (by, where)
        options_seen = False  # whether prices were ever offered as options (see _option_chosen)
        folded_texts: dict[int, str] = {}  # messages' folded lower-case text, as _option_chosen reads them
        rule_state = states["incoterm"]
        lots: list[Decimal] = []  # the amounts of prices said per hundred or thousand pieces
        colleagues: set[str] = set()  # the names of the buyer's colleagues it brought in ("my colleague Jun")
        lengths_said: set[Decimal] = set()  # lengths written as a spec beside a count in another unit
        one_ordered: bool | None = False  # one machine ordered so far (None: several were): see MessageView.one_ordered
        for index, message in enumerate(transcript.messages):
            role, text = message.role, message.text
            if role == Role.BUYER and ("colleague" in text or "同事" in text):
                colleagues.update((m.group(1) or m.group(2)).lower() for m in _COLLEAGUE_NAMED.finditer(text))
            if role == Role.OTHER and (side := _side_named(message)) is not None:
                role = side  # "Grace (buyer's procurement head)", "Cindy (seller's merchandiser)", "我是跟单小刘"
            if role not in _PARTIES:
                if role == Role.OTHER and colleagues and _buyers_colleague(message, colleagues):
                    role = Role.BUYER  # "Hi, Jun here. we can do 30% TT deposit" after "my colleague Jun will handle the payment"
                elif role == Role.OTHER and _FORWARDER_VOICE.search(text):
                    _forwarder_mode(MessageView.of(index, role, text), states)  # "we plan 1x20GP ex Tianjin"
                    continue
                elif role != Role.OTHER or not _SELLER_VOICE.search(text) or _NOT_SELLERS_VOICE.search(text):
                    continue
                else:
                    role = Role.SELLER  # "我是陈经理。您这台我们可以做到USD 8,600": the seller's manager
            if not text.strip():
                continue
            earlier, previous = previous, message
            plain = _plain(text)
            if ("?" in text or "？" in text) and _may_ask_lead(text) and _LEAD_ASKED.search(text):  # (cheap tests first)
                # (not "how long is the shipping?": the journey asked about)
                lead_asked = None if _JOURNEY_ASKED.search(text) else (role, index)
                journey_asked = (role, index) if lead_asked is None and _TRANSIT_ASKED.search(_asked_clause(text)) else None
            view = None
            if catalogue.several() and (_DROP_WORDS.search(lowered := plain[0] if plain else text.lower())
                                        or ("only" in lowered or "要" in lowered) and _only_list_said(lowered) is not None):
                # "remove tie rods from order": read before the fast path for quiet lines, which
                # such lines often are
                view = MessageView.of(index, role, text, plain)
                _drop_goods(view, catalogue)
            if catalogue.priced_at == index - 1 or _asked_just_before(rule_state, role, index):
                # (the message before offered a price, or asked for another rule)
                _put_off(states, role, index, plain[0] if plain is not None else None, text)
            if catalogue.priced_at >= 0 and ("pric" in text or "价" in text or "價" in text):
                _price_weighed(states, role, plain[0] if plain is not None else fold_traditional(text).lower())
            if 1 < len(catalogue.goods) <= _ASKED_AMONG and _may_ask_price(text, plain):
                folded = plain[0] if plain is not None else fold_traditional(text).lower()
                if _PRICE_ASKED.search(folded):
                    asked = _price_asked_of(folded, catalogue, role, index) or asked
            if plain is not None and _quiet(*plain):
                if holds:
                    holds = _asker_replied(states, holds, role, text, accepted=False)
                last_turn[role] = index
                if context.lead_asked_by is not None or "?" in text or "how" in text or "when" in text \
                        or "lead" in text:
                    context.spoke(role, plain[0])  # "When will they be ready?", "lead time pls" are quiet
                continue
            if plain is None and (han := _quiet_han(text)) is not None:
                if holds:
                    holds = _asker_replied(states, holds, role, text, accepted=False)
                last_turn[role] = index
                context.spoke(role, han)  # "交货要多久呢" is quiet
                continue
            view = view or MessageView.of(index, role, text, plain)
            if one_ordered is not None and ("set" in view.low or "unit" in view.low or "台" in view.low
                                            or "套" in view.low or "machine" in view.low or "line" in view.low
                                            or "1 " in view.low or "部" in view.low):
                if _SEVERAL_MACHINES.search(view.low):
                    one_ordered = None  # several machines ordered (or asked about): no longer one
                elif one_ordered is False and _ONE_MACHINE.search(view.low):
                    one_ordered = True
            view.one_ordered = catalogue.one_machine = bool(one_ordered)
            view.counted_before = bool(context.counted)
            view.area_counted_before = context.area_counted
            if injection(view.low, view.words):
                # (the whole message: terms written before the attack may be part of it, hidden in
                # the same "<!-- ... -->" from the other party)
                log.info("message %d addresses a machine; not read for terms", index)
                continue
            if not view.ascii or "-" in view.low and _DIGIT.search(view.low):
                catalogue.note_models(view.low)
            if len(catalogue.goods) == 1:  # (see _same_goods_recounted; none once a second goods is named)
                catalogue.heard |= catalogue.words_before
                catalogue.words_before = view.words
            if not _small_talk(view):
                for family in FAMILIES:
                    family(view)
                if " but " in view.low and len(view.mentions) > 1 and not view.words.isdisjoint(_HABIT_WORDS):
                    _drop_habits(view)  # "We usually do 30/70 but ok, 20/80 for you"
                if lots or any(m.field == goods.LOT_PRICE for m in view.mentions):
                    _lot_reprices(view, states)
                    _lot_counters(view, lots, states)  # "USD 6.50 per 1000pcs" - "6.20?" - "6.30 ok"
                if view.mentions and (sums := _sums_on_table(states["split"])) and _PAYS_IN.search(view.low):
                    # "a deposit of USD 500" - "ok, I send the USD 500 today": the deposit, no price
                    # (not "USD 500 for the bike and we order": a counter of the price)
                    view.mentions = [m for m in view.mentions if not (
                        m.field == goods.PRICE and m.value[0] in sums and (len(m.value) < 4 or m.value[3] is None)
                        and not _EACH_AFTER.match(view.low, m.end))]
                if catalogue.goods[0].key is not None or catalogue.noted():
                    # "bump it up to 2600 loops", "metal yo-yo (Y-201) ... 5000 yo-yos"
                    goods_names.counts_of_named(view, catalogue.keys(), catalogue.noted())
                    goods_names.counts_of_sizes(view, catalogue.keys())  # "we take M 500pcs"
                    if catalogue.several() and _DIGIT.search(view.low):
                        _figures_of_named(view, states, catalogue)  # "tweezers 0.46", "Safes 180"
                if catalogue.several() and _FIGURE_LIST.search(view.low):
                    _respective_figures(view, states, catalogue)  # "16.5、18.2、20.9" for three goods; "qty 800/400"
                if "/" in text and (states["split"].agreed or states["split"].pending):
                    payment.bare_split(view)  # "can you do 50/50?" with a split on the table
                if lead_asked is not None and lead_asked[0] != role and lead_asked[1] == index - 1 \
                        and _WEEKS_HINT.search(view.low) and not lead_time.other_time_asked(earlier.text):
                    lead_time.opening_days(view)  # "交期多久？" - "14天，海運到基隆約3天"
                if (_lead_talked(states["lead_time"]) and _DAYS_HINT.search(view.low) or lead_asked is not None
                        and lead_asked[0] != role and index - lead_asked[1] <= 2 and _WEEKS_HINT.search(view.low)) \
                        and not (journey_asked is not None and journey_asked[0] != role and journey_asked[1] == index - 1):
                    # (not the answer to "how long is the rail transit?": "Xi'an to Duisburg about 16-18 days")
                    # (weeks only as the answer to the question: "production?" - "五周"; not "I hold
                    # the price for 1 week" while a lead time is on the table)
                    # "40 days is long... 35?" - "38 days ok"; "lead?" - "around 30 days"
                    lead_time.bare_days(view)
                    if transit is not None:
                        _drop_door_to_door(view, states["lead_time"], transit[0])
                if any(w in view.low for w in payment.DEPOSIT_HINTS) and (fixed := _fixed_on_table(states["split"])) is not None:
                    payment.bare_fixed(view, fixed)  # "pls pay USD 2000 deposit" - "can I pay 1500 deposit?"
                if "%" in text and _split_just_said(states["split"], view) and not (
                        _in_parts_just_said(states["split"], view) and not any(w in view.low for w in payment.DEPOSIT_HINTS)):
                    # (not a share of a split paid in three parts or more, no deposit named: "can the last
                    # part be 15%?" - "sorry 10% is our standard")
                    payment.bare_share(view)  # "20% deposit, 80% against B/L" - "we need 30% dear"
                if _DIGIT.search(view.low) and any(n.startswith(_PRICE_AT) for n in states):
                    if view.mentions:
                        _far_whole_prices(view, states)  # "BF-3 make it 1500" against USD 4.20: a count
                    if role == Role.BUYER and ("if" in view.words or "的话" in view.low or "的話" in view.low):
                        _conditional_counter(view, states)  # "if you can do 8,200 we order today"
                    if "." in view.low and any(m.field == goods.PRICE and m.end - m.start > 4 for m in view.mentions):
                        _dotted_thousands(view, states)  # "21.600 € is within budget" after EUR 21,600
                    _bare_counters(view, states)  # "11 ok?" against USD 11.80, "I can do 6,250"
                    if lots:
                        _lot_counters(view, lots, states)  # "每百条85元" - "82吧": the lot's price too
                    if ("can" in view.low or "possible" in view.low or "做不" in view.low or "不行" in view.low
                            or "won" in view.low or "will not" in view.low or "不能接受" in view.low) \
                            and _REFUSAL_WORD.search(view.low):
                        _drop_refused_prices(view)
                schemes.settle(view)
                context.read(view, states)
                for offer in context.taken_up:  # their conditional offer, now on the table
                    holds.update(n for n in _offer(offer, states, catalogue, False) if states[n].answered)
            else:
                context.spoke(role, view.low)
            if options_seen and (cue := _CHOICE_CUE.search(view.low)) is not None \
                    and not _NOT_CHOSEN.search(view.low, *view.sentence_at(cue.start())):
                _option_chosen(view, states, transcript, folded_texts)  # "beech please, 300 sets", "要钛镀层的"
            accepted = acceptance(view)
            if accepted is not None and earlier is not None and earlier.role != role \
                    and defers(earlier.text.lower(), talk_too=False):
                accepted = None  # "Let me ask my boss, will reply tmr" - "ok thx": waiting is no yes
            if holds:
                holds = _asker_replied(states, holds, role, view.low, accepted=accepted is not None,
                                       countered=_countered(view, states, holds, catalogue))
            if context.coloured is not None:
                # "silver 800个, black 700个, same price?" - "yes 同价": the colours are one line
                said, parts = context.coloured
                if index - said.index > 2:
                    context.coloured = None
                elif _COLOURS_ONE_PRICE.search(view.low) or (
                        # "黑色和棕色各300雙" - "AB-26 每雙16.8美金": one price, no colour named, from the other side
                        view.role != said.role and sum(1 for m in view.mentions if m.field == goods.PRICE) == 1
                        and "各" in said.low and not goods.COLOUR_ONLY.search(view.low)):
                    summed = Mention(goods.QUANTITY, parts.value, parts.start, parts.end, STATEMENT, parts.item)
                    if said is view:
                        view.mentions.append(summed)
                    else:
                        taken = copy.copy(said)
                        taken.mentions = [summed]
                        _offer(taken, states, catalogue, False)
                    context.coloured = None
            if asked is not None and asked[0] != role and index - asked[1] <= 2 and view.mentions:
                for m in view.mentions:  # "机油滤芯按个算多少" - "一个8块": the price of the goods asked about
                    if m.field == goods.PRICE and m.item is None and m.size is None:
                        m.item = asked[2]
                asked = None
            if not view.mentions and (bare := _BARE_COUNT_REPLY.fullmatch(view.low)) is not None:
                _count_said_back(view, states, catalogue, bare)  # "sorry, only 800 pcs this time" - "800"
            if view.mentions and (lengths_said or "m" in view.low or "米" in view.low):
                _spec_lengths(view, lengths_said)  # "12m, 150 MT" - "loading in 40GP, 12m fits"
            touched = _offer(view, states, catalogue, accepted is not None) if view.mentions else set()
            if not options_seen and touched:
                options_seen = any(states[n].options for n in touched if n.startswith(_PRICE_AT))
            for name in touched:  # the values agreed only by being stated back to their asker
                if states[name].answered is not None:
                    holds.add(name)
                else:
                    holds.discard(name)
            if touched or view.mentions:
                for m in view.mentions:
                    if m.field == lead_time.TRANSIT:
                        transit = (m.value, [view.evidence(m.start, m.end)])
                    elif m.field == goods.FEE_CURRENCY:
                        fees.append((m.value, view.evidence(m.start, m.end)))
                found = [m for m in view.mentions if m.field == logistics.CONTAINERS]
                if found:
                    containers = [Containers(type=m.value[0], count=m.value[1]) for m in found]
                    container_quotes = [view.evidence(m.start, m.end) for m in found]
                if logistics.FIELD in touched:
                    courier = logistics.courier_in(view.low) or courier
            if accepted is not None:
                evidence, whole = accepted
                refused = rejected_fields(view)
                only = accepted_only(view)  # "payment ok": that term's yes, no other's
                if only is None and earlier is not None and earlier.role not in (role, Role.OTHER) \
                        and (yes := _YES_OPENING.match(view.low)) and (asked_of := _fields_asked(earlier.text)) \
                        and touched & set(asked_of) and not _YES_BEYOND.search(view.low, yes.end()) \
                        and not any(m.field == goods.PRICE for m in view.mentions):
                    # "付款还是三七吗" - "对，30%定金，70%发货前付清": a yes that says back the terms
                    # asked about, and no other yes, answers the question (not "yes, all fine")
                    only = asked_of
                since = None if whole else last_turn.get(message.role)
                figures = _loose_figures(view) if _DIGIT.search(view.low) else ()
                for name, state in states.items():
                    if state.answered is None and len(state.pending) != 1:
                        continue  # nothing on the table for an ok to take (FieldState.accept)
                    if (name not in touched and name.partition("@")[0] not in refused
                            and "*" not in refused and (only is None or name.partition("@")[0] in only)
                            and not (figures and name.startswith(_PRICE_AT) and _another_price(state, figures))):
                        state.accept(message.role, since, evidence)
                holds = {n for n in holds if states[n].answered is not None}
            last_turn[message.role] = index
        _counters_put_off(states, transcript)
        _rule_of_the_price_taken(states)
        _prices_of_the_rules_left_open(states)
        terms = _build(states, catalogue, transit, (containers, container_quotes), courier, transcript)
        if terms.currency.code is None and terms.currency.status == TermStatus.MISSING:
            terms.currency = _fee_currency(fees) or terms.currency
        return terms


# a yes opening an answer, and the terms a question right before it asks about (no price among
# them): "付款还是三七吗" - "对，30%定金，70%发货前付清" takes up no price left open
_YES_OPENING = re.compile(r"\s*(?:对(?!不起|吧)|對(?!不起|吧)|是的|係|yes|yep|correct|right)(?![a-z])")
# what makes such a yes one of all on the table: another yes, a close of the deal, a word of all
_YES_BEYOND = re.compile(r"\b(?:ok|okay|fine|deal|agreed?|accepted?|confirm\w*|both|all|everything|sure|no problem|"
                         r"arrange|start|proceed|go ahead|order|pi|po|deposit today)\b|都|全部|可以|行|没问题|沒問題|成交|"
                         r"确认|確認|安排|生产|生產|下单|下單|好的|好")
_ASKED_OF = ((re.compile(r"付款|付|payment|pay\b|deposit|定金|订金|訂金|三七|五五|t/?t|l/?c"), ("split", "method")),
             (re.compile(r"交期|货期|貨期|lead|production time|多久"), ("lead_time",)),
             (re.compile(r"\b(?:fob|cif|cfr|exw|ddp|dap|fca)\b|离岸|到岸|出厂"), ("incoterm",)),
             (re.compile(r"\bship|\bair\b|\bsea\b|express|courier|\brail|truck|\blcl\b|\bfcl\b|空运|空運|海运|海運|快递|快遞|"
                         r"铁路|鐵路"), ("mode",)))
_BL_ASKED = re.compile(r"\bb/?l\b|提单|提單")
_PRICE_ASKED_OF = re.compile(r"pric|价|價|\d\.\d|usd|\$|美金|元")


def _fields_asked(question: str) -> tuple[str, ...]:
    low = question.lower().strip()
    if not (low.endswith(("?", "？", "吗", "嗎", "呢")) or "吗" in low[-3:]) or _PRICE_ASKED_OF.search(low):
        return ()
    asked = tuple(f for pattern, fields in _ASKED_OF if pattern.search(low) for f in fields)
    return asked + ("mode",) if asked and _BL_ASKED.search(low) else asked  # ("rest against BL copy?")


# choosing one of the options offered: "beech please", "we take the pine one"
_CHOICE_CUE = re.compile(r"\b(?:please|pls|plz|take|go with|choose|prefer|we'?ll have)\b|要[^，。,]{1,8}的|选|選|就要")
_NOT_CHOSEN = re.compile(r"\b(?:not|no|too|don'?t|instead of|rather than)\b|\?|？|不要|太|吗|嗎")
_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_LABEL_WORD = re.compile(r"[a-z]{4,}")
_CHOICE_STOP = frozenset({"with", "from", "price", "model", "type", "only", "each", "unit", "sets", "pieces"})


def _option_chosen(view: MessageView, states: dict[str, FieldState], transcript: Transcript,
                   folded: dict[int, str]) -> None:
    """"New Zealand pine USD 78/set\nsolid beech USD 86/set" - "beech please, natural finish, 300
    sets": the buyer names the label of one priced option, on its line before the price, and no
    other; that option's price is taken."""
    for name, state in states.items():
        if not (name.startswith(_PRICE_AT) and state.options and state.agreed is None and 1 < len(state.pending) <= 4):
            continue
        if any(c.role == view.role or not c.evidence for c in state.pending):
            continue
        rules = {c.value[2] for c in state.pending if len(c.value) > 2}
        if None not in rules and len(rules) == len(state.pending) \
                and any(m.field == "incoterm" for m in view.mentions):
            continue  # "USD 3.15/kit EXW or USD 3.30/kit FOB Shenzhen" - "FOB Shenzhen pls": the rule chooses
        labels = []
        ends = {}  # where the option before each, in the same message, ends
        for c in sorted(state.pending, key=lambda c: (c.evidence[0].message_index, c.evidence[0].start)):
            ev = c.evidence[0]
            text = folded.get(ev.message_index)
            if text is None:
                text = folded[ev.message_index] = fold_traditional(transcript.messages[ev.message_index].text).lower()
            start = max(text.rfind("\n", 0, ev.start) + 1, ends.get(ev.message_index, 0))
            ends[ev.message_index] = ev.end
            label = text[start:ev.start]
            labels.append((c, set(_LABEL_WORD.findall(label)) | ({label[i:i + 2] for i in range(len(label) - 1)
                                                                  if _HAN_PAIR.fullmatch(label, i, i + 2)}
                                                                 if not label.isascii() else set())))
        shared = set.intersection(*(words for _, words in labels))
        mine = set(view.words) | ({view.low[i:i + 2] for i in range(len(view.low) - 1)
                                   if _HAN_PAIR.fullmatch(view.low, i, i + 2)} if not view.ascii else set())
        said = [(c, (words - shared - _CHOICE_STOP) & mine) for c, words in labels]
        said = [(c, words) for c, words in said if words]
        if len(said) == 1:
            chosen, words = said[0]
            found = sorted((at, w) for w in words if (at := view.low.find(w)) >= 0)
            if not found:
                continue  # (a number word the view wrote as a figure: "five layer please")
            at, word = found[0]
            state.pending, state.options = [chosen], False
            state.accept(view.role, None, view.evidence(at, at + len(word)))



def _counters_put_off(states: dict[str, FieldState], transcript: Transcript) -> None:
    """"0.60 impossible. Best I can do is 0.65" - "hmm let me check with my boss and come back to
    u tomorow", and no word on the price since: a counter-offer still open (also against a price
    agreed before: "about price, 8.6 and we close?" - "我跟老板申请一下, wait"); but not a first
    quote the seller held ("4.3做不了，4.6已经是最低价了")."""
    for name, state in states.items():
        if name.startswith(_PRICE_AT) and len(state.pending) == 1 \
                and not state.options and (state.superseded or state.agreed is not None
                                           and not _NEXT_ORDER.search(transcript.messages[state.pending[0].index].text.lower())) \
                and state.put_off_by is not None \
                and state.put_off_by != state.pending[0].role \
                and not any(c.role == state.pending[0].role and c.value[0] == state.pending[0].value[0]
                            for c in state.superseded):
            state.leave_open()


# a message that sends or pays money: "I send the USD 500 today by T/T"
_PAYS_IN = re.compile(r"\b(?:send|sent|sending|pay|paid|paying|transfer\w*|remit\w*|wire[ds]?)\b|\bdeposit\b|付|汇|匯|转账|轉賬|定金|订金|訂金")
_EACH_AFTER = re.compile(r"\s*(?:each|per\b|/|a piece|a pc|a unit|一|每)")  # "I pay USD 500 each": a price
# a counter for a later order: "For the next order of 5000 m2, can you do 16.90?"
_NEXT_ORDER = re.compile(r"\bnext (?:order|time|shipment|container|batch|season|year)\b|\bfuture orders?\b|下次|下一单|下一單|下批|以后的订单")


def _rule_of_the_price_taken(states: dict[str, FieldState]) -> None:
    """"USD 6.90/pc EXW Shenzhen. or with DHL to your door, DDU Miami USD 8.80/pc" - "ok lets do
    the 8.80 to Miami": taking, by its figure, the price quoted on one of the rules offered (after
    they were offered) takes that rule."""
    inc = states["incoterm"]
    if inc.agreed is not None or not inc.options or len(inc.pending) < 2:
        return
    taken = [st.agreed for n, st in states.items() if n.startswith(_PRICE_AT) and st.agreed is not None
             and len(st.agreed.value) > 2 and st.agreed.value[2] is not None]
    if len({str(c.value[2]) for c in taken}) != 1:
        return
    said = taken[0].evidence[-1]  # the figure said back by the side that took it
    if not _DIGIT.search(said.quote) or said.message_index <= max(c.index for c in inc.pending):
        return
    matching = [c for c in inc.pending if str(getattr(c.value[0], "value", c.value[0])) == str(taken[0].value[2])]
    if len(matching) == 1:
        taker = Role.BUYER if matching[0].role == Role.SELLER else Role.SELLER
        inc.pending, inc.options = matching, False
        inc.accept(taker, None, said)


def _prices_of_the_rules_left_open(states: dict[str, FieldState]) -> None:
    """"FOB Ningbo USD 13.90/pc" - "can you do CIF Los Angeles?" - "CIF LA would be 15.60/pc" -
    "I'll revert on the shipping term": with the rules left to choose from, the prices quoted on
    them are too (the one said last is no more agreed than its rule)."""
    inc = states["incoterm"]
    if inc.agreed is not None or len(inc.pending) < 2:
        return
    # (where each rule on the table was said: message and offset)
    said = [(ev.message_index, ev.start, str(getattr(c.value[0], "value", c.value[0]))) for c in inc.pending for ev in c.evidence]
    open_rules = {rule for *_, rule in said}

    def rule_of(c: Candidate) -> str | None:
        if len(c.value) > 2 and c.value[2] is not None:
            return str(c.value[2])
        # a price with no rule of its own: the rule said last before it in its message ("CIF LA would be 15.60/pc")
        at = next((ev.start for ev in reversed(c.evidence) if ev.message_index == c.index), None)
        before = [(start, rule) for i, start, rule in said if i == c.index and at is not None and start < at]
        return max(before)[1] if before else None

    for name, st in states.items():
        if not name.startswith(_PRICE_AT) or not (table := st.on_table()):
            continue
        by_rule: dict[str, Candidate] = {}
        for c in (*st.superseded, *table):  # (the later a price is said, the later it comes)
            if (rule := rule_of(c)) in open_rules:
                by_rule[rule] = c
        taken = st.agreed is not None and _DIGIT.search(st.agreed.evidence[-1].quote) is not None \
            and st.agreed.evidence[-1].message_index > max(i for i, *_ in said)
        if len(by_rule) > 1 and rule_of(table[0]) in by_rule and not taken:
            # (not a price taken by its figure once the rules were offered: "15.60 ok")
            st.reopen(list(by_rule.values()), table[0].role)


def _forwarder_mode(view: MessageView, states: dict[str, FieldState]) -> None:
    """How the forwarder the parties brought in plans to ship ("We plan 1x20GP ex Tianjin",
    "Client wants air freight to Nairobi"): the mode put on the table for them to take up."""
    if injection(view.low, view.words):
        return  # (a message that addresses a machine is never read for terms)
    logistics.find(view)
    said = sorted((m for m in view.mentions if m.field == logistics.FIELD and m.kind == STATEMENT
                   and not view.excluded(m.start)), key=lambda m: m.start)
    values = list(dict.fromkeys(m.value for m in said))
    if not values:
        return
    # ("这票走拼箱，上海到蒙巴萨海运大概28天": LCL and sea are one way, the more precise kept)
    values = [v for v in values if not any(w != v and compatible(w, v) and merge(w, v) == w for w in values)]
    if (table := states[logistics.FIELD].on_table()) and (
            len(table) > 1 or len(values) > 1 or states[logistics.FIELD].agreed is not None
            or not compatible(table[0].value, values[0])):
        # (what the parties said stands: the forwarder only fills a gap, or says "LCL" of a "sea"
        # still only offered, never changes what they agreed)
        return
    # (two ways offered, "air freight ... or sea LCL ...", are a choice for the parties)
    groups = [Candidate(v, Role.OTHER, view.index, STATEMENT,
                        [view.evidence(m.start, m.end) for m in said if m.value == v][:1]) for v in values]
    states[logistics.FIELD].offer(groups, Role.OTHER, False, alternatives=len({v[0] for v in values}) > 1)


def _asked_just_before(state: FieldState, role: Role, index: int) -> bool:
    """The other side's message just before countered the rule on the table with another."""
    return len(state.pending) == 1 and state.pending[0].index == index - 1 and state.pending[0].role != role \
        and bool(state.superseded)


def _put_off(states: dict[str, FieldState], role: Role, index: int, low: str | None, text: str) -> None:
    """"15.80 and we confirm today" - "let me check with boss tomorrow": the other side's counter
    just made is put off, and this side's later "ok" (to the payment, say) takes up no price
    until it answers; nor does it take up a rule just asked for ("we prefer CFR Durban, can you
    arrange?" - "let me check freight with our shipping agent, will revert tomorrow")."""
    countered = [st for n, st in states.items() if n.startswith(_PRICE_AT)
                 and len(st.pending) == 1 and st.pending[0].role != role and st.pending[0].index == index - 1
                 and (st.agreed is None or st.agreed.role == role)]
    if _asked_just_before(states["incoterm"], role, index):
        countered.append(states["incoterm"])
    if countered:
        low = low if low is not None else fold_traditional(text).lower()
        if _DEFER_HINT.search(low) and defers(low) and not _PRICE_TAKEN.search(low):
            for state in countered:
                state.put_off_by = role


# The price named as what is still being weighed: "price let me check with my manager",
# "价格我再考虑一下，明天回你" (the clause from the word on, up to the sentence's end)
_PRICE_WEIGHED = re.compile(r"\bprice\b[^.!?。！？\n]*|价格[^.!?。！？\n]*|价钱[^.!?。！？\n]*")
# waiting for the other side's word on the price: "waiting your answer on price", "waiting your
# price confirm", "等你价格确认"
_PRICE_AWAITED = re.compile(r"\bwaiting (?:for )?(?:your |the )?(?:answer|reply|feedback|confirm\w*|decision|word)s? "
                            r"(?:on|about|for|of) (?:the |your )?(?:new |final )?price|"
                            r"\bwaiting (?:for )?your (?:final |new )?price (?:confirm\w*|answer|reply)|"
                            r"等(?:你|您)的?(?:价格|价钱)(?:确认|回复)|价格等(?:你|您)(?:确认|回复)|"
                            # "any news on the price?", "价格今天能定吗？"
                            r"\bany (?:news|update|answer) on (?:the |my )?price|价格(?:今天|现在|什么时候)?能(?:定|确定)(?:了)?吗|"
                            r"价格(?:怎么样|如何)了")
_YES_IN_CLAUSE = re.compile(r"\b(?:ok|okay|fine|good|agreed?|accepted?)\b|可以|没问题|行|好的")


def _price_weighed(states: dict[str, FieldState], role: Role, low: str) -> None:
    """"too high, can you do 16?" - "17.20 is last price" - "price let me check with my manager,
    will come back tmr": after a price was bargained over, the side that puts the price itself
    off leaves the other side's last figure an open counter-offer, not a price to write in."""
    if ("wait" in low or "any " in low or not low.isascii()) and _PRICE_AWAITED.search(low):
        # "Payment ok. Still waiting your answer on price": whatever an "ok" took, the price of a
        # bargain is still open
        for name, state in states.items():
            if name.startswith(_PRICE_AT) and state.superseded and (state.agreed or state.pending):
                state.leave_open()
        return
    if not defers(low):
        return  # (a clause that puts the price off is a message that puts something off)
    clauses = [m.group(0) for m in _PRICE_WEIGHED.finditer(low)]
    if not any(defers(c) and not _YES_IN_CLAUSE.search(c) for c in clauses):
        return
    for name, state in states.items():
        if not name.startswith(_PRICE_AT):
            continue
        if state.agreed is None and len(state.pending) == 1 and not state.options \
                and state.pending[0].role != role and state.superseded \
                or state.agreed is not None and not state.pending and state.agreed.role != role \
                and any(c.role == role for c in state.superseded):
            # (or agreed by a yes to something else: "52 impossible, 55 is my last price" - "ok that
            # works. lead time?" - "on price i need to talk to my director first")
            state.leave_open()


def _asker_replied(states: dict[str, FieldState], holds: set[str], role: Role, text: str,
                   accepted: bool, countered: frozenset[str] = frozenset()) -> set[str]:
    """`role` speaks (`text`) after getting back values it asked for: its reply settles them,
    puts them off or counters them (see FieldState.asker_replied). The names of the values
    still waiting."""
    mine = [n for n in holds if states[n].answered is not None and states[n].answered[0] == role]
    if mine:
        deferred = not accepted and defers(text.lower())
        for name in mine:
            states[name].asker_replied(deferred, name in countered)
    return {n for n in holds if states[n].answered is not None}


def _countered(view: MessageView, states: dict[str, FieldState], holds: set[str],
               catalogue: _Catalogue) -> frozenset[str]:
    """The values held for their asker that this message states or proposes otherwise."""
    out = set()
    for m in view.mentions:
        if m.kind not in (STATEMENT, PROPOSAL):
            continue
        if m.field in _PER_ITEM:
            if m.item is None and catalogue.several():
                continue
            i = catalogue.find(m.item)
            name = f"{m.field}@{i}" if i is not None else None
        else:
            name = m.field
        state = states.get(name) if name in holds else None
        if state is not None and state.agreed is not None and not compatible(state.agreed.value, m.value):
            out.add(name)
    return frozenset(out)


_NEEDLES = (incoterms.TRIGGERS + payment.SPLIT_TRIGGERS + payment.FIXED_TRIGGERS + payment.METHOD_TRIGGERS
            + lead_time.TRIGGERS + goods.PRICE_TRIGGERS
            + tuple(k for *_, keywords in logistics.MODES for k in keywords) + logistics.DOCUMENT_WORDS)
_ANY_FAMILY_WORD = frozenset(n for n in _NEEDLES if n.isalpha() and n.isascii())
_CHINESE_NEEDLES = frozenset(n for n in _NEEDLES if not n.isascii())


def _longest_first(needles: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, needles), key=lambda n: (-len(n), n))))


_ANY_CHINESE_KEYWORD = _longest_first(_CHINESE_NEEDLES)
# What an ASCII message without any family keyword must still contain to hold a term.
_TERM_SIGNS = re.compile(r"[\d%$€£¥/&+]")
_DIGIT = re.compile(r"\d")


def _term_chars(low: str) -> bool:
    return _TERM_SIGNS.search(low) is not None or "f.o.b" in low or "c.i.f" in low


# An ASCII line with no number word, no family keyword and no digit or term sign, that is no
# attack and holds nothing an acceptance needs, touches no step of `extract`.
_NO_TERM_WORDS = _ANY_FAMILY_WORD | NUMBER_WORDS
_LATIN_WORD = re.compile("[a-z]+")


def _plain(text: str) -> tuple[str, frozenset[str]] | None:
    """The lower-cased text and its words when `text` is printable ASCII, which normalising
    leaves as it is (see normalize): computed once for `_quiet` and the message's view."""
    if not (text.isascii() and text.isprintable()):
        return None
    low = text.lower()
    return low, frozenset(_LATIN_WORD.findall(low))


def _quiet(low: str, words: frozenset[str]) -> bool:
    """Chat that touches no step ("please send photos"), decided before the message is prepared.

    The same tests as `injection`, `_small_talk` and `acceptance` make on a prepared message;
    for printable ASCII (`_plain`) without number words the prepared text is just the
    lower-cased one.
    """
    return (_NO_TERM_WORDS.isdisjoint(words) and not _term_chars(low)
            and not injection(low, words) and not MAY_ACCEPT.test(low, words, True)
            and not may_pay(words)  # "Payment sent.", "Already paid.": paying is a yes
            and (PRAISE_WORDS.isdisjoint(words) or praise(low, words) is None))


# What a message without Latin letters must not hold to be quiet: figures and numerals, signs
# of terms, Latin letters, and what normalising would change (controls, invisible and full-width
# forms) - a message with any of them takes the full path.
_HAN_NOT_QUIET = re.compile("[\\d%$€£¥/&+a-zA-Z零〇一二两兩三四五六七八九十百千万萬亿億半\u0000-\u001f\u007f-\u00a0\u00ad"
                            "\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\uff04-\uff06\uff0b\uff0f\uff10-\uff19"
                            "\uff21-\uff3a\uff41-\uff5a\uffe0-\uffe6]")


# the families' Chinese keywords but the units that count nothing without a figure before them
# ("明天" is no number of days, "二十天" has its numeral)
_HAN_KEYWORD = _longest_first(_CHINESE_NEEDLES - {"天", "日", "周", "星期", "个月", "尺"})


def _quiet_han(text: str) -> str | None:
    """Chinese chat that touches no step ("我们明天回复您", "在吗？"), decided before the message
    is prepared: its folded text, or None when it may hold a term, an attack or a yes. The same
    tests `_quiet` makes on Latin text, on the text folded as normalising folds it."""
    if text.isascii() or _HAN_NOT_QUIET.search(text):
        return None
    low = fold_traditional(text)
    if _HAN_KEYWORD.search(low) or injection(low, frozenset()) or may_accept_han(low):
        return None
    return low


class _ChatContext:
    """What earlier messages tell about reading this one: the dollar a bare 元 means, the counts
    asked about under a condition, whether the other side just named payment days, and whether
    it just asked how long the goods take."""

    def __init__(self) -> None:
        self.local_yuan: str | None = None
        self.hypothetical: set = set()
        self.counted: set = set()  # counts stated outright: "ok 0.045 if 10k sheets" after them is no "if"
        self.area_counted = False  # an area was counted outright: "1152 sqm = 1x20GP"
        self.days_of_payment: Role | None = None  # the role whose last message named them
        self.lead_asked_by: Role | None = None  # the role whose last message asked the lead time
        # messages that offered terms for a count under a condition ("if you take 4000 pcs I can
        # do USD 6.50 CIF Jebel Ali"), and the offers taken up by the message just read
        self.conditional_offers: list[MessageView] = []
        self.taken_up: list[MessageView] = []
        self.last_price: Decimal | None = None  # the last unit price said with its currency
        self.last_currency: str | None = None  # and the currency of the last one said with one
        self.usance = False  # an L/C at usance was spoken of
        self.yen = False  # the chat named the yen, and not the yuan: "¥" is the yen's sign
        # the one dollar other than the US dollar the chat named ("HK$420", "SGD"), and not the US
        # dollar: a bare "$" is that dollar ("" once both were named)
        self.dollar: str | None = None
        self.coloured: tuple[MessageView, Mention] | None = None  # a count in colours, one line if one price
        self.if_asked_by: Role | None = None  # the role whose last message asked a price under a condition

    def read(self, view: MessageView, states: dict[str, FieldState]) -> None:
        """Adjust `view`'s mentions by what came before, then remember what it tells."""
        if not view.ascii:
            self.local_yuan = _local_yuan(view, self.local_yuan)
            if self.last_currency not in (None, "CNY") and "块" in view.low:
                _spoken_dollars(view, self.last_price, self.last_currency)
        self.yen = _yen_sign(view, self.yen)
        if self.dollar != "" and ("$" in view.low or "us" in view.low or not view.words.isdisjoint(_DOLLAR_CODES)
                                  or not view.ascii and ("美" in view.low or "币" in view.low or "元" in view.low)):
            self.dollar = _dollar_sign(view, self.dollar)
        self.taken_up = []
        if self.if_asked_by not in (None, view.role) and len(view.low) <= 40 and not _COMMITS.search(view.low) \
                and not _YES_WORDS.search(view.low) and not any(m.field == goods.QUANTITY for m in view.mentions):
            # "and if 10000?" - "0.80", "if it were CIF Santos?" - "3.4": the price answers the
            # condition asked about, no counter of the price on the table
            view.mentions = [m for m in view.mentions if m.field not in (goods.PRICE, goods.BARE_WHOLE)]
        if any(m.field == goods.BARE_WHOLE for m in view.mentions):
            # (or any price on the table: "1.10可以吗" after "报价如下(美金)：… 三通 1.25/个")
            # (and with several goods priced, any of theirs: "7.6吧" for the 7.8 of three priced)
            priced = [st for n, st in states.items() if n.startswith(_PRICE_AT)]
            on_table = [v for st in priced for v in st.amounts()]
            if self.last_price is not None:
                on_table = [self.last_price, *on_table] if len(priced) > 1 else [self.last_price]
            _bare_whole_prices(view, on_table)
        for m in view.mentions:
            if m.field == goods.PRICE and isinstance(m.value[0], Decimal) \
                    and (m.value[1] or (len(m.value) > 3 and m.value[3])):
                self.last_price = m.value[0]  # said with its currency, or per unit ("出厂价38一筒")
                self.last_currency = m.value[1] or self.last_currency
            elif m.field == goods.QUANTITY_COLOURS:
                self.coloured = (view, m)
            elif m.field == payment.METHOD and m.value[0] == PaymentMethod.LC_USANCE:
                self.usance = True
            elif (m.field == payment.METHOD and m.value[0] == PaymentMethod.LC_SIGHT and self.usance
                  and not _AT_SIGHT.search(view.low, max(0, m.start - 12), m.end + 12)):
                # "L/C 90 days" then "we apply LC this week": the same credit, not one at sight
                m.value = (PaymentMethod.LC_USANCE, None, *m.value[2:])
        if self.hypothetical and view.mentions and _ANOTHER_COUNT_ASKED.match(view.low):
            # "如果我们订500只能做到多少" - "500只的话可以620" - "那1000只呢": one more count asked
            # about under the same condition
            asked = [m for m in view.mentions if m.field == goods.QUANTITY]
            if asked and not any(m.field == goods.PRICE for m in view.mentions):
                self.hypothetical.update(m.value[0] for m in asked)
                view.mentions = [m for m in view.mentions if m not in asked]
        # (a message of nothing but the count asked about may take its offer up: "ok deal, 5000")
        if self.hypothetical and (view.mentions or _BARE_COUNT.search(view.low)):
            said = view.mentions  # _drop_echoed_hypotheticals replaces the list, never edits it
            if _drop_echoed_hypotheticals(view, self.hypothetical):
                if len(said) > len(view.mentions):
                    # "If 340 rolls, price better?" - "340 rolls 可以 USD 5.90/roll": an offer
                    # for the count asked about, which the asker may take up
                    answer = copy.copy(view)
                    answer.variants = [(m, view.sentence_at(m.start)[0]) for m in said
                                       if m not in view.mentions]
                    self.conditional_offers.append(answer)
            else:
                # the count echoed is no bare price of its own: "ok deal 1000, 30% deposit now"
                view.mentions = [m for m in view.mentions if not (
                    m.field == goods.PRICE and m.value[0] in self.hypothetical and m.value[1] is None)]
                self.taken_up = _taken_up(view, self.conditional_offers)
        # a count the message also states outright ("we start with three thousand sets and if it
        # sells we order more ... 9.20 for the three thousand") is no hypothetical
        stated = {m.value[0] for m in view.mentions if m.field == goods.QUANTITY}
        self.hypothetical.update(m.value[0] for m, _ in view.variants
                                 if m.field == goods.QUANTITY and m.value[0] not in stated
                                 and m.value[0] not in self.counted)
        if "if" in view.words:  # "and if we take 10k? what would it be?": a count with no unit
            self.hypothetical.update(v for m in _IF_COUNT.finditer(view.low)
                                     if (v := parse_decimal(m.group(1))) is not None and v not in stated
                                     and v not in self.counted)
        self.counted |= stated - self.hypothetical
        self.area_counted = self.area_counted or any(
            m.field == goods.QUANTITY and m.value[1] == "sqm" and m.value[0] in self.counted for m in view.mentions)
        if any(m.field == goods.QUANTITY for m, _ in view.variants) and \
                any(m.field != goods.QUANTITY for m, _ in view.variants):
            self.conditional_offers.append(view)
        if self.days_of_payment is not None and self.days_of_payment != view.role:
            _drop_payment_days_reply(view)
        self.days_of_payment = view.role if _payment_days_only(view) else None
        if self.lead_asked_by is not None and self.lead_asked_by != view.role:
            lead_time.answer_lead_time(view)
        elif (agreed := states["lead_time"].agreed) is not None and agreed.role == view.role \
                and _regrets(view) and _DAYS_WORD.search(view.low) \
                and not lead_time.reports_delay(view):  # (not "the order was delayed by 10 days")
            # "sorry, line is full, we need 35 days for yours" after 20 days agreed: the side
            # that offered the lead time now needs a longer one, said in the sentence that says sorry
            known = len(view.mentions)
            lead_time.answer_lead_time(view)
            was = agreed.value[1] if agreed.value[1] is not None else agreed.value[0]
            view.mentions[known:] = [
                m for m in view.mentions[known:] if m.field != lead_time.LEAD
                or (isinstance(was, int) and (m.value[1] or 0) > was
                    and _NOW_NEEDED.search(view.low, *view.sentence_at(m.start)) is not None)]
        self.spoke(view.role, view.low)

    def spoke(self, role: Role, low: str) -> None:
        """Remember whether a message (read for terms or not) asks how long the goods take, or
        asks a price under a condition."""
        self.if_asked_by = role if _may_ask_if(low) and _IF_ASKED.fullmatch(low) else None
        if lead_time.asks_lead_time(low):
            self.lead_asked_by = role
        elif self.lead_asked_by != role:
            self.lead_asked_by = None


_AT_SIGHT = re.compile(r"sight|即期")
# a question under a condition: "and if 10000?", "if it were CIF Santos?", "如果1万个呢？"
# (a message of nothing else, answered by a short one)
_IF_ASKED = re.compile(r"\s*(?:(?:and|but|what|so|ok|okay)[,\s]+)?if\b[^?？\n]{0,40}[?？]+\s*|"
                       r"\s*(?:那|那么|那麼)?(?:如果|假如|要是)[^?？\n]{0,20}(?:[?？]|呢|吗|嗎)[?？]*\s*")


def _may_ask_if(low: str) -> bool:
    """What every _IF_ASKED match holds, tested as substrings before the regex runs."""
    return len(low) <= 80 and ("if" in low or "如果" in low or "假如" in low or "要是" in low)


_YES_WORDS = re.compile(r"\b(?:ok|okay|yes|deal|agreed?|accept(?:ed)?|confirm(?:ed)?|fine)\b|可以|好的|没问题|沒問題|成交")


# 元 is the unit of any Chinese-named dollar: 港幣28元 is HK$28, and in a chat that prices in
# 港幣 (or 新台幣) a later bare "最平26元" is 26 of those, not 26 yuan.
_LOCAL_DOLLAR = re.compile(r"港币|港元|新台币|台币")  # 港幣 arrives folded


def _local_yuan(view: MessageView, current: str | None) -> str | None:
    named = _LOCAL_DOLLAR.search(view.low)
    if named:
        current = "HKD" if "港" in named.group(0) else "TWD"
    if current is None:
        return None
    for m in view.mentions:
        if m.field in (goods.PRICE, goods.CURRENCY) and m.value[1 if m.field == goods.PRICE else 0] == "CNY":
            quote = view.low[m.start:m.end]
            if "元" in quote and "人民" not in quote:
                m.value = ((m.value[0], current, *m.value[2:]) if m.field == goods.PRICE else (current,))
    return current


# ¥ is the sign of the yen as of the yuan: in a chat that named the yen ("price tiers in JPY")
# and never the yuan, "¥128" is 128 yen
_YEN = re.compile(r"\bjpy\b|\byen\b|日元|日圆|日圓|円")
_YUAN = re.compile(r"\brmb\b|\bcny\b|\byuan\b|人民币|人民幣|(?<![日美欧歐港台韩韓澳加])元")


def _yen_sign(view: MessageView, yen: bool) -> bool:
    low = view.low
    named = "jpy" in low or "yen" in low or (not view.ascii and any(w in low for w in ("日元", "日圆", "日圓", "円")))
    if not yen and not named:
        return False  # (substring tests first: most messages name neither)
    if ("rmb" in low or "cny" in low or "yuan" in low or not view.ascii and ("人民" in low or "元" in low)) \
            and _YUAN.search(low):
        return False
    yen = yen or named and _YEN.search(low) is not None
    if yen and "¥" in low:
        for m in view.mentions:
            if m.field in (goods.PRICE, goods.CURRENCY) and m.value[1 if m.field == goods.PRICE else 0] == "CNY" \
                    and "¥" in low[m.start:m.end]:
                m.value = (m.value[0], "JPY", *m.value[2:]) if m.field == goods.PRICE else ("JPY",)
    return yen


# the dollars other than the US dollar a price may be read in ("HK$420", "NT$37,800", "CAD 1,420"), and
# the Chinese names that say a chat's prices are in one ("用港幣計")
_OTHER_DOLLARS = frozenset({"HKD", "TWD", "SGD", "AUD", "CAD", "NZD"})
_DOLLAR_CODES = frozenset({"hkd", "twd", "ntd", "sgd", "aud", "cad", "nzd"})
_DOLLAR_NAMES = re.compile(r"港币|港元|新台币|台币|澳币|澳元|加币|加元|纽币|新加坡元|新币")  # (traditional arrives folded)
_DOLLAR_NAMED = {"港币": "HKD", "港元": "HKD", "新台币": "TWD", "台币": "TWD", "澳币": "AUD", "澳元": "AUD", "加币": "CAD",
                 "加元": "CAD", "纽币": "NZD", "新加坡元": "SGD", "新币": "SGD"}
_US_DOLLAR = re.compile(r"(?<![a-z])usd|\bus\s?\$|\bu\.s\.\s?\$|美金|美元|\bus dollars?\b|\bu\.s\. dollars?\b")


def _dollar_sign(view: MessageView, dollar: str | None) -> str | None:
    """"HK$420 一個" - "$380得唔得": the bare "$" of a chat that named one other dollar, and
    never the US dollar, is that dollar."""
    low = view.low
    if ("us" in low or "u.s" in low or "美" in low) and _US_DOLLAR.search(low):
        return ""  # (the US dollar named, in any message: a bare "$" is left as it is read)
    priced = {x.value[1] for x in view.mentions if x.field == goods.PRICE}
    if dollar is None and "USD" in priced and "$" in low and not any(
            low[x.start:x.end].startswith(("usd", "us")) for x in view.mentions if x.field == goods.PRICE):
        return ""  # a bare "$" price before any other dollar: the US dollar's, left as read ("$2.2 ok?")
    # (the dollar the goods are priced in, as the prices read it; not a fee in it, "Terminal handling
    # at HK side is HKD 1,800", nor "CAD drawing"; and a Chinese name of one: "用港幣計")
    named = priced & _OTHER_DOLLARS
    if not view.ascii:
        named |= {_DOLLAR_NAMED[m.group(0)] for m in _DOLLAR_NAMES.finditer(low)}
    for code in named:
        if dollar not in (None, code):
            return ""
        dollar = code
    if dollar and "$" in low:
        for m in view.mentions:
            if m.field in (goods.PRICE, goods.CURRENCY) and m.value[1 if m.field == goods.PRICE else 0] == "USD":
                quote = low[m.start:m.end]
                at = quote.find("$")
                before = quote[at - 1] if at > 0 else low[m.start - 1] if m.start else ""
                if at >= 0 and not ("a" <= before <= "z"):  # (not "us$", "hk$": the sign of its own dollar)
                    m.value = (m.value[0], dollar, *m.value[2:]) if m.field == goods.PRICE else (dollar,)
    return dollar


def _spoken_dollars(view: MessageView, last_price: Decimal | None, currency: str) -> None:
    """"6.2美金一条" - "6块能做吗": 块 spoken of a figure near the dollar price on the table is that
    currency's unit, as 块 is of any money in speech; only 元 written out stays the yuan. So is a
    figure of 块 read as so many pieces: "这样吧，12块" after "每个12.5美金" (no count of 12)."""
    if last_price is None:
        return
    for i, m in enumerate(view.mentions):
        spoken = m.field == goods.PRICE and m.value[1] == "CNY" or m.field == goods.QUANTITY and m.value[1] == "块"
        if not spoken or not isinstance(m.value[0], Decimal) or not _near(m.value[0], last_price):
            continue
        if m.field == goods.QUANTITY:
            view.mentions[i] = Mention(goods.PRICE, (m.value[0], currency, None, None), m.start, m.end, m.kind, m.item)
        elif _spoken_kuai(view.low[m.start:m.end]):
            m.value = (m.value[0], currency, *m.value[2:])
            for c in view.mentions:
                if c.field == goods.CURRENCY and c.start == m.start and c.value == ("CNY",):
                    c.value = (currency,)


def _spoken_kuai(quote: str) -> bool:
    return "块" in quote and not any(w in quote for w in ("元", "人民", "rmb", "cny", "¥"))


def _near(amount: Decimal, price: Decimal) -> bool:
    """A figure within half and double of the price on the table: a counter of it, not a count."""
    return Decimal("0.5") <= amount / price <= 2


_IF_COUNT = re.compile(r"\bif (?:we|i|you) (?:take|order|buy|go(?: up)?(?: to| for)?|go with|need|want|make it|went(?: up)?(?: to)?|"
                       r"ordered|bought|took|were to (?:order|buy|take)) "
                       r"(?:the |about |around )?(\d[\d,]*(?:\.\d+)?\s*(?:k|万)?)(?![\d%]|[.,]\d)")
# (after a comma too: "好的，5000。" is normalised to "好的,5000。")
_BARE_COUNT = re.compile(r"(?<![\d.$¥€£])(?<!\d,)(\d{1,3}(?:,\d{3})+|\d+\s*(?:k|万)?)(?![\d%]|[.,]\d)")
# Taking up a count asked about under a condition makes it the order: "we take 10k", "就下100台".
_COMMITS = re.compile(r"\b(?:we|i)(?:'ll| will| would| can)? (?:take|order|confirm|go with|place|book)\b|"
                      # "samples arrived, quality good! go for 1500 pairs" (a clause's head, no "if we go for")
                      r"(?:^|[.!?,;]\s*)(?:ok,? |so |then )?(?:let'?s |we )?go (?:for|with)\b|"
                      # "samples arrived, all good. lets go 300 pcs at 198"
                      r"\blet'?s go (?=\d)|"
                      # "sample tested ... lets do 50 kits. price?" (the count once only hoped for)
                      r"\blet'?s (?:do|take|order) (?=\d)|"
                      r"\b(?:deal|agreed|confirmed|accepted)\b|^\s*(?:ok|okay|fine)\b|^\s*(?:好的|好|可以|行)|"
                      r"下单|就要|就订|确认订|成交|那就\s*(?=\d)")  # ("如果150組呢？" - … - "那就150組，1020")


# a message that only asks about another count: "那1000只呢", "what about 1000 pcs?", "and 2000?"
_ANOTHER_COUNT_ASKED = re.compile(r"\s*(?:(?:那|那么|那麼)\s*(?:如果)?\s*(?:订|訂|要)?\s*\d[\d,.]*\s*[万萬千k]?\s*\S{0,2}\s*呢"
                                  r"|(?:and |so )?(?:what|how) about (?:for )?\d[^?]{0,16}\?|and (?:for |with )?\d[^?]{0,16}\?)\s*[?？]?\s*$")


def _drop_echoed_hypotheticals(view: MessageView, hypothetical: set) -> bool:
    """"If we go to 10k pcs what would the price be?" - "For 10,000 pcs we can do USD 0.36/pc":
    the answer to a hypothetical stays hypothetical until someone takes it up, so the count and
    the price said with it in one sentence are no order and no price. False when the message
    echoes a hypothetical count and takes it up ("ok 4000 pcs at 6.50 then")."""
    echoed = {view.sentence_at(m.start) for m in view.mentions
              if m.field == goods.QUANTITY and m.value[0] in hypothetical}
    # the count echoed without its unit: "200k 可以做 0.028", "10k could be 1.95"
    echoed.update(view.sentence_at(m.start()) for m in _BARE_COUNT.finditer(view.low)
                  if (v := parse_decimal(m.group(1))) is not None and v >= 100 and v in hypothetical)
    if not echoed:
        return True
    if _COMMITS.search(view.low):
        return False
    view.mentions = [m for m in view.mentions if not (
        m.field in (goods.QUANTITY, goods.PRICE) and view.sentence_at(m.start) in echoed)]
    return True


def _bare_whole_prices(view: MessageView, table: list[Decimal]) -> None:
    """"太贵了 35吧" - "最低36" - "36可以" after "出厂价38元一条": a bare number near the price on
    the table (within half and double of it) is a counter-offer in its currency; any other is
    no price ("3000可以" answers a count, "30吧" a number of days)."""
    kept = []
    for m in view.mentions:
        if m.field != goods.BARE_WHOLE:
            kept.append(m)
        elif any(_near(m.value[0], v) for v in table) and not any(
                x.field == goods.PRICE and x.start <= m.start < x.end for x in view.mentions):
            kept.append(Mention(goods.PRICE, m.value, m.start, m.end, m.kind, m.item))
    view.mentions = kept


def _taken_up(view: MessageView, offers: list[MessageView]) -> list[MessageView]:
    """The other side's conditional offers for the counts this message takes up, each as the
    offer it now is: "if you take 4000 pcs I can do USD 6.50 CIF Jebel Ali" - "ok 4000 pcs at
    6.50 then" puts the 6.50, its dollars and its CIF Jebel Ali on the table as the seller's."""
    counts = {m.value[0] for m in view.mentions if m.field == goods.QUANTITY}
    # the count echoed without its unit beside the price offered for it: "4.10 for 4000, agreed"
    # (not "we go 3000 at 2.15, if they sell well we do 10k next quarter")
    bare = {v for m in _BARE_COUNT.finditer(view.low) if (v := parse_decimal(m.group(1))) is not None and v >= 100}
    figures = {parse_decimal(f) for f in _DECIMAL_FIGURE.findall(view.low)} if bare else set()
    # (or echoed alone in a short reply, no price or count said with it: "ok, we take 5000", "ok
    # deal, 5000")
    # (a share or a method beside it is no price or count: "ok deal 1000, 30% deposit now")
    alone = bool(bare) and not any(m.field in (goods.PRICE, goods.QUANTITY) for m in view.mentions) and len(view.low) <= 60
    out = []
    for earlier in offers:
        if earlier.role == view.role:
            continue
        taken = counts | bare if alone or any(m.field == goods.PRICE and m.value[0] in figures
                                              for m, _ in earlier.variants) else counts
        sentences = {s for m, s in earlier.variants if m.field == goods.QUANTITY and m.value[0] in taken}
        if not sentences:
            continue
        offer = copy.copy(earlier)
        offer.mentions = [Mention(m.field, m.value, m.start, m.end, STATEMENT, m.item)
                          for m, s in earlier.variants if s in sentences]
        offer.alternatives = False
        out.append(offer)
    return out


# a figure with decimals, a price said bare: the 4.10 of "4.10 for 4000, agreed"
_DECIMAL_FIGURE = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")
_PRICE_AT = f"{goods.PRICE}@"
_QUANTITY_AT = f"{goods.QUANTITY}@"
_FIGURE = re.compile(r"(?<![\d.,])\d{1,5}(?:\.\d{1,4})?(?![\d%])")


# A figure alone that may be a counter-offer: "11 ok?", "I can do 6,250", "1,320 and we confirm
# now" (no unit, measure, share or time after it; no code, size or model before it)
# (after a comma only when it is no thousands' group: "好的，150" counters, "1,500" is one figure)
# a question about the time to make the goods: "lead?", "how soon?", "and mass production after
# sample ok?", "交期多久？"
_LEAD_ASKED = re.compile(r"(?i)(?:\blead(?:\s*-?\s*time)?|\bproduction(?: time)?|\bprod\.?\s*time|\bhow (?:soon|long)|\bwhen (?:ready|can)|"
                         r"\bready\b|交期|货期|貨期|生产|生產|多久|几天|幾天|" + lead_time.GOODS_HOW_LONG.pattern + r"|\bjiaoqi\b|"
                         r"(?:幾時|几时|幾时|什么时候|什麼時候|什麼时候)(?:有貨|有货|出貨|出货|交貨|交货|發貨|发货|做好|(?:可以|能)?(?:攞|拿|提)(?:貨|货)?(?=\s*[?？])))"
                         r"[^?？\n]{0,40}[?？]")  # ("幾時可以攞？": when can it be collected; not "…攞報價？")


def _asked_clause(text: str) -> str:
    """The clause that ends in the message's last question mark ("we ship by sea, how long if we
    pay today?" asks "how long if we pay today?")."""
    mark = max(text.rfind("?"), text.rfind("？"))
    return text[max(text.rfind(c, 0, mark) for c in ".,;!。，；！\n") + 1:mark + 1]


# how long the goods travel asked about, in the question's own clause: "How long is the rail
# transit?", "海运要多久？" (not "The sea transit is long, when can they be ready?")
_TRANSIT_ASKED = re.compile(r"(?i)transit|shipping take|\bby (?:sea|air|rail|train|truck)\b|\b(?:sea|rail|train|ocean) (?:time|takes?)\b|"
                            r"海运|海運|空运|空運|路上|到港|班列|火[车車](?:要|多久|运|運|时效|時效)")
# (nor "how soon can you pay the deposit?": the payment asked about)
_JOURNEY_ASKED = re.compile(r"(?i)(?<!can u )(?<!can you )(?<!you )(?<!u )ship(?!ment ready)|transit|sea|air|arriv|reach|deliver(?:ed|y)? to|courier|express|"
                            r"dhl|fedex|ups|海运|海運|空运|空運|运输|運輸|到港|到货|到貨|快递|快遞|物流|班列|火[车車](?:要|多久|运|運|时效|時效)|"
                            r"\bpay|deposit|balance|invoice|\bpi\b|valid|reply|付|款")


_LEAD_ASK_WORDS = ("lead", "prod", "how soon", "how long", "when", "ready", "交期", "货期", "貨期", "生产", "生產",
                   "多久", "几天", "幾天", "幾時", "几时", "幾时", "什么时候", "什麼時候", "什麼时候", "幾耐", "几耐",
                   "jiaoqi")


def _may_ask_lead(text: str) -> bool:
    """What every _LEAD_ASKED match contains, tested as substrings before the regex scans."""
    low = text.lower()
    return any(w in low for w in _LEAD_ASK_WORDS)


def _drop_door_to_door(view: MessageView, lead: FieldState, transit: tuple) -> None:
    """Days said back that are the lead time on the table plus the transit ("Production 20 days,
    then shipping about 35 days" - "So we get goods in about 55 days. ok") are the whole journey."""
    sums = {d + t for c in lead.on_table() for d in c.value[:2] if isinstance(d, int)
            for t in transit[:2] if isinstance(t, int)}
    if sums:
        view.mentions = [m for m in view.mentions if m.field != lead_time.LEAD or m.value[1] not in sums]


def _lead_talked(state: FieldState) -> bool:
    """A lead time is on the table, or was and was turned down."""
    return bool(state.agreed or state.pending or state.superseded)


_DAYS_HINT = re.compile(r"\d\s*(?:days?|天)")
_WEEKS_HINT = re.compile(r"\d\s*(?:days?|天|weeks?|wks?|周|週)")
# (the rule, named as incoterms reads it, the object of the change: not "we ship from Ningbo instead
# of Shanghai", "唛头改成英文的")
_RULE_NAME = incoterms.LATIN_RULE.pattern
_INSTEAD = re.compile(r"(?:改成|改为|改為|换成|換成)\s*(?:" + _RULE_NAME + r"|到岸|离岸|離岸|出厂|出廠|成本加)|"
                      r"(?:" + _RULE_NAME + r")[^.?!,;\n]{0,25}\binstead\b|\binstead of (?:" + _RULE_NAME + ")")
_RATE_TALK = re.compile(r"汇率|匯率|人民币|人民幣|(?<![a-z])rmb(?![a-z])|exchange")
# ten thousands with no unit near a price on the table: "最低126万", "好，126萬成交" after 新台幣1,280,000
_BARE_WAN_COUNTER = re.compile(r"(?<![\d.,])(\d{1,4}(?:\.\d{1,2})?\s*万)(?![\d.]|\s*[" + goods.ZH_MEASURES + r"元块美欧港人币刀])")
# a certificate's type after a figure ("3.1 cert", "EN 10204 3.1 certificate") or a standard's number
# before it: no price
_CERT_AFTER = re.compile(r"\s*(?:mill\s+|material\s+|inspection\s+)?(?:certs?|certificates?|certification)\b")
_STANDARD_BEFORE = re.compile(r"\b(?:en|iso|din|astm|bs|gb|jis)\s*[\d\-:]+\s+$")
_BARE_COUNTER = re.compile(r"(?<![\d.#/:\-a-z])(?<!\d,)(\d{1,3}(?:,\d{3})+(?:\.\d{1,4})?|\d{1,5}(?:\.\d{1,4})?)"
                           r"(?![\d%:a-z\"'″]|[.,/]\d|\s*(?:pcs|pc\b|pieces|sets?\b|pairs?\b|units?\b|days?\b|weeks?\b|"
                           r"months?\b|years?\b|hours?\b|ctns?\b|cartons?\b|rolls?\b|kgs?\b|g\b|lbs?\b|mt\b|tons?\b|"
                           r"cm\b|mm\b|m\b|ft\b|cbm\b|containers?\b|[x×*]|[-~到至]|[ap]m\b|th\b|st\b|nd\b|rd\b|"
                           # (nor how many lines: "All four lines confirmed")
                           r"lines?\b|items?\b|products?\b|goods\b|models?\b|styles?\b|designs?\b|colou?rs?\b|sizes?\b|"
                           # (nor packs: "20 bags/ctn", "12 boxes per carton")
                           r"bags?\b|boxes\b|box\b|packs?\b|pallets?\b|drums?\b|bottles?\b|"
                           # (a Chinese word after it counts or measures it, but for a question or
                           # a word of offer: "可以算150嗎？", "41 係最好價啦")
                           # (nor one of the goods it prices: "要10.60一块")
                           # (and "按8.9算": the price reckoned at; "475 老板同意了": the boss agreed to it)
                           r"(?![吗嗎呢吧啦啊呀]|算(?![下出])|[一每][块個个张張套片只台部支双雙]|老[板闆](?:同意|批|说可以|說可以|ok)|"
                           r"(?:係|是|就|都)?\s*(?:最好|最低|最后(?!一|的|确|確)|最後(?!一|的|确|確)|底价|底價|可以|行|得))[\u4e00-\u9fff]))")
# a price said of the past, of other goods or of someone else: "37 was without LED", "tubeless
# is other model, 5.10", "last time was 2.30", "a Turkish supplier gives me 2.10", "别家报0.82";
# or turned down: "3.80 is above our target", "9.50 is too low for the lithium model", "0.52 impossible"
_NOT_A_COUNTER = re.compile(r"\b(?:was|were|hoped|hoping|wished|last (?:\d+ )?(?:times?|years?|orders?|months?|weeks?)|ago|sold|before|previous(?:ly)?|"
                            # (not the other goods of the order: "4.15 for the sneakers, the other two stay")
                            r"other(?!\s+(?:\d|two|three|four|ones\b|items\b|lines\b|models\b|sizes\b|colou?rs\b))|"
                            r"another|used to|if|without|"
                            # (not the speaker's own: "498 and I give free cable for each unit")
                            r"suppliers?|factory|factories|competitors?|(?<!\bi )(?<!\bwe )(?<!\bi can )(?<!\bwe can )(?<!\bi could )(?<!\bwe could )gives?|gave|offer(?:s|ed)|"
                            # what a container holds: "carton 168x78x30cm, 65kg, 40HQ can load 180"
                            r"load|loads|holds|fits?)\b|"
                            r"上次|以前|之前|去年|上个月|别家|别的|其他(?![两二三四几幾][款个個种種样樣])|如果|的话|報價|报价")
_TURNED_DOWN = re.compile(r"\b(?:too|above|below|target|expensive|impossible|cannot|can't|not possible|no longer (?:possible|valid|available)|no way|"
                          r"is a lot(?=\s*(?:for\b|[,.!?;]|$))|steep|a bit much|on the high side|"
                          r"is (?:very |quite |really |too )?(?:hard|difficult)" + TAKEN_UP_AFTER + r"|"
                          r"no (?:more )?(?:room|margin|profit)|"  # "8.20 no room sorry"
                          # "13.50 is under cost" (not "2.40 is under cost but we accept")
                          r"(?:under (?:our |my )?cost|at a loss|los(?:e|ing) money)(?![^.!?\n]{0,40}\b(?:but|accept|anyway|for you)\b)|"
                          r"not accept|don't accept|do not accept|not agree)\b|"
                          # (not a question: "能不能140", "可不可以", "行不行")
                          r"太|(?<!行)不行|做不了|不可能|不同意|不接受|(?<!能)不能|(?<!可)不可以|没法|沒法")
# a count of a colour, not a counter: "white 100, grey 80, black 50"
_COLOUR_BEFORE = re.compile(r"\b(?:white|grey|gray|black|red|blue|green|yellow|pink|beige|brown|navy|silver|gold|"
                            r"orange|purple|natural|clear)\s*:?\s*$|[白黑灰红蓝绿黄粉棕金银][色]?\s*$")
# a figure named as the price of something else: "sorry, 1.35 is for our 50 micron"
_FOR_ANOTHER_AFTER = re.compile(r"\s*(?:is|was) (?:only )?for (?:our|the|a|an) ")
# the least price one side takes: "27,200 is minimum now", "9.80 is our minimum"
_LEAST_PRICE_AFTER = re.compile(r"\s*(?:is|=)\s+(?:the |our |my )?minimum(?: price)?\b(?!\s+(?:order|qty|quantity|amount))")
_PRICE_WORD_BEFORE = re.compile(r"(?:价格|價格|单价|單價|价钱|價錢|最低|最多|给你|給你|给到|給到|算)\s*[:：是为為]?\s*$")
_PAYMENT_DAYS = re.compile(r"(?:远期|遠期|月结|月結)\s*\d+\s*天|\d+\s*天\s*(?:远期|遠期)")
_NO_COUNTER_BEFORE = re.compile(r"(?:\b(?:no|po|item|model|order|invoice|tracking|room|qty|moq|x|other|all|these|those)\.?|[#x×*@]|\$)\s*$")


def _price_bounds(states: dict[str, FieldState]) -> list[tuple[Decimal, Decimal]]:
    """Within a quarter of each price on the table: where a bare figure may counter it."""
    return [(v * Decimal("0.75"), v * Decimal("1.25"))
            for n, st in states.items() if n.startswith(_PRICE_AT) for v in st.amounts()]


def _not_a_counter(view: MessageView, start: int, end: int, states: dict[str, FieldState]) -> bool:
    """Whether the words around a bare figure say it is no offer of this side's: another's, a past
    one, or one under a condition (but not the condition of the count on the table, which this
    message states outright: "我们要8套" - "8套的话9500一套")."""
    said = _NOT_A_COUNTER.search(view.low, start, end)
    if said is None:
        return False
    if said.group(0) not in ("的话", "如果") or _NOT_A_COUNTER.search(view.low, said.end(), end):
        return True
    counted = _counts_on_table(states)
    return not any(m.field == goods.QUANTITY and m.kind == STATEMENT and start <= m.start < end
                   and m.value[0] in counted for m in view.mentions)


_DOTTED_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3})+(?![\d.,]?\d)")
# currencies whose countries write thousands with a dot ("21.600 €", "PLN 12.500"), or none said
_DOT_THOUSANDS_CODES = frozenset({None, "EUR", "PLN", "CZK", "HUF", "RON", "SEK", "NOK", "DKK", "TRY", "BRL", "IDR", "VND"})


def _dotted_thousands(view: MessageView, states: dict[str, FieldState]) -> None:
    """A price written with a dot between its thousands ("21.600 €", as much of Europe writes
    21,600; "can you do 20.500 €?") is a thousand times the figure when that is near a price on
    the table and the figure itself is near none: never a price of 21.60. Not a price per unit
    ("Nozzles: USD 1.250/pc"), nor in a currency written so only with a comma."""
    bounds = None
    for i, m in enumerate(view.mentions):
        if m.field != goods.PRICE or not isinstance(m.value[0], Decimal) or m.value[0] >= 1000 \
                or m.value[1] not in _DOT_THOUSANDS_CODES or len(m.value) > 3 and m.value[3] is not None \
                or not _DOTTED_THOUSANDS.search(view.low, m.start, m.end) or "/" in view.low[m.end:m.end + 2]:
            continue
        if bounds is None:
            bounds = _price_bounds(states)
        whole = (m.value[0] * 1000).quantize(Decimal(1))
        if any(lo <= whole <= hi for lo, hi in bounds) and not any(lo <= m.value[0] <= hi for lo, hi in bounds):
            view.mentions[i] = dataclasses.replace(m, value=(whole, *m.value[1:]))


def _bare_counters(view: MessageView, states: dict[str, FieldState]) -> None:
    """A figure no rule read, within a quarter of a price on the table, is a counter-offer in
    that price's currency, unless its sentence talks of time ("45 days is too long, 30?"). The
    cheap tests come first: most figures are no near price at all."""
    low = view.low
    bounds: list[tuple[Decimal, Decimal]] | None = None
    deferring = None
    paid: list[tuple[int, int]] | None = None  # the spans of payment terms, whose days are no talk of time
    read = SpanSet((x.start, x.end) for x in view.mentions)  # (by bisection: a long message stays n log n)
    wan = list(_BARE_WAN_COUNTER.finditer(low)) if "万" in low else []
    if wan and (bounds := _price_bounds(states)):
        # "6020能便宜点吗？25万" against ¥265,000: ten thousands near the price are no count (all
        # such counts found first and dropped at once: a long message stays n log n)
        near = SpanSet(m.span(1) for m in wan if (amount := parse_decimal(m.group(1))) is not None
                       and any(lo <= amount <= hi for lo, hi in bounds))
        if any(x.field == goods.QUANTITY and x.value[1] is None and near.covers(x.start) for x in view.mentions):
            view.mentions = [x for x in view.mentions
                             if not (x.field == goods.QUANTITY and x.value[1] is None and near.covers(x.start))]
            read = SpanSet((x.start, x.end) for x in view.mentions)
    for m in itertools.chain(_BARE_COUNTER.finditer(low), wan):
        start, end = m.span(1)
        if read.overlaps(start, end):
            continue  # read already (most figures are)
        if bounds is None:
            bounds = _price_bounds(states)
        amount = parse_decimal(m.group(1))
        if amount is None or not any(lo <= amount <= hi for lo, hi in bounds):
            continue
        if _NO_COUNTER_BEFORE.search(low, max(0, start - 10), start) \
                or _COLOUR_BEFORE.search(low, max(0, start - 12), start):
            continue
        if low.startswith("算", end) and _RATE_TALK.search(low):
            continue  # "我们财务说人民币付款，按7.2算": the rate of exchange, no price
        ss, se = view.sentence_near(start, end)  # (cut to 300 characters around it: a long message stays linear)
        cs, ce = view.clause_near(start, end)
        if paid is None:
            paid = [(x.start, x.end) for x in view.mentions if x.field == payment.METHOD]
        clause = low[cs:ce]
        if _FOR_ANOTHER_AFTER.match(low, end):
            continue  # "sorry, 1.35 is for our 50 micron": the price of other goods, named to say why
        if _CERT_AFTER.match(low, end) or _STANDARD_BEFORE.search(low, max(0, start - 16), start):
            continue  # "RR-C-271 and 3.1 cert ok", "EN 10204 3.1": the certificate's type, no counter
        if (least := _LEAST_PRICE_AFTER.match(low, end)) is not None:
            clause = low[cs:end] + low[least.end():ce]  # "27,200 is minimum now": the price, no minimum order
        ws, we = (cs, ce) if not view.ascii else (ss, se)
        # "0.98 is hard to believe 😅 I can do 1.12": what an emoji closes before it is another's price
        cut = 0 if view.ascii else max((x.end() for x in EMOJI.finditer(low, min(cs, ws), start)), default=0)
        ws, cs_said = max(ws, cut), max(cs, cut)
        timed = goods.talks_of_time(low, ss, se, paid)
        if timed and _PRICE_WORD_BEFORE.search(low, max(0, start - 6), start) and _PAYMENT_DAYS.search(low, ss, se):
            # the days of a usance or monthly term said without its instrument's name, then a price
            # named so: "远期60天可以接受，价格13200" counters a price (not "远期60天可以，交期最快40")
            timed = goods.talks_of_time(low, ss, se, paid + [m.span() for m in _PAYMENT_DAYS.finditer(low, ss, se)])
        if timed or view.excluded(start) or goods.no_unit_price(clause) \
                or _not_a_counter(view, ws, we, states) or _TURNED_DOWN.search(low, cs_said, ce):
            continue
        if deferring is None:
            deferring = defers(low)  # ("I need to ask my manager for 0.53": the figure asked about)
        if deferring:
            return
        if amount in _days_on_table(states["lead_time"]) or amount in _sums_on_table(states["split"]) \
                or amount in _shares_just_said(states["split"], view) or amount in _counts_on_table(states):
            # "Sorry 45 days minimum" - "ok 45 then": the days, not a price of 45 (or the deposit);
            # "50 analytical, 100 precision" - "ok noted 50 + 100": the counts said back
            continue
        if view.kind_at(start) == QUESTION and all(
                st.agreed is not None and not st.pending
                for n, st in states.items() if n.startswith(_PRICE_AT)):
            # "老闆問說還可以算45嗎？" after 48 was agreed: asking for better leaves the agreed
            # price standing until the other side answers
            continue
        counter = Mention(goods.PRICE, goods.bare_price(low, amount, start, end), start, end, STATEMENT, None)
        counter.item = goods_names.goods_after(low, counter)  # "New price 2.15 for K-18"
        view.mentions.append(counter)
        read.add(start, end)


# the buyer's price on condition that it orders: a counter-offer, no hypothetical ("if you can do
# 8,200 we order today", "8,200的话我们马上下单")
_COUNTER_IF = re.compile(
    r"\bif (?:you|u) (?:can |could )?(?:do|give (?:us |me )?|make it|accept|offer)\s*(?:usd|us\$|\$)?\s*"
    r"(\d{1,3}(?:,\d{3})+(?:\.\d{1,4})?|\d{1,6}(?:\.\d{1,4})?)(?![\d%])[^.?!\n]{0,30}?\b(?:we|i)(?:'ll| will| can)?\s+"
    r"(?:order|confirm|place|sign|go ahead|pay|deal)|"
    r"(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d{1,4})?|\d{1,6}(?:\.\d{1,4})?)\s*(?:美金|美元|块|元)?\s*的[话話]\s*"
    r"(?:我们|我們|我)?\s*(?:就|马上|馬上|立刻|今天|今日)?\s*(?:就|马上|馬上)?\s*(?:下单|下單|订|訂|确认|確認|成交|付)")


# a price its own speaker turns down: "0.85 we can't do", "4.3做不了"
_REFUSAL_WORD = re.compile(r"can'?t|cannot|can not|won'?t|will not|impossible|not possible|做不|不行|不能接受")
# "my boss won't accept 2.25. The helmet has to be 2.42 now": the figure refused, then the new one
_REFUSED_BEFORE = re.compile(r"(?:won'?t|will not|can'?t|cannot|can not|could not|couldn'?t)\s+(?:accept|do|hold|keep)\s+"
                             r"(?:(?:usd|us\$|\$|eur|€)\s*)?$|不能接受\s*$|做不了\s*$")
_REFUSED_AFTER = re.compile(r"\s*(?:is\s+)?(?:(?:we|i)\s+)?(?:can'?t|cannot|can not)\s+(?:do|accept|make)\b|"
                            r"\s*(?:is\s+)?(?:impossible|not possible|no longer possible)\b|\s*(?:真的|实在|實在)?(?:做不了|做不到|不行)")


def _drop_refused_prices(view: MessageView) -> None:
    """"RB-6 at 0.85 we can't do, must be 0.98": a price turned down beside its replacement is no
    offer of it."""
    prices = [m for m in view.mentions if m.field == goods.PRICE]
    refused = [m for m in prices if _REFUSED_AFTER.match(view.low, m.end)
               or _REFUSED_BEFORE.search(view.low, max(0, m.start - 40), m.start)]
    if refused and len(refused) < len(prices):
        view.mentions = [m for m in view.mentions if m not in refused]


def _conditional_counter(view: MessageView, states: dict[str, FieldState]) -> None:
    """The buyer's price on condition that it orders, within a quarter of a price on the table."""
    bounds: list[tuple[Decimal, Decimal]] | None = None
    for m in _COUNTER_IF.finditer(view.low):
        if bounds is None:  # (gathered once a conditional price is found)
            bounds = _price_bounds(states)
        at = 1 if m.group(1) is not None else 2
        start, end = m.span(at)
        amount = parse_decimal(m.group(at))
        if amount is None or not any(lo <= amount <= hi for lo, hi in bounds) \
                or any(x.start <= start < x.end for x in view.mentions):
            continue
        counter = Mention(goods.PRICE, (amount, None, None), start, end, STATEMENT, None)
        counter.item = goods_names.goods_after(view.low, counter)
        view.mentions.append(counter)


def _counts_on_table(states: dict[str, FieldState]) -> set[Decimal]:
    """The counts of the goods agreed or offered."""
    return {c.value[0] for n, st in states.items() if n.startswith(_QUANTITY_AT) for c in st.on_table()}


def _counts_left_open(states: dict[str, FieldState], role: Role, value: Decimal) -> list[int]:
    """The goods whose count the other side left open at `value` (cut with a sorry)."""
    return [int(n[len(_QUANTITY_AT):]) for n, st in states.items() if n.startswith(_QUANTITY_AT)
            and st.counter and st.pending and st.pending[-1].role != role and st.pending[-1].value[0] == value]


def _count_answered(view: MessageView, states: dict[str, FieldState], catalogue: _Catalogue) -> None:
    """A count said with no name, equal to the count the other side just offered for one of the
    goods and left open: the answer is about those goods ("sorry, hinges only 6000 pairs" - "6000
    pairs 价格要 0.58 了")."""
    for m in view.mentions:
        if m.field != goods.QUANTITY or m.item is not None:
            continue
        owners = _counts_left_open(states, view.role, m.value[0])
        if len(owners) == 1 and owners[0] < len(catalogue.goods) and catalogue.goods[owners[0]].key is not None:
            m.item = catalogue.goods[owners[0]].key


# a reply that is a count alone: "800", "800 pcs ok", "800个"
_BARE_COUNT_REPLY = re.compile(r"\s*(?:ok(?:ay)?[\s,]*)?(\d{1,3}(?:,\d{3})+|\d{2,7})(?:\s*(?:pcs|pieces|sets|units|个|件|套|只))?"
                               r"(?:[\s,]*(?:ok(?:ay)?|可以|好))?\s*[.!。！]?\s*")


def _count_said_back(view: MessageView, states: dict[str, FieldState], catalogue: _Catalogue,
                     bare: re.Match[str]) -> None:
    """A count alone said back, equal to the count the other side left open for one goods (cut
    with a sorry, "sorry, boss says only 800 pcs this time" - "800"): the answer to it."""
    owners = _counts_left_open(states, view.role, Decimal(bare.group(1).replace(",", "")))
    if len(owners) != 1:
        return
    at = owners[0]
    item = catalogue.goods[at].key if at < len(catalogue.goods) else None
    said = states[f"{_QUANTITY_AT}{at}"].pending[-1].value
    view.mentions.append(Mention(goods.QUANTITY, said, bare.start(1), bare.end(1), STATEMENT, item))


def _days_on_table(state: FieldState) -> set[int]:
    """The days of the lead times agreed or offered."""
    return {v for c in state.on_table() for v in c.value[:2] if isinstance(v, int)}


def _far_whole_prices(view: MessageView, states: dict[str, FieldState]) -> None:
    """A whole figure read as a price with no currency ("make it 1500") right after the name of
    goods, nowhere near any price on the table (within half and double of it), is their count
    when counts are on the table too: "BF-3 make it 1500, SQ-8 reduce to 400" against USD 4.20."""
    if not any(m.field == goods.PRICE and m.value[1] is None for m in view.mentions):
        return
    sums = _sums_on_table(states["split"])
    if sums:  # "make it 2500 usd deposit" - "ok 2500": the deposit, no price
        view.mentions = [m for m in view.mentions if not (m.field == goods.PRICE and m.value[1] is None
                                                          and m.value[0] in sums)]
    table = [v for n, st in states.items() if n.startswith(_PRICE_AT) for v in st.amounts()]
    counted = any(n.startswith(f"{goods.QUANTITY}@") for n in states)
    if not table or not counted:
        return
    for i, m in enumerate(view.mentions):
        amount = m.value[0]
        if m.field == goods.PRICE and m.value[1] is None and isinstance(amount, Decimal) and m.item is not None \
                and amount >= 10 and amount == amount.to_integral_value() \
                and not any(_near(amount, v) for v in table):
            view.mentions[i] = Mention(goods.QUANTITY, (amount, None), m.start, m.end, m.kind, m.item)


def _splits_just_said(state: FieldState, view: MessageView) -> list[Candidate]:
    """The splits in percent put on the table in the last two messages."""
    return [c for c in state.on_table() if c.index >= view.index - 2 and len(c.value) > 5 and c.value[5] == "%"]


def _split_just_said(state: FieldState, view: MessageView) -> bool:
    """The other side put a split in percent on the table in one of the last two messages."""
    return any(c.role != view.role for c in _splits_just_said(state, view))


def _in_parts_just_said(state: FieldState, view: MessageView) -> bool:
    """The split just put on the table pays its balance in more than one share, and the message
    speaks of the last of them ("can the last part be 15%?"; not "can we start with 30%?")."""
    return _LAST_PART.search(view.low) is not None and any(len(c.value) > 7 and c.value[7] for c in _splits_just_said(state, view))


_LAST_PART = re.compile(r"\b(?:last|final|remaining)\b|最后|最後|尾款|尾數|尾数")


def _shares_just_said(state: FieldState, view: MessageView) -> set[Decimal]:
    """Their deposit shares: "we need 30% deposit" - "ok 30 then" names the deposit, not a price
    of 30."""
    return {c.value[0] for c in _splits_just_said(state, view) if isinstance(c.value[0], Decimal)}


def _fixed_deposits(state: FieldState) -> list[tuple]:
    """The fixed deposits agreed or offered (the agreed one first)."""
    return [c.value for c in state.on_table()
            if len(c.value) > 5 and c.value[5] != "%" and isinstance(c.value[0], Decimal)]


def _fixed_on_table(state: FieldState) -> tuple | None:
    """The fixed deposit last agreed or offered, when one is on the table."""
    fixed = _fixed_deposits(state)
    return fixed[-1] if fixed else None


def _sums_on_table(state: FieldState) -> set[Decimal]:
    """The fixed deposits' amounts: "make it 2500 usd deposit" - "ok 2500"."""
    return {value[0] for value in _fixed_deposits(state)}


def _loose_figures(view: MessageView) -> list[Decimal]:
    """The numbers of a message no rule read as a value (a count, days, a share, a price)."""
    read = SpanSet((x.start, x.end) for x in view.mentions)  # (by bisection: a long message stays n log n)
    return [Decimal(m.group(0)) for m in _FIGURE.finditer(view.low) if not read.covers(m.start())]


def _another_price(state: FieldState, figures: list[Decimal]) -> bool:
    """Whether an "ok" names a figure near the one price on the table but not it ("ok 91 works"
    against USD 96.50): a counter the rules did not read, so the "ok" accepts no price."""
    if len(state.pending) != 1 or not isinstance(v := state.pending[0].value[0], Decimal) or v <= 0:
        return False
    return any(f != v and Decimal("0.75") <= f / v <= Decimal("1.25") for f in figures)


def _payment_days_only(view: MessageView) -> bool:
    """The message names a payment method with its days ("90天遠期信用證", "L/C 90 days") and no
    lead time."""
    return (any(m.field == payment.METHOD and not isinstance(m.value[0], tuple) and m.value[1] is not None
                for m in view.mentions)
            and not any(m.field == lead_time.LEAD for m in view.mentions))


def _drop_payment_days_reply(view: MessageView) -> None:
    """"90天太長，最多60天" answering "我們習慣開90天遠期信用證": the days are the credit's, not a
    lead time, unless their own sentence names one ("交期60天")."""
    view.mentions = [m for m in view.mentions if m.field != lead_time.LEAD
                     or lead_time.names_lead(view, m.start)]


def _small_talk(view: MessageView) -> bool:
    """One set test and one scan decide that most chat lines ("send photos pls") hold no term."""
    if not _ANY_FAMILY_WORD.isdisjoint(view.words) or _term_chars(view.low):
        return False
    return view.ascii or _ANY_CHINESE_KEYWORD.search(view.low) is None


def _prices_in_list_order(view: MessageView, states: dict[str, FieldState], catalogue: _Catalogue) -> None:
    """A price list (or a list of counts) naming none of the goods named before, each goods once,
    as many as the goods one earlier message named and nobody priced (or counted) yet: the
    prices go to those goods in their order ("1) inflatable flamingo 2) swim ring 3) arm bands" - "火烈鸟浮排 USD 3.60, 闪粉泳圈 USD
    0.95, 儿童手臂圈 USD 0.42"; "3x3 speed cube, 2x2 cube" - "三阶 USD 0.78, 二阶 USD 0.62")."""
    if catalogue.goods[0].key is None and any(n.endswith("@0") for n in states):
        return  # goods counted or priced without a name: the lists may not match
    for kind in (goods.PRICE, goods.QUANTITY):
        said = sorted((m for m in view.mentions if m.field == kind), key=lambda m: m.start)
        if len(said) < 2 or any(m.item is None for m in said) or len(said) != len(catalogue.keys()):
            continue
        named = [i for i, g in enumerate(catalogue.goods) if g.key is not None]
        keys = list(dict.fromkeys(m.item for m in said))
        if len(keys) != len(said) or len(keys) != len(named) or len({catalogue.goods[i].since for i in named}) != 1 \
                or catalogue.goods[named[0]].since >= view.index or catalogue.goods[named[0]].since in catalogue.unnamed \
                or any(n.startswith(f"{kind}@") for n in states) or any(catalogue.find(k) is not None for k in keys):
            continue
        # each to the goods whose name it shares words with, when that pairs them all one way
        # ("white handles, espag locks, SS friction hinges" for "casement handles, friction stays,
        # multipoint locks" listed in another order); else in the order of the lists
        by_words = _paired_by_words(keys, [catalogue.goods[i].key for i in named])
        for at, key in enumerate(keys):
            catalogue.alias(key, named[by_words[at]] if by_words is not None else named[at])


# a line of a numbered list holding a price and no name: "2. AUD 4.60"
_NUMBERED_PRICE_LINE = re.compile(r"(?m)^[ \t]*(\d{1,2})[.)][ \t]*(?=[^\n]*\d)(?![^\n]*[a-z\u4e00-\u9fff]{4})")


def _numbered_prices(view: MessageView, states: dict[str, FieldState], catalogue: _Catalogue) -> None:
    """A numbered list of bare prices ("1. AUD 3.95\n2. AUD 4.60\n3. AUD 9.80") as long as the
    list of goods one earlier message named, nobody priced yet: each price to the goods of its
    number."""
    said = sorted((m for m in view.mentions if m.field == goods.PRICE), key=lambda m: m.start)
    if len(said) < 2 or any(m.item is not None for m in said) or any(n.startswith(_PRICE_AT) for n in states):
        return
    named = [i for i, g in enumerate(catalogue.goods) if g.key is not None]
    if len(named) != len(said) or len({catalogue.goods[i].since for i in named}) != 1 \
            or catalogue.goods[named[0]].since >= view.index:
        return
    low = view.low
    numbers = []
    for m in said:
        line = _NUMBERED_PRICE_LINE.match(low, low.rfind("\n", 0, m.start) + 1)
        if line is None or line.end() > m.start:
            return
        numbers.append(int(line.group(1)))
    if numbers != list(range(1, len(said) + 1)):
        return
    for m, at in zip(said, named, strict=True):
        m.item = catalogue.goods[at].key


def _offer(view: MessageView, states: dict[str, FieldState], catalogue: _Catalogue,
           accepting: bool) -> set[str]:
    groups: dict[str, list[Candidate]] = {}
    first_at: dict[str, int] = {}  # where the message first names each field
    # a message that names two goods or more: a count or price it names no goods for is no one's
    # ("1. cutting mats (set of 4) 3000 sets\n2. beech rolling pins 2000 pcs": whose is 3000?)
    listed = len({m.item for m in view.mentions if m.field in _PER_ITEM and m.item is not None}) > 1
    catalogue.at, catalogue.listing, catalogue.role, catalogue.words = view.index, "\n" in view.low, view.role, view.words
    catalogue.said_now = frozenset(m.value[0] for m in view.mentions if m.field == goods_names.GOODS)
    sizes = catalogue.sizes()
    if len(catalogue.goods) == 1 and catalogue.goods[0].key is not None:
        _same_goods_recounted(view, states, catalogue)
    if catalogue.several():
        if any(m.field == goods.QUANTITY and m.item is None for m in view.mentions):
            _count_answered(view, states, catalogue)
        if "\n" in view.low:
            _numbered_prices(view, states, catalogue)
        _prices_in_list_order(view, states, catalogue)
        _counters_in_order(view, states, catalogue)
        _one_price_for_all(view, states, catalogue)
        _the_one_left(view, states, catalogue)
    for m in view.mentions:
        if m.field in _PER_ITEM:
            if sizes and not goods_names.is_size(m.item):
                # "actually make the 90cm 1200 pcs", "can you do 8.00 on the 12 inch?"
                m.item = (m.size if m.size in sizes else None) or m.item \
                    or goods_names.size_in(view.low, *view.clause_at(m.start), sizes)
            if m.item is None and m.size is not None and catalogue.several():
                # "5L is USD 3.90 EXW" after "3L pump salad spinner" and "5L big salad spinner": the
                # one goods whose name has that size
                m.item = catalogue.of_size(m.size)
            if m.item is None and m.field == goods.QUANTITY and catalogue.several():
                # "3000 pads at 0.35" after "2000 pads of sticky notes": the one goods counted in pads
                # (or "we order 300kg" when one goods alone has a price or count on the table)
                m.item = _counted_in(m.value[1], states, catalogue) or (None if listed else _only_negotiated(states, catalogue))
            if m.item is None and listed and m.field == goods.QUANTITY:
                catalogue.unnamed.add(view.index)
                continue
            if m.item is None and catalogue.several() and m.field == goods.PRICE:
                # "三通有点贵，1.10可以吗？", "RB-6 at 0.85 we can't do, must be 0.98"
                m.item = _named_in_sentence(view, m.start, catalogue)
            if m.item is None and catalogue.several():
                near = _nearest_priced(m.value[0], states, catalogue) if m.field == goods.PRICE else None
                if near is None and m.field == goods.PRICE and not listed \
                        and sum(1 for x in view.mentions if x.field == goods.PRICE) == 1 \
                        and not any(n.startswith(_PRICE_AT) and st.on_table() for n, st in states.items()) \
                        and (only := _only_negotiated(states, catalogue)) is not None \
                        and catalogue.goods[catalogue.index(only)].named_in.isdisjoint(_ANOTHER_ASKED):
                    # "a 22 inch kamado grill, 2-tier stainless grate and nest stand ... for 300
                    # units?" - "FOB Xiamen USD 189/unit": the price of the one goods counted, the
                    # chat's first (not "USD 0.35/pc" after "Mugs USD 1.20" - "And the coasters?")
                    near = f"{goods.PRICE}@{catalogue.index(only)}"
                if near is None:
                    continue  # "3000 sets" in a chat of several goods: whose quantity is it?
                name = near  # "3-ply can be 1.30?" against HK$6.20 and HK$1.45: the 1.45 goods
            else:
                at = catalogue.index(m.item)
                name = f"{m.field}@{at}"
                if catalogue.goods[at].dropped is not None and catalogue.goods[at].dropped < view.index:
                    catalogue.goods[at].dropped = None  # counted or priced again: back in the order
            states.setdefault(name, FieldState(prices=m.field == goods.PRICE))
            if m.field == goods.PRICE:
                catalogue.priced_at = view.index  # (a price on the table: see _put_off)
        elif m.field in states:
            name = m.field
            if name == payment.METHOD and accepting and _part_of_split(m.value, states[name]):
                continue  # "30% 電匯訂金，70% 付款交單" - "可以，D/P 即期": one share's method, restated
        else:
            continue
        ev = view.evidence(m.start, m.end)
        first_at.setdefault(name, m.start)
        bucket = groups.setdefault(name, [])
        same = next((g for g in bucket if compatible(g.value, m.value)), None)
        if same is None:
            bucket.append(Candidate(m.value, view.role, view.index, m.kind, [ev]))
        else:
            same.value = merge(same.value, m.value)
            same.evidence.append(ev)
            if m.kind == OPTION or (m.kind == STATEMENT and same.kind != OPTION):
                same.kind = m.kind
    deferring = len(groups) and defers(view.low)
    for name, bucket in groups.items():
        if deferring and len(bucket) > 1:
            # "for FOB vs CIF let me compare w/ a forwarder quote first": the choice is open again
            states[name].reopen(bucket, view.role)
            continue
        if deferring and any(p.role != view.role and compatible(p.value, bucket[0].value)
                             for p in states[name].pending) \
                and defers(view.low[slice(*view.sentence_at(first_at[name]))]) \
                and not any(m.field == goods.PRICE for m in view.mentions):  # an offer priced is made
            # "报个CFR吉大港吧" - "我问下货代CFR的价格，下午回复": named back while put off, no
            # yes, and no later "可以" of this side's takes it up until it answers
            states[name].put_off_by = view.role
            continue
        if deferring and name == "split" and any(p.role != view.role and not compatible(p.value, bucket[0].value)
                                                 for p in states[name].pending) \
                and any(c.role == view.role and compatible(c.value, bucket[0].value)
                        for c in (*states[name].pending, *states[name].superseded)):
            # "Could you accept 30% deposit?" - "Let me check with my boss, normally for new
            # customers we need 50%": its own share said again while it weighs the counter, which
            # stays open
            continue
        if name == "split" and view.alternatives and _WHOLE_SUM & {
                m.value[0] for m in view.mentions if m.field == payment.METHOD} \
                and all(c.value[0] not in (None, 100) for c in bucket):
            # "两个 option: L/C at sight, 或者 T/T 30% deposit 70% before shipment. 你选": a split
            # beside an instrument for the whole sum, offered to choose from, is an option until
            # one is chosen (not "100% before shipment, T/T or PayPal": the split of either)
            for c in bucket:
                c.kind = OPTION
        agreed = states[name].agreed
        if deferring and agreed is not None and not compatible(agreed.value, bucket[0].value):
            # "can you make 15 days instead of 20?" - "15 days 有点难, 我问下生产部": the change
            # asked for is being weighed, so what was agreed is open again
            states[name].reopen([agreed, *bucket], view.role)
            continue
        if name == "incoterm" and agreed is not None and len(bucket) == 1 \
                and bucket[0].value[0] not in (None, agreed.value[0]) and _INSTEAD.search(view.low):
            # "we prefer CFR San Antonio instead of FOB, can you?": the agreed rule asked to be
            # changed is open again, the two rules on the table; asked as a question ("能不能改成
            # CIF洛杉矶？"), it is open while the question stays unanswered
            if bucket[0].kind == STATEMENT:
                states[name].reopen([agreed, *bucket], view.role)
                continue
            states[name].change_asked = bucket[0]
        states[name].offer(bucket, view.role, accepting,
                           alternatives=view.alternatives and name == payment.METHOD,
                           # (and a count cut or raised with a sorry by the side whose count was
                           # agreed: "sorry, boss says only 800 sets this time" - open again)
                           regret=(name in ("lead_time", "split", "incoterm") or name.startswith(_QUANTITY_AT))
                           and _regrets(view))
    if "incoterm" not in groups and (priced := next((m for m in view.mentions if m.field == goods.PRICE
                                                      and m.value[1] is not None), None)) is not None:
        _priced_as_asked(view, states["incoterm"], priced)
    # the goods named in words first, so a size names its goods in that size ("floating wall
    # shelves: 60cm x 2000 pcs")
    named = [m for m in view.mentions if m.field == goods_names.GOODS]
    if len(named) > 1 and catalogue.sizes():
        _names_before_sizes(view, named, catalogue)
    for m in sorted(named, key=lambda m: goods_names.is_size(m.value[0])) if len(named) > 1 else named:
        catalogue.name(view, m)
    return set(groups)


# a side sorry for what it now offers: "sorry, line is full, we need 35 days", "25天做不到"
_REGRET = re.compile(r"\b(?:sorry|unfortunately|apolog\w*|regret)\b|不好意思|唔好意思|抱歉|对不起|對不起|做不到|做不了|來不及|来不及")
# what the sentence of the new lead time says: sorry, or that it is needed ("we need 35 days", "要40天")
_NOW_NEEDED = re.compile(_REGRET.pattern + r"|\b(?:need|needs|require|requires|required)\b|需要|要")
_COLOURS_ONE_PRICE = re.compile(r"\bsame price\b|\b(?:both|all|two|the) colou?rs? (?:are |at )?(?:the )?same\b|"
                                r"\bfor (?:both|all|the two|all the) colou?rs\b|"  # ("USD 17.60/pc FOB Shenzhen for both colours")
                                r"\bcolou?rs? same\b|同价|同價|同一个?价|同一個?價|一个价|一個價")
# the price taken while something else is put off: "price ok, lead time let me check"
_PRICE_TAKEN = re.compile(r"\bprice (?:is )?(?:ok|okay|fine|good|accepted|agreed)\b|\bok with (?:the |your )?price\b|"
                          r"价格(?:可以|没问题|ok|行)")
_DEFER_HINT = re.compile(r"\b(?:check|ask|confirm|discuss|consider|think|reply|revert|tomorrow|later|boss|manager)\b|"
                         r"问|問|老板|老闆|回复|回覆|明天|考虑|考慮|商量|确认|確認")
_REGRET_WORDS = frozenset({"sorry", "unfortunately", "apologies", "apologize", "apologise", "apologized",
                           "apologised", "apologizing", "apologising", "apology", "regret"})


_HABIT_WORDS = frozenset({"usually", "normally", "generally", "typically"})
_HABIT = re.compile(r"\b(?:usually|normally|generally|typically)\b")
_BUT = re.compile(r"\bbut\b")
_HABIT_FIELDS = frozenset({payment.SPLIT, goods.PRICE})
# what makes the value after "but" a concession to the other side ("but ok, 20/80 for you"), and
# what makes it a condition, a tier or an alternative instead ("but 5000 pcs USD 4.00", "but L/C
# is also possible", "but in peak season 35 days")
_CONCESSION = re.compile(r"\b(?:ok|okay|fine|for you|this time|can do|we can|accept(?:ed)?)\b")
_NO_CONCESSION = re.compile(r"\b(?:if|also|possible|or|peak|season)\b|\bfor \d|\d\s*(?:pcs|pieces|sets|units)\b")


def _drop_habits(view: MessageView) -> None:
    """"We usually do 30/70 but ok, 20/80 for you": a split or price after "usually / normally /
    generally / typically", followed in its sentence by "but", a concession and the next value of
    that term (of the same goods), is no offer; the value conceded is. One pass over the values of
    each term, the "but"s looked up by bisection."""
    low, drop = view.low, set()
    buts = [m.start() for m in _BUT.finditer(low)]
    if not buts:
        return
    by_field: dict[str, list[Mention]] = {}
    for m in view.mentions:
        if m.field in _HABIT_FIELDS:
            by_field.setdefault(m.field, []).append(m)
    for said in by_field.values():
        said.sort(key=lambda m: m.start)
        for m, n in zip(said, said[1:], strict=False):
            ss, se = view.sentence_at(m.start)
            if n.start >= se or (m.field == goods.PRICE and n.item != m.item) \
                    or not _HABIT.search(low, max(ss, m.start - 40), m.start):
                continue
            k = bisect_left(buts, m.end - 1)
            if k == len(buts) or buts[k] >= n.start:
                continue
            between = low[buts[k]:n.start]
            if _CONCESSION.search(between) and not _NO_CONCESSION.search(between):
                drop.add(id(m))
    if drop:
        view.mentions = [m for m in view.mentions if id(m) not in drop]


def _the_one_left(view: MessageView, states: dict[str, FieldState], catalogue: _Catalogue) -> None:
    """"Model MB-202, 2 cranks, ABS boards: USD 265/unit. Overbed table, ABS top: USD 38/unit"
    after a bed and an overbed table were counted: as many prices as goods, all but one named,
    each of other goods; the one left unnamed is the price of the goods left."""
    said = [m for m in view.mentions if m.field == goods.PRICE]
    listed = [i for i, g in enumerate(catalogue.goods) if g.key is not None and g.dropped is None]
    if len(said) < 2 or len(said) != len(listed) or catalogue.unnamed \
            or any(catalogue.goods[i].since >= view.index for i in listed):
        return  # (not when goods were counted with no name: "C型钢 35吨；中压块5000个")
    # (or named in words no goods had: "- silicone half mask, M: USD 6.90/pc" after "half face
    # respirator (twin filter, silicone, size M) 800 pcs" and two goods named as before)
    unnamed = [m for m in said if (m.item is None or not goods_names.is_size(m.item)
                                   and catalogue.find(m.item) is None)]
    if len(unnamed) == len(said) and _all_in_order(view, said, listed, states, catalogue):
        return  # "木质球钉70mm USD 0.018/pc, 磁性球标 with logo USD 0.35/pc" after the two counted in English
    if len(unnamed) != 1:
        return
    found = [catalogue.find(m.item) for m in said if m is not unnamed[0]]
    if None in found or len(set(found)) != len(found):
        return
    left = [i for i in listed if i not in found]
    if len(left) != 1 or not isinstance(amount := unnamed[0].value[0], Decimal):
        return
    # in the goods' own place in the list ("Tote bag: USD 1.20. Logo printing: USD 0.15" after
    # "tote bags ..., plus drawstring pouches": the second place is the pouches', but see below)
    said.sort(key=lambda m: m.start)
    listed.sort(key=lambda i: (catalogue.goods[i].since, catalogue.goods[i].evidence[0].start
                               if catalogue.goods[i].evidence else 0))
    if said.index(unnamed[0]) != listed.index(left[0]):
        return
    label, g = unnamed[0].item, catalogue.goods[left[0]]
    if label is not None and (_ADD_ON.search(label) or not _shares_a_word(label, g)):
        return  # an add-on, an option or a service, or words of no goods of the chat
    if unnamed[0].size is not None and unnamed[0].size not in goods_names.sizes_in(f"{g.name} {g.spec}"):
        return  # (a size of no goods named: "60cm x 2000 pcs" is a variant of its own)
    # (a price of that goods on the table is near it: not "备用主轴 4200元" against a machine's 68000)
    state = states.get(f"{_PRICE_AT}{left[0]}")
    if state is None or not state.amounts() or any(_near(amount, v) for v in state.amounts()):
        if label is not None:
            catalogue.alias(label, left[0])
        unnamed[0].item = catalogue.goods[left[0]].key


def _all_in_order(view: MessageView, said: list[Mention], listed: list[int], states: dict[str, FieldState],
                  catalogue: _Catalogue) -> bool:
    """A first price list naming none of the goods as the chat named them (another language, or
    no name), as many prices as the goods one earlier message named: each price is that of the
    goods in its place, when a size a price carries is in the name of the goods in its place."""
    if len({catalogue.goods[i].since for i in listed}) != 1 or any(f"{_PRICE_AT}{i}" in states for i in listed) \
            or any(f"{goods.QUANTITY}@{i}" not in states for i in listed) \
            or any(m.item is not None and _ADD_ON.search(m.item) for m in said):
        return False  # (every goods counted, none priced yet)
    said = sorted(said, key=lambda m: m.start)
    if _CHOICE_BETWEEN.search(view.low, said[0].end, said[-1].start):
        return False  # "FOB Ningbo USD 24.80/pc or CIF Jebel Ali USD 26.90/pc": one goods' options
    # each price named by a word of the goods in its place, or in the other language (where the
    # names can't be compared), never a list of options ("FOB USD 1.20, CIF USD 1.45", "last year
    # USD 1.10, now USD 1.20", "sea USD 1.20 / air USD 1.60")
    order = sorted(listed, key=lambda i: catalogue.goods[i].evidence[0].start if catalogue.goods[i].evidence else 0)
    floor = 0
    for m, i in zip(said, order, strict=True):
        g = catalogue.goods[i]
        label = _OPTION_WORDS.sub(" ", view.low[max(floor, view.clause_at(m.start)[0]):m.start]).strip()
        other = _HAN_NAME.search(label) if g.name.isascii() else _LATIN_WORDS.search(label)
        if other is None and not (label and _shares_a_word(label, g)):
            return False
        floor = m.end
    if any(m.size is not None and m.size not in goods_names.sizes_in(catalogue.goods[i].name)
           for m, i in zip(said, order, strict=True)):
        return False
    for m, i in zip(said, order, strict=True):
        if m.item is not None:
            catalogue.alias(m.item, i)
        m.item = catalogue.goods[i].key
    return True


_CHOICE_BETWEEN = re.compile(r"\bor\b|或|还是|還是|\beither\b")
_OPTION_WORDS = re.compile(r"\b(?:usd|us\$|eur|rmb|cny|fob|cif|cfr|exw|ddp|dap|fca|cpt|cip|sea|air|price|per|pc|pcs|set|unit)\b|"
                           r"含税|不含税|含稅|不含稅|海运|空运|美金|美元|人民币|元")
# what a price list also prices beside the goods: an option, an add-on, a service or a box
_ADD_ON = re.compile(r"print|logo|engrav|upgrade|version|option|kit\b|box|freight|shipping|sample|plate|mou?ld|"
                     r"emboss|label|packag|insert card|印|加|材质|材質|运费|運費|样品|樣品|包装|包裝|版")
_LATIN_WORDS = re.compile(r"[a-z]{3,}")
_GENERIC_HAN = frozenset("的个個一型款色号號大小新")


def _shares_a_word(label: str, g: _Goods) -> bool:
    """The label names the goods with a word of theirs (a Latin word of three letters or more, or
    two Chinese characters): "silicone half mask" and "half face respirator (..., silicone ...)"."""
    name = f"{g.key} {g.name.lower()} {g.spec}"
    if label.isascii() != f"{g.key} {g.name.lower()}".isascii():
        return True  # named in the other language ("10功能喷枪" for the "10-pattern spray nozzle"): no word to compare
    if label.isascii():
        return any(w in name.split() or f" {w}" in f" {name}" for w in _LATIN_WORDS.findall(label))
    return any(c in name for c in label if _HAN_NAME.fullmatch(c) and c not in _GENERIC_HAN)


def _names_before_sizes(view: MessageView, named: list[Mention], catalogue: _Catalogue) -> None:
    """"单面1200x2400 1680元/套，双面1000x2000 2150元/套" after the two sizes were counted: a name
    written right before a size the chat has counted or priced names that size's goods ("单面1600可以")."""
    sizes = sorted((m for m in named if goods_names.is_size(m.value[0])), key=lambda m: m.start)
    for m in named:
        if goods_names.is_size(m.value[0]) or catalogue.find(m.value[0]) is not None:
            continue
        after = next((z for z in sizes if 0 <= z.start - m.end <= 1), None)
        if after is not None and (at := catalogue.find(after.value[0])) is not None \
                and catalogue.goods[at].since < view.index:
            catalogue.alias(m.value[0], at)


def _regrets(view: MessageView) -> bool:
    """The message says sorry (a set test for English lines, the pattern for Chinese ones)."""
    return not _REGRET_WORDS.isdisjoint(view.words) or (not view.ascii and _REGRET.search(view.low) is not None)


_DAYS_WORD = re.compile(r"\bdays?\b|\bweeks?\b|天|周|星期")
def _priced_as_asked(view: MessageView, state: FieldState, priced: Mention) -> None:
    """"FOB廈門每打多少？" - "每打美金10.8": a price quoted in answer to a price asked for a rule
    and place states that rule and place (the asker's later "ok" settles both)."""
    asked = state.pending[-1] if len(state.pending) == 1 and state.agreed is None else None
    if asked is None or asked.role == view.role or asked.kind != QUESTION or None in asked.value[:2] \
            or asked.index != view.index - 1:
        return
    state.offer([Candidate(asked.value, view.role, view.index, STATEMENT, [view.evidence(priced.start, priced.end)])],
                view.role, False)


_LIST_GAP = re.compile(r"\s*(?:[/,，、;&|]|\band\b|和|跟|及)\s*")


_SAME_PRICE = re.compile(r"\ball (?:sizes|colou?rs|models|styles)(?: (?:are|is|at))? (?:the )?same price|"
                         r"\bsame price (?:for )?(?:all|every|each)|同价|同一个?价|一个价|一样价|一样的价|统一价|統一價")


_PLAIN_UNITS = frozenset({None, "pcs", "units", "sets", "pairs", "cartons"})
_WEIGHT_AND_LENGTH = frozenset({"kg", "MT", "m", "meters", "metres", "sqm", "yards", "yds"})


# words of a message that asks about other goods besides the ones it counts ("Also please quote
# the USB-C cables", "Do you have the glass lids separately?")
_ANOTHER_ASKED = frozenset({"also", "separately", "too", "besides", "plus"})


def _only_negotiated(states: dict[str, FieldState], catalogue: _Catalogue) -> str | None:
    """The key of the one goods with a price or a count on the table, when the others the chat
    named have none ("interested in dried shiitake, tea flower grade" - "tea flower 4-5cm USD
    26/kg" - "we order 300kg": the tea-flower grade's count)."""
    found = None
    for i in range(len(catalogue.goods)):
        if any((st := states.get(f"{kind}@{i}")) is not None and st.on_table() for kind in (goods.PRICE, goods.QUANTITY)):
            if found is not None:
                return None  # (two goods on the table: no telling)
            found = i
    return None if found is None else catalogue.goods[found].key


def _counted_in(unit: str | None, states: dict[str, FieldState], catalogue: _Catalogue) -> str | None:
    """The key of the one goods whose count on the table is in `unit`, a unit of its own ("pads",
    "rolls", "kg"), not one most goods are counted in; else None."""
    if unit in _PLAIN_UNITS or not unit.isascii() or unit in _WEIGHT_AND_LENGTH:
        return None  # (a measure word or a weight is said of many goods: "40張", "15kg")
    found = [g.key for i, g in enumerate(catalogue.goods)
             if g.key is not None and (st := states.get(f"{goods.QUANTITY}@{i}")) is not None
             and any(len(c.value) > 1 and c.value[1] == unit for c in st.on_table())]
    return found[0] if len(found) == 1 else None


def _one_price_for_all(view: MessageView, states: dict[str, FieldState], catalogue: _Catalogue) -> None:
    """One price for every size of the goods, in a chat whose goods are told apart by size only:
    said so ("all sizes same price USD 22.5/箱"), or a bare counter ("22 ok?") against sizes all
    priced the same. Each size gets its copy."""
    bare = [m for m in view.mentions if m.field == goods.PRICE and m.item is None and m.size is None]
    if len(bare) != 1:
        return
    keys = [g.key for g in catalogue.goods if g.key is not None and g.dropped is None]
    if len(keys) < 2 or not all(goods_names.is_size(k) for k in keys):
        return  # (sizes of one goods only: "兩個顏色同價" of one goods beside others is no price of all)
    m = bare[0]
    if not _SAME_PRICE.search(view.low):  # a counter: only when every size has the one same price on the table
        table = [states.get(f"{_PRICE_AT}{i}") for i, g in enumerate(catalogue.goods) if g.key in keys]
        prices = {tuple(st.amounts()[:1]) if st is not None else () for st in table}
        if len(prices) != 1 or () in prices:
            return
        (price,), = prices
        if not isinstance(m.value[0], Decimal) or not Decimal("0.75") <= m.value[0] / price <= Decimal("1.25"):
            return
    view.mentions.remove(m)
    view.mentions += [Mention(m.field, m.value, m.start, m.end, m.kind, k) for k in keys]


# (among a handful of goods: a chat of dozens names them by code, and the search would cost)
_ASKED_AMONG = 12
# a question for the price of goods: "机油滤芯按个算多少", "how much for the oil filter per piece?"
_PRICE_ASKED = re.compile(r"多少钱?|几块|什么价|啥价|how much|what(?:'s| is) the price|price\s*\?|价格\s*[?？]|价钱\s*[?？]")


def _may_ask_price(text: str, plain: tuple[str, frozenset[str]] | None) -> bool:
    """What every _PRICE_ASKED match contains, tested before the text is folded."""
    if plain is not None:
        return "price" in plain[1] or "much" in plain[1]
    if "多少" in text or "几" in text or "幾" in text or "价" in text or "價" in text or "啥" in text:
        return True
    low = text.lower()
    return "how much" in low or "price" in low


def _price_asked_of(low: str, catalogue: _Catalogue, role: Role, index: int) -> tuple[Role, int, str] | None:
    """(asker, message, key) when the question names one of the chat's goods and no other."""
    if _DIGIT.search(low):
        return None  # (a question with a figure is a counter-offer, read as one)
    owners, _, _ = catalogue.aliases()
    found = _goods_named(low, (*owners.items(), *catalogue.noted_names().items()), 0, len(low))
    return (role, index, catalogue.goods[found.pop()].key) if len(found) == 1 else None


def _goods_named(low: str, aliases, start: int, end: int) -> set[int]:
    """The goods `low[start:end]` names by the (alias, goods) pairs `aliases`, a Latin alias only
    as whole words; it stops at the second goods (callers want one)."""
    found: set[int] = set()
    for alias, goods_at in aliases:
        at = low.find(alias, start, end)
        if at >= 0 and not (alias.isascii() and (at > 0 and low[at - 1].isalnum()
                                                 or at + len(alias) < len(low) and low[at + len(alias)].isalnum())):
            found |= goods_at
            if len(found) > 1:
                break
    return found


def _named_in_sentence(view: MessageView, pos: int, catalogue: _Catalogue) -> str | None:
    """The key of the one goods named at the start of the sentence at `pos`, before it ("三通有点贵，
    1.10可以吗？"), when the sentence names no other goods before it; else None."""
    owners, _, _ = catalogue.aliases()
    s, e = view.sentence_at(pos)
    low = view.low
    s += len(low[s:pos]) - len(low[s:pos].lstrip())
    if not any(low.startswith(alias, s) for alias in owners):
        return None
    found = _goods_named(low, owners.items(), s, pos)
    return catalogue.goods[found.pop()].key if len(found) == 1 else None


def _counters_in_order(view: MessageView, states: dict[str, FieldState], catalogue: _Catalogue) -> None:
    """"can do 0.21 and 0.26?", "0.62 / 0.78 / 1.15": as many bare prices as there are goods
    priced, each near the price of the goods in its place, are those goods' counters in the
    order the goods were named. Any figure out of its place leaves them all to _nearest_priced."""
    bare = [m for m in view.mentions if m.field == goods.PRICE and m.item is None and m.size is None]
    if len(bare) < 2:
        return
    priced = [(g.key, state.amounts()) for i, g in enumerate(catalogue.goods)
              if g.dropped is None and (state := states.get(f"{_PRICE_AT}{i}")) is not None and state.amounts()]
    if len(priced) != len(bare) or any(key is None for key, _ in priced):
        return
    bare.sort(key=lambda m: m.start)
    if any(not _LIST_GAP.fullmatch(view.low, a.end, b.start) for a, b in zip(bare, bare[1:], strict=False)):
        return  # "斜口70，尖嘴維持68": each figure after a name of its own, not a list in order
    exact = [[key for key, amounts in priced if m.value[0] in amounts] for m in bare]
    if all(len(keys) == 1 for keys in exact) and len({keys[0] for keys in exact}) == len(bare):
        # "ok 94 and 78, deal" after "NVR 78" and "PTZ 94": each figure the price of one goods
        # on the table, in whatever order they come
        for m, keys in zip(bare, exact, strict=True):
            m.item = keys[0]
        return
    for m, (_, amounts) in zip(bare, priced, strict=True):
        if not isinstance(m.value[0], Decimal) or not any(_within_a_quarter(m.value[0], v) for v in amounts):
            return
    for m, (key, _) in zip(bare, priced, strict=True):
        m.item = key


def _part_of_split(value: tuple, state: FieldState) -> bool:
    """A single method that pays one share of the split across instruments on the table."""
    if isinstance(value[0], tuple):
        return False
    return any(isinstance(c.value[0], tuple) and any(p[0] == value[0] for p in c.value[0]) for c in state.on_table())


def _history(res: Resolution, fmt: Callable[[tuple], str]) -> list[Superseded]:
    return [Superseded(summary=fmt(c.value), evidence=c.evidence) for c in res.superseded]


def _fmt_incoterm(v: tuple) -> str:
    return f"{v[0]} {v[1]}" if v[1] else str(v[0])


def _fmt_split(v: tuple) -> str:
    if v[5] != "%":
        return f"{v[5]} {v[0]} deposit" + (", balance" if v[1] is not None else "")
    return f"{v[0]}% deposit" + (f", {v[1]}% balance" if v[1] is not None else "")


def _fmt_days(v: tuple) -> str:
    lo, hi = v[0], v[1]
    return f"{lo}-{hi} days" if lo is not None and lo != hi else f"{hi} days"


def _fmt_method(v: tuple) -> str:
    return " + ".join(str(p[0]) for p in v[0]) if isinstance(v[0], tuple) else str(v[0])


def _installments(split: tuple | None, how: PaymentMethod,
                  evidence: list[Evidence]) -> list[Installment]:
    """Deposit and balance; a fixed deposit keeps its amount and the balance no share nobody said.

    A split across instruments names the first share's trigger (ON_ORDER only when the chat calls
    it a deposit or advance): "70 % by L/C at sight" is no deposit."""
    if not split:
        return []
    deposit, balance, trigger, due, event, unit = split[:6]
    if unit == "%":
        first_trigger = (split[6] if len(split) > 6 else PaymentTrigger.ON_ORDER) or \
            PaymentTrigger.UNSPECIFIED
        first = Installment(percent=deposit, trigger=first_trigger, method=how, evidence=evidence)
    else:
        first = Installment(fixed_amount_minor=to_minor(deposit, unit), currency=unit,
                            trigger=PaymentTrigger.ON_ORDER, method=how, evidence=evidence)
    out = [first]
    if len(split) > 7 and split[7]:  # the rest in several shares, each with its own trigger
        return out + [Installment(percent=share, trigger=trig or PaymentTrigger.UNSPECIFIED,
                                  trigger_event=ev, due_days=days, method=how, evidence=evidence)
                      for share, trig, days, ev in split[7]]
    if balance == "rest" or (balance is not None and balance > 0):
        out.append(Installment(percent=None if balance == "rest" else balance,
                               trigger=trigger or PaymentTrigger.UNSPECIFIED, trigger_event=event,
                               due_days=due, method=how, evidence=evidence))
    return out


_ANOTHER_GOODS = re.compile(r"\b(?:also|another|additional|too|as well|how about|what about)\b|也要|另外|再加|还要|還要")


_LENGTH_UNITS = frozenset({"metres", "米", "m", "meter", "meters"})
_PRICED_PER_METRE = Decimal(-1)  # (kept among the lengths said: a chat that prices per metre)
_LENGTH_SAID = re.compile(r"(?<![\d.x×*])(\d{1,3}(?:\.\d+)?)\s*(?:m|米|metres?|meters?)(?![a-z\d²2])")


def _spec_lengths(view: MessageView, said: set[Decimal]) -> None:
    """A length written beside a count in another unit is a spec of the goods ("H beam ... 12m,
    150 MT", "拉森鋼板樁 12米，要四百二十支"); the same length said again later ("loading in 40GP,
    12m fits", "SP-III 12米 CIF台中 每支 NT$18,500") is no count of metres."""
    if any(m.field == goods.PRICE and len(m.value) > 3 and m.value[3] == "metre" for m in view.mentions):
        said.add(_PRICED_PER_METRE)  # "USD 0.9/m": metres are what the goods are sold in; a count of them is one
    counts = [m for m in view.mentions if m.field == goods.QUANTITY]
    if any(m.value[1] is not None and m.value[1] not in _LENGTH_UNITS for m in counts):
        said.update(v for x in _LENGTH_SAID.finditer(view.low) if (v := parse_decimal(x.group(1))) is not None)
        return
    if said and _PRICED_PER_METRE not in said and any(m.value[1] in _LENGTH_UNITS and m.value[0] in said for m in counts):
        view.mentions = [m for m in view.mentions if not (m.field == goods.QUANTITY and m.value[1] in _LENGTH_UNITS
                                                          and m.value[0] in said)]


def _same_goods_recounted(view: MessageView, states: dict[str, FieldState], catalogue: _Catalogue) -> None:
    """"300 pcs soft enamel pins: USD 0.95" after "need 300 custom enamel pins", "3 units heavy-duty
    escalator" after "3 complete escalators": the one goods of the chat, counted again the same by
    the other side with another word before its head noun, is no other goods (not "5L big salad
    spinner" after "3L salad spinners", a count of its own; not "also 200 gaming chairs" after
    "200 office chairs", nor the seller's answer to it)."""
    known = catalogue.goods[0].key
    if catalogue.goods[0].named_by == view.role or _ANOTHER_GOODS.search(view.low):
        return  # (the side that named it naming other goods: "also 200 gaming chairs")
    counted = state.amounts() if (state := states.get(f"{goods.QUANTITY}@0")) is not None else []
    named = {m.item for m in view.mentions if m.field in _PER_ITEM and m.item is not None}
    if len(named) != 1 or not counted:
        return
    new = next(iter(named))
    if new == known or catalogue.find(new) is not None:
        return
    if not known.isascii() and new.isascii() or not new.isascii() and (
            _ACCESSORY_HAN.search(new) or states.get(f"{goods.PRICE}@0") is not None and states[f"{goods.PRICE}@0"].amounts()):
        return  # (not an accessory of the same count, "杯盖1000个" after "1000 pcs paper coffee cups", nor
        # a name given after the goods were priced: "gift box 1000 pcs RMB 3/pc" after "保温杯每个18元")
    if new.isascii():
        if (word := new.split(" ", 1)[0]) in catalogue.heard and word not in catalogue.goods[0].named_in:
            # (its own word said after the goods were named: "how about 1000 black mugs?" - "1000 black
            # mugs USD 0.95"; not "need 300 custom enamel pins, soft or hard which is better?")
            return
        if new.rsplit(" ", 1)[-1] != known.rsplit(" ", 1)[-1] or " " not in new or " " not in known:
            return
    # (a name in Chinese for the same count of goods named in Latin letters and not priced yet is the same
    # goods whatever its words: "手持金属探测器 US$14.5/pc, 50 pcs no problem" after "need 50 pcs hand
    # held metal detector", "两万张双面印刷" after "IC门禁卡要两万张")
    recount = [m for m in view.mentions if m.field == goods.QUANTITY and m.item == new]
    if not new.isascii() and (_UPSELL.search(view.low) or not {_unit_said(view.low[m.start:m.end]) for m in recount}
                              <= {_unit_said(ev.quote.lower()) for c in state.on_table() for ev in c.evidence}):
        # (in the unit word the goods were counted in, and not offered: not "圆珠笔5000支 USD 0.1" after
        # "5000 pcs notebooks", "钢化膜1000片，每片0.3美金，要不要？")
        return
    if recount and all(m.value[0] in counted for m in recount):
        catalogue.alias(new, 0)


def _unit_said(quote: str) -> str:
    """The unit word of a count's quote as written: "50 pcs" -> "pcs", "两万张" -> "张"."""
    return _COUNT_FIGURES.sub("", quote)


_COUNT_FIGURES = re.compile(r"[\d\s,.]|[一二两兩三四五六七八九十百千万萬]+(?=[^一二两兩三四五六七八九十百千万萬]*$)")
# other goods offered beside the ones counted: "钢化膜1000片，每片0.3美金，要不要？"
_UPSELL = re.compile(r"[?？]|要不要|也有|也可以|可以配|需要吗|需要嗎|要吗|要嗎")
# what comes with goods or holds them, and another style of them: no other name of the goods counted
_ACCESSORY_HAN = re.compile(r"盖|蓋|盒|袋|箱|架|电池|電池|电源|電源|遥控|遙控|配件|(?<!印)刷|贴|貼|标签|標籤|吊牌|说明书|說明書|"
                            r"包装|包裝|款|套|垫|墊|线|線|头|頭")


def _nearest_priced(amount: object, states: dict[str, FieldState], catalogue: _Catalogue) -> str | None:
    """The one line item whose price on the table a bare counter-offer is within a quarter of,
    or None: in a chat of several goods a price that names none is theirs only when no other
    goods' price is anywhere near it (goods dropped from the order are none: "2240 ... skip
    it. Let's do 60 pcs of BG-2231 only", then "192 is the best")."""
    if not isinstance(amount, Decimal) or amount <= 0:
        return None
    near = []
    for name, state in states.items():
        if not name.startswith(f"{goods.PRICE}@") or catalogue.goods[int(name.split("@", 1)[1])].dropped is not None:
            continue
        gaps = [abs(amount / v - 1) for v in state.amounts() if Decimal("0.75") <= amount / v <= Decimal("1.25")]
        if gaps:
            near.append((min(gaps), name))
    if len(near) == 1:
        return near[0][1]
    near.sort()
    # "ok 0.9 可以" against USD 0.95 and USD 1.10: a counter a few percent off one price and
    # far from every other is that price's
    if len(near) > 1 and near[0][0] <= Decimal("0.1") and near[1][0] >= max(3 * near[0][0], Decimal("0.15")):
        return near[0][1]
    return None


# A bare figure after the name of goods priced before: "runner 12元, placemats 17.5", "front
# 21.80, rear 19.00, strut mount 6.70" (the figure opens no count, days or share)
_NAMED_FIGURE = re.compile(r"(?<![\d.,])(\d{1,5}(?:\.\d{1,4})?)(?![\d%a-z\"'″]|[.,]\d|\s*(?:pcs|pc\b|pieces|sets?\b|pairs?\b|"
                           r"units?\b|days?\b|weeks?\b|months?\b|ctns?\b|cartons?\b|rolls?\b|kgs?\b|mt\b|tons?\b|"
                           r"[x×*]|[-~到至]|[天周个件套只条双张台箱卷支副根片颗粒部桶罐瓶盒包袋对對條隻組组]))")
_NAME_TAIL = re.compile(r"[\s:：=@$]*(?:(?:usd|us\$|rmb|eur)\s*)?(?:(?:is|at|to|改|改成|要|可以算|算|维持|維持)\s*)?$")
# A whole number after a name: "Safes 180" (with a unit or a word after it, it is read elsewhere)
# (not a size, "立柱片 1000*6000：US$ 205/片", nor a figure labelling a price, "横梁 2500：US$ 26.5/根",
# nor a section's number, "槽钢10#")
_NAMED_COUNT = re.compile(r"(?<![\d.,\-a-z#*x×])(\d{1,3}(?:,\d{3})+|\d{2,7}|\d{1,3}(?:\.\d)?k(?![a-z]))"
                          r"(?![\d%#]|[.,]\d|\s*(?:[a-z]|[-~到至x×*]|[\u4e00-\u9fff])|[ \t]*[:：=][ \t]*(?:¥|￥|\$|us\$|usd|rmb|eur|€|£|gbp)[ \t]*\d)")
# (or a change of it: "BF-3 make it 1500, SQ-8 reduce to 400")
_COUNT_NAME_TAIL = re.compile(r"[\s:：=x×*]*(?:(?:qty|要|(?:make|makes) it|(?:reduce|increase|change|raise|cut|bring)[sd]? "
                              r"(?:it )?(?:to|down to|up to)|改成|改为|加到|减到)\s*)?$")


def _figures_of_named(view: MessageView, states: dict[str, FieldState], catalogue: _Catalogue) -> None:
    """Figures no rule read, right after a name of exactly one of the goods named before:
    - a figure near that goods' price on the table (within half and double of it) is its
      counter-offer: "runner 12元, placemats 17.5", "front 21.80, rear 19.00, strut mount 6.70";
      with no price on the table, a decimal in a message that prices other goods in a currency
      is its price: "roof hook SS304 USD 1.85, rail 4.2m USD 9.60, mid clamp 0.42";
    - a whole number far from it is its count: "Safes 180, luggage racks 200 (some spare)".
    Any other figure stays unread. The names are looked up by the text ending right before it."""
    owners, lengths, last_words = catalogue.aliases()
    if view.ascii and last_words.isdisjoint(view.words) and "" not in last_words:
        return  # no goods named in it (a code's figures, "1102", are looked for in every message)
    low = view.low
    for m in view.mentions:
        if m.field in (goods.PRICE, goods.QUANTITY) and m.start > 0:
            _name_before(low, m, _label_floor(view, m.start), owners, lengths, catalogue)
        if m.field == goods.PRICE and m.item is None and m.value[1] and (named := _NAME_AFTER_PRICE.match(low, m.end)):
            # "GBP 1.65 shampoo, GBP 1.40 wheel cleaner, GBP 0.95 wash mitt": a price said with its
            # currency, then the name of exactly one of the goods, closing its part of the list
            found = _named_before(low, named.end(1), owners, lengths)
            if found is not None and len(found) == 1:
                m.item = catalogue.goods[next(iter(found))].key
    # a price list with its currency written once: "roof hook USD 1.85, rail USD 9.60, mid clamp 0.42"
    listed = any(x.field == goods.PRICE and x.value[1] for x in view.mentions) or \
        goods.PRICES_IN.search(low) is not None  # "(USD/pc)", "prices in EUR"
    for figures, tail, field_name in ((_NAMED_FIGURE, _NAME_TAIL, goods.PRICE),
                                      (_NAMED_COUNT, _COUNT_NAME_TAIL, goods.QUANTITY)):
        for m in figures.finditer(low):
            start, end = m.span(1)
            if any(x.start <= start < x.end or start <= x.start < end for x in view.mentions):
                continue
            between = tail.search(low, max(_label_floor(view, start), start - 40), start)
            found = _named_before(low, between.start() if between else start, owners, lengths)
            amount = parse_decimal(m.group(1))  # ("5k" is 5000)
            if found is None or len(found) != 1 or amount is None:
                continue
            i = next(iter(found))
            state = states.get(f"{goods.PRICE}@{i}")
            values = [] if state is None else state.amounts()
            if field_name == goods.PRICE and (values and _near(amount, values[-1]) or not values and listed
                                              and "." in m.group(1)) and not view.others_offer(start):
                # (not another's: "之前别家报我平刀4.2")
                view.mentions.append(Mention(goods.PRICE, (amount, None, None), start, end, STATEMENT,
                                             catalogue.goods[i].key))
            elif field_name == goods.QUANTITY and amount >= 2 and not any(_near(amount, v) for v in values) \
                    and not _PRICE_TALK.search(low, *view.sentence_at(start)) \
                    and not (amount < 100 and view.role == Role.SELLER and _PRICE_AFTER.match(low, end)) \
                    and not re.search(rf"(?<![\d.]){re.escape(m.group(1))}(?![\d.])", catalogue.goods[i].name.lower()):
                # ("TPMS 433 programmable USD 9.80" of the "TPMS sensor 433MHz": a figure of its name)
                # ("价格能优惠点吗，越野车35，挖掘机115": prices asked in the figures' sentence)
                view.mentions.append(Mention(goods.QUANTITY, (amount, None), start, end, STATEMENT,
                                             catalogue.goods[i].key))


# the words right after a price, to the end of its part of a list: "GBP 1.65 shampoo,"
_NAME_AFTER_PRICE = re.compile(r"[ \t]+(?:for[ \t]+)?(?:the[ \t]+)?([a-z][a-z \-]{1,40}?)[ \t]*(?=[,;.\n]|$)")
# a price right after a small figure: the figure is the goods' size or model, "电锤26 ¥168/台" (not
# "手机壳5000 ¥3.3", a count and its price)
_PRICE_AFTER = re.compile(r"[ \t]*[:：]?[ \t]*(?:¥|￥|\$|us\$|usd|rmb|eur|€|£|gbp)[ \t]*\d")


def _respective_figures(view: MessageView, states: dict[str, FieldState], catalogue: _Catalogue) -> None:
    """A list of bare figures, as many as the goods priced so far, each within a quarter of its
    price on the table and nearer it than any other's, in the order the goods were named, is
    their prices in turn (and whole figures right after a word for quantity, as many as the goods,
    their counts: "qty confirmed 800/400"): "整柜的话 16.5、18.2、20.9"
    after three tyre sizes at 16.8, 18.5 and 21.2, "ok deal on 2.35 / 0.88 / 6.60". Under a
    condition (but a full container, the order the buyer said) it is nothing."""
    priced, live = [], [g for g in catalogue.goods if g.key is not None and g.dropped is None]
    for i, g in enumerate(catalogue.goods):
        state = states.get(f"{_PRICE_AT}{i}")
        amounts = state.amounts() if state is not None and g.dropped is None else []
        if g.key is not None and amounts:
            priced.append((i, g, amounts[0]))
    if len(live) < 2:
        return
    low = view.low
    # (the spans read already, looked up by bisection: a long message of lists stays n log n)
    taken = SpanSet((m.start, m.end) for m in view.mentions)
    others = SpanSet((m.start, m.end) for m in view.mentions if not (m.field == goods.PRICE and m.item is None))
    added: list[Mention] = []
    replaced = SpanSet()
    for run in _FIGURE_LIST.finditer(low):
        figures = [(parse_decimal(f.group(0)), f.start(), f.end()) for f in _ONE_FIGURE.finditer(low, run.start(), run.end())]
        cue = _COUNTS_CUE.search(low, max(0, run.start() - 24), run.start())
        if len(figures) == len(live) and cue is not None \
                and not _COUNTS_CUE_NOT_ORDER.search(low, max(view.clause_at(cue.start())[0], cue.start() - 16), cue.start()) \
                and all(a is not None and a >= 2 and a == a.to_integral_value() for a, _, _ in figures) \
                and not view.excluded(run.start()) and not _OPTIONS_OR.search(low, *view.sentence_at(run.start())) \
                and view.kind_at(run.start()) != QUESTION and "moq" not in low[max(0, run.start() - 24):run.start()] \
                and not taken.overlaps(run.start(), run.end()):
            # "qty confirmed 800/400" for the pillows and duvets named: their counts in turn (one
            # such list a message: a message of many is no order of each)
            kind = view.kind_at(run.start())
            added += [Mention(goods.QUANTITY, (a, None), start, end, kind, g.key)
                      for (a, start, end), g in zip(figures, live, strict=True)]
            break
        if len(priced) < 2 or len(figures) != len(priced) or any(
                a is None or not Decimal("0.75") <= a / p <= Decimal("1.25")
                or min(priced, key=lambda x: abs(x[2] - a))[2] != p  # (each nearest its own goods' price)
                for (a, _, _), (_, _, p) in zip(figures, priced, strict=True)):
            continue
        ss = view.sentence_at(run.start())[0]
        if _PAST_PRICE.search(low, ss, run.start()):
            continue  # "last order we paid 2.30/8.20": a past price
        if view.excluded(run.start()) or _IF_NOT_CONTAINER.search(low, max(0, run.start() - 12), run.start()) \
                or _OPTIONS_OR.search(low, *view.sentence_at(run.start())) \
                or _NOT_PRICES_BEFORE.search(low, max(ss, run.start() - 24), run.start()) \
                or not ("." in run.group(0) or _PRICES_CUE_BEFORE.search(low, max(ss, run.start() - 30), run.start())):
            continue  # (nor "FOB Shanghai 6.80/19.50 or DDP Toronto 9.60/27.50": options)
        if others.overlaps(run.start(), run.end()):
            continue
        kind = view.kind_at(run.start())
        replaced.add(run.start(), run.end())
        added += [Mention(goods.PRICE, (a, None, None), start, end, kind, g.key)
                  for (a, start, end), (_, g, _) in zip(figures, priced, strict=True)]
        break  # (one list of prices a message, as of counts)
    if replaced:
        view.mentions = [m for m in view.mentions if not replaced.covers(m.start)]
    view.mentions += added

# two or more bare figures in a row, joined by 、 , / or "and": a list of prices or counts
# (a comma before three digits is a thousands' one: "2,500 each" is one figure; a figure list
# measured or dated is none: "N.W./G.W. 18/20 kg", "ETD 12/15", "sizes 37/42")
_FIGURE_LIST = re.compile(r"(?<![\w.,$¥€£/])\d{1,6}(?:\.\d{1,4})?(?:\s*(?:、|/|,(?!\d{3}(?!\d))|，|&|\band\b)\s*\d{1,6}(?:\.\d{1,4})?)+"
                          r"(?![\w%/]|\.\d|,\d|\s*(?:%|pcs|sets|units|pairs|days|kgs?|g\b|cm|mm|m\b|ml|l\b|inch|\"|each|天|个|件|条|套|台|公斤|克|米))")
_NOT_PRICES_BEFORE = re.compile(r"\b(?:etd|eta|date|dates|sizes?|n\.?w|g\.?w|weight|moq|qty|quantity|quantities|model|no)\b[^,;.!?\n]{0,12}$|尺码|尺碼|日期|重量")
# what puts a list of bare whole figures forward as prices: "21, 24, 28, 31", "ok deal on 2.35 / 0.88 / 6.60"
_PRICES_CUE_BEFORE = re.compile(r"\b(?:price|prices|usd|us\$|eur|rmb|deal|can do|make it|round|at)\b|[$¥€£]|价|價|元|块|美金")
# a price said of the past or of another supplier: "last order we paid 2.30/8.20"
_PAST_PRICE = re.compile(r"\b(?:last (?:time|order|year|month)|paid|was|were|before|previous(?:ly)?|used to|ago)\b|"
                         r"上次|以前|之前|去年|别家|別家|other supplier")
# (not "carton qty 50/20", "stock qty", "first batch qty", "装箱数量", "现货数量", "第一批数量")
_COUNTS_CUE_NOT_ORDER = re.compile(r"\b(?:carton|ctn|ctns|box|pallet|per|stock|batch|sample|samples|defective|moq|min|"
                                   r"minimum|container|loading|packing|inner|outer)\b[^,;.!?]{0,6}$|"
                                   r"(?:装箱|每箱|每箱装|现货|現貨|库存|庫存|第.批|样品|樣品|起订|起訂|装柜|裝櫃)[^，,。;；]{0,4}$")
_COUNTS_CUE = re.compile(r"\b(?:qty|qtys|quantity|quantities)\b|数量|數量")
_OPTIONS_OR = re.compile(r"\bor\b|或|还是|還是")
_ONE_FIGURE = re.compile(r"\d{1,6}(?:\.\d{1,4})?")
# a "的话" condition that is not a full container's ("1万条的话 16.5、18.2")
_IF_NOT_CONTAINER = re.compile(r"(?<!整柜)(?<!整櫃)(?<!一柜)(?<!一個櫃)(?<!一个柜)(?<!40hq)(?<!40尺)(?<!20gp)(?<!整箱)的[话話]\s*$")


_PRICE_TALK = re.compile(r"\bprices?\b|\bcheaper\b|\bdiscount|\btarget\b|价格|價格|价钱|價錢|优惠|優惠|便宜|降价|降價")


def _label_floor(view: MessageView, pos: int) -> int:
    """Where the text naming the figure at `pos` may begin: its clause, and the colon that
    closed the clause before it ("SR501: 0.55")."""
    cs = view.clause_at(pos)[0]
    return cs - 1 if cs > 0 and view.low[cs - 1] in ":：" else cs


def _name_before(low: str, m: Mention, floor: int, owners: dict[str, set[int]], lengths: tuple[int, ...],
                 catalogue: _Catalogue) -> None:
    """The goods a code or its figures name right before a count or price ("1102 x 300 sets",
    "560 x 450", "TS-200 300 sets"), even when a rule named goods written after it ("1102 x 300
    sets, 560 x 450, CC-08 300 sets")."""
    between = _COUNT_NAME_TAIL.search(low, max(floor, m.start - 12), m.start)
    at = between.start() if between else m.start
    if at == 0 or not low[at - 1].isdigit():
        return
    if m.item is None:
        found = _named_before(low, at, owners, lengths)
    elif between and any(c in between.group(0) for c in "x×*"):
        run = at
        while run > 0 and low[run - 1].isdigit():
            run -= 1
        found = owners.get(low[run:at]) if not (run and low[run - 1] in ".,") else None
    else:
        return
    if found is not None and len(found) == 1:
        m.item = catalogue.goods[next(iter(found))].key


def _named_before(low: str, at: int, owners: dict[str, set[int]], lengths: tuple[int, ...]) -> set[int] | None:
    """The goods whose names end at `at` (each name opening a word)."""
    found: set[int] = set()
    for n in lengths:
        if n <= at and (w := low[at - n:at]) in owners and (
                at == n or not (low[at - n - 1].isalpha() and low[at - n - 1].isascii())):
            found |= owners[w]
    return found or None


# Goods taken out of the order: "remove tie rods from order", "Nail files not this time",
# "folders removed", "去掉那个抱枕", "挂锁不要了"
_DROP_WORDS = re.compile(r"remove|drop|delete|cancel|take out|take\b.{1,40}\bout\b|唔要|本地买|本地買|砍|not this time|skip|forget| (?:is|are) out\b|去掉|取消|删掉|不要了|先不要|暂时不要|這次不要|不用了")
# "please take the kingpins out": the goods between the verb and its "out"
_TAKE_BEFORE = re.compile(r"(?<!you )(?<!\bu )(?<!they )(?<!we )(?<!\bi )\btake\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?$")
_OUT_AFTER = re.compile(r"\s+out\b(?!\s+of\b)")
_DROP_BEFORE = re.compile(r"(?:remove|drop|dropped|delete|cancel|cancell?ed|take out|skip|forget(?: about)?|去掉|取消|删掉)\s*(?:了\s*)?"
                          r"(?:the\s+|那个|那款)?$")
# a drop word closing its clause: "drop it", "cancel.", "remove it pls", "DHT22 remove"
_DROP_CLOSES = (r"(?:(?:pls |please )?(?:remove|drop|cancel|delete|skip)(?:\s+(?:it|them|pls|please))*\s*(?=[.!,;]|$)|"
                # "钱包客户那边还没定，这次先不要了": the sentence's goods left out, said at its end
                r"(?:这次|這次|先|暂时|暫時)*(?:不要了|不做了|取消了)(?=\s*(?:[.!,;，。！；]|$)))")
# the goods opening the sentence, and the word that takes them out closing it: "DHT22 we found
# cheaper locally, drop it", "connector we buy local, cancel.", "dust collector ..., remove it pls"
_DROP_CLOSING = re.compile(r"\b" + _DROP_CLOSES)
# what such a closing drop takes off instead of the goods: "DHT22 price too high, pls drop", "DHT22
# has a sticker on the bag, pls remove", "pencil case: the cardboard insert, pls remove"
_DROP_NOT_GOODS = re.compile(r"price|cost|discount|sticker|logo|label|insert|tag|print|pack|bag|box|"
                             r"carton|photo|picture|mark|hole|:")
_DROP_AFTER = re.compile(r"\s*(?:is |are )?(?:removed|dropped|deleted|cancell?ed|not this time|(?<=is |re )out\b(?! of stock)|"
                         r"(?:我们|我們)?(?:客户|客戶|客人)?(?:那边|那邊)?(?:就|也)?(?:先|暂时|暫時|這次|这次)?"
                         # (the goods themselves, not "不要太硬", "唔要拉链", "就不要印logo了": what they lack)
                         r"(?:不要了|不要(?=\s*(?:[,，。.!！;；]|$))|唔要住?(?=\s*(?:[,，。.!！;；]|$))|取消了?)|"
                         # "灯杆本地买可以": bought elsewhere (not "本地买才20块", a price compared)
                         + _DROP_CLOSES + r"|不用了|(?:我们|我們)?(?:在)?本地(?:买|買|采购|採購)(?=\s*(?:[,，。.!！;；]|$|可以|就行|就好))|"
                         r"砍(?:了|掉)(?=\s*(?:[,，。.!！;；]|$)))")
# "For the directory folders ... so remove them from your list" (not "the hoodies have a tag,
# remove it": only goods taken off the order)
_DROP_THEM = re.compile(r"\b(?:remove|drop|cancel|delete|skip) them\b|\b(?:remove|drop|delete|take) it (?:out )?"
                        r"(?:from|off) (?:the |your |our |my )?(?:order|list|pi|invoice|quotation)\b")


_LOT_AFTER = re.compile(r"\s*(?:元|块|美金|美元|人民币)?\s*(?:一|每)?\s*(?:1000|100|千|百)\s*[个條条件只片张張套双卷]")


def _lot_reprices(view: MessageView, states: dict[str, FieldState]) -> None:
    """A new price per hundred or thousand pieces, with no price of one piece beside it, leaves the
    one unit price on the table open: "每个0.38元，不含税" - "含税的呢？" - "开13%专票的话每百个42元"
    (a contract would multiply the lot's price by every piece)."""
    if not any(m.field == goods.LOT_PRICE for m in view.mentions) or any(m.field == goods.PRICE for m in view.mentions):
        return
    priced = [st for n, st in states.items() if n.startswith(_PRICE_AT) and st.amounts()]
    # (not the lot's price said again: "确认每百个38元" after "折合0.38元一个")
    if len(priced) == 1 and not any(m.value[0] / lot == a for m in view.mentions
                                    if m.field == goods.LOT_PRICE for a in priced[0].amounts() for lot in (100, 1000)):
        priced[0].leave_open()


def _lot_counters(view: MessageView, lots: list[Decimal], states: dict[str, FieldState]) -> None:
    """A bare figure near a price said per hundred or thousand pieces ("USD 6.50 per 1000pcs" -
    "6.20?" - "6.30 ok") is a counter of that lot's price, no unit price (a contract would
    multiply it by every piece), unless it is nearer a unit price on the table."""
    lots += [m.value[0] for m in view.mentions if m.field == goods.LOT_PRICE]
    view.mentions = [m for m in view.mentions if m.field != goods.LOT_PRICE]
    units = [a for n, st in states.items() if n.startswith(_PRICE_AT) for a in st.amounts()]
    view.mentions = [m for m in view.mentions if not (
        m.field == goods.PRICE and isinstance(m.value[0], Decimal)
        # (said with its currency, only when the lot follows it: "能不能80元一百条" after "每百条85元")
        and (m.value[1] is None or _LOT_AFTER.match(view.low, m.end))
        and any(_within_a_quarter(m.value[0], lot) for lot in lots)
        and not any(_within_a_quarter(m.value[0], u) for u in units))]


def _within_a_quarter(amount: Decimal, price: Decimal) -> bool:
    """A figure near enough a price to be said of it (a counter, or the price said again)."""
    return bool(price) and Decimal("0.75") <= amount / price <= Decimal("1.25")


def _names_other_goods(text: str, g: _Goods, catalogue: _Catalogue) -> bool:
    return any(o is not g and o.key and any(w in text for w in catalogue.said_as(o)) for o in catalogue.goods)


def _only_list_said(low: str) -> re.Match[str] | None:
    """"only" (只要, 淨係要) opening a clause with no verb in it, as a list of the goods kept is
    ("only small and medium"; not "only the stitching needs improvement"): the cheap test before
    the goods are looked up."""
    only = _ONLY_KEEP.search(low)
    return only if only is not None and not _VERB_IN_CLAUSE.search(low, only.end(), _clause_end(low, only.end())) \
        else None


def _clause_end(low: str, pos: int) -> int:
    end = _CLAUSE_END.search(low, pos)
    return end.start() if end else len(low)


def _drop_goods(view: MessageView, catalogue: _Catalogue) -> None:
    low = view.low
    if (only := _only_list_said(low)) is not None:
        _keep_only(view, catalogue, only)
    if not _DROP_WORDS.search(low):
        return  # ("only" said, no word that drops: the goods named there are all there is to read)
    for g in catalogue.goods:
        if not g.key:
            continue
        for w in catalogue.said_as(g):
            at = low.find(w)
            while at >= 0:
                ss, se = view.sentence_at(at)
                if _DROP_BEFORE.search(low, max(ss, at - 16), at) or _DROP_AFTER.match(low, at + len(w)) \
                        or _TAKE_BEFORE.search(low, max(ss, at - 16), at) and _OUT_AFTER.match(low, at + len(w)) \
                        or _DROP_THEM.search(low, at + len(w), se) \
                        or not low[ss:at].strip() and (closing := _DROP_CLOSING.search(low, at + len(w), se)) \
                        and not _names_other_goods(low[at + len(w):closing.start()], g, catalogue) \
                        and not _DROP_NOT_GOODS.search(low, at + len(w), closing.start()):
                    g.dropped = view.index
                    break
                at = low.find(w, at + 1)
            if g.dropped == view.index:
                break


def _keep_only(view: MessageView, catalogue: _Catalogue, only: re.Match[str]) -> None:
    """"淨係要篩網同三角帶", "only small and medium, same price", "we only need the pillows": the
    goods named in the clause after it stay, every other goods the chat priced or counted is
    taken out (when the clause names one at least, and not all)."""
    low = view.low
    line_end = low.find("\n", only.end())
    clause = low[only.end():min(len(low) if line_end < 0 else line_end, only.end() + 80)]  # (its line's rest, 80 at most)
    live = [g for g in catalogue.goods if g.key and g.dropped is None]
    named = [g for g in live if any(w and w in clause for w in catalogue.said_as(g))]
    rest = clause
    for g in named:
        for w in sorted(catalogue.said_as(g), key=len, reverse=True):
            if w:
                rest = rest.replace(w, " ")
    words = {w for g in live for w in g.key.split() if w.isascii()}  # (a word two goods share: "monitors")
    rest = " ".join(w for w in rest.split() if w not in words and w.rstrip("s") not in words)
    # (the clause names goods and nothing else: not "only the cushions need logo", "只要抱枕便宜一点就行")
    if named and len(named) < len(live) and not _KEEP_NOT_GOODS.search(clause) \
            and not _KEEP_REST.sub("", rest).strip():
        for g in live:
            if g not in named:
                g.dropped = view.index


# "only" said of the goods kept: "淨係要篩網同三角帶", "only small and medium", "只要50ml的"
_ONLY_KEEP = re.compile(r"淨係要|净系要|淨系要|只要|只需要|\b(?:we |i )?only (?:need|want|take|order|keep)\b|^\s*only\b|[.,，。]\s*only\b")
# a verb in the clause after "only": what follows is said of the goods, it lists none kept
_VERB_IN_CLAUSE = re.compile(r"\b(?:needs?|is|are|was|were|has|have|had|can|could|will|would|must|should|looks?|seems?|"
                             r"costs?|price)\b|便宜|快|贵|貴|價|价")
_CLAUSE_END = re.compile(r"[,.;!?，。；！？\n]")
_KEEP_REST = re.compile(r"\b(?:and|the|pls|please|sizes?|ones?|same price|of them|then)\b|[同和跟及与與、,，+&/\s]|的|吧|了")
_KEEP_NOT_GOODS = re.compile(r"%|定金|订金|訂金|deposit|sample|样品|樣品|day|天")


def _offered(method: Resolution) -> list[PaymentMethod]:
    """The methods offered as alternatives, none chosen, in the order they were written; a
    scheme split across instruments is no single method, and one method alone is no choice."""
    cands = sorted(method.alternatives, key=lambda c: (c.index, min(ev.start for ev in c.evidence)))
    if any(isinstance(c.value[0], tuple) for c in cands):
        return []
    offered = list(dict.fromkeys(c.value[0] for c in cands))
    return offered if len(offered) > 1 else []


def _combine(*statuses: TermStatus) -> TermStatus:
    present = [s for s in statuses if s != TermStatus.MISSING]
    if not present:
        return TermStatus.MISSING
    if TermStatus.CONFLICTING in present:
        return TermStatus.CONFLICTING
    if all(s == TermStatus.AGREED for s in present):
        return TermStatus.AGREED
    return TermStatus.PROPOSED


def _fee_currency(fees: list[tuple[tuple[str, bool], Evidence]]) -> Currency | None:
    """CNY when one-off fees are all in yuan and one of them is written 元 in Chinese."""
    if fees and {code for (code, _), _ in fees} == {"CNY"} and any(cjk for (_, cjk), _ in fees):
        return Currency(status=TermStatus.PROPOSED, code="CNY",
                        evidence=[ev for (_, cjk), ev in fees if cjk][:1])
    return None


def _build(states: dict[str, FieldState], catalogue: _Catalogue, transit, containers,
           courier, transcript: Transcript) -> TradeTerms:
    res = {name: state.result() for name, state in states.items()}
    sample_lead = res.pop(lead_time.SAMPLE_LEAD)
    terms = TradeTerms()
    inc = res["incoterm"]
    terms.incoterm = Incoterm(
        status=inc.status, evidence=inc.evidence, superseded=_history(inc, _fmt_incoterm),
        rule=inc.value[0] if inc.value else None, named_place=inc.value[1] if inc.value else None)

    split, method = _whole_sum(res["split"], res["method"])
    how, method_days, method_event = method.value if method.value else (
        PaymentMethod.UNSPECIFIED, None, None)
    parts = how if isinstance(how, tuple) else None  # a split across instruments, share by share
    if parts is not None:
        how = PaymentMethod.UNSPECIFIED
    installments = _installments(split.value, how, split.evidence + method.evidence)
    if parts is not None and len(parts) == len(installments):
        for inst, (part_method, part_days, part_event) in zip(installments, parts, strict=True):
            inst.method = part_method
            if part_days is not None and inst.due_days is None:
                inst.due_days = part_days
                if part_event and inst.trigger in (PaymentTrigger.UNSPECIFIED,
                                                   PaymentTrigger.DAYS_AFTER_EVENT):
                    inst.trigger, inst.trigger_event = PaymentTrigger.DAYS_AFTER_EVENT, part_event
    if not installments and method.value and parts is None:
        installments.append(Installment(method=how, evidence=method.evidence))
    if installments and method_days is not None and installments[-1].due_days is None:
        # "L/C 60 days", "net 30": the days run for the last (or only) installment
        last = installments[-1]
        last.due_days = method_days
        if method_event and last.trigger in (PaymentTrigger.UNSPECIFIED,
                                             PaymentTrigger.DAYS_AFTER_EVENT):
            last.trigger, last.trigger_event = PaymentTrigger.DAYS_AFTER_EVENT, method_event
    terms.payment = PaymentSchedule(
        status=_combine(split.status, method.status), evidence=split.evidence + method.evidence,
        superseded=_history(split, _fmt_split) + _history(method, _fmt_method),
        installments=installments, offered_methods=_offered(method))

    terms.lead_time = _lead_time(res["lead_time"])

    mode = res["mode"]
    if mode.status == TermStatus.MISSING and not mode.superseded:
        mode = res[logistics.IMPLIED]  # a bill of lading and no stated mode: by sea
    boxes, box_quotes = containers
    said = {(q.message_index, q.start, q.end) for q in mode.evidence}
    quotes = mode.evidence + [q for q in box_quotes if (q.message_index, q.start, q.end) not in said] \
        if mode.evidence else []
    terms.logistics = Logistics(status=mode.status, evidence=quotes,
                                superseded=_history(mode, lambda v: logistics.to_mode(*v).value),
                                containers=boxes)
    if mode.value:
        terms.logistics.mode = logistics.to_mode(*mode.value)
    if terms.logistics.mode == TransportMode.EXPRESS:  # "PP sample by DHL" is no courier of a sea LCL
        terms.logistics.courier = courier
    if transit is not None:
        (lo, hi), ev = transit
        terms.logistics.transit_time = TransitTime(min_days=lo, max_days=hi, evidence=ev)

    terms.line_items, price, unit_findings = _line_items(states, res, catalogue, inc, transcript)

    moq = res["moq"]
    terms.moq = Quantity(status=moq.status, evidence=moq.evidence,
                         value=moq.value[0] if moq.value else None,
                         unit=moq.value[1] if moq.value else None)
    cur = res["currency"]
    terms.currency = Currency(status=cur.status, evidence=cur.evidence,
                              code=cur.value[0] if cur.value else None)
    if cur.status == TermStatus.CONFLICTING and cur.open_offers and len({c.value[0] for c in cur.open_offers}) == 1 \
            and not cur.superseded:
        # "FOB Xiamen AUD 11.60/case, or CIF Sydney AUD 13.10/case": options none chosen, all in one currency
        # (no other currency before them: not one asked for, "pls quote in EUR" after "USD 6.8/pc")
        terms.currency = Currency(status=TermStatus.PROPOSED, evidence=cur.evidence, code=cur.open_offers[0].value[0])
    if terms.currency.code is None and price is not None and price.value and price.value[1]:
        terms.currency = Currency(status=price.status, evidence=price.evidence, code=price.value[1])
    terms.findings = _open_offer_findings(res) + unit_findings
    if sample_lead.status != TermStatus.MISSING and _sample_order(terms, transcript):
        terms.lead_time = _lead_time(sample_lead)
        terms.findings.append(Finding(
            code="LEAD_TIME_OF_SAMPLES", severity=Severity.WARNING, field="lead_time",
            message="the lead time is the one the chat gives for samples: it speaks of no other order",
            evidence=list(sample_lead.evidence)))
    return terms


# Instruments that pay the whole sum: a deposit beside them is no part of the deal.
_WHOLE_SUM = frozenset({PaymentMethod.DP, PaymentMethod.DA, PaymentMethod.OA, PaymentMethod.LC_SIGHT,
                        PaymentMethod.LC_USANCE})


def _whole_sum(split: Resolution, method: Resolution) -> tuple[Resolution, Resolution]:
    """"we normally do 30% deposit" - "D/P only" - "ok agree D/P at sight": a deposit with no
    balance beside a whole-sum instrument agreed is no schedule the parties settled. And a split
    offered beside one ("L/C at sight, 或者 T/T 30% deposit 70% before shipment") is the schedule
    once the other method is agreed ("T/T please")."""
    if split.status == TermStatus.CONFLICTING and not split.alternatives and len(split.open_offers) == 1 \
            and (chosen := split.open_offers[0]).kind == OPTION and method.status in (TermStatus.AGREED, TermStatus.PROPOSED) \
            and method.value and method.value[0] not in _WHOLE_SUM and method.evidence \
            and method.evidence[-1].message_index > chosen.index:
        return Resolution(method.status, chosen.value, chosen.evidence + method.evidence[-1:], split.superseded,
                          []), method
    if (split.value and split.value[1] is None and split.value[5] == "%" and method.status == TermStatus.AGREED
            and method.value and method.value[0] in _WHOLE_SUM):
        dropped = Candidate(split.value, Role.OTHER, split.evidence[0].message_index, STATEMENT, split.evidence)
        return Resolution(TermStatus.MISSING, None, [], [*split.superseded, dropped], []), method
    return split, method


def _lead_time(lead: Resolution) -> LeadTime:
    out = LeadTime(status=lead.status, evidence=lead.evidence, superseded=_history(lead, _fmt_days))
    if lead.value:
        out.min_days, out.max_days = lead.value[0], lead.value[1]
        out.working_days = bool(lead.value[2])
        if lead.value[3] is not None:
            out.basis = lead.value[3]
    return out


def _sample_order(terms: TradeTerms, transcript: Transcript) -> bool:
    """The chat is about a sample order alone: it states no other lead time, counts no goods
    beyond samples and never speaks of a bulk order. A chat that does is where "sample 7 days"
    is the classic trap, and the lead time stays missing there."""
    if terms.lead_time.status != TermStatus.MISSING or terms.lead_time.superseded:
        return False
    if any(item.quantity is not None for item in terms.line_items) or terms.moq.value is not None:
        return False  # a chat that counts the order, or its minimum, is about the bulk
    return not any(BULK_WORDS.search(m.text.lower()) for m in transcript.messages)


_LOOK_BACK = 40  # messages before goods' first count or price searched for their first naming


def _phrase_heads(low: str, head: str, words: list[str]) -> list[int]:
    """Where the last word of a goods' name follows another word of it: "embalming tables"."""
    out = []
    at = low.find(head)
    while at >= 0:
        window = low[max(0, at - 24):at].rstrip()
        before = window.rsplit(" ", 1)[-1]
        if at and low[at - 1] == " " and before and before in words[2:]:
            out.append(max(0, at - 24) + window.rfind(before))
        at = low.find(head, at + 1)
    return out


def _first_said(catalogue: _Catalogue, transcript: Transcript) -> list[tuple[int, int]]:
    """Where the chat first names each goods, by its name or a word of it no other goods has:
    "linen table runners 33x180cm, natural colour 有吗？还有 placemats" names the runners first,
    though the placemats were counted first ("placemats 4个一套的"). Searched in the
    `_LOOK_BACK` messages before its first count or price, so the cost stays linear."""
    lows: dict[int, str] = {}
    first = []
    for g in catalogue.goods:
        said = (g.evidence[0].message_index, g.evidence[0].start) if g.evidence else (1 << 30, 0)
        words = catalogue.said_as(g) if g.name and g.evidence else ()
        head = g.key.rsplit(" ", 1)[-1] if g.key and g.key.isascii() and " " in g.key else None
        for index in range(max(0, said[0] - _LOOK_BACK), said[0]) if words else ():
            low = lows.get(index)
            if low is None:
                low = lows[index] = transcript.messages[index].text.lower()
            found = [at for w in words if not (len(w) < 3 and w.isascii() and w.isalpha())
                     and (at := low.find(w)) >= 0]  # (not the key "s" of "S 30x45cm": any "s")
            if found:
                # (a name's last word right after another of its words names it first: "our
                # hospital mortuary needs 2 embalming tables and one mortuary refrigerator")
                heads = _phrase_heads(low, head, words) if head is not None and len(words) > 2 else []
                said = (index, min(heads) if heads else min(found))
                break
        else:
            if head is not None and len(words) > 2 and g.evidence and said[0] < len(transcript.messages):
                low = lows.get(said[0])
                if low is None:
                    low = lows[said[0]] = transcript.messages[said[0]].text.lower()
                at_word = low[said[1]:said[1] + 40]
                if any(at_word.startswith(w) for w in words[:2] if w) or at_word.startswith(head):
                    pass  # (named there by its name or its last word already)
                elif (full := [at for w in words[:2] if w and (at := low.find(w)) >= 0]) or \
                        (full := [at for w in words[2:] if w.startswith(head) and (at := low.find(w)) >= 0]):
                    # (a name's last word names it before its others: "our hospital mortuary needs 2
                    # embalming tables and one mortuary refrigerator" names the tables first)
                    said = (said[0], min(full))
        first.append(said)
    return first


# words that name no goods of their own: what every line of a list may say
_PAIR_STOP = frozenset({"pcs", "piece", "pieces", "set", "sets", "unit", "units", "with", "and", "the", "for",
                        "each", "per", "type", "model", "new", "our", "your", "size", "colour", "color", "price",
                        "usd", "rmb", "eur", "pls", "please", "quote", "need", "order", "item", "items"})
_PAIR_WORD = re.compile(r"(?<![a-z0-9])(?:pu|pp|pe|pa|ss|tc|tpu|pvc|abs|led)(?![a-z0-9])|[a-z][a-z0-9]{2,}|\d+(?:\.\d+)?(?:mm|cm|m|w|v|a|kw|ml|l|g|kg|inch|in)\b")


def _pair_words(key: str) -> frozenset[str]:
    """A name's words for pairing: Latin words (singular), sizes, and Chinese character pairs."""
    words = set()
    for w in _PAIR_WORD.findall(key):
        if w in _PAIR_STOP:
            continue
        if w.endswith("es") and len(w) > 4 and w[-3] in "sxz":
            w = w[:-2]
        elif w.endswith("s") and len(w) > 3 and not w.endswith("ss"):
            w = w[:-1]
        words.add(w)
    for run in _HAN_NAME.findall(key):
        words.update(run[i:i + 2] for i in range(len(run) - 1))
    return frozenset(words)


def _renamed(catalogue: _Catalogue, res: dict[str, Resolution]) -> dict[int, int]:
    """Goods counted and never priced, each the one goods priced and never counted under another
    name: "outer CV boots 4000 pcs, inner CV boots 3000 pcs" - "inner joint boot USD 0.95, outer
    joint boot USD 1.10". {counted goods: priced goods}: the fewer side paired whole, by
    `_paired_by_words`; nothing in a chat of sizes."""
    def said(key: str) -> bool:
        value = res.get(key)
        return value is not None and value.status != TermStatus.MISSING and value.value is not None
    counted, priced = [], []
    for i, g in enumerate(catalogue.goods):
        if g.key is None or g.dropped is not None or goods_names.is_size(g.key):
            continue
        if said(f"quantity@{i}") and not said(f"price@{i}"):
            counted.append(i)
        elif said(f"price@{i}") and not said(f"quantity@{i}"):
            priced.append(i)
    if not counted or not priced or max(len(counted), len(priced)) > 6 or catalogue.sizes():
        return {}  # (sizes counted or priced apart are lines of their own, paired by size)
    few, many = (counted, priced) if len(counted) <= len(priced) else (priced, counted)
    best = _paired_by_words([catalogue.goods[i].key for i in few], [catalogue.goods[i].key for i in many])
    if best is None:
        return {}
    pairs = {few[a]: many[b] for a, b in enumerate(best)}
    return pairs if few is counted else {c: p for p, c in pairs.items()}


def _head(key: str) -> str:
    """The noun a name ends in: its last Latin word (singular), or its last two Chinese characters."""
    han = _HAN_NAME.findall(key)
    if han and key.rstrip().endswith(han[-1]):
        return han[-1][-2:]
    # (before what follows the name: "jeans button 17mm gunmetal with logo", "coin hopper HP-200")
    name = _AFTER_THE_NAME.split(key, maxsplit=1)[0] or key
    words = _LATIN_WORD.findall(name) or _LATIN_WORD.findall(key)
    while len(words) > 1 and words[-1] in _PACKED_IN:
        words.pop()  # "tropical fish flakes tin": flakes, in a tin
    return re.sub(r"(?<=[^s])s$", "", words[-1]) if words else ""


_PACKED_IN = frozenset({"tin", "tins", "jar", "jars", "box", "boxes", "bag", "bags", "bottle", "bottles", "can", "cans",
                        "pack", "packs", "pouch", "tube", "tubes", "bucket", "carton", "cartons", "case", "cases"})


_AFTER_THE_NAME = re.compile(r",| with | for | in (?=\d)|(?<=\S) (?=\S*\d)|(?<=\S) (?=[a-z]+-[a-z0-9]+\b)")


def _same_kind(a: str, b: str) -> int:
    """How well two names of goods may be one: the words they share when they end in the same noun
    (in Chinese, sharing more than it or one in the other: not 儿童雨衣 and 成人雨衣), or two
    Latin words at least; 0 when they may not ("LED bulbs" and "LED panel", "phone cases" and
    "phone holder")."""
    if (code_a := goods_names.model_code(a)) is not None and (code_b := goods_names.model_code(b)) is not None \
            and code_a != code_b:
        return 0  # "BV-25" is no "BV-20"
    wa, wb = _pair_words(a), _pair_words(b)
    shared = wa & wb
    head = _head(a)
    if head and head == _head(b):
        if head.isascii() or a in b or b in a or len(shared) > 1:
            return len(shared) or 1
        return 0
    latin = {w for w in shared if w.isalpha() and w.isascii()}
    return len(shared) if len(latin) > 1 else 0


def _paired_by_words(few: list[str], many: list[str]) -> tuple[int, ...] | None:
    """For each name of `few`, the index of the name of `many` it is: every pair of the same kind
    (`_same_kind`) but at most one left to the last place of lists as long as each other (three
    or more), and no other pairing as good (None when there is no such pairing)."""
    if not few or len(few) > len(many) or len(many) > 6:
        return None
    kinds = [[_same_kind(a, b) for b in many] for a in few]
    spare = 1 if len(few) == len(many) >= 3 else 0
    best, best_score, ties = None, -1, 0
    for perm in permutations(range(len(many)), len(few)):
        shared = [kinds[a][b] for a, b in enumerate(perm)]
        if shared.count(0) > spare:
            continue
        score = sum(shared)
        if score > best_score:
            best, best_score, ties = perm, score, 1
        elif score == best_score:
            ties += 1
    return best if best is not None and ties == 1 else None


def _line_items(states: dict[str, FieldState], res: dict[str, Resolution], catalogue: _Catalogue,
                inc: Resolution, transcript: Transcript) -> tuple[list[LineItem], Resolution | None, list[Finding]]:
    """One line item per priced or counted goods; returns the items, the first item's price and
    the findings on prices and counts measured in different units."""
    items, first_price, findings = [], None, []
    missing = Resolution(TermStatus.MISSING, None, [], [], [])
    # sizes quoted, some counted: the ones counted are the order ("8oz 0.09, 12oz 0.12" - "12oz
    # 我们要八万个")
    counted_sizes = any(goods_names.is_size(g.key) and f"quantity@{i}" in res
                        and res[f"quantity@{i}"].status != TermStatus.MISSING
                        for i, g in enumerate(catalogue.goods))
    # sizes of a price list named as lines, some counted: the others are not ordered ("M8 USD
    # 0.05, M10 USD 0.08, M12 USD 0.12" - "M10 50,000pcs")
    # (the counted sizes' messages name them alone: "M21 change to 500 pairs, M08 and M12 keep 300"
    # names the others, whose counts the rules missed)
    sized_counted = [transcript.messages[res[f"quantity@{i}"].evidence[0].message_index].text.lower()
                     for i, g in enumerate(catalogue.goods)
                     if goods_names.is_size_line(g.key) and res.get(f"quantity@{i}", missing).value
                     and res[f"quantity@{i}"].evidence]
    size_counts = [v[0] for i, g in enumerate(catalogue.goods) if goods_names.is_size(g.key)
                   and (v := res.get(f"quantity@{i}", missing).value)]
    order = list(enumerate(catalogue.goods))
    if len(order) > 1:  # the goods in the order the chat first names them, as a contract lists them
        first = _first_said(catalogue, transcript)
        order.sort(key=lambda ig: first[ig[0]])
    renamed = _renamed(catalogue, res)
    for i, g in order:
        if i in renamed.values():
            continue  # priced here under the name the other side counts it by
        if g.key is None and counted_sizes:
            continue  # a count or price that names no size, in a chat of sizes counted: whose is it?
        if goods_names.is_size(g.key) and not counted_sizes:
            continue  # sizes priced and none counted: which of them is ordered is not said
        if g.dropped is not None:
            continue  # taken out of the order
        qty = res.get(f"quantity@{i}", missing)
        if sized_counted and goods_names.is_size_line(g.key) and not qty.value and not any(
                re.search(rf"(?<![a-z0-9]){re.escape(g.key)}(?![a-z0-9])", said) for said in sized_counted):
            continue
        priced_as = renamed.get(i, i)  # (the goods counted take the price of the same goods priced under another name)
        price = res.get(f"price@{priced_as}", missing)
        if counted_sizes and not goods_names.is_size(g.key) and not qty.value \
                and _names_counted_size(g.name, catalogue, res):
            continue  # "15kW end suction pump USD 700" beside "15kW 20 units": the size's own line
        if len(size_counts) > 1 and not goods_names.is_size(g.key) and qty.value and not price.value \
                and qty.value[0] == sum(size_counts):
            continue  # "1400 coolers need 1x40HQ" after 800 of the 25L and 600 of the 50L: their total
        if f"price@{priced_as}" in states:
            price = _price_for_rule(states[f"price@{priced_as}"], price, inc)
        if qty.status == TermStatus.MISSING and (price.status == TermStatus.MISSING or (
                counted_sizes and goods_names.is_size(g.key))):
            continue
        item = LineItem(status=_combine(qty.status, price.status), description=g.name,
                        evidence=qty.evidence + price.evidence + g.evidence,
                        superseded=_history(qty, lambda v: f"{v[0]} {v[1] or ''}".strip())
                        + _history(price, lambda v: f"{v[1] or ''} {v[0]}".strip()))
        if qty.value:
            item.quantity, item.unit = qty.value[0], qty.value[1]
        if price.value:
            # a counter-offer that drops its currency ("ok 3.7") is in the chat's currency
            amount = price.value[0]
            item.currency = price.value[1] or (res["currency"].value[0] if res["currency"].value else None)
            # a quoted range is carried as its bounds, and has no total
            item.unit_price, item.unit_price_max = (
                (amount.low, amount.high) if isinstance(amount, PriceRange) else (amount, None))
        if item.quantity is not None and item.unit_price is not None and not item.price_is_range \
                and _size_of_one(item, price, qty, transcript):
            # "窗型冷氣 1噸" (a one-ton air conditioner) at "USD 198/台", "fluorocarbon line 50m" at
            # "USD 1.85/pc": a weight or length of goods priced by the piece, which both sides
            # write as part of the goods, is their size, no count ("PP woven bags 3 tons" at
            # "USD 0.12/pc", said once, is the order)
            item.quantity = item.unit = None
            item.evidence = price.evidence + g.evidence
        if item.quantity is not None and item.unit_price is not None and not item.price_is_range:
            counted = goods.measure(item.unit) if item.unit else None
            priced = price.value[3] if len(price.value) > 3 else None
            if counted == "ton" and priced is None:
                # "30块吧" against "每公斤31元": a counter said without its unit is per the unit quoted
                priced = next((c.value[3] for c in reversed(price.superseded) if len(c.value) > 3 and c.value[3]), None)
                priced = priced if priced == "kg" else None
            if counted == "ton" and priced == "kg":
                # "12 tons" at "USD 1.62/kg": the count in the price's unit, 12000 kg
                item.quantity, item.unit, counted = _whole(item.quantity * 1000), "kg", "kg"
            packed = next((c.value for c in reversed(price.superseded) if len(c.value) > 3 and c.value[3]), None) \
                if priced is None else None
            if packed is not None and packed[3] in _BUNDLES and isinstance(packed[0], Decimal) \
                    and _within_a_quarter(amount, packed[0]):
                priced = packed[3]  # "USD 165 per carton" - "150/ctn?" - "158 then": still per carton
            # (a roll's price, with what a roll holds of the measure counted, "一卷2米宽25米长，50平方。
            # 每卷98美金" for "4000平方", is no price of one square metre)
            rolled = priced == "roll" and counted == "sqm" and any(
                _ROLL_HOLDS_AREA.search(text.lower()) for text in _offer_texts(price, transcript))
            if rolled or priced in _BUNDLES and counted != priced and (counted is not None or item.unit) \
                    and counted not in _BUNDLES and (priced in _FIXED_BUNDLES or any(
                        _PACK_SAID.match(transcript.messages[ev.message_index].text[ev.end:ev.end + 24].lower())
                        and not _ONE_PER_PACK.search(transcript.messages[ev.message_index].text.lower())
                        for ev in price.evidence if ev.message_index < len(transcript.messages))
                        or priced == "carton" and any(_ZH_CARTON_HOLDS.search(text)
                                                      for text in _offer_texts(price, transcript))) \
                    and not (g.key and g.key.rsplit(" ", 1)[-1] in _PACK_NOUNS.get(priced, ())):
                # (not goods that are the pack: "gift boxes 5000 pcs" at "USD 0.80 per box"; nor one
                # unit a pack: "USD 45 per box, 1 set per box")
                # (a pack said in Chinese may be the goods' own unit: "USD 560/箱" of an LED screen's
                # cabinets; and a price per box for goods counted in cartons is the labels' unit price)
                # "USD 4.90 per dozen pairs" for "24000 pairs", "USD 610 per carton of 10 pcs" for
                # "600 pcs", "USD 52 per carton of 10 spools" for "800 spools": the price of a pack,
                # no price of one unit counted (LABELLING.md), so no unit price and no total
                item.unit_price = None
                findings.append(_units_differ(len(items), g, priced, item, qty, price,
                                              "the price", "no unit price or total until the price of one unit is agreed"))
            elif counted is None or priced is None or counted == priced:
                item.total = item.quantity * item.unit_price
            else:  # "GBP 38.40 per kg" for "2400 pcs": the product is no sum anybody owes
                findings.append(_units_differ(len(items), g, priced, item, qty, price,
                                              "the unit price", "no total is computed until one unit is agreed"))
        items.append(item)
        first_price = first_price or price
    return items, first_price, findings



def _offer_texts(price: Resolution, transcript: Transcript) -> Iterator[str]:
    """The texts of the messages that offered the price, now or before (what a pack holds is
    said with the first quote)."""
    for c in (price, *price.superseded):
        for ev in c.evidence:
            if ev.message_index < len(transcript.messages):
                yield transcript.messages[ev.message_index].text


def _whole(amount: Decimal) -> Decimal:
    """2500 for the 2500.0 of "2.5 tons" in kilos: the figure a contract writes."""
    return amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount.normalize()


def _names_counted_size(name: str, catalogue: _Catalogue, res: dict[str, Resolution]) -> bool:
    """Whether a goods' name holds the figure of a size the chat counted ("15kW end suction pump"
    beside "15kW 20 units", "57x40mm" beside "57x40 要 60000 rolls")."""
    low = name.lower().replace(" ", "")
    for j, other in enumerate(catalogue.goods):
        qty = res.get(f"quantity@{j}")
        if not goods_names.is_size(other.key) or qty is None or not qty.value:
            continue
        figure = other.key[len(goods_names.SIZED):].replace(" ", "")
        at = low.find(figure)
        if at >= 0 and not low[at - 1:at].isdigit() and low[at - 1:at] != "." \
                and not low[at + len(figure):at + len(figure) + 1].isdigit():
            return True
    return False

def _size_of_one(item: LineItem, price: Resolution, qty: Resolution, transcript: Transcript) -> bool:
    """Whether the item's count is a weight or length of goods priced by the piece that both
    parties write as part of the goods."""
    priced = price.value[3] if len(price.value) > 3 else None
    return priced == "piece" and item.unit is not None and goods.measure(item.unit) in _SIZE_MEASURES \
        and _said_by_both(qty, transcript)


def _said_by_both(qty: Resolution, transcript: Transcript) -> bool:
    """Whether both parties wrote the count's words ("1噸" in the buyer's ask and the seller's quote)."""
    quotes = [e.quote.lower() for e in qty.evidence if e.quote]
    return len({m.role for m in transcript.messages if m.role in _PARTIES
                and any(q in m.text.lower() for q in quotes)}) > 1


# what a count may be measured in that is also how big one piece is ("1噸" air conditioner, "9kg cylinder")
_SIZE_MEASURES = frozenset({"kg", "ton", "metre", "litre", "lb"})
# a pack of the units counted: a fixed number (a dozen, a gross) or what its packing says (a carton)
_BUNDLES = frozenset({"dozen", "gross", "bale", "carton", "box", "bag"})
_FIXED_BUNDLES = frozenset({"dozen", "gross", "bale"})
_PACK_NOUNS = {"box": ("box",), "carton": ("carton", "case"), "bag": ("bag",)}
_ONE_PER_PACK = re.compile(r"(?:\b1|\bone)\s*(?:pc|pcs|piece|set|unit)s?\s*(?:/|per|in each|in a|in one)\s*(?:box|carton|ctn|case|crate|bag)")
# the area one roll holds: "一卷2米宽25米长，50平方", "50 sqm per roll"
_ROLL_HOLDS_AREA = re.compile(r"(?:一|每)卷[^，。,.;；]{0,16}?[，,]?\s*\d+(?:\.\d+)?\s*(?:平方|平米|㎡|sqm|m2)|"
                              r"\d+(?:\.\d+)?\s*(?:平方米?|平米|㎡|sqm|m2)\s*(?:/|per|a|每|一)\s*(?:卷|roll)")
# what a carton holds, said in Chinese beside its price: "我们按箱报价：一箱60个，每箱96美金"
_ZH_CARTON_HOLDS = re.compile(r"[一每]箱\s*(?:装|裝)?\s*\d+\s*(?:[个個件只隻台套支枝条條卷捲瓶包盒双雙]|pcs)|"
                             r"\d+\s*[个個件只隻套支枝条條卷捲瓶包盒双雙]\s*[一每/]箱")
_PACK_SAID = re.compile(r"\s*(?:/|per|a|an|each)\s*(?:cartons?|ctns?|box(?:es)?|bags?|cases?|crates?)\b")


def _units_differ(at: int, g: _Goods, priced: str, item: LineItem, qty: Resolution, price: Resolution,
                  what: str, until: str) -> Finding:
    return Finding(code="PRICE_UNIT_DIFFERS", severity=Severity.BLOCKING, field=f"line_items[{at}].unit_price",
                   message=f"{what} of {g.name or 'the goods'} is quoted per {priced}, the quantity in {item.unit}: "
                           f"{until}", evidence=qty.evidence[:1] + price.evidence[:1])


# what a price on a rule pays for: the goods at the seller's or at the port of loading (E and F
# rules), to the port of destination (C), or to the buyer's door (D); a price carries over within
# a kind ("EXW Foshan USD 12" - "ok FCA Foshan, same price"), not across kinds
_RULE_KIND = {**dict.fromkeys(("EXW", "FCA", "FAS", "FOB"), "E/F"), **dict.fromkeys(("CFR", "CIF", "CPT", "CIP"), "C"),
              **dict.fromkeys(("DAP", "DPU", "DDP"), "D")}


def _price_for_rule(state: FieldState, price: Resolution, inc: Resolution) -> Resolution:
    """Options priced per rule ("FOB 2.10 / CIF 2.45") settle with the rule the parties chose;
    a price quoted per rule while the rule is still in dispute ("FOB Shenzhen USD 3.90" then "CIF
    Los Angeles USD 4.35", "for FOB vs CIF let me compare") is in dispute with it."""
    if inc.value and price.value is not None and price.value[2] not in (None, inc.value[0]) \
            and inc.status != TermStatus.CONFLICTING and _RULE_KIND.get(price.value[2]) != _RULE_KIND.get(inc.value[0]):
        # "FOB宁波 485美金/台" - "必须CIF达曼" - "好吧，我下周一给您CIF价格": the price of another rule
        return Resolution(TermStatus.CONFLICTING, None, price.evidence, price.superseded, [])
    if inc.status == TermStatus.CONFLICTING and price.value is not None and price.value[2] is not None \
            and any(c.value[2] not in (None, price.value[2]) for c in price.superseded):
        return Resolution(TermStatus.CONFLICTING, None, price.evidence, price.superseded, [])
    if inc.status == TermStatus.CONFLICTING and price.status == TermStatus.PROPOSED and price.superseded \
            and {e.message_index for e in price.evidence} & {e.message_index for e in inc.evidence}:
        # "We can only offer CIF Jebel Ali now, 8650/unit" after DDP Dubai at 8900 was agreed: the
        # new price goes with the new rule, open as it is
        return Resolution(TermStatus.CONFLICTING, None, price.evidence, price.superseded, [])
    if price.status != TermStatus.CONFLICTING or not inc.value or not state.options:
        return price
    if any(p.value[2] is None for p in state.pending):
        return price  # "DDP by sea USD 1.12, by air USD 1.38": the rule does not choose
    matches = [p for p in state.pending if p.value[2] == inc.value[0]]
    if len(matches) != 1:
        return price
    return Resolution(inc.status, matches[0].value, matches[0].evidence + inc.evidence[1:],
                      price.superseded, [])


def _open_offer_findings(res: dict[str, Resolution]) -> list[Finding]:
    findings = []
    for name, r in res.items():
        if r.status == TermStatus.AGREED and r.open_offers:
            findings.append(Finding(
                code="COUNTER_OFFER_OPEN", severity=Severity.WARNING, field=name,
                message=f"{name} was agreed, but a later different offer is still open",
                evidence=[ev for c in r.open_offers for ev in c.evidence]))
    return findings

