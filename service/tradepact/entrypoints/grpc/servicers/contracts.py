"""ContractService servicer (being built; unimplemented RPCs answer UNIMPLEMENTED)."""

from __future__ import annotations

from tradepact.bootstrap import App
from tradepact.v1 import contracts_pb2_grpc


class ContractServicer(contracts_pb2_grpc.ContractServiceServicer):
    """Drafts, renders and streams contracts."""

    def __init__(self, app: App) -> None:
        self._app = app
