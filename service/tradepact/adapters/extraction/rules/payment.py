"""Payment: the deposit/balance split with the balance trigger, and the payment method.

A split is `(deposit, balance, trigger, due_days, event, unit)`: the deposit and balance shares in
percent (unit "%"), or a fixed deposit in a currency (unit "USD") with balance "rest" when the
chat says the balance follows; then the balance trigger, and for "N days after B/L date" its days
and event. A method is `(method, due_days, event)`: "L/C 60 days", "net 30", "月结30天".
A split across instruments ("70 % by L/C at sight, 30 % D/P", see `by_instrument`) adds the first
share's trigger to its split, and its method is the shares' `(method, due_days, event)` parts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from decimal import Decimal

from tradepact.adapters.extraction.rules.agreement import CLEARED, REJECTED
from tradepact.adapters.extraction.rules.goods import AMOUNT, CODES, CURRENCY_WORDS
from tradepact.adapters.extraction.rules.patterns import (
    DEFERRED,
    QUESTION,
    REFUSED_AFTER,
    Mention,
    MessageView,
    Prefilter,
    SpanSet,
)
from tradepact.domain.numbers import parse_decimal
from tradepact.domain.terms import PaymentMethod, PaymentTrigger

SPLIT, METHOD = "split", "method"
# a letter of credit in Chinese: 信用证, and 信用状 / 信用狀 as Taiwan writes it
_CREDIT_ZH = "信用(?:证|状|狀)"

SPLIT_TRIGGERS = ("%", "percent", "cent", "pct", "pymt", "pmt", "全款", "一半", "half", "/", "full", "prepayment", "prepay", "advance", "adv", "deposit", "dep",
                  "全额", "全額", "全数", "全數", "全部付清", "款到发货", "先款后货", "一次付", "一次性付", "一次过数", "一次過數")
FIXED_TRIGGERS = ("deposit", "downpayment", "down", "advance", "prepayment", "定金", "订金", "预付")
METHOD_TRIGGERS = ("t/t", "tt", "wire", "transfer", "telegraphic", "telex", "电汇", "汇款", "转账", "l/c", "lc",
                   "letter", "信用证", "信用状", "信用狀", "d/p", "dp", "d/a", "o/a", "open", "net", "月结", "paypal",
                   "western", "westunion", "西联", "wu", "credit", "visa", "mastercard", "escrow",
                   "assurance", "信保", "担保交易", "documents", "collection", "托收", "跟单", "alipay",
                   "支付宝", "支付寶", "轉账", "转帐", "轉帳", "轉帐", "cash", "现金", "現金", "交单", "交單", "承兑",
                   "承兌", "信用卡", "刷卡")

_SPLIT_TRIGGERED, _FIXED_TRIGGERED, _METHOD_TRIGGERED = (
    Prefilter(SPLIT_TRIGGERS), Prefilter(FIXED_TRIGGERS), Prefilter(METHOD_TRIGGERS))

_PCT = r"(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b|pct\b)"
_DEPOSIT_WORDS = (r"(?:deposit|dep(?![a-z])|downpayment|down payment|advance(?:d)?(?: payment)?|in advance|adv(?=\s*[,;]?\s*(?:bal|balance|rest|remaining|\d{1,2}\s*%|t/?t\b|tt\b))|"
                  r"first(?! (?:shipment|order|batch|lot|container|time|one|item))(?![a-z])|"
                  r"prepayment|prepaid|pre-payment|upfront|up front|up-front|on order|with (?:the )?(?:order|po|p\.o\.|contract)(?![a-z])|"
                  r"定金|订金|预付款?|首付|预付|dingjin(?![a-z]))")  # (and in pinyin: "dingjin 30%")
_BALANCE_WORDS = (r"(?:balance|bal(?![a-z])|rest|remaining|remainder|the other|weikuan(?![a-z])|尾款|余款|其余|剩余|剩下|另外|尾数|尾數|餘款|余数|餘數)")
_ANY_BALANCE = re.compile(r"\b(?:balance|bal|rest|remaining|remainder|weikuan)\b|尾款|余款|其余|剩余|剩下|另外|尾数|尾數|餘款|余数|餘數")
_FILLER = (r"(?:\s*(?:t/?t|tt|by t/?t|of (?:the )?(?:total|order|contract|invoice)(?: value| amount)?|payment|paid|"
           r"as|the|,|货款|于|在|电汇|以电汇|做|作为|作為|当|當))*\s*")  # ("先电汇50%做订金")
_DEPOSIT_AFTER = re.compile(_PCT + _FILLER + _DEPOSIT_WORDS)
_SHARE_NEXT = re.compile(r"\s*[:：]?\s*\d{1,3}(?:\.\d+)?\s*%")
# "定金30%", "订金可以降到30%吗", "deposit reduced to 20%": the share asked for is a deposit too
_DEPOSIT_BEFORE = re.compile(_DEPOSIT_WORDS + r"\s*(?:of|is|:|为|是|付|(?:must|should|has to|needs to|will) be|至少|最少|必须)?\s*"
                             r"(?:能不能|可不可以|能否|可以|改为|改成|"
                             r"(?:can|could) (?:we|you|u) (?:do|make it|accept|go with|pay)|how about|what about)?\s*"
                             r"(?:做|付|收|降到|降为|降低到|降至|减到|减为|减少到|调到|调为|调整为|"
                             r"(?:be |is )?(?:lowered|reduced|cut|brought down|lower|reduce) to)?\s*" + _PCT)
_BALANCE_AFTER = re.compile(_PCT + _FILLER + _BALANCE_WORDS)
_BALANCE_BEFORE = re.compile(_BALANCE_WORDS + r"\s*(?:of|is|:|为|是)?\s*" + _PCT)
_BALANCE_TRIGGER_AFTER = re.compile(
    _PCT + _FILLER + r"(?:before|b4|prior to|against|agst|agnst|vs\b|after|upon|on|when|within|发货前|出货前|见|收到|到港|验货|"
    r"發貨前|出貨前|发车前|發車前|装柜前|裝櫃前|装船前|裝船前|开船前|提货前|提單|提单)")
# the rest's time said before its share: "先付30%，发货前再付70%", "货到悉尼仓库后再付50%"
_BALANCE_TRIGGER_BEFORE = re.compile(r"(?:发货前|發貨前|出货前|出貨前|装船前|裝船前|提货前|提貨前|到港后|到港後|收货后|收貨後|"
                                     r"[货貨]到[^，,。;；\d%]{0,8}?[后後])\s*(?:再|才)?\s*(?:付|支付|付清|电汇|電匯)?\s*" + _PCT)
# "40% down, 60% against BL copy", "50% now 50% when goods ready": a first share said short, read
# only with the balance after it
_REST_NEXT = re.compile(r"\s*[,，;]\s*(?:and\s+)?(?:the\s+)?(?:rest|balance|remaining)\b(?!\s*\d)(?!\s+(?:of|colou?rs?)\b)"
                        r"(?=\s*(?:by\s+t/?t\s*)?(?:before|b4|prior to|against|after|upon|on|when|within)\b)")
_DEPOSIT_SHORT_AFTER = re.compile(_PCT + r"\s*(?:t/?t\s*)?(?:(?:down|now)\b(?!\s*(?:to|from)\b)|先付|先付款|预付|預付)")
# "30% TT, 余款 against BL copy": a share, then the balance named without its share
_SHARE_THEN_BALANCE = re.compile(_PCT + r"\s*(?:t/?t|tt|by t/?t|电汇)?\s*[,，;]\s*(?:and\s+)?(?:the\s+)?" + _BALANCE_WORDS)
# "deposit 30, balance 70", "30 deposit rest before ship": shares written without the percent sign
_BARE_DEPOSIT = re.compile(r"(?:\b(?:deposit|dep)\s*(?:of\s*)?(\d0|\d5)|(?<![\d.,$])(\d0|\d5)\s*(?:deposit|dep|adv|advance)\b)"
                           r"(?!\d|[.,]\d|\s*(?:days?|k\b|usd|\$|pcs|%))")
_BARE_BALANCE = re.compile(r"\s*[,，;]?\s*(?:and\s+)?(?:the\s+)?(?:balance|bal|rest|remaining)\b\s*(\d0|\d5)?(?!\d|[.,]\d|\s*days?)|"
                           # "30 dep 70 b4 shipmnt", "pay 30 adv 70 bl copy": the rest with its trigger
                           r"\s*[,，;]?\s*(?:and\s+)?(\d0|\d5)\s+(?:(?:bal|balance|rest)\b\s*)?(?=(?:b4|before|prior to)\s+(?:ship|shp|load|deliver|dispatch)|(?:against|agst|agnst|vs)\b|bl\b|b/l\b|"
                           r"(?:after|upon|on)\s+(?:inspection|arrival|b/?l\b)|"
                           # (or the balance named, then nothing but its instrument: "40 dep 60 bal, tt")
                           r"(?:(?<=bal)|(?<=bal\s)|(?<=balance))(?=\s*(?:[,.;]|$|t/?t\b|tt\b|by\b)))")
# a share charged on top, not paid of the price: "+4.4% fee", "paypal 4% fee"
_PAY_WORD = re.compile(r"\bpa(?:y|ys|id|yment)\b|(?<![a-z])t/?t(?![a-z])|\bwire\b|付|款")
_PLUS_BEFORE = re.compile(r"\+\s*$")
_FEE_AFTER = re.compile(r"\s*(?:paypal\s+)?(?:fees?|charges?|surcharge|commission|手续费)")
_SPLIT = re.compile(r"(\d(?<![\d./]\d)\d?)\s*%?\s*[/:\-]\s*(\d{1,2})\s*%?(?![\d/])")  # see goods._QTY
# what a whole sum after it is the rest of: "剩余全额", "其余全额", "餘額全數", "balance 全数"
_NOT_REST = (r"(?<![尾余餘]款)(?<!余下)(?<!剩下)(?<!剩余)(?<!剩餘)(?<!其余)(?<!其餘)(?<!余额)(?<!餘額)(?<!balance )"
             r"(?<!balance)(?<!rest )")
# a share or the rest said before a whole sum in its sentence: what follows is the rest of it
_SHARE_BEFORE_WHOLE = re.compile(r"%|成|定金|订金|訂金|deposit|剩下|余下|餘下|剩余|剩餘|其余|其餘|尾数|尾數|尾款|余款|餘款|balance")
# a whole sum refused, asked about or put as a condition: "全额付款不行", "全額匯款的話", "…付清可以再平啲嗎？"
_NOT_ASKED = r"(?![^，,。.;；]{0,10}?(?:不行|不可以|不能|不得|太多|太高|的话|的話|吗|嗎|\?|？|便宜|平啲|唔))"
_FULL = re.compile(
    # "出貨前全額T/T", "款要发货前全部付清", "落單時全數過數": the whole sum before the goods go, or on ordering
    r"" + _NOT_REST + r"(?:出货|出貨|发货|發貨|装船|裝船|发车|發車)前\s*(?:全部|全[数數额額]|100\s*%)\s*(?:付清|付款|支付|t/?t|電匯|电汇|匯款|汇款)"
    + _NOT_ASKED + r"|(?:落單|落单|下单|下單)(?:時|时|后|後)?\s*全[数數额額]\s*(?:過數|过数|付清|付款|匯款|汇款|電匯|电汇)" + _NOT_ASKED + r"|"
    # "落單電匯全數": the whole sum by a method, on ordering
    r"(?:落單|落单|下单|下單)(?:時|时|后|後)?\s*(?:電匯|电汇|t/?t|匯款|汇款|過數|过数|俾|畀)\s*全[数數额額]" + _NOT_ASKED + r"|"
    r"100\s*%[^.;\n%]{0,40}?(?:in advance|before (?:production|shipment|shipping|dispatch|loading|delivery|pick ?-?up)|upfront|prepa)|全款|"
    # "place the TA order with 100% payment", "TA order placed and paid in full"
    r"\b(?:ta|trade assurance) order (?:with 100\s*% payment|(?:placed )?and paid in full)\b|"
    # "全數T/T，收到款三日內出貨": the whole sum by a wire, the goods going once it is in
    r"" + _NOT_REST + r"全[数數额額]\s*(?:t/?t|電匯|电汇|匯款|汇款)(?=\s*[，,]?\s*收到(?:款|貨款|货款))|"
    # "全數先付", "PayPal 付全額": the whole sum paid first
    r"(?<![尾余餘]款)(?<!余下)(?<!剩下)(?:全[数數额額]|全部货款|全部貨款)\s*(?:先付|预付|預付|付清)|(?:先付|付)\s*全[数數额額]|"
    # "全數出貨前付清", "全數付款後安排生產", "全額匯款到我們的帳戶": the whole sum paid first (not
    # the rest of it, "剩余全额出货前付清", "balance 全数…"; nor "全数出货前我们会安排验货", all the
    # goods; nor a refusal, a condition or a question: "全额付款不行", "全額匯款的話", "全額匯款太多了")
    # ("全額電匯，出貨前付清": the whole sum by T/T, paid before the goods go)
    r"" + _NOT_REST + r"全[数數额額](?:付款|匯款|汇款|转账|轉帳|(?:電匯|电汇|t/?t)\s*[，,]?)?[^，,。.;；]{0,4}?(?:出货|出貨|发货|發貨|装船|裝船|生产|生產)前"
    r"(?:付清|付款|支付|付|匯|汇|電匯|电汇|俾|畀|转|轉)" + _NOT_ASKED + r"|"
    # (paid in full "after which" the goods go is the balance's time; after which production
    # starts, the whole sum first: "全數付款後安排生產")
    r"" + _NOT_REST + r"(?<!收到)全[数數额額](?:付款|匯款|汇款|转账|轉帳)(?![^，,。.;；]{0,12}?(?:到货|到貨|收货|收貨|后付|後付))"
    r"(?:(?=\s*(?:后|後|之后|之後|以后|以後)\s*(?:安排|开始|開始)?\s*(?:生产|生產|开工|開工|做货|做貨))|(?!\s*(?:后|後|之后|之後|以后|以後)))"
    + _NOT_ASKED + r"|"
    # "付款方式是全額匯款後出貨": said as the terms of payment, the whole sum before the goods go
    r"(?:付款|付款方式)(?:是|需要|要|為|为)?\s*全[数數额額](?:付款|匯款|汇款|转账|轉帳)(?=\s*(?:后|後|之后|之後))" + _NOT_ASKED + r"|"
    r"100\s*%\s*(?:t/?t\s*|tt\s*|payment\s*|paid\s*|by t/?t\s*)*(?:in advance|advance|prepa|upfront|"
    r"before (?:production|shipment)|before we start|deposit|with order|预付|付款|t/?t\b|tt\b)|"
    r"(?:full payment|payment in full|pay in full)\s*(?:in advance|before production|upfront)|"
    # "first order must be 100%", "ok, 100% then": the whole sum, said back in a negotiation of shares
    r"(?:must be|only|ok,?|fine,?)\s*100\s*%(?![^.;\n]{0,20}?(?:after|upon|on arrival|against|within|net))|"
    r"100\s*%\s*(?:then|is fine|is ok|only)\b|"
    # "付款100%出貨前T/T": the whole sum before shipment, said in Chinese
    r"100\s*%\s*(?:[^，,。.;；%]{0,4}?)(?:出货前|出貨前|发货前|發貨前|装船前|裝船前|生产前|生產前|预付|預付)|"
    # "payment Alibaba 信保, full payment", "信保 100% ok": the whole sum through the escrow
    r"(?:(?<!中)信保|trade assurance|escrow)(?:[^.;\n]{0,12}?|[^.;\n]{0,24}?\bpay\s+)(?:full payment|100\s*%)(?![^.;\n]{0,20}?"
    r"(?:after|upon|on arrival|against|within|net|到货|收货))")
_WHOLE_WORD = re.compile(r"全[款数數额額部]")
# The first share paid, written without the word deposit: "buyer remits 30 % T/T of the invoice
# value ... the balance", "须付总货款30%货款，其余货款发货前付清".
_PAID_FIRST = re.compile(r"(?:\bpay|\bpays|\bremit|\bremits|[须須需]付|先付|支付)\s*(?:[^\d%.;。；\n]{0,12}?)" + _PCT)
# The whole price in advance, said without a percentage: "make the prepayment to reserve the
# goods", "下单前全额付清货款", "款到发货". Only read in a message that names no share.
_PREPAID = re.compile(
    r"\b(?:make|making|made|require|requires|need|needs|ask for|against)\s+(?:the |a |full |your )*"
    r"(?:pre-?payment|advance payment|payment in advance)\b|\bfull (?:pre-?payment|advance payment)\b|"
    r"\bpay(?:ment)? in full in advance\b|\bpay\b[^.;\n]{0,16}?\bfull(?: amount| payment| price| sum)?\s+before (?:ship|shipment|shipping|production|loading|delivery)\b|全额(?:付清|付款|预付|支付)|全额[^，。,.;；]{0,4}?(?:出货|发货|装船|生产)前|付清全款|款到发货|先款后货|"
    r"\b(?:full payment|payment in full|pay in full)\b[^.;\n]{0,30}?"
    r"\bbefore (?:production|shipment|shipping|dispatch|loading|delivery)\b|"
    # "Payment via Alibaba Trade Assurance, full amount", "I'll pay the full amount via PayPal"
    r"\bpay(?:ment|ing|s)?\b[^.;\n]{0,40}?\bfull amount\b|\bfull amount\b[^.;\n]{0,10}?\b(?:by|via|with|through)\b|"
    # "Western Union ok, full amount USD 930 + FedEx 260 before shipping"
    r"\bfull (?:amount|amt)\b[^.;\n]{0,30}?\bbefore (?:production|shipment|shipping|dispatch|loading|delivery|we (?:ship|start|produce|load))\b|"
    # "PayPal orders are paid in full before production", "pay thru alibaba trade assurance full amt ok?"
    r"\bpaid in full\b[^.;\n]{0,12}?\bbefore (?:production|shipment|shipping|dispatch|loading|delivery|we (?:ship|start))\b|"
    r"\bpay\b[^.;\n]{0,40}?\bfull amt\b|"
    # "Western Union ok, full payment": the whole sum, with no later event named
    r"\bfull payment\b(?![^.;\n]{0,30}?\b(?:after|upon|on|against|within|net|when|once)\b)|"
    # "full payment by PayPal and we ship within 10 days": the whole sum by a method, the time the ship's
    r"\bfull payment (?:by|via|with|through) [a-z/ ]{2,20}?(?= and we ship\b| then we ship\b)|"
    # "可以刷卡，一次付清": the whole sum in one payment
    r"(?<!第)一次(?:性)?(?:付清|付款|付全款|過數|过数)")
_FEE_PAYER = r"(?:\s+(?:is\s+)?(?:on|by|for)\s+(?:you|your side|the buyer|buyer)\b)?"  # ("… on you")
_FEE_PCT = re.compile(r"(?:\bfee|\bcharges?|\bsurcharge|手续费|手續費)\s*(?:is\s*|of\s*|about\s*|~\s*)?\d+(?:\.\d+)?\s*%"
                      + _FEE_PAYER + r"|\d+(?:\.\d+)?\s*%\s*(?:(?:paypal|card|bank|transaction)\s+)?(?:fee|surcharge|手续费|手續費)"
                      + _FEE_PAYER)
# the whole sum by a method: "pay 100% by credit card", "100% payment on Alibaba", "cash full",
# "paypal full ok", "付款全數現金"
_FULL_BY_METHOD = re.compile(r"100\s*%\s*(?:payment\s+(?:by|via|thru|through|with|on)|(?:by|via|thru|through|with))\s+(?:credit card|card|paypal|"
                             r"alibaba|trade assurance|western union|cash)\b|100\s*%\s*on\s+(?:alibaba\s+)?trade assurance\b|"
                             # (not "our response rate is 100% on Alibaba")
                             # (not "my credit card full this month", "PayPal full refund")
                             r"(?<!my )(?<!is )\b(?:paypal|cash|card|credit card|western union)\s+full\b"
                             r"(?!\s+(?:after|upon|on|against|when|container|set|load|this|today|now|refund))|"
                             r"全[数數额額款]\s*(?:現金|现金|paypal|西联|西聯|刷卡)")
_ON_DELIVERY = re.compile(r"貨到|货到|到貨|到货|驗完|验完|收貨|收货|送货上门|送貨上門|送到|到時|到时|到付|司机|司機|快递员|快遞員|"
                                r"\b(?:on|upon|after) (?:delivery|arrival)\b|\bwhen (?:you|we) (?:receive|collect|pick)|"
                                r"\b(?:driver|courier delivers|arrives|not possible|receive|received)\b")
_PREPAID_NOT_TERMS = re.compile(r"\b(?:under|below|usually|normally|if|see|check|show)\b")
_ANY_SHARE_WORD = re.compile(r"%|percent|\bpct\b|\bdeposit|\bbalance\b|\bremaining\b|定金|订金|尾款|余款")
# A share written for one-off costs, not for the goods: "set-up costs and sample fees: 100 % T/T".
_FEES = re.compile(r"(?:sample|mou?ld|tooling|set-?up|plate|打样|样品|模具|开模|版)\s*(?:fees?|costs?|charges?|费)")
_GOODS_WORDS = re.compile(r"\bgoods\b|\border\b|\bbulk\b|\bbalance\b|大货|货款|订单")
_PAYMENT_CONTEXT = re.compile(r"(?<![a-z])t/?t(?![a-z])|pay|deposit|balance|定金|订金|付款|尾款|付|款|terms|split|l/?c")
_NOT_PAYMENT = re.compile(r"\b20\s*/\s*40|\bgp\b|\bhq\b|24\s*/\s*7|\bcbm\b|/pc|/ctn|/set")

_TRIGGERS = [
    (re.compile(r"against (?:the )?(?:a )?(?:copy|scan)|copy of (?:the )?b/?l|b/?l copy|见提单(?!(?:日期?)?后\s*\d)|提单副本"),
     PaymentTrigger.AGAINST_BL_COPY),
    (re.compile(r"(?:before|b4) (?:shipment|shipping|ship\b|loading|delivery|dispatch)|prior to (?:shipment|loading)|"
                r"发货前|出货前|装运前|装柜前|提货前|goods ready|ready to ship"), PaymentTrigger.BEFORE_SHIPMENT),
    (re.compile(r"after inspection|upon inspection|验货后|验货合格"), PaymentTrigger.AFTER_INSPECTION),
    # (not the days after it: "10% within 30 days after arrival", "收货后10天内")
    (re.compile(r"on arrival|upon arrival|(?<!days )(?<!day )after arrival|(?:到港后|到货后|收货后)(?!\s*\d{1,3}\s*天)"),
     PaymentTrigger.ON_ARRIVAL),
    # (or the machines put in: "last 10% within 15 days after installation done")
    (_DAYS_AFTER := re.compile(
        r"(?P<days>\d{1,3})\s*days?\s*(?:after|from) (?:the )?(?P<event>b/?l(?: date)?|bill of lading(?: date)?|invoice|"
        r"shipment|arrival|goods arrive|installation|commissioning|acceptance)"), PaymentTrigger.DAYS_AFTER_EVENT),
    # "余款70%货到后7天内付清", "10% 收货后10天内": the days after the goods arrive, said in Chinese
    # (paid, or the days closing the share's clause: not "收货后7天内可以退换", "到港后5天内清关")
    (re.compile(r"(?:货到|到货|收货|到港)后\s*(?P<days>\d{1,3})\s*天\s*(?:内|內)?\s*(?:付清|付款|付|(?=\s*(?:$|[，,。;；])))(?P<event>)"),
     PaymentTrigger.DAYS_AFTER_EVENT),
    # "剩下30%见提单后15天内付": the days after the B/L date, said in Chinese
    (re.compile(r"(?:见|見|收到)?(?P<event>提单|提單)(?:日期?)?(?:后|後)\s*(?P<days>\d{1,3})\s*天\s*(?:内|內)?\s*(?:付清|付款|付|支付|(?=\s*(?:$|[，,。;；?？])))"),
     PaymentTrigger.DAYS_AFTER_EVENT),
]
_WORKS_EVENTS = frozenset({"installation", "commissioning", "acceptance"})
_PAYING_WORDS = frozenset("t tt by balance payment paid payable due within to be the last remaining final in".split())
_DATE = re.compile(r" date$")
_NET_DAYS = re.compile(r"\d{2,3}")
_EVENTS = {"b/l": "B/L date", "bl": "B/L date", "bill of lading": "B/L date", "invoice": "invoice",
           "shipment": "shipment", "arrival": "arrival", "goods arrive": "arrival", "": "arrival",
           "提单": "B/L date", "提單": "B/L date", "installation": "installation", "commissioning": "commissioning",
           "acceptance": "acceptance"}
# A deposit written as an amount: "USD 5,000 deposit", "deposit of US$ 3,000", "定金1万元".
_DEPOSIT_NOUN = r"(?:deposit|down ?payment|advance(?: payment)?|prepayment|定金|订金|预付款?)"
# what every _DEPOSIT_NOUN holds, as substrings: the cheap test before a deposit is looked for
DEPOSIT_HINTS = ("deposit", "down", "advance", "prepay", "定金", "订金", "预付", "dingjin")
_MONEY_BEFORE = re.compile(CURRENCY_WORDS + r"\s*" + AMOUNT + r"(k|万)?")
_MONEY_AFTER = re.compile(AMOUNT + r"(k|万)?\s*" + CURRENCY_WORDS)
_CUR_AMOUNT = r"(?:" + re.sub(r"\((?!\?)", "(?:", _MONEY_BEFORE.pattern) + "|" + \
    re.sub(r"\((?!\?)", "(?:", _MONEY_AFTER.pattern) + ")"
_FIXED = re.compile(
    _CUR_AMOUNT + r"\s*(?:t/?t\s*)?(?:as\s*(?:the\s*)?)?" + _DEPOSIT_NOUN + "|"
    + _DEPOSIT_NOUN + r"\s*(?:of|is|:|为|是|(?:先|只|就)?(?:付|交|收|要)(?:个)?)?\s*" + _CUR_AMOUNT)
# Days that go with a method: "L/C 60 days", "net 30", "O/A 30 days after invoice", "月结30天".
_METHOD_DAYS = re.compile(r"\s*(?:at\s*)?(\d{2,3})\s*(?:days?|天)|[^.;\n]{0,30}?(\d{1,3})\s*days?\s*after")
# The L/C named as the event a time runs from ("20-25 days after we receive the L/C", "收到信用证后
# 45天"): the production starts when it arrives, as it does on a deposit. It refers to the credit
# the chat has agreed on, so it states no method of its own (a bare L/C would read as at sight).
LC_RECEIPT = re.compile(
    r"(?:after|upon|on|from|once)\s+(?:(?:we|you|i|they)\s+)?(?:receiv(?:e|es|ed|ing)|reciev(?:e|es|ed|ing)|receipt of|get|gets|"
    r"getting|got|the opening of|opening|open|opened)\s+(?:(?:of|the|your|our|an?|irrevocable|workable)\s+)*"
    r"(?:l/c|lc|letter of credit)(?![a-z])|"
    r"(?:after|upon|once|from)\s+(?:the\s+|your\s+)?(?:l/c|lc|letter of credit)\s+(?:is\s+|has been\s+)?"
    r"(?:received|opened|opening|arrives|arrived|arrival|receipt)\b|"  # ("6 weeks from L/C opening")
    # "45-50 days after LC": the credit's opening, said short
    r"(?<=days )after\s+(?:the\s+|your\s+)?(?:l/c|lc)(?![a-z/])|"
    r"(?:收到|开出|开立|开好|开了)\s*(?:的)?\s*(?:" + _CREDIT_ZH + r"|l/c|lc)\s*(?:后|之后|以后)|"
    # "開狀後30天", "开证后": the credit opened, said short
    r"(?:开状|开证)\s*(?:后|之后|以后)|"
    # (and "信用证到我们这边后三十天": where it arrives, said between)
    r"(?:" + _CREDIT_ZH + r"|l/c|lc)\s*(?:开出|开立|到达?|开好)\s*(?:后|之后|以后)|"
    r"(?:" + _CREDIT_ZH + r"|l/c|lc)\s*到(?:我们|我方|我司)?(?:这边|那边|工厂)\s*(?:后|之后|以后)(?![^，。,;；]{0,16}(?:交单|確認|确认|请|請))|"
    # "30 days after deposit 和 LC 都收到": the deposit and the credit both in
    r"(?:after|upon|once)\s+(?:(?:we|you)\s+(?:have|get|receive|received|got)\s+)?(?:the\s+)?deposit\s*(?:and|&|和|及|与|與)\s*"
    r"(?:the\s+)?(?:l/c|lc|" + _CREDIT_ZH + r")(?![a-z/])|"  # (and "35 days after we have the deposit and the L/C")
    r"(?<![a-z])(?:l/c|lc|" + _CREDIT_ZH + r")\s*(?:都|均)?\s*(?:收到|到账|到賬)|"
    # "交货期 after LC 20-25 days": the days right after it
    r"(?:after|upon|once)\s+(?:the\s+|your\s+)?(?:l/c|lc)(?![a-z])(?=\s*[:：,]?\s*\d{1,3}\s*(?:[-~–]\s*\d{1,3}\s*)?(?:days?|天))")
_OPENS_CREDIT = re.compile(r"\b(?:we|i|our bank|the bank)(?:'ll| will| shall| can| are going to)?\s+(?:open|issue)\s+"
                           r"(?:the\s+|an?\s+|our\s+)?$")
_AT_SIGHT = re.compile(r"\s*(?:at\s*)?sight")
_OA_DAYS = re.compile(r"(?<![a-z])(?:pay(?:ment)?|net|due)\s*(\d{1,3})\s*days?\s*after (?:the )?invoice")

# goods made of wire, which a bare "wire" names rather than a transfer
_WIRE_GOODS = ("iron", "copper", "steel", "galvanized", "galvanised", "gi", "stainless", "aluminium", "aluminum", "brass",
               "barbed", "binding", "welding", "electric", "electrical", "enameled", "enamelled", "tinned", "bare",
               "spring", "music", "fence", "fencing", "tie", "nichrome", "mig", "tig")
_WIRE = (r"(?<!\bwith )wire(?!\s*(?:rods?|ropes?|mesh|harness(?:es)?|nails?|cables?|coils?|gauge|diameter|drawing|saw|"
         r"brush(?:es)?|strippers?|cutters?|shel(?:f|ves)|baskets?|racks?|hangers?|ties?|forms?|frames?|\d+(?:\.\d+)?\s*mm|bwg|\())"
         + "".join(f"(?<!{w} wire)" for w in _WIRE_GOODS))
_METHODS = [
    # "bewere-transfer" ("by wire-transfer" typed fast): the hyphenated compound is the method
    # even glued to the word before it, and "were-" is only ever a typo there; "the funds were
    # transferred" has no hyphen and is prose
    # (bare "wire" is a transfer, not goods made of it: "galvanized iron wire BWG 16", "copper wire
    # 1.5mm", "wire rope")
    (re.compile(r"(?<![a-z])(?:t/t|tt|telegraphic transfer|telex transfer|wire[- ]transfer|" + _WIRE + r"|"
                r"bank[- ]transfer|bank wire)(?![a-z])|w[ie]re-transfer(?![a-z])|"
                r"电汇|银行转账|转账|轉账|转帐|轉帳|轉帐|(?<!西联)(?<!西聯)(?<![去会要就])汇款(?!了|过去|给)"), PaymentMethod.TT),
    # "L/C 60 days"; in Chinese the days come first ("60天远期信用证") or after ("远期信用证60天")
    (re.compile(r"(?<![a-z])(?:l/c|lc|letter of credit)\s*,?\s*(?:at\s*)?(\d{2,3})\s*(?:days|天)|"
                r"\busance\s+(?:l/c|lc|letter of credit)(?![a-z])(?:\s*,?\s*(\d{2,3})\s*days)?|"
                r"(?<![a-z])(?:l/c|lc|letter of credit)\s+usance(?:\s*,?\s*(?:at\s*|of\s*)?(\d{2,3})\s*days)?|"
                r"(?<![\d.])(\d{2,3})\s*days?\s*(?:usance|deferred)\s*(?:l/c|lc|letter of credit)(?![a-z])|"
                r"(\d{2,3})\s*天\s*的?\s*远期\s*(?:" + _CREDIT_ZH + r"|l/c|lc(?![a-z]))|"
                r"远期\s*(?:" + _CREDIT_ZH + r"|l/c|lc(?![a-z]))(?:\s*[,，]?\s*(?:最多|最长|不超过|可以|可做|只能)?\s*(\d{2,3})\s*天)?|"
                # "信用证，远期90天", "信用证90天远期", "信用证90天"
                r"(?:" + _CREDIT_ZH + r"\s*[,，]?\s*(?:远期\s*)?|远期\s*)(\d{2,3})\s*天"
                r"(?!\s*(?:之?内|后?(?:出货|交货|发货|生产|做好|完成)))"),
     PaymentMethod.LC_USANCE),
    # "we wait for the LC draft": the credit already settled, not an offer of one at sight
    # (not a model code: "lighting console (LC-1024)")
    (re.compile(r"(?<![a-z])(?:l/c|lc(?!-?\d)|letter of credit)(?![a-z])(?!\s*(?:both\s+|is\s+|are\s+|has been\s+)?(?:draft|copy|"
                r"opened|received|no\b|number|application|issuing|amendment))|" + _CREDIT_ZH + r""), PaymentMethod.LC_SIGHT),
    # a documentary (sight) draft sent for collection is D/P at sight in all but name
    (re.compile(r"(?<![a-z])d/p(?![a-z])|(?<![a-z])dp(?= payment| at sight)|付款交单|documents against payment|"
                r"(?:documentary|sight) (?:draft|bill)[^.;\n]{0,30}?(?:on |for )?collection|"
                r"(?:documentary|跟单)\s*(?:collection|托收)|即期跟单汇票"), PaymentMethod.DP),
    (re.compile(r"(?<![a-z])d/a(?![a-z])|承兑交单|documents against acceptance"), PaymentMethod.DA),
    (re.compile(r"(?<![a-z])o/a(?![a-z])|open account|(?<![a-z])net\s*\d{2}\b|月结"), PaymentMethod.OA),
    (re.compile(r"paypal"), PaymentMethod.PAYPAL),
    # "WU" only where it pays ("balance also WU", "WU fee is high", "ok WU fine"), never Mr Wu
    (re.compile(r"western\s*union|westunion|西联|(?:(?<=by )|(?<=via )|(?<=also )|(?<=ok )|(?<=pay ))wu(?![a-z])|"
                r"(?<![a-z])wu(?= (?:fee|is better|transfer|payment|fine|ok)\b)"), PaymentMethod.WESTERN_UNION),
    (re.compile(r"credit card|(?<![a-z])visa(?![a-z])|mastercard|信用卡|刷卡"), PaymentMethod.CARD),
    # Alipay holds the money until the buyer confirms receipt (支付宝担保交易): the escrow
    # (not China's export credit insurance: "中信保", "我们要申请信保", "信保批了", "信保额度")
    (re.compile(r"escrow|trade assurance|(?<!中)(?<!申请)(?<!申請)信保(?!公司|额度|額度|批|审|審|保险|保險)|担保交易|"
                r"(?<![a-z])alipay|支付宝|支付寶"), PaymentMethod.ESCROW),
    # cash only where it is the means of paying ("20% in cash", "cash payment", "现金定金"), not
    # cash against documents, cash flow, a cash discount or "cash in advance" (a prepayment)
    (re.compile(r"(?:(?<=in )|(?<=by )|(?<=pay )|(?<=paid )|(?<=accept )|(?<=take )|(?<=or )|(?<=and ))"
                r"cash(?![a-z])(?! (?:against|flow|discount|in advance|on delivery|back)\b)|"
                r"(?<![a-z])cash(?= (?:payment|deposit|only)\b)|(?:现金|現金)(?!流|折扣|等价|返)"),
     PaymentMethod.CASH),
]


# What every match of each _METHODS pattern contains: a pattern whose words are all absent from
# a message is not run on it (most of them scan every position of the text).
_METHOD_NEEDLES = {
    PaymentMethod.TT: ("t/t", "tt", "telegraphic", "telex", "wire", "transfer", "电汇", "汇款", "转账", "轉账",
                       "转帐", "轉帳", "轉帐"),
    PaymentMethod.LC_USANCE: ("l/c", "lc", "letter", "远期", "信用证", "信用状", "信用狀"),
    PaymentMethod.LC_SIGHT: ("l/c", "lc", "letter", "信用证", "信用状", "信用狀"),
    PaymentMethod.DP: ("d/p", "dp", "付款交单", "documents", "documentary", "draft", "bill", "跟单"),
    PaymentMethod.DA: ("d/a", "承兑交单", "acceptance"),
    PaymentMethod.OA: ("o/a", "open account", "net", "月结"),
    PaymentMethod.PAYPAL: ("paypal",),
    PaymentMethod.WESTERN_UNION: ("western", "westunion", "西联", "wu"),
    PaymentMethod.CARD: ("credit card", "visa", "mastercard", "信用卡", "刷卡"),
    PaymentMethod.ESCROW: ("escrow", "assurance", "信保", "担保交易", "alipay", "支付宝", "支付寶"),
    PaymentMethod.CASH: ("cash", "现金", "現金"),
}
assert set(_METHOD_NEEDLES) == {method for _, method in _METHODS}


# a share the payer will not pay: "we won't pay 30% upfront on a first order"
_SHARE_REFUSED_BEFORE = re.compile(r"\b(?:won['’]?t|will not|can['’]?t|cannot|don['’]?t|do not|never)\s+(?:pay|accept|do|give)\s+$")
# (not "20% is a bit low, but ok for you", "有点少，不过可以")
_SHARE_TOO_LOW = re.compile(r"\s*(?:(?:有点|有點|太|还是|還是|稍微)?少|不够|不夠|"
                            r"(?:is\s+)?(?:too|a bit|a little|bit)\s+(?:low|little|small|less)\b)"
                            r"(?![^.。!！?？\n]{0,24}(?:\bbut\b|\bok\b|\bfine\b|不过|不過|但是?|可以|没问题|沒問題|行))")


def find(view: MessageView) -> None:
    """Add split mentions (deposit %, balance %, balance trigger) and method mentions."""
    low = view.low
    if _SPLIT_TRIGGERED(view):
        _find_split(view, low)
        for m in view.mentions:
            if m.field == SPLIT and (_SHARE_TOO_LOW.match(low, m.end)
                                     or _SHARE_REFUSED_BEFORE.search(low, max(0, m.start - 30), m.start)):
                # "20% 有點少，我跟財務確認一下", "we won't pay 30% upfront": the share turned down, not said back
                m.kind = REJECTED
    if _FIXED_TRIGGERED(view) and not any(m.field == SPLIT and m.kind != REJECTED for m in view.mentions):
        _find_fixed(view, low)
    if _METHOD_TRIGGERED(view) or "invoice" in view.words:
        _find_method(view, low)
        if ("后" in low or "after" in view.words) and any(m.field == METHOD for m in view.mentions):
            _drop_lead_bases(view, low)  # "交期是收到信用证或者合同签好后30天": when the work starts
        if not any(m.field == SPLIT for m in view.mentions) and (
                "l/c" in low or "d/p" in low or "d/a" in low or "lc" in view.words or "letter" in view.words
                or "信用" in low):
            _lc_only(view, low)


# what the lead time counts from: "收到定金或者信用证后20天", "30 days after receiving deposit or L/C"
_LEAD_BASIS = re.compile(r"(?:收到|收齐|收齊|接到|开出|開出)[^，,。；;！!？?]{0,14}?后\s*(?:\d|[一二两三四五六七八九十]|约|大概)|"
                         r"\b(?:days?|weeks?) after (?:receiving|receipt of|we receive|we get|getting)\b[^.,;!?\n]{0,30}")


def _drop_lead_bases(view: MessageView, low: str) -> None:
    """A method named only as what a lead time counts from is no term of payment."""
    bases = SpanSet(m.span() for m in _LEAD_BASIS.finditer(low))  # (by bisection: a long message stays n log n)
    if bases:
        view.mentions = [m for m in view.mentions if m.field != METHOD or not bases.covers(m.start)]


# The whole price by one credit or collection: "L/C only", "only by L/C", "仅接受信用证", "100% L/C",
# "D/P at sight 100%". Both pay on documents, so no deposit goes beside them: a split on the table no longer holds (a plain
# "T/T ok" after "30/70 by T/T" leaves that split alone).
_LC_ONLY = re.compile(
    r"(?<![a-z])(?:l/c|lc|letter of credit)(?:\s+at sight)?\s+only\b|"
    r"\bonly\s+(?:(?:by|via|through|with|accept|approve|allow|pay(?: by)?|take|use|work with|do|an?|irrevocable|at sight)\s+)*"
    r"(?:l/c|lc|letter of credit)(?![a-z])|"
    r"\b100\s*%\s*(?:(?:by|via|through|with|payment|at sight|irrevocable|an?)\s+)*"
    r"(?:l/c|lc|letter of credit)(?![a-z])|"
    r"(?:仅|只|只能)(?:接受|收|做|用|走|开)?\s*(?:即期|远期)?\s*(?:" + _CREDIT_ZH + r"|l/c|lc)(?![a-z])|100\s*%\s*(?:即期|远期)?" + _CREDIT_ZH + r"|"
    # a documentary collection for the whole sum: "D/P at sight 100%", "D/A 60 days for full amount"
    r"(?<![a-z])(?:l/c|d/p|d/a)(?:\s+(?:at sight|\d{2,3}\s*days))?\s+(?:100\s*%|for (?:the )?full (?:amount|value))|"
    r"\b100\s*%\s*(?:(?:by|via|through|with|payment|at sight|an?)\s+)*(?:d/p|d/a)(?![a-z])")


def _lc_only(view: MessageView, low: str) -> None:
    for m in _LC_ONLY.finditer(low):
        if view.negated(m.start()) or view.excluded(m.start()) or view.about_samples(m.start()):
            continue
        view.mentions.append(Mention(SPLIT, (None, None, None, None, None, None), m.start(), m.end(), CLEARED))
        return


# Half first: "先付一半，发货前付清", "定金一半"
# ("先電匯一半做訂金": half first by wire, as the deposit)
_HALF = re.compile(r"(?:先付|先付款?|预付|預付|定金|订金|訂金|先\s*(?:电汇|電匯|t/?t|汇款|匯款))\s*一半(?!的?[货貨])|"
                   r"一半\s*(?:做|作为|作為|当|當)?\s*(?:定金|订金|訂金)")  # (not "先汇款一半的货": half the goods)
# and in English: "half in advance, the other half against B/L copy", "half up front by wire",
# "half now, half before shipping", "half and half by T/T"
_HALF_EN = re.compile(r"\bhalf\s+(?:(?:payment|deposit)\s+)?(?:in advance|up\s?front|now|first|as (?:a |the )?deposit)\b"
                      r"(?=[^.;\n]{0,60}?\b(?:the other half|half|the rest|the balance|remaining)\b)|"
                      r"\bhalf (?:and|&|n) half\b|\bhalf deposit\b")
# (a share of the payment: said with paying, in a sentence of no goods, shipping or fee)
_HALF_PAID = re.compile(r"\bpa(?:y|id|yment)\b|t/?t\b|\bwire\b|\bdeposit\b|\badvance\b|b/?l\b|\bagainst\b|\bup ?front\b|"
                        r"western union|paypal|\btransfer\b|\bbefore (?:shipping|shipment|delivery|loading)\b")
_HALF_NOT_PAID = re.compile(r"\b(?:ship|deliver|load|produc)\w*\s+(?:half|the rest|the other half)|\bready\b|\bpack|\bpcs\b|"
                            r"\bcolou?rs?\b|\bred\b|\bblue\b|freight|sample|mou?ld|tooling|arrived|received|quantity|batch")


def _add_half(view: MessageView, low: str, m: re.Match[str]) -> None:
    """Half first, the rest on the balance's trigger written after it."""
    trigger, stop = _trigger(low, m.end())
    view.add(SPLIT, (Decimal(50), Decimal(50), *trigger, "%"), m.start(), max(m.end(), stop))


def _prepaid(view: MessageView, low: str, text: str) -> bool:
    """The whole price in advance said without a percentage, looked for in `text` (the message,
    or the message with its fees' percentages blanked out in place); adds it and says so."""
    for m in _PREPAID.finditer(text):
        s, e = view.sentence_at(m.start())
        if _PREPAID_NOT_TERMS.search(low, s, e):
            continue  # "for orders under USD 1000, full amount before we ship", "check the full amount"
        if not view.negated(m.start()):
            view.add(SPLIT, (Decimal(100), Decimal(0), None, None, None, "%"), m.start(), m.end())
            return True
    return False


def _find_split(view: MessageView, low: str) -> None:
    found = False
    if "一半" in low:
        for m in _HALF.finditer(low):
            if not view.negated(m.start()):
                _add_half(view, low, m)
                return
    if "half" in view.words and "%" not in low:
        for m in _HALF_EN.finditer(low):
            s, e = view.sentence_at(m.start())
            if not _HALF_PAID.search(low, s, e) or _HALF_NOT_PAID.search(low, s, e):
                continue  # ("ship half now and the rest next month", "half and half red and blue")
            if not view.negated(m.start()) and not _for_fees(view, low, m.start()):
                _add_half(view, low, m)
                return
    fulls = list(_FULL.finditer(low)) if ("100" in low or "full" in low or "全" in low and _WHOLE_WORD.search(low)) else []
    if not fulls and ("100" in low or "full" in low or "全" in low):
        fulls = list(_FULL_BY_METHOD.finditer(low))
    for m in fulls:
        if m.re is _FULL_BY_METHOD and _ON_DELIVERY.search(low, *view.sentence_at(m.start())):
            continue  # "貨到葵涌你驗完貨，全數現金俾司機", "100% by card on arrival": the whole sum on delivery
        if low[m.start()] == "全" and _SHARE_BEFORE_WHOLE.search(low, max(view.sentence_at(m.start())[0], m.start() - 60), m.start()):
            continue  # "定金30%，剩下的70%全额出货前付", "三成訂金，全數出貨前付清": the rest of the sum
        if not view.negated(m.start()) and not _for_fees(view, low, m.start()):
            view.add(SPLIT, (Decimal(100), Decimal(0), None, None, None, "%"), m.start(), m.end())
            found = True
    # (a fee's percentage is no share: "PayPal ok, full payment, PayPal fee 4.4% on you")
    if not found and "%" in low and ("fee" in low or "费" in low or "費" in low) and "percent" not in low \
            and "%" not in (bare := _FEE_PCT.sub(lambda f: " " * len(f.group()), low)) and not _ANY_SHARE_WORD.search(bare):
        if _prepaid(view, low, bare):
            return
    if "%" not in low and "percent" not in low and "pct" not in low and "cent" not in low:
        if not found and not _ANY_SHARE_WORD.search(low) and _prepaid(view, low, low):
            return
        if not found and _bare_shares(view, low):
            return
        if not _find_spaced_split(view, low):
            _find_slash_split(view, low)
        return
    deposits = [(Decimal(m.group(1)), m.start(), m.end()) for m in _DEPOSIT_AFTER.finditer(low)
                # (not "三七开，定金30%" read "30%/70%,定金30%": a word with its own share after a comma)
                if not ("," in low[m.end(1):m.end()] and _SHARE_NEXT.match(low, m.end()))]
    short = [(Decimal(m.group(1)), m.start(), m.end()) for m in _DEPOSIT_SHORT_AFTER.finditer(low)] \
        if not deposits else []
    # "30% deposit 70% before shipment": the word that closed one share opens no other
    inside = SpanSet((s, e) for _, s, e in deposits)
    deposits += [(Decimal(m.group(1)), m.start(), m.end()) for m in _DEPOSIT_BEFORE.finditer(low)
                 if not inside.covers(m.start())]
    if not deposits:
        first = _PAID_FIRST.search(low) or _SHARE_THEN_BALANCE.search(low)
        if first and (_ANY_BALANCE.search(low, first.end(1)) or any(
                # "payment 30% T/T, 70% before shipment": the rest said as its share and time
                Decimal(first.group(1)) + Decimal(b.group(1)) == 100 and 0 < b.start() - first.end(1) < 30
                for p in (_BALANCE_TRIGGER_AFTER, _BALANCE_TRIGGER_BEFORE) for b in p.finditer(low, first.end(1)))) \
                and "%" not in low[:first.start(1)]:
            deposits = [(Decimal(first.group(1)), first.start(1), _ANY_PCT.match(low, first.start(1)).end())]
    balances = [(Decimal(m.group(1)), m.start(), m.end())
                for p in (_BALANCE_AFTER, _BALANCE_BEFORE, _BALANCE_TRIGGER_AFTER)
                for m in p.finditer(low)]
    deposits = [d for d in deposits if d[0] < 100 and not _for_fees(view, low, d[1])]
    if short and not deposits:  # (a short first share only beside a balance share of its own)
        deposits = [d for d in short if d[0] < 100 and any(
            b[0] + d[0] == 100 and 0 <= b[1] - d[2] < 30 for b in balances)
            # or the rest named right after it: "50% now, the rest before shipping"
            or _REST_NEXT.match(low, d[2]) is not None]
    if deposits:
        # (sorted once, looked up by bisection: a message of many shares costs n log n, not n³)
        starts = sorted(d[1] for d in deposits)
        balances.sort(key=lambda b: b[1])
        at = [b[1] for b in balances]
        others = _Shares(low, deposits)
        last_balance_word = max((m.start() for m in _ANY_BALANCE.finditer(low)), default=-1)
        for dep, start, end in deposits:
            # the balance of this deposit, not of another deposit written between them
            following = starts[i] if (i := bisect_left(starts, end)) < len(starts) else len(low)
            bal = None
            for j in range(bisect_right(at, start), len(balances)):
                b = balances[j]
                if b[1] - end >= 80:
                    break
                if b[0] + dep == 100 and b[1] <= following:
                    bal = b
                    break
            later = others.after(end) if bal is None and others.total_after(end) + dep == 100 else []
            if (bal is None and len(later) > 1 and sum(s for s, _ in later) + dep == 100
                    and all(_pays(view, pos) for _, pos in later)):
                # "定金30%，发货前付60%，尾款10%验货后付": the rest is paid in more than one share,
                # each with its own trigger (never the first share's for all of them)
                tranches = tuple((share, *_clause_trigger(view, pos)) for share, pos in later)
                view.add(SPLIT, (dep, Decimal(100) - dep, None, None, None, "%", PaymentTrigger.ON_ORDER,
                                 tranches), start, view.clause_at(later[-1][1])[1])
            elif bal is not None:
                trigger, stop = _trigger(low, bal[1])
                view.add(SPLIT, (dep, bal[0], *trigger, "%"), start, max(bal[2], stop))
            elif len(later) == 1 and later[0][1] - end < 60 and last_balance_word < end \
                    and view.sentence_at(later[0][1]) == view.sentence_at(start) and _pays(view, later[0][1]) \
                    and not _SHARE_OF_OTHER.match(low, _ANY_PCT.match(low, later[0][1]).end()):
                # "50%定金，50%货到悉尼前付清", "付款訂金 30%，出貨前付清 70%", "30%定金，见提单副本付70%":
                # the one share after the deposit, the rest of the sum and paid, is the balance
                pos = later[0][1]
                trigger = _clause_trigger(view, pos)
                view.add(SPLIT, (dep, later[0][0], *trigger, "%"), start, view.clause_at(pos)[1])
            elif last_balance_word >= end:  # (a balance word after the share)
                trigger, stop = _trigger(low, end)
                view.add(SPLIT, (dep, Decimal(100) - dep, *trigger, "%"), start, max(end, stop))
            else:
                view.add(SPLIT, (dep, None, None, None, None, "%"), start, end)
        return
    if found:
        return
    if all(_PLUS_BEFORE.search(low, max(0, m.start() - 3), m.start()) or _FEE_AFTER.match(low, m.end())
           for m in _ANY_PCT.finditer(low)):
        # "paypal ok, full amount before shipping, +4.4% fee": the whole sum, and a fee on top
        for m in _PREPAID.finditer(low):
            if not view.negated(m.start()):
                view.add(SPLIT, (Decimal(100), Decimal(0), None, None, None, "%"), m.start(), m.end())
                return
    if not _find_spaced_split(view, low):
        _find_slash_split(view, low)


def _bare_shares(view: MessageView, low: str) -> bool:
    """"deposit 30, balance 70", "30 deposit rest before ship": a deposit share with no percent
    sign, read only with the balance named right after it (and its share, when written, the rest)."""
    if "dep" not in low and "adv" not in low:
        return False
    for m in _BARE_DEPOSIT.finditer(low):
        if "adv" in m.group(0) and not _PAY_WORD.search(low):
            continue  # "we can ship 20 advance 80 after CNY": no payment said
        dep = Decimal(m.group(1) or m.group(2))
        bal = _BARE_BALANCE.match(low, m.end())
        share = bal and (bal.group(1) or bal.group(2))
        if bal is None or not 10 <= dep <= 90 or share and Decimal(share) + dep != 100 \
                or view.negated(m.start()):
            continue
        trigger, stop = _trigger(low, bal.end())
        view.add(SPLIT, (dep, Decimal(100) - dep, *trigger, "%"), m.start(), max(bal.end(), stop))
        return True
    return False


_ANY_PCT = re.compile(_PCT)


class _Shares:
    """The percentages of a message that are no deposit themselves, and where; those after a
    position, and their sum, looked up by bisection."""

    def __init__(self, low: str, deposits: list[tuple[Decimal, int, int]]) -> None:
        inside = SpanSet((s, e) for _, s, e in deposits)
        self.shares = [(Decimal(m.group(1)), m.start()) for m in _ANY_PCT.finditer(low) if not inside.covers(m.start())]
        self.at = [pos for _, pos in self.shares]
        self.suffix = [Decimal(0)] * (len(self.shares) + 1)
        for i in range(len(self.shares) - 1, -1, -1):
            self.suffix[i] = self.suffix[i + 1] + self.shares[i][0]

    def after(self, end: int) -> list[tuple[Decimal, int]]:
        return self.shares[bisect_left(self.at, end):]

    def total_after(self, end: int) -> Decimal:
        return self.suffix[bisect_left(self.at, end)]


# a share of something else than the sum: "50% of the freight", "70%的货先发"
_SHARE_OF_OTHER = re.compile(r"\s*(?:of (?:the )?(?!total|amount|invoice|value|order|contract|goods|payment|price|sum)[a-z]|的(?!货款|款))")
_PAYING = re.compile(r"\bpa(?:y|ys|id|yment)\b|\bremit|\bbalance\b|\brest\b|\bt/?t\b|\bl/?c\b|"
                     r"尾款|余款|付|款")
_DUE_AFTER_SHARE = re.compile(r"\s*(?:t/?t\s*)?(?:after|upon|on|before|within|against|when)\b")
_NOT_PAID = re.compile(r"margin|profit|discount|\btax|\bvat\b|duty|increase|\brises?\b|\braise\b|commission(?!ing)|"
                       r"\boff\b|cheaper|higher|lower|利润|折扣|税|涨|降")


def _pays(view: MessageView, pos: int) -> bool:
    """The share at `pos` is a payment: its clause names a trigger or a payment word, or a time
    follows the share ("10 % after installation"), and nothing makes it a margin, tax, discount
    or price change ("our margin is only 20 % after the 50 % increase" is no tranche)."""
    low = view.low
    start, end = view.clause_at(pos)
    if _NOT_PAID.search(low, start, end):
        return False
    share = _ANY_PCT.match(low, pos)
    return (_PAYING.search(low, start, end) is not None
            or (share is not None and _DUE_AFTER_SHARE.match(low, share.end()) is not None)
            or any(pattern.search(low, start, end) for pattern, _ in _TRIGGERS))


def _clause_trigger(view: MessageView, pos: int) -> tuple:
    """(trigger, due days, event) of the share at `pos`, from its own clause ("发货前付60%", "10%
    after inspection"): one trigger there, or none (a share whose trigger nobody wrote stays
    unsettled)."""
    start, end = view.clause_at(pos)
    found = {_trigger_value(trigger, m) for pattern, trigger in _TRIGGERS
             for m in pattern.finditer(view.low, start, end)}
    return found.pop() if len(found) == 1 else (None, None, None)


def _for_fees(view: MessageView, low: str, pos: int) -> bool:
    """The share is for one-off costs named before it in its sentence ("sample fees: 100 % T/T")."""
    s, _ = view.sentence_at(pos)
    fee = None
    # (within a bounded look back: a message of many shares in one sentence stays linear)
    for fee in _FEES.finditer(low, max(s, pos - 200), pos):  # noqa: B007 - the last fee named is the one
        pass
    return fee is not None and not _GOODS_WORDS.search(low, fee.end(), pos)


def bare_split(view: MessageView) -> None:
    """"can you do 50/50?" once a split is on the table: the shares need no payment word."""
    low = view.low
    if any(m.field == SPLIT for m in view.mentions) or _NOT_PAYMENT.search(low):
        return
    if not _find_spaced_split(view, low):
        _find_slash_split(view, low, context=True)


# one share alone, as a counter to the split just put on the table: "we need 30% dear",
# "min 40% pls" (not a spec, a discount or a tax: "99% purity", "5% off", "13% VAT")
# (a word of _NOT_A_SHARE anywhere leaves the message alone; these only right after the share)
_LONE_SHARE = re.compile(r"(?<![\d.])([1-9]\d)\s*%(?!\s*(?:off|pure|cotton|polyester|of (?:the )?(?:goods|order|quantity|qty)))")
_NOT_A_SHARE = re.compile(r"discount|off\b|vat|tax|duty|commission(?!ing)|purity|moisture|humidity|protein|fat|"
                          r"折|税|稅|纯度|含量|水分|"
                          # (nor a share said with its trigger or as paid: "60% against BL copy ok",
                          # "deposit 30% will be paid thursday")
                          r"balance|against|before|after|copy|\bb/?l\b|ship|deliver|arriv|paid|\bpay|"
                          r"尾款|余款|餘款|提单|提單|发货|發貨|出货|出貨|到港|付")


def bare_fixed(view: MessageView, on_table: tuple) -> None:
    """A deposit written as a bare amount beside its noun ("can I pay 1500 deposit?", "ok 1500
    deposit fine") while a fixed deposit is on the table: an amount in the table's currency, the
    balance as the table has it."""
    if any(m.field == SPLIT for m in view.mentions):
        return
    found = [m for m in _BARE_FIXED.finditer(view.low)]
    if len(found) != 1:
        return
    m = found[0]
    value = parse_decimal(m.group(1) or m.group(2))
    if value is None or value < 100 or not on_table[0] / 4 <= value <= on_table[0] * 4 \
            or _DATE_OR_TIME_AFTER.match(view.low, m.end()):
        return  # (not a share, "30 deposit 70 balance", nor a date or an hour: "deposit 15th", "定金10号前付")
    view.add(SPLIT, (value, *on_table[1:]), m.start(), m.end())


_DATE_OR_TIME_AFTER = re.compile(r"\s*(?:st|nd|rd|th|号|號|日|/\d|[.-]\d|am|pm|hrs?|hours?|o'?clock|点|點|"
                                 r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
# an amount with no currency right before or after the deposit's noun: "1500 deposit", "deposit 1500"
_BARE_FIXED = re.compile(r"(?<![\d.,%$])(\d{2,3}(?:,\d{3})+|\d{2,7})\s*(?:as\s*(?:the\s*)?)?" + _DEPOSIT_NOUN + r"|"
                         + _DEPOSIT_NOUN + r"\s*(?:of|is|:|为|是)?\s*(\d{2,3}(?:,\d{3})+|\d{2,7})"
                         # (not days: "收到定金15天内送到")
                         r"(?![\d%.,]|\s*(?:%|天|日|工作|个?月|周|days?|working|weeks?|months?|pcs|sets|units))")


def bare_share(view: MessageView) -> None:
    """One share in percent, alone in the message, once the other side just put a split on the
    table: the deposit it counters with, the balance being the rest."""
    low = view.low
    if any(m.field == SPLIT for m in view.mentions) or _NOT_PAYMENT.search(low) or _NOT_A_SHARE.search(low):
        return
    shares = list(_LONE_SHARE.finditer(low))
    if len(shares) != 1 or low.count("%") != 1:
        return
    m = shares[0]
    deposit = Decimal(m.group(1))
    view.add(SPLIT, (deposit, Decimal(100) - deposit, None, None, None, "%"), m.start(), m.end())
    if view.mentions and view.mentions[-1].field == SPLIT and _SHARE_TOO_LOW.match(low, m.end()):
        view.mentions[-1].kind = REJECTED  # "20% 有點少，我跟財務確認一下": turned down, not said back


_SPACED_SPLIT = re.compile(r"\b(?:pymt|pmt|payment)\s*[:：]?\s*([1-9]0)\s+([1-9]0)(?=\s*(?:[,;!?]|\.(?!\d)|$|t/?t\b|tt\b|by\b|via\b|ok\b|pls\b|please\b|is\b))")


def _find_spaced_split(view: MessageView, low: str) -> bool:
    """"pymt 50 50": a split written with a space, right after the word for payment."""
    for m in _SPACED_SPLIT.finditer(low) if "pymt" in low or "pmt" in low or "payment" in low else ():
        a, b = Decimal(m.group(1)), Decimal(m.group(2))
        if a + b == 100:
            trigger, stop = _trigger(low, m.end())
            view.add(SPLIT, (a, b, *trigger, "%"), m.start(1), max(m.end(), stop))
            return True
    return False


def _find_slash_split(view: MessageView, low: str, context: bool = False) -> None:
    if "/" not in low and ":" not in low and "-" not in low:
        return
    context = context or (bool(_PAYMENT_CONTEXT.search(low)) and not _NOT_PAYMENT.search(low))
    for m in _SPLIT.finditer(low):
        a, b = Decimal(m.group(1)), Decimal(m.group(2))
        both_pct = m.group(0).count("%") == 2
        if a + b == 100 and a > 0 and (context or both_pct):
                trigger, stop = _trigger(low, m.end())
                view.add(SPLIT, (a, b, *trigger, "%"), m.start(), max(m.end(), stop))


def _trigger(low: str, pos: int) -> tuple[tuple, int]:
    """(trigger, due days, event) of the balance written after `pos`, and where its days end
    (so the evidence quotes them)."""
    # the balance's own line, and the trigger written first: in "70% before shipment\n- 60%
    # against B/L copy" the next line's trigger is another balance's
    window = low[pos:pos + 70].split("\n", 1)[0]
    found = [(m.start(), i, m, trigger) for i, (pattern, trigger) in enumerate(_TRIGGERS)
             if (m := pattern.search(window)) is not None]
    # (the works' events only right after the share, with words of paying between at most: not "70%
    # balance. warranty starts 30 days after installation", "70% balance, training 5 days after commissioning")
    found = [f for f in found if not (f[2].re is _DAYS_AFTER and f[2].group("event") in _WORKS_EVENTS
                                      and not _PAYING_WORDS.issuperset(re.findall(r"[a-z]+", window[:f[0]])))]
    if not found:
        return (None, None, None), 0
    _, _, m, trigger = min(found, key=lambda f: f[:2])
    value = _trigger_value(trigger, m)
    return value, (pos + m.end() if value[1] is not None else 0)


def _trigger_value(trigger: PaymentTrigger, m: re.Match[str]) -> tuple:
    """(trigger, due days, event): "7 days after B/L date" carries its days and event."""
    if trigger == PaymentTrigger.DAYS_AFTER_EVENT:
        return trigger, int(m.group("days")), _EVENTS[_DATE.sub("", m.group("event"))]
    return trigger, None, None


def _find_fixed(view: MessageView, low: str) -> None:
    """A deposit written as an amount, and the balance after it when the chat says so."""
    for m in _FIXED.finditer(low):
        money = _MONEY_BEFORE.search(m.group(0))
        if money:
            cur, amount, mult = money.group(1), money.group(2), money.group(3)
        else:
            money = _MONEY_AFTER.search(m.group(0))
            amount, mult, cur = money.group(1), money.group(2), money.group(3)
        code = CODES.get(cur.rstrip("s") if cur.startswith("dollar") else cur)
        if cur.startswith("u.s"):
            code = "USD"
        value = parse_decimal(amount + (mult or ""))
        if code is None or value is None or value <= 0 or view.negated(m.start()):
            continue
        end = m.end()
        balance = None
        trigger: tuple = (None, None, None)
        if _ANY_BALANCE.search(low, end):
            balance = "rest"
            trigger, stop = _trigger(low, end)
            end = max(end, stop)
        view.add(SPLIT, (value, balance, *trigger, code), m.start(), end)
    if "块" in low:
        _find_fixed_kuai(view, low)


# A deposit in spoken yuan: "定金一万块" (read as 10000块), "先付5000块钱定金"
_FIXED_KUAI = re.compile(
    _DEPOSIT_NOUN + r"\s*(?:(?:先|只|就)?(?:付|交|收|要)(?:个)?)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万)?\s*块(?:钱)?|"
    r"(\d[\d,]*(?:\.\d+)?)\s*(万)?\s*块(?:钱)?\s*(?:的)?\s*" + _DEPOSIT_NOUN)


def _find_fixed_kuai(view: MessageView, low: str) -> None:
    for m in _FIXED_KUAI.finditer(low):
        if any(x.field == SPLIT for x in view.mentions if x.start <= m.start() < x.end):
            continue
        value = parse_decimal((m.group(1) or m.group(3)) + (m.group(2) or m.group(4) or ""))
        if value is None or value <= 0 or view.negated(m.start()):
            continue
        end, balance, trigger = m.end(), None, (None, None, None)
        if _ANY_BALANCE.search(low, end):
            balance = "rest"
            trigger, stop = _trigger(low, end)
            end = max(end, stop)
        view.add(SPLIT, (value, balance, *trigger, "CNY"), m.start(), end)


_GLOSS_BETWEEN = re.compile(r"[\s(（/]*(?:at sight\s*)?[\s(（/]*")


def _find_method(view: MessageView, low: str) -> None:
    taken = SpanSet()  # (by bisection: a message naming a method thousands of times stays n log n)
    events = [(m.start(), m.end()) for m in LC_RECEIPT.finditer(low)] if (
        not view.words.isdisjoint(("l", "lc", "letter")) or "信用" in low) else []
    for pattern, method in _METHODS:
        if not any(n in low for n in _METHOD_NEEDLES[method]):
            continue
        for m in pattern.finditer(low):
            if taken.overlaps(m.start(), m.end()):
                continue
            taken.add(m.start(), m.end())
            if _refused(view, m.start()) or any(s <= m.start() < e for s, e in events):
                continue
            if method == PaymentMethod.LC_SIGHT and _OPENS_CREDIT.search(low, max(0, m.start() - 30), m.start()) \
                    and not _AT_SIGHT.match(low, m.end()):
                continue  # "we will open LC at Sonali bank": the credit agreed, no new method
            days, event, end = _method_days(low, m, method)
            before = len(view.mentions)
            view.add(METHOD, (method, days, event), m.start(), end)
            if len(view.mentions) > before and DEFERRED.search(low, *view.sentence_at(m.start())):
                # "we need to check the PayPal fees, will confirm the method tomorrow": no choice
                view.mentions[-1].kind = QUESTION
    methods = sorted((m for m in view.mentions if m.field == METHOD), key=lambda m: m.start)
    glossed = set()
    for a, b in zip(methods, methods[1:], strict=False):
        if a.value[0] == b.value[0] and 0 <= b.start - a.end <= 12 and _GLOSS_BETWEEN.fullmatch(low, a.end, b.start):
            # "80% balance D/P at sight 付款交单": one method said in two languages, not two shares'
            # methods; the one with more details stays ("open account net 60" keeps the 60 days),
            # its span over both
            keep, gone = (a, b) if any(a.value[1:]) or not any(b.value[1:]) else (b, a)
            keep.start, keep.end = a.start, b.end
            glossed.add(id(gone))
    if glossed:
        view.mentions = [m for m in view.mentions if id(m) not in glossed]
    if not taken and not _ANY_BALANCE.search(low) and "%" not in low:
        # "can we pay 30 days after invoice?": open account in all but name
        for m in _OA_DAYS.finditer(low):
            if not _refused(view, m.start()):
                view.add(METHOD, (PaymentMethod.OA, int(m.group(1)), "invoice"), m.start(), m.end())


def _method_days(low: str, m: re.Match, method: PaymentMethod) -> tuple[int | None, str | None, int]:
    """The due days written with a usance, open-account or acceptance method, if any."""
    if method == PaymentMethod.LC_USANCE and m.lastindex:
        return int(m.group(m.lastindex)), None, m.end()
    if method not in (PaymentMethod.OA, PaymentMethod.DA, PaymentMethod.DP):
        return None, None, m.end()
    net = _NET_DAYS.search(low[m.start():m.end()])
    if net:
        days, end = int(net.group(0)), m.end()
    else:
        d = _METHOD_DAYS.match(low, m.end())
        if d is None:
            return None, None, m.end()
        days, end = int(d.group(1) or d.group(2)), d.end()
    after = _DAYS_AFTER.search(low, m.start(), min(len(low), end + 40))
    if after and int(after.group(1)) == days:
        return days, _EVENTS[_DATE.sub("", after.group(2))], max(end, after.end())
    return days, None, end


_NAMED_METHOD = re.compile("|".join(f"(?:{p.pattern})" for p, _ in _METHODS))


def refused(view: MessageView, pos: int) -> bool:
    """The means of payment at `pos` is turned down ("we don't accept cash")."""
    return _refused(view, pos)


_REFUSE = re.compile(r"(?:don['’]?t|do not|not|no longer|cannot|can['’]?t)\s+(?:accept|support|take|do)|"
                     r"不接受|不支持|不收|不做|"
                     # in Cantonese: "我哋唔接受銀行轉帳", "唔收", "唔用"
                     r"唔(?:接受|支持|收|做|用)")


_CONTRAST = re.compile(r"\b(?:only|but|just|instead|prefer)\b|只|仅|但|可以|[，,]\s*(?:改)?用")


def _refused(view: MessageView, pos: int) -> bool:
    """In "we don't accept L/C, only T/T" the refusal ends at "only"."""
    s, _ = view.sentence_at(pos)
    named = _NAMED_METHOD.match(view.low, pos)
    if named is not None and REFUSED_AFTER.match(view.low, named.end()):
        return True
    refusals = list(_REFUSE.finditer(view.low, max(s, pos - 200), pos))  # (bounded: a long sentence stays linear)
    if refusals and not _CONTRAST.search(view.low, refusals[-1].end(), pos):
        return True
    return view.negated(pos)


# A share paid by its own instrument: "70% by L/C at sight", "the balance by D/P", "30% deposit
# by T/T", "其余的用付款交单". The share is the nearest one before the method with nothing but
# these linking words between them; a split across instruments is two such shares, one per
# method, adding up to 100 % ("the balance" takes what the first leaves).
_SHARE = (r"(?:(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b|pct\b)|"
          r"\b(balance|bal|rest|remaining|remainder)\b|(尾款|余款|其余|剩余|剩下|余下))")
_SHARE_GAP = (r"(?:[\s,:(]|\b(?:of|the|total|order|contract|invoice|value|amount|deposit|down|"
              r"payment|downpayment|advance|in|up|front|upfront|paid|payable|will|to|shall|should|"
              r"must|is|are|be|made|settled|remitted|by|via|through|with|using|under|against|an?|"
              r"irrevocable|confirmed|documentary|sight)\b|的|用|以|通过|采用|做|为|付|支付|开|即期|不可撤销|货款|定金|订金|预付款?)*")
_SHARE_BEFORE = re.compile(_SHARE + _SHARE_GAP + r"$")
_SHARE_DEPOSIT = re.compile(_DEPOSIT_WORDS)
_NOT_ONE_SCHEDULE = re.compile(r"\bor\b|或")


def pays_a_share(view: MessageView, start: int) -> bool:
    """The method at `start` pays a share of its own ("70% by L/C", "the balance by T/T")."""
    s, _ = view.sentence_at(start)
    return _SHARE_BEFORE.search(view.low, max(s, start - 60), start) is not None


def fixed_by_instrument(view: MessageView, split: Mention, methods: list) -> tuple | None:
    """A fixed deposit by one instrument and the balance by another ("USD 3000 deposit by Western
    Union, 余款 T/T before shipment"): the methods of the two as `(method, due_days, event)` parts,
    or None. The first method must be written in the deposit's clause, the second after the
    balance's word and in a later clause."""
    low = view.low
    if len(methods) != 2 or methods[0].value[0] == methods[1].value[0] \
            or PaymentMethod.OA in (methods[0].value[0], methods[1].value[0]):
        return None  # (an open account's "balance net 30 days" is when the balance is due, by the same wire)
    first, second = sorted(methods, key=lambda m: m.start)
    cs, ce = view.clause_at(split.start)
    if not cs <= first.start < ce or second.start < ce:
        return None
    balance = _ANY_BALANCE.search(low, ce, second.end)
    if balance is None or _NOT_ONE_SCHEDULE.search(low, split.start, second.end):
        return None
    return first.value, second.value


def by_instrument(view: MessageView, methods: list) -> tuple[tuple, tuple, int, int] | None:
    """A split across instruments the message states share by share, or None.

    `methods` are the message's method mentions in order. Returns the split value (first share,
    second share, balance trigger, due days, event, "%", trigger of the first share), the methods
    of the two shares as `(method, due_days, event)` parts, and the span the split covers. Every
    method mention must pay one of exactly two shares (a bilingual message may state a share
    twice), by two different methods, adding up to 100 %.
    """
    low = view.low
    shares: list[tuple] = []  # (percent or None for "the rest", method part, start, end)
    for m in sorted(methods, key=lambda m: m.start):
        if shares and shares[-1][1] == m.value and low[shares[-1][3]:m.start].strip() in ("(", "（", "/"):
            continue  # "70% 付款交單（D/P）": the same method named twice
        s, _ = view.sentence_at(m.start)
        found = _SHARE_BEFORE.search(low, max(s, m.start - 60), m.start)
        if found is None:
            return None
        pct = Decimal(found.group(1)) if found.group(1) else None
        if any(part == m.value and (p == pct or None in (p, pct)) for p, part, *_ in shares):
            continue  # the same share restated (a translation)
        shares.append((pct, m.value, found.start(), m.end))
    if len(shares) != 2 or shares[0][0] is None or shares[0][1][0] == shares[1][1][0]:
        return None
    (first, part1, start, end1), (second, part2, start2, end) = shares
    if second is None:
        second = Decimal(100) - first
    if first + second != 100 or first <= 0 or second <= 0:
        return None
    if _NOT_ONE_SCHEDULE.search(low, start, end):
        return None
    deposit = _SHARE_DEPOSIT.search(low[start:min(start2, end1 + 20)])
    trigger, stop = _trigger(low, end)
    # None, not UNSPECIFIED, so that "30% T/T and 70% D/P" agrees to "30% deposit by T/T, the
    # rest D/P" (a trigger left unsaid is no other trigger)
    first_trigger = PaymentTrigger.ON_ORDER if deposit else None
    return (first, second, *trigger, "%", first_trigger), (part1, part2), start, max(end, stop)
