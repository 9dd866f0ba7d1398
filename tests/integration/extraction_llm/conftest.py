"""Fixtures for the LLM extractor tests: a scripted OpenAI-compatible test double on loopback."""

from __future__ import annotations

import pytest

from tests.support.fake_openai_server import ScriptedOpenAITestServer


@pytest.fixture
def llm_server():
    with ScriptedOpenAITestServer() as server:
        yield server
