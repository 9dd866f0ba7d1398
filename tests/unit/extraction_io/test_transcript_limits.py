"""Transcripts beyond the limits are refused with errors that name the field."""

from __future__ import annotations

import pytest

from tradepact.domain.errors import InvalidInput
from tradepact.domain.transcript import Message, Transcript
from tradepact.domain.transcript_limits import TranscriptLimits, decode_utf8, validate_transcript


def chat(*texts: str) -> Transcript:
    return Transcript(messages=[Message(text=t) for t in texts])


def test_a_transcript_within_the_limits_passes():
    validate_transcript(chat("hello", "FOB Ningbo"), TranscriptLimits())


def test_too_many_messages_names_the_messages_field():
    with pytest.raises(InvalidInput) as err:
        validate_transcript(chat(*["hi"] * 4), TranscriptLimits(max_messages=3))
    assert [v.field for v in err.value.violations] == ["transcript.messages"]
    assert "4 messages" in err.value.violations[0].description


def test_total_size_counts_utf8_bytes_not_characters():
    # 10 Chinese characters are 30 bytes in UTF-8.
    validate_transcript(chat("好" * 10), TranscriptLimits(max_bytes=30))
    with pytest.raises(InvalidInput) as err:
        validate_transcript(chat("好" * 10, "x"), TranscriptLimits(max_bytes=30))
    assert err.value.violations[0].field == "transcript"


def test_default_limits_are_two_mebibytes_and_five_thousand_messages():
    assert TranscriptLimits() == TranscriptLimits(max_bytes=2 * 1024 * 1024, max_messages=5000)


def test_unpaired_surrogate_in_a_message_names_that_message():
    with pytest.raises(InvalidInput) as err:
        validate_transcript(chat("ok", "bad \ud800 text"))
    assert err.value.violations[0].field == "transcript.messages[1].text"


def test_invalid_utf8_bytes_are_refused_with_the_field_named():
    with pytest.raises(InvalidInput) as err:
        decode_utf8(b"FOB \xff\xfe Ningbo", "file")
    assert err.value.violations[0].field == "file"
    assert "offset 4" in err.value.violations[0].description


def test_utf8_with_a_byte_order_mark_decodes_without_it():
    assert decode_utf8("\ufeff好的".encode(), "file") == "好的"
