"""Term extractors: rules, LLM and hybrid backends."""
