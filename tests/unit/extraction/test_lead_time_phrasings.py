"""Lead times written as one period without a digit, and cues chats use for production time."""

from __future__ import annotations

from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.grounding import verify_grounding
from tradepact.domain.transcript import Message, Role, Transcript


def extract(*texts: str, role: Role = Role.SELLER):
    transcript = Transcript(messages=[Message(role=role, text=t) for t in texts])
    return transcript, RulesExtractor().extract(transcript)


def days(terms):
    return terms.lead_time.min_days, terms.lead_time.max_days


def test_one_period_without_a_digit_is_a_lead_time_and_grounded():
    for text, want in (("We need about a month to produce them.", (30, 30)),
                       ("Lead time is about a week.", (7, 7)),
                       ("Production takes a month.", (30, 30)),
                       ("货期一个月左右。", (30, 30)),
                       ("交期：一个月", (30, 30)),
                       ("大约一周出货。", (7, 7))):
        transcript, terms = extract(text)
        assert days(terms) == want, text
        kept, findings = verify_grounding(terms, transcript)
        assert days(kept) == want and not findings, text


def test_a_period_as_a_rate_or_in_the_past_is_no_lead_time():
    for text in ("We produce 5000 pcs a month and ship once a week.", "一个月可以生产五万个。",
                 "A month ago we finished production."):
        _, terms = extract(text)
        assert days(terms) == (None, None), text


def test_a_month_at_sea_is_transit():
    _, terms = extract("Production 20 days; by sea it takes about a month to Durban.")
    assert days(terms) == (20, 20)


def test_production_cues_of_chats():
    for text, want in (("Shipping date: 35 days after receipt of your deposit.", (35, 35)),
                       ("Time of shipment: within 45 days.", (None, 45)),
                       ("It takes 20 days to make them.", (20, 20)),
                       ("做货要25天左右。", (25, 25))):
        _, terms = extract(text)
        assert days(terms) == want, text


def test_days_after_receipt_of_goods_or_to_make_an_invoice_are_not_lead_time():
    for text in ("Balance due 30 days after receipt of goods.", "We need 3 days to make the invoice.",
                 "Shipping time 30 days to Hamburg."):
        _, terms = extract(text)
        assert days(terms) == (None, None), text


def test_a_delay_report_keeps_only_the_promised_lead_time():
    for text in ("Really an order from promised 28 days lead-time to actual 138 days production! "
                 "It postponed 110 days. They said maybe wait for another 2 weeks, finish in 3 weeks.",
                 "交期推迟了，原来约定的是28天，现在又说还要再等10天。"):
        transcript, terms = extract(text, role=Role.BUYER)
        assert days(terms) == (28, 28), text
        kept, findings = verify_grounding(terms, transcript)
        assert days(kept) == (28, 28) and not findings, text


def test_a_delay_report_without_a_promised_time_states_no_lead_time():
    _, terms = extract("Sorry, the order was delayed by 10 days, the goods will be ready in 2 weeks.")
    assert days(terms) == (None, None)


def test_avoiding_a_delay_is_no_delay_report():
    _, terms = extract("To avoid any delay, please confirm the artwork. Production time is 20 days.")
    assert days(terms) == (20, 20)


def test_a_delay_report_names_no_slip_as_the_new_lead_time():
    for text in ("Production of your new order is delayed by 12 days.",
                 "Production is delayed, the new delivery date is 10 days later than planned.",
                 "Production is delayed, the new lead time will be 2 weeks later.",
                 "生产延期了，交期改为再推迟10天。"):
        _, terms = extract(text)
        assert days(terms) == (None, None), text
    _, terms = extract("Production is delayed by 10 days, so the new lead time is 40 days from deposit.")
    assert days(terms) == (40, 40)


def test_a_promised_time_beside_its_replacement_is_no_term():
    for text in ("The promised 30 days will be postponed, the goods will be ready in 45 days.",
                 "原定30天交期，推迟了，45天才能好。",
                 "Your last order was delayed by 2 weeks, you promised 30 days lead time then. "
                 "For this order we need production within 25 days."):
        _, terms = extract(text)
        assert days(terms) == (None, None), text
