"""Benchmarks: scripts that print figures (run them with `make bench` or one by one)."""
