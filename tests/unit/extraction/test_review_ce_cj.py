"""Misreadings a review found in the first versions of the rules from blind sets ce to cj, each
case failing on the version it guards against."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities


def test_forgetting_a_previous_price_or_sample_is_no_attack():
    terms = chat((B, "forget the previous price, new price USD 3.40 for 2000 pcs towels ok?"),
                 (S, "ok USD 3.40 confirmed"), (B, "good"))
    assert quantities(terms) == [Decimal("2000")] and terms.line_items[0].description == "towels"


def test_goods_named_a_system_before_a_colon_are_no_attack():
    terms = chat((B, "监控系统：16路，要20套"), (S, "每套 2600元"), (B, "好的"))
    assert quantities(terms) == [Decimal("20")] and prices(terms) == [Decimal("2600")]


def test_aed_cabinets_are_defibrillator_cabinets_not_dirhams():
    terms = chat((B, "need 50 pcs AED cabinets with alarm"), (S, "USD 85 each"), (B, "ok"))
    assert terms.line_items[0].description == "AED cabinets" and terms.currency.code == "USD"
    assert prices(terms) == [Decimal("85")]


def test_a_price_after_a_deduction_is_a_price():
    terms = chat((B, "外套 2000件"), (S, "老客户抵扣后单价 88元"), (B, "好"))
    assert prices(terms) == [Decimal("88")]


def test_tiles_added_are_counted():
    terms = chat((B, "瓷砖 再加 50块 备用"), (S, "好，每块 22元"), (B, "ok"))
    assert quantities(terms) == [Decimal("50")]


def test_cartons_asked_for_after_a_packing_ratio_are_the_order():
    terms = chat((B, "鸡蛋 30个一箱，要 200箱"), (S, "每箱 35元"), (B, "好"))
    assert quantities(terms) == [Decimal("200")]


def test_an_area_in_brackets_after_about_is_what_the_order_comes_to():
    terms = chat((B, "地毯 需要 2,645平方米 (約800坪)"), (S, "每平方米 300元"), (B, "好"))
    assert quantities(terms) == [Decimal("2645")]


def test_a_toy_train_container_set_goes_by_sea():
    terms = chat((B, "toy train container set, 2000 pcs, 1x20GP sea"), (S, "USD 3.5 each FOB Shantou"), (B, "ok"))
    assert terms.logistics.mode.value == "SEA_FCL"


def mode(terms):
    return terms.logistics.mode.value


def test_days_from_today_that_are_no_making_are_no_lead_time():
    for said in ("20 days from today the price will increase", "we are closed 20 days from today for Golden Week"):
        terms = chat((B, "500 pcs"), (S, said))
        assert terms.lead_time.max_days is None, said


def test_a_vessel_or_a_train_talked_of_is_not_the_way_agreed():
    assert mode(chat((B, "500 pcs by air"), (S, "ok"),
                     (B, "last time the vessel from Ningbo took 40 days, that is why we use air now"))) == "AIR"
    assert mode(chat((B, "500 pcs, DDP by air please"), (S, "ok"),
                     (B, "the breakbulk cargo from last order still not arrived"))) == "AIR"
    assert mode(chat((B, "500 pcs by sea"), (S, "ok"), (B, "our warehouse is next to the rail terminal in Duisburg"))) == "SEA"
    assert mode(chat((B, "500 pcs, express"), (S, "weekly train to Duisburg is also an option but slower"),
                     (B, "no, express"))) == "EXPRESS"
    assert mode(chat((B, "500 pcs"), (S, "we load on the 8:15 train from Yiwu to Shanghai port then ship by sea"))) == "SEA"
    assert mode(chat((B, "20 sets of rail waybill printers"), (S, "ok $300/set by air"))) == "AIR"


def test_an_order_paid_in_full_with_no_trade_assurance_keeps_the_deposit_asked():
    terms = chat((B, "1000 pcs"), (S, "30% deposit"), (B, "ok order placed and paid in full, pls ship"))
    assert [i.percent for i in terms.payment.installments][:1] == [Decimal("30")]


def test_cartons_the_buyer_orders_after_bottles_per_carton_are_the_order():
    terms = chat((B, "12 btls/ctn, 2,000 ctns please"), (S, "ok $38/ctn"))
    assert quantities(terms) == [Decimal("2000")]


def test_a_place_before_a_cantonese_please_ends_there():
    terms = chat((B, "500 pcs DAP 深圳唔该"), (S, "ok"))
    assert terms.incoterm.named_place == "深圳"


def test_a_count_cut_with_a_sorry_and_said_back_alone_is_agreed():
    terms = chat((B, "1000 pcs at $2.5"), (S, "ok confirmed"), (B, "sorry, boss says only 800 pcs this time"), (S, "800"))
    assert quantities(terms) == [Decimal("800")]
