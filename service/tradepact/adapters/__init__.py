"""Adapters: the concrete side effects behind the domain's ports (db, extractors, renderers)."""
