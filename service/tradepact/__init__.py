"""tradepact: chat transcripts to trade contracts, and an escrow that guards the money."""

__version__ = "0.1.0"
