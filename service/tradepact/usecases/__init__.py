"""Use cases: small functions taking a command and the ports they need."""
