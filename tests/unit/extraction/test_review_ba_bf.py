"""Cases a second review of this release's rules found reading unsaid values (each passes on the
previous release's code, and failed on this release's before the fix); and long single messages
that must still be read whole."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, lead, prices, quantities, shares

AGREED_30_DAYS = ((B, "toasters 3000 pcs"), (S, "lead time 30 days"), (B, "ok"))


def test_days_of_something_else_leave_the_agreed_lead_time_alone():
    for said in ("note: our factory holiday 7 days.", "third party inspection 2 days.", "we will send PI in 2 days."):
        assert lead(chat(*AGREED_30_DAYS, (S, said), (B, "ok"))) == (30, 30), said
    assert lead(chat((B, "马克杯 3000个"), (S, "交期30天"), (B, "好"), (S, "国庆放假 7 天。"), (B, "好的"))) == (30, 30)
    assert lead(chat(*AGREED_30_DAYS, (B, "ok. I will confirm in 3 days."))) == (30, 30)
    assert lead(chat((B, "toasters 3000 pcs"), (S, "lead time 30 days after deposit"),
                     (B, "30 days is long enough for us, ok"))) == (30, 30)
    # a question about paying is no question about the lead time
    assert lead(chat((B, "mugs 3000"), (S, "USD 5.20/pc. how soon can you pay the deposit?"),
                     (B, "3 days, our finance needs the PI first"))) == (None, None)


def test_what_a_carton_or_a_day_holds_and_the_last_batch_are_no_price():
    assert prices(chat((B, "T-shirt 5000 pcs"), (S, "USD 2.50/pc"), (B, "ok deal"),
                       (S, "thanks. sea freight USD 300 to your port, packing 50/pcs per carton"), (B, "ok"))) \
        == [Decimal("2.50")]
    assert prices(chat((B, "office chairs 500 sets"), (S, "USD 120/set FOB"), (B, "ok"),
                       (S, "we produce 80/sets per day, so 500 sets ready in a week. deposit USD 18000 pls"),
                       (B, "ok"))) == [Decimal("120")]
    assert prices(chat((B, "LED panels 120 pcs"), (S, "USD 45/pc"), (B, "ok"), (S, "分两批发，先发 80，剩下 40 最后一批发"),
                       (B, "好"))) == [Decimal("45")]


def test_a_changed_count_is_still_read():
    assert quantities(chat((B, "instant noodles 300 ctns"), (S, "USD 8.50/ctn"),
                           (B, "ok make it 500 ctns. also send me your PL for other flavours"), (S, "ok"))) \
        == [Decimal("500")]
    assert quantities(chat((B, "wheat flour 20 tons, DAP Gdansk"), (S, "USD 410/ton DAP Gdansk"),
                           (B, "ok, 25 tons then, consignee in Gdansk, PL"), (S, "ok"))) == [Decimal("25")]
    assert quantities(chat((B, "绿茶 500 包，多少钱"), (S, "30 美金一包"), (B, "28 美金一包（1000 包）可以吗？"), (S, "可以"))) \
        == [Decimal("1000")]
    assert quantities(chat((B, "force gauge 50pcs, price?"), (S, "USD 58/pc"), (B, "fine, 80 pcs deal. send PI"),
                           (S, "ok"))) == [Decimal("80")]
    assert quantities(chat((B, "office chairs 10 pcs"), (S, "USD 85/pc"), (B, "change to 3 pcs (black, grey, blue)"),
                           (S, "ok"))) == [Decimal("3")]
    assert quantities(chat((B, "PVC hose 19mm, 500m"), (S, "USD 0.80/m"), (B, "ok, make it 15m hose + 10 pcs clamps"),
                           (S, "ok"))) == [Decimal("15")]


def test_a_share_called_low_but_accepted_is_agreed():
    assert shares(chat((B, "mugs 3000"), (S, "30% deposit, 70% before shipment"), (B, "20% deposit 80% before shipment pls"),
                       (S, "20% is a bit low, but ok for you"))) == [20, 80]


def test_a_long_message_of_one_phrase_is_read_whole():
    # (their cost is measured in benchmarks; these check the reading stays the same at length)
    assert prices(chat((B, "cups " + "5pcs, " * 400), (S, "USD 2.10/pc"), (B, "ok"))) == [Decimal("2.10")]
    assert lead(chat((S, "lead time 38 days ok " * 300), (B, "ok"))) == (38, 38)
