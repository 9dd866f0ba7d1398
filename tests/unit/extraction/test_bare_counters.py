"""A figure alone, near a price on the table, is a counter-offer in that price's currency; each
case with the trap that keeps the rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices


def test_a_bare_whole_counter_and_its_yes():
    terms = chat((B, "CV joint outer Corolla ZZE122, 300pcs, price exw?"), (S, "USD 11.80 exw guangzhou, in stock"),
                 (B, "11 ok?"), (S, "ok 11 for 300. full TT, pick up anytime"))
    assert (prices(terms), terms.line_items[0].status.value) == ([Decimal(11)], "AGREED")


def test_counters_with_thousands_separators():
    terms = chat((B, "black pepper 550 g/l, 12 MT. FOB Ho Chi Minh?"), (S, "FOB Ho Chi Minh USD 6,350/MT"),
                 (S, "Difficult sir, the market is moving up. I can do 6,250"),
                 (B, "Ok understood. For now the one container at 6,250, ok"))
    assert prices(terms) == [Decimal(6250)]


def test_a_price_another_supplier_gives_is_no_counter():
    terms = chat((S, "100% cotton bath towels USD 2.35/pc CIF Houston"),
                 (B, "Hmm, a Turkish supplier gives me 2.10 for the same spec."), (S, "pls check the weight"),
                 (B, "ok 2.35 then"))
    assert prices(terms) == [Decimal("2.35")]


def test_a_price_turned_down_or_of_other_goods_is_no_counter():
    terms = chat((S, "bamboo cutting board set USD 3.80/set FOB Xiamen"),
                 (B, "Hmm, 3.80 is above our target. Can you do 3.40 per set?"),
                 (S, "3.40 is very hard dear, let me check with my boss"))
    assert prices(terms) == [None]  # the 3.40 is open, the 3.80 not taken back by the buyer
    terms = chat((S, "scooter tyres USD 4.75/pc CFR Rotterdam"), (B, "ok"),
                 (S, "these are with inner tube. tubeless is other model, 5.10"), (B, "no keep the inner tube ones"))
    assert prices(terms) == [Decimal("4.75")]


def test_a_figure_asked_about_while_deferring_is_no_offer():
    terms = chat((S, "nickel plug FOB Xiamen USD 0.58/pc"), (B, "0.52 and we sign today"),
                 (S, "0.52 impossible. 0.55 is the last"), (B, "0.53 then"),
                 (S, "I need to ask my manager for 0.53, will reply you tomorrow morning"))
    assert (prices(terms), terms.line_items[0].status.value) == ([None], "CONFLICTING")  # 0.53 is open


def test_times_days_and_sizes_are_no_counters():
    terms = chat((S, "李经理 2026-05-06 10:12:03\n硅胶厨具套装出厂价每套38元"), (B, "Ahmed 2026-05-06 10:30:45\n我们要800套"),
                 (S, "800套的话每套36元"), (B, "好的，就这样"))
    assert prices(terms) == [Decimal(36)]
    terms = chat((S, "USD 28.50/pc FOB Ningbo, lead time 30 days"), (B, "ok, 30 days is fine"))
    assert prices(terms) == [Decimal("28.50")]


def test_counts_of_colours_are_no_counters():
    terms = chat((S, "CIF Jeddah: TV-180 USD 74/pc, CT-R80 USD 58/pc"), (B, "So 230 TV-180 and 180 CT-R80."),
                 (S, "With L/C 90 days: TV-180 USD 76, CT-R80 USD 59.50."), (B, "Accepted."),
                 (B, "Good. Colour breakdown for the tables: white 100, grey 80, black 50"), (S, "Noted 👍"))
    assert prices(terms) == [Decimal(76), Decimal("59.50")]


def test_a_rating_or_model_figure_is_no_counter():
    terms = chat((S, "MPPT 40A USD 18.60, MPPT 60A USD 26.40"), (B, "MPPT 40A 17.50 and 60A 25?"))
    assert Decimal(40) not in prices(terms) and Decimal(60) not in prices(terms)


def test_a_size_in_inches_is_no_counter():
    terms = chat((S, 'Offer CFR Jebel Ali:\n2" WN CL150 RF A105 – USD 6.80/pc\n6" WN CL150 RF A105 – USD 21.60/pc'),
                 (B, 'prices 6.50/20.80 accepted. Please issue PI for 2" 1500, 6" 600'))
    assert Decimal(6) not in prices(terms)
