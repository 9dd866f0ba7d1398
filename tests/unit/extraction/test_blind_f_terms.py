"""Terms from blind set f, each rule with a trap beside it.

Set f was measured untouched for a release, then tuned on once set g (written after that
release, measured once) and set h existed; g and h stay untouched as the honest measure.
"""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, lead, prices, quantities, shares
from tradepact.domain.terms import PaymentMethod, TermStatus, TransportMode

# --- hypotheticals and counts ------------------------------------------------------------------

def test_a_count_asked_about_with_a_comma_after_it_stays_hypothetical():
    terms = chat((B, "PD 20W car chargers, 3000 pcs, what's your best FOB Shenzhen?"),
                 (S, "3000pcs: USD 2.15/pc FOB Shenzhen"),
                 (B, "if we take 10k, how much?"),
                 (S, "10k pcs can be 1.95"),
                 (B, "ok good to know. for now we go 3000 at 2.15, if they sell well we do 10k next quarter."),
                 (S, "ok deal"))
    assert quantities(terms) == [Decimal(3000)] and prices(terms) == [Decimal("2.15")]
    # the count taken up is the order
    terms = chat((S, "3000pcs: USD 2.15/pc"), (B, "if we take 10k, how much?"),
                 (S, "10k pcs can be 1.95"), (B, "ok we take 10k pcs at 1.95"))
    assert quantities(terms) == [Decimal(10000)] and prices(terms) == [Decimal("1.95")]


def test_an_answer_echoing_a_hypothetical_count_without_its_unit_is_no_price():
    terms = chat((S, "PU foam ear plugs: USD 0.032/pair FOB Shanghai, MOQ 100,000 pairs"),
                 (B, "hmm. if we take 200k pairs what price?"),
                 (S, "200k 可以做 0.028"))
    assert prices(terms) == [Decimal("0.032")]


def test_a_bare_count_priced_in_the_same_breath_is_the_order():
    assert quantities(chat((B, "we go 3000 at 2.15"))) == [Decimal(3000)]
    # a model number is no count
    terms = chat((B, "We confirm 600 units of the air purifier model AP-300 at USD 48.00/unit."))
    assert quantities(terms) == [Decimal(600)]


def test_the_weight_of_a_container_load_in_brackets_is_no_order_quantity():
    terms = chat((B, "ceramic brake pads D1092, 10,000 sets FOB Qingdao"),
                 (S, "CIF Durban USD 5.60/set, 1x20GP (approx 9.5 tons)"))
    assert quantities(terms) == [Decimal(10000)]
    # a weight ordered is a quantity
    assert quantities(chat((B, "we need approximately 100 metric tons of PET resin"))) == [Decimal(100)]


# --- prices --------------------------------------------------------------------------------------

def test_a_counter_offer_left_open_leaves_no_price():
    terms = chat((S, "EU 16A smart plug: USD 3.45/pc FOB Shenzhen."),
                 (B, "3.45 is too high, my target is 2.95"),
                 (S, "Dear 2.95 is below our cost, best 3.28"),
                 (B, "pls 3.10 for the monitor version, then we can place PO this week"),
                 (S, "I need to ask my manager, I reply you tomorrow"))
    assert prices(terms) == [None]
    assert len(terms.line_items) == 1  # "the energy monitor one" names no second goods


def test_what_a_number_of_units_costs_together_is_no_unit_price():
    terms = chat((S, "14.5 usd each with earpiece."),
                 (S, "DHL to Portland USD 265 for 200 units (2 cartons)."))
    assert prices(terms) == [Decimal("14.5")]
    # a price per unit for a count is a unit price
    assert prices(chat((S, "USD 2.15/pc for 3000 pcs"))) == [Decimal("2.15")]


def test_a_minimum_amount_per_item_is_no_unit_price():
    terms = chat((S, "MOQ 3000 pcs / design / item; not less than US$5000 per item"))
    assert prices(terms) == []


def test_a_bare_number_after_talk_of_days_is_days_not_dollars():
    terms = chat((S, "DDP LA at USD 21.5/pc confirmed, production 45 days"),
                 (B, "45 days is too long, we need them before Memorial Day. Can you do 30?"))
    assert prices(terms) == [Decimal("21.5")]
    # after talk of price it is a price
    assert prices(chat((S, "USD 165/set"), (B, "too expensive. can you do 160?"), (S, "ok"))) == [Decimal(160)]


def test_a_variant_pronoun_one_is_not_the_number_one():
    terms = chat((S, "USD 3.45/pc with monitor, without 3.10"), (B, "we need the energy monitor one."))
    assert len(terms.line_items) == 1
    assert chat((S, "one 40HQ, 30 days")).logistics.containers[0].count == 1


# --- places, acceptance --------------------------------------------------------------------------

def test_a_place_by_its_initials_is_the_same_place():
    terms = chat((B, "4MP cameras, 1500 pcs, DDP Los Angeles as quoted, USD 21.50"),
                 (S, "DDP LA at 21.5/pc confirmed"))
    assert terms.incoterm.status == TermStatus.AGREED and terms.incoterm.named_place == "Los Angeles"
    # other initials are another place
    terms = chat((B, "DDP Los Angeles, USD 21.50"), (S, "DDP NY at 21.5/pc"))
    assert terms.incoterm.status == TermStatus.CONFLICTING


def test_a_deferral_in_a_later_sentence_holds_back_only_what_it_names():
    offer = (S, "ok 3.80 CIF Jebel Ali, 4000 sets. production 15-20 days.")
    terms = chat((B, "3.80 and we close today"), offer,
                 (B, "👍 done. payment I will discuss with my partner and tell u"))
    assert terms.incoterm.status == TermStatus.AGREED
    # a deferral before the yes holds everything
    terms = chat((B, "3.80 and we close today"), offer, (B, "I will check with my partner, ok"))
    assert terms.incoterm.status == TermStatus.PROPOSED


def test_acceptable_accepts_and_a_currency_is_no_place():
    terms = chat((B, "Please quote CIF Yokohama in JPY."),
                 (S, "CIF Yokohama JPY 38/pc. 50,000pcs 一个20GP."),
                 (B, "JPY 38 is acceptable."))
    assert terms.incoterm.named_place == "Yokohama"
    assert terms.incoterm.status == TermStatus.AGREED
    assert chat((S, "CIF Yokohama JPY 38/pc."), (B, "not acceptable")).incoterm.status == TermStatus.PROPOSED


def test_a_credit_insurer_is_no_escrow():
    terms = chat((B, "we can do O/A 30 days after B/L"), (S, "O/A 我要先问老板和信保公司"))
    assert PaymentMethod.ESCROW not in [i.method for i in terms.payment.installments]
    assert terms.payment.offered_methods == [] or PaymentMethod.ESCROW not in terms.payment.offered_methods
    # Alibaba's 信保 order is Trade Assurance
    terms = chat((B, "付款走阿里信保订单可以吗？30%定金 70%发货前"), (S, "可以的"))
    assert [i.method for i in terms.payment.installments] == [PaymentMethod.ESCROW] * 2


def test_chinese_places_end_before_a_mode_or_a_question():
    terms = chat((S, "6.2美金一个 FOB深圳"), (B, "我们要空运，FOB深圳空运可以吗？"))
    assert terms.incoterm.named_place == "深圳"
    terms = chat((B, "双清包税到悉尼多少钱？"), (S, "双清包税悉尼 4.3美金/套"), (B, "好 👍"))
    assert terms.incoterm.named_place == "悉尼" and terms.incoterm.status == TermStatus.AGREED


# --- goods names, samples, transit ---------------------------------------------------------------

def test_invoices_taxes_and_volumes_name_no_goods():
    terms = chat((B, "你好，1.7L不锈钢电水壶 KT-17，1000台，出厂价多少？我们需要开票"),
                 (S, "KT-17 出厂价 不含税43元/台，含税（13%专票）48元/台。"),
                 (B, "我们要含税的，48元。"))
    assert len(terms.line_items) == 1 and prices(terms) == [Decimal(48)]
    terms = chat((B, "12oz 我们要八万个"), (S, "8万个12oz大概40个立方，20GP可以装。"))
    assert quantities(terms) == [Decimal(80000)]


def test_clauses_after_sending_samples_are_about_the_samples():
    terms = chat((S, "CG-60 FOB宁波 11.5美元/台"),
                 (S, "样品3天内可以安排，顺丰国际或者DHL都可以"),
                 (B, "那先寄两台样品，DHL寄到我们办公室，样品费和运费我PayPal付给你，测试完再说大货"))
    assert terms.logistics.mode == TransportMode.UNSPECIFIED
    assert terms.payment.installments == []
    # a clause naming the order is about the order
    assert lead(chat((S, "样品3天可以寄出，大货交期25天"))) == (25, 25)
    # a sample order is an order, and fees for samples are no samples sent
    assert prices(chat((S, "For this sample order we will not issue any B/L, the price is USD 45 per set."))) \
        == [Decimal(45)]


def test_a_run_on_line_talks_of_samples_only_near_the_word():
    terms = chat((S, "14.5 usd each"),
                 (B, "ok so basically we skip the sample no time lol we go 200 pcs I pay by paypal "
                     "the full amount and DHL to Portland"))
    assert shares(terms) == [Decimal(100)]
    assert [i.method for i in terms.payment.installments] == [PaymentMethod.PAYPAL]


def test_from_dispatch_to_a_place_is_transit_not_lead_time():
    terms = chat((S, "大货交期25天，发货后到汉堡大概一个月。"))
    assert lead(terms) == (25, 25)
    assert terms.logistics.transit_time is not None


def test_containers_on_a_train_are_no_sea_freight():
    terms = chat((B, "We want 120 tons by rail, DAP Duisburg. Price per ton?"),
                 (S, "EUR 178/ton DAP Duisburg by China-Europe railway, 5 x 40HQ (24t each)."), (B, "ok"))
    assert terms.logistics.mode == TransportMode.RAIL
    assert terms.logistics.containers[0].count == 5
    # containers alone still go by sea
    assert chat((S, "EUR 178/ton CIF Hamburg, 5 x 40HQ"), (B, "ok")).logistics.mode == TransportMode.SEA_FCL


def test_a_last_price_and_a_price_given_in_chinese():
    terms = chat((S, "EUR 178/ton DAP Duisburg"), (B, "170?"),
                 (S, "170 not possible, railway cost increased again. 175 is last."), (B, "ok 175. payment?"))
    assert prices(terms) == [Decimal(175)]
    # the last day is no price
    assert prices(chat((S, "EUR 178/ton"), (B, "30 is the last day for the deposit"))) == [Decimal(178)]
    terms = chat((S, "CFR吉达 2.2美元/卷"), (B, "改成4万卷然后单价你看能不能再低一点"),
                 (S, "4万卷可以给到2.15"), (B, "好的，按4万卷2.15重新出PI"))
    assert prices(terms) == [Decimal("2.15")]
