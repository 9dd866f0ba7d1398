"""A buyer-seller chat transcript: the input of term extraction."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field


class Role(StrEnum):
    """Who wrote a message."""

    BUYER = "BUYER"
    SELLER = "SELLER"
    OTHER = "OTHER"


class Message(BaseModel):
    """One chat message, exactly as written (offsets in evidence point into `text`)."""

    role: Role = Role.OTHER
    author: str = ""
    sent_at: datetime | None = None
    text: str = ""


class Transcript(BaseModel):
    """An ordered chat between a buyer and a seller."""

    messages: list[Message] = Field(default_factory=list)
