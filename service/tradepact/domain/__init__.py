"""The domain: trade terms, contract model, escrow machine and ledger. Plain Python only.

Nothing here imports grpc, SQL, LLM clients, document libraries or does file I/O;
tests/unit/test_architecture.py enforces it.
"""
