"""Lead times written as one period without a digit, and cues chats use for production time."""

from __future__ import annotations

from tradepact.adapters.extraction.rules import RulesExtractor
from tradepact.domain.grounding import verify_grounding
from tradepact.domain.terms import LeadTimeBasis, Severity, TermStatus
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


def test_production_after_sample_approval_is_the_orders_lead_time_with_its_basis():
    # the previous release dropped these: "sample" in the clause read as a time of samples
    for text in ("Production 30 days after sample approval.",
                 "Lead time is 30 days after the sample is approved.",
                 "30 days after PP sample confirmed",
                 "Delivery: 30 days after approval of pre-production samples.",
                 "样品确认后30天交货。"):
        transcript, terms = extract(text, "ok")
        assert days(terms) == (30, 30), text
        assert terms.lead_time.basis == LeadTimeBasis.AFTER_SAMPLE_APPROVAL, text
        kept, findings = verify_grounding(terms, transcript)
        assert days(kept) == (30, 30) and not findings, text


def test_a_chat_about_a_sample_order_alone_takes_the_sample_time_and_says_so():
    transcript = Transcript(messages=[Message(role=Role.SELLER, text="Sampling time: 5-7 working days."),
                                      Message(role=Role.BUYER, text="ok")])
    terms = RulesExtractor().extract(transcript)
    assert days(terms) == (5, 7) and terms.lead_time.working_days
    assert terms.lead_time.status == TermStatus.AGREED
    [finding] = [f for f in terms.findings if f.code == "LEAD_TIME_OF_SAMPLES"]
    assert finding.severity == Severity.WARNING
    assert [ev.quote for ev in finding.evidence] == ["5-7 working days", "ok"]  # said, accepted
    kept, findings = verify_grounding(terms, transcript)
    assert days(kept) == (5, 7) and not findings


def test_a_sample_time_is_never_the_lead_time_of_a_chat_with_an_order_of_goods():
    for texts in (("Sample 7 days.", "How about bulk?"),
                  ("Sample takes 7 days. For 5000 pcs the price is USD 2.10/pc.", "ok"),
                  ("打样7天，大货交期另行确认。", "好的"),
                  ("Sample 7 days, mass production time to be confirmed.", "ok")):
        _, terms = extract(*texts)
        assert days(terms) == (None, None), texts
        assert not any(f.code == "LEAD_TIME_OF_SAMPLES" for f in terms.findings), texts


def test_the_order_lead_time_wins_over_a_sample_time_beside_it():
    for text, want in (("Sample 7 days, bulk 30 days.", (30, 30)),
                       ("样品5天可以做好，大货要25到30天。", (25, 30)),
                       ("Sample time is 7 days, and mass production takes 30-35 days.", (30, 35))):
        _, terms = extract(text, "ok")
        assert days(terms) == want, text
        assert not any(f.code == "LEAD_TIME_OF_SAMPLES" for f in terms.findings), text


def test_time_to_test_or_ship_samples_is_no_lead_time():
    for texts in (("The samples were sent by DHL this morning.", "We need 10 days to test the samples."),
                  ("Samples arrive in 5 days by DHL.", "ok")):
        _, terms = extract(*texts)
        assert days(terms) == (None, None), texts
        assert terms.logistics.transit_time is None, texts
