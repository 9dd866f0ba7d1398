"""Fixtures for the LLM extractor tests: a scripted OpenAI-compatible test double on loopback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# tests/support is shared test code, importable as `tests.support` from the repository root.
_ROOT = Path(__file__).resolve().parents[3]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from tests.support.fake_openai_server import ScriptedOpenAITestServer  # noqa: E402


@pytest.fixture
def llm_server():
    with ScriptedOpenAITestServer() as server:
        yield server
