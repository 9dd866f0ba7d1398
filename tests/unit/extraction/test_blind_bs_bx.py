"""Prices, counts and lines read from blind sets bs to bx; each case with the trap that keeps the
rule narrow."""

from __future__ import annotations

from decimal import Decimal

from tests.support.rules_chat import B, S, chat, prices, quantities


def test_sizes_of_one_goods_each_counted_and_priced_are_lines_of_their_own():
    terms = chat((B, "hex bolts DIN 933 grade 8.8 HDG:\nM16 40,000pcs\nM20 25,000pcs\nFOB Tianjin?"),
                 (S, "FOB Tianjin:\nM16: USD 0.118/pc\nM20: USD 0.205/pc"),
                 (B, "M20 0.198 pls, M16 fine"), (S, "ok M20 0.198"))
    assert quantities(terms) == [Decimal("40000"), Decimal("25000")]
    assert prices(terms) == [Decimal("0.118"), Decimal("0.198")]
    # in one line too, and a size changed later in Chinese
    terms = chat((B, "wood screws: 4x40mm 300,000pcs and 5x60mm 120,000pcs, CIF Lagos"),
                 (S, "4x40mm USD 0.0061, 5x60mm USD 0.0128"), (B, "ok"),
                 (B, "那就 4x40mm 改成 350,000pcs，5x60mm 还是120,000pcs"), (S, "好的"))
    assert quantities(terms) == [Decimal("350000"), Decimal("120000")]
    assert prices(terms) == [Decimal("0.0061"), Decimal("0.0128")]
    # traps: counts of price tiers, and sizes trailing a longer name, are no sizes of their own
    terms = chat((B, "deck screws 4.5x50, price for 200k and 500k?"), (S, "200k: USD 0.029/pc\n500k: USD 0.027/pc"),
                 (B, "we take 200k at 0.029"), (S, "ok"))
    assert prices(terms) == [Decimal("0.029")]
    terms = chat((B, "need rgb strip and driver"), (S, "strip 5050 60leds IP65: USD 3.20/roll\ndriver 12V 100W: USD 6.80/pc"),
                 (B, "qty strip 1000 rolls, driver 200pcs"), (S, "ok"))
    assert prices(terms) == [Decimal("3.20"), Decimal("6.80")]
    assert quantities(terms) == [Decimal("1000"), Decimal("200")]


def test_slabs_are_counted_as_sheets_are():
    terms = chat((B, "we need 60 slabs of Nero Marquina marble 20mm, FOB Xiamen"), (S, "USD 96/slab"), (B, "ok"))
    assert quantities(terms) == [Decimal("60")]
    assert prices(terms) == [Decimal("96")]
    # trap: a slab's thickness is no count
    terms = chat((B, "Nero Marquina slabs 20mm thick, price?"), (S, "USD 96/slab"), (B, "ok"))
    assert quantities(terms) == [None]
