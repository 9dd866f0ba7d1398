"""EscrowService servicer (being built; unimplemented RPCs answer UNIMPLEMENTED)."""

from __future__ import annotations

from tradepact.bootstrap import App
from tradepact.v1 import escrow_pb2_grpc


class EscrowServicer(escrow_pb2_grpc.EscrowServiceServicer):
    """Orders, milestones, reviewed payouts."""

    def __init__(self, app: App) -> None:
        self._app = app
