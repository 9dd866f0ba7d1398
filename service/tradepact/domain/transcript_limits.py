"""Input limits for transcripts (size, message count, valid UTF-8) with field-level errors."""

from __future__ import annotations

from dataclasses import dataclass

from tradepact.domain.errors import FieldViolation, InvalidInput
from tradepact.domain.transcript import Transcript

MIB = 1024 * 1024


@dataclass(frozen=True)
class TranscriptLimits:
    """How much chat one extraction accepts; beyond it the caller gets INVALID_ARGUMENT."""

    max_bytes: int = 2 * MIB  # UTF-8 bytes of all authors and texts together
    max_messages: int = 5000


def validate_transcript(transcript: Transcript, limits: TranscriptLimits | None = None) -> None:
    """Raise InvalidInput naming the offending fields when the transcript is beyond the limits."""
    limits = limits or TranscriptLimits()
    count = len(transcript.messages)
    if count > limits.max_messages:
        # Checked first and alone: sizing 10^6 messages only to reject them is wasted work.
        raise InvalidInput(FieldViolation(
            "transcript.messages",
            f"{count} messages exceed the limit of {limits.max_messages}"))
    violations: list[FieldViolation] = []
    total = 0
    for i, message in enumerate(transcript.messages):
        for name in ("author", "text"):
            value = getattr(message, name)
            try:
                total += len(value.encode("utf-8"))
            except UnicodeEncodeError as exc:
                # Lone surrogates can reach us through JSON or Python callers, never through
                # protobuf; they cannot be stored, rendered or quoted, so reject them here.
                violations.append(FieldViolation(
                    f"transcript.messages[{i}].{name}",
                    f"not valid UTF-8 (unpaired surrogate at character {exc.start})"))
    if total > limits.max_bytes:
        violations.append(FieldViolation(
            "transcript",
            f"{total} bytes of text exceed the limit of {limits.max_bytes} bytes"))
    if violations:
        raise InvalidInput(violations)


def decode_utf8(data: bytes, field: str) -> str:
    """Strict UTF-8 decoding for bytes from outside (files, exports); a leading BOM is dropped."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(field, f"not valid UTF-8 (bad byte at offset {exc.start})") from exc
    return text.removeprefix("\ufeff")


__all__ = ["MIB", "TranscriptLimits", "decode_utf8", "validate_transcript"]
