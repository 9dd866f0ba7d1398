"""The deterministic `rules` extraction backend (regex families plus an agreement tracker)."""

from tradepact.adapters.extraction.rules.extractor import RulesExtractor

__all__ = ["RulesExtractor"]
