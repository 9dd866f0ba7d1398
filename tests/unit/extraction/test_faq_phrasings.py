"""Phrasings of supplier FAQs, terms pages and trade letters that a chat also uses."""

from __future__ import annotations

from decimal import Decimal

from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.terms import IncotermRule, PaymentMethod, TermStatus, TransportMode
from tradepact.domain.transcript import Message, Role, Transcript


def extract(*texts: str, role: Role = Role.SELLER):
    return RulesExtractor().extract(
        Transcript(messages=[Message(role=role, text=t) for t in texts])
    )


# --- conditions govern their own part of a sentence ---------------------------------------------


def test_a_statement_before_a_condition_with_its_own_consequence_stands():
    terms = extract("Our price quotation is ex-factory, if you need FOB cost you can ask for it.")
    assert terms.incoterm.rule == IncotermRule.EXW
    assert terms.incoterm.status == TermStatus.PROPOSED


def test_a_trailing_condition_without_a_consequence_governs_the_whole_sentence():
    terms = extract("We can do USD 3.20, if you order 5000 pcs.")
    assert not terms.line_items or terms.line_items[0].unit_price is None


def test_a_leading_condition_governs_the_whole_sentence():
    terms = extract("If you book a full container, we can do FOB Ningbo.")
    assert terms.incoterm.status == TermStatus.MISSING


def test_chinese_statement_before_a_condition_stands():
    terms = extract("我们报的是出厂价，如果需要FOB价格可以另外报。")
    assert terms.incoterm.rule == IncotermRule.EXW


def test_a_courtesy_if_is_no_condition():
    terms = extract(
        "We shall be glad if you will state your prices, CIF Haiphong including packing.",
        role=Role.BUYER,
    )
    assert terms.incoterm.rule == IncotermRule.CIF
    assert terms.incoterm.named_place == "Haiphong"


def test_a_request_for_a_quote_states_the_quantity_wanted():
    terms = extract(
        "Will you please quote for the supply of approximately 100 metric tons of paper?",
        role=Role.BUYER,
    )
    assert terms.line_items[0].quantity == Decimal(100)


def test_an_amount_with_or_more_is_a_threshold_not_a_price():
    terms = extract("USD 1.85/pc, and a free gift box when you spend USD 500 or more.")
    assert [i.unit_price for i in terms.line_items] == [Decimal("1.85")]


# --- payment schemes ----------------------------------------------------------------------------


def shares(terms) -> list[Decimal | None]:
    return [i.percent for i in terms.payment.installments]


def test_variants_under_different_conditions_that_agree_state_the_split():
    terms = extract(
        "In case of EXW delivery, we charge 30% deposit and the remaining 70% before pickup.\n"
        "In case of FOB Xiamen, we charge 30% deposit and the remaining 70% against copy of B/L."
    )
    assert shares(terms) == [Decimal(30), Decimal(70)]
    assert terms.incoterm.status == TermStatus.MISSING


def test_variants_that_differ_leave_the_payment_open():
    terms = extract(
        "If you order a full container: 30% deposit, 70% before shipment.\n"
        "If you order less than a container: 50% deposit, 50% before shipment. All by T/T."
    )
    assert terms.payment.status == TermStatus.CONFLICTING
    assert not terms.payment.installments


def test_a_recommended_method_settles_the_alternatives():
    terms = extract(
        "We accept T/T or L/C at sight. We recommend T/T instead of L/C: 30% deposit, "
        "balance before shipment."
    )
    assert shares(terms) == [Decimal(30), Decimal(70)]
    assert {i.method for i in terms.payment.installments} == {PaymentMethod.TT}


def test_a_share_for_one_off_fees_is_not_the_goods_split():
    terms = extract(
        "Mould and sample fees: 100% T/T in advance.\nFor the bulk order: 30% deposit, 70% before shipment."
    )
    assert shares(terms) == [Decimal(30), Decimal(70)]


def test_the_first_share_remitted_is_the_deposit_of_a_three_tranche_schedule():
    terms = extract(
        "Buyer remits 30% T/T of the invoice value. Buyer pays 40% T/T against copy of B/L. "
        "The balance 30% T/T after arrival."
    )
    # all three tranches, each with its own trigger
    assert shares(terms) == [Decimal(30), Decimal(40), Decimal(30)]
    assert [i.trigger.value for i in terms.payment.installments] == [
        "ON_ORDER", "AGAINST_BL_COPY", "ON_ARRIVAL"]


def test_chinese_first_share_paid_and_other_balance():
    assert shares(extract("签合同后客户须付总货款30%，其余货款发货前付清。")) == [
        Decimal(30),
        Decimal(70),
    ]
    assert shares(extract("確認下單付30%訂金，另外70%貨款發貨前付清。")) == [
        Decimal(30),
        Decimal(70),
    ]


def test_prepayment_without_a_share_is_the_whole_price_in_advance():
    for text in (
        "You need to make the prepayment to reserve the goods.",
        "下单前全额付清货款。",
        "小单款到发货。",
    ):
        assert shares(extract(text)) == [Decimal(100)], text


def test_prepayment_beside_a_share_is_not_the_whole_price():
    assert shares(extract("We need 30% advance payment, balance before shipment.")) == [
        Decimal(30),
        Decimal(70),
    ]


def test_a_documentary_sight_draft_on_collection_is_dp():
    terms = extract("We will draw on you by our documentary draft at sight on collection basis.")
    assert terms.payment.installments[0].method == PaymentMethod.DP


def test_a_refusal_with_a_curly_apostrophe_refuses():
    terms = extract("We don’t accept credit card, CAD, DP payment. Payment by T/T.")
    assert {i.method for i in terms.payment.installments} == {PaymentMethod.TT}


# --- lead time and transport in FAQ text --------------------------------------------------------


def days(terms) -> tuple[int | None, int | None]:
    return terms.lead_time.min_days, terms.lead_time.max_days


def test_within_a_range_keeps_both_ends():
    assert days(
        extract("We will ship out the goods within 30-40 days upon receipt of deposit.")
    ) == (30, 40)
    assert days(extract("Production within 30 days after deposit.")) == (None, 30)


def test_production_time_is_kept_apart_from_port_to_port_transit():
    terms = extract(
        "Production time is 15-20 days after deposit. Sea freight takes about 30 days port-to-port."
    )
    assert days(terms) == (15, 20)
    assert terms.logistics.mode == TransportMode.SEA


def test_confirmation_and_estimated_delivery_times_are_not_lead_time():
    terms = extract(
        "We will confirm order details within 1-2 business days after receiving your payment. "
        "Stock items ship within 3-5 business days after order confirmation.\n"
        "Air freight: estimated delivery takes 5-12 business days with full tracking."
    )
    assert days(terms) == (3, 5)


def test_sampling_time_and_days_before_an_event_are_not_lead_time():
    assert days(extract("Sampling time: 7-10 days.\nProduction lead time: 45-60 days.")) == (45, 60)
    terms = extract("Production takes 25 days. We notify you 3 days before the shipment.")
    assert days(terms) == (25, 25)


def test_chinese_range_with_a_unit_after_each_end():
    assert days(extract("打样3至7天，正常货期15天至28天交货。")) == (15, 28)


def test_equipment_and_vehicles_tell_the_mode():
    cases = {
        "The balance must be paid before container stuffing.": TransportMode.SEA_FCL,
        "The next container has to be loaded on Monday.": TransportMode.SEA_FCL,
        "Balance once the vessel sails from Karachi.": TransportMode.SEA,
        "We ship by container from Qingdao.": TransportMode.SEA,
        "You can pick up the goods at our warehouse with your own truck.": TransportMode.ROAD,
    }
    for text, mode in cases.items():
        assert extract(text).logistics.mode == mode, text


def test_a_vessel_in_one_tier_of_a_scheme_is_not_the_mode():
    terms = extract(
        "Orders under USD 5,000: 100% before production.\n"
        "Orders over USD 5,000: 30% deposit, balance before the goods are loaded onto the vessel."
    )
    assert terms.logistics.mode == TransportMode.UNSPECIFIED


# --- pasted tables ------------------------------------------------------------------------------


def test_a_pasted_quotation_table_gives_quantity_unit_and_price():
    terms = extract(
        "| NO. | Product SKU | Quantity | Unit | Unit Price(USD) | Sum(USD) |\n"
        "|-----|-------------|----------|------|-----------------|----------|\n"
        "| 1   | LK-280      | 2        | pieces | 440           | 748      |"
    )
    item = terms.line_items[0]
    assert (item.quantity, item.unit, item.unit_price) == (Decimal(2), "pcs", Decimal(440))
    assert terms.currency.code == "USD"


def test_a_table_without_quantity_or_price_columns_is_not_read():
    assert not extract("| Step | Days |\n|---|---|\n| Sampling | 7 |").line_items


def test_a_hyphenated_wire_transfer_glued_to_the_word_before_is_tt():
    for text in ("remaining 70% due payment bewere-transfer once the vessel sails",
                 "Balance bywire-transfer before loading."):
        assert extract(text).payment.installments[-1].method == PaymentMethod.TT


def test_funds_that_were_transferred_name_no_method():
    terms = extract("The moulds were transferred to the new workshop; the deposit was transferred too.")
    assert all(i.method == PaymentMethod.UNSPECIFIED for i in terms.payment.installments)


def test_a_split_every_branch_states_alike_stands_while_the_method_varies():
    terms = extract(
        "In case of EXW, the customer pays a 30% deposit after confirmation of the order and the "
        "remaining 70% before shipment.\nIn case of FOB terms, 30% deposit by T/T before the order "
        "and the remaining 70% after the bill of lading.\nLetter of Credit (L/C): a bank guarantee."
    )
    assert shares(terms) == [Decimal(30), Decimal(70)]
    assert all(i.method == PaymentMethod.UNSPECIFIED for i in terms.payment.installments)
    assert terms.incoterm.status == TermStatus.MISSING


def test_a_split_stated_in_one_branch_only_stays_conditional():
    terms = extract("If you choose EXW, 30% deposit and 70% before pickup.\n"
                    "If you choose FOB, payment by L/C at sight.")
    assert not terms.payment.installments


def test_bullets_under_a_labelled_term_line_that_state_other_values_are_exceptions():
    terms = extract("Price term: FOB Shantou (more than 25 CBM)\n"
                    "*  LCL or FCL less than 25 CBM : Ex-work Shantou + handling charge\n"
                    "Delivery date: within 30-40 days after all details are confirmed for 1*20GP")
    assert (terms.incoterm.rule, terms.incoterm.named_place) == (IncotermRule.FOB, "Shantou")
    assert terms.incoterm.status == TermStatus.PROPOSED
    assert terms.logistics.mode == TransportMode.SEA_FCL


def test_bullets_under_a_term_line_that_list_other_terms_are_kept():
    terms = extract("Price term: FOB Xiamen\n* Payment: 30% deposit, balance before shipment\n"
                    "* Shipping: by sea, LCL")
    assert terms.incoterm.rule == IncotermRule.FOB
    assert shares(terms) == [Decimal(30), Decimal(70)]
    assert terms.logistics.mode == TransportMode.SEA_LCL


def test_a_bullet_without_a_case_of_its_own_is_another_offer_not_an_exception():
    terms = extract("Price terms: FOB Ningbo USD 3.20/pc\n- CIF Hamburg USD 3.55/pc")
    assert terms.incoterm.status == TermStatus.CONFLICTING
    terms = extract("Price terms: FOB Shenzhen\n* FOB Shanghai +USD 0.05/pc")
    assert (terms.incoterm.rule, terms.incoterm.named_place) == (IncotermRule.FOB, "Shenzhen")


def test_the_default_balance_keeps_its_own_trigger_beside_an_exception_bullet():
    for text, trigger in (
            ("Payment terms: 30% deposit, 70% before shipment\n"
             "- 40% deposit, 60% against B/L copy (new customers)", "BEFORE_SHIPMENT"),
            ("Payment terms: 30% T/T deposit, balance 60 days after B/L date\n"
             "- new customers: 30% deposit, 70% against B/L copy", "DAYS_AFTER_EVENT")):
        terms = extract(text)
        assert [i.trigger.value for i in terms.payment.installments][1:] == [trigger], text


def test_a_conditional_branch_that_waives_the_share_does_not_agree_with_it():
    terms = extract("30% deposit. If you open an L/C at sight, the 30% deposit is not needed.")
    assert terms.payment.status != TermStatus.PROPOSED
    assert [i.percent for i in terms.payment.installments] == []
