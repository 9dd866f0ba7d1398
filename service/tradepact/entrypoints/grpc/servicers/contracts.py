"""ContractService: draft, render, download (streamed), get and list versions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tradepact.bootstrap import App
from tradepact.usecases import contracts as uc
from tradepact.v1 import contracts_pb2 as pb
from tradepact.v1 import contracts_pb2_grpc

from ..context import current_principal
from ..converters.contracts import (
    file_to_pb,
    format_from_pb,
    language_from_pb,
    options_from_pb,
    parties_from_pb,
    version_to_pb,
)
from ..converters.terms import terms_from_pb, transcript_from_pb

CHUNK = 64 * 1024


def _page(token: str) -> int:
    from tradepact.domain.errors import InvalidInput

    if not token:
        return 0
    if not token.isdigit():
        raise InvalidInput("page_token", "is not a token this server issued")
    return int(token)


class ContractServicer(contracts_pb2_grpc.ContractServiceServicer):
    """Thin adapter over tradepact.usecases.contracts."""

    def __init__(self, app: App) -> None:
        self._app = app

    @property
    def _uow(self) -> uc.ContractUnitOfWork:
        return self._app.extras["contracts"]

    def DraftContract(self, request: pb.DraftContractRequest, context: Any  # noqa: N802
                      ) -> pb.DraftContractResponse:
        options, template = options_from_pb(request.options)
        cmd = uc.DraftContract(
            idempotency_key=request.idempotency_key, contract_id=request.contract_id,
            terms=terms_from_pb(request.terms), parties=parties_from_pb(request.parties),
            options=options, template=template, final=request.final,
            transcript=transcript_from_pb(request.transcript)
            if request.HasField("transcript") else None)
        version = uc.draft_contract(cmd, current_principal(), self._uow)
        return pb.DraftContractResponse(version=version_to_pb(version))

    def RenderContract(self, request: pb.RenderContractRequest, context: Any  # noqa: N802
                       ) -> pb.RenderContractResponse:
        cmd = uc.RenderContract(
            idempotency_key=request.idempotency_key, contract_id=request.contract_id,
            version=request.version, format=format_from_pb(request.format),
            language=language_from_pb(request.language, "language"))
        version, stored = uc.render_contract(cmd, current_principal(), self._uow)
        return pb.RenderContractResponse(contract_id=version.contract_id,
                                         version=version.version, file=file_to_pb(stored))

    def DownloadContract(self, request: pb.DownloadContractRequest, context: Any  # noqa: N802
                         ) -> Iterator[pb.DownloadContractResponse]:
        cmd = uc.DownloadContract(
            contract_id=request.contract_id, version=request.version,
            format=format_from_pb(request.format),
            language=language_from_pb(request.language, "language"))
        stored, data = uc.download_contract(cmd, current_principal(), self._uow)
        yield pb.DownloadContractResponse(header=file_to_pb(stored))
        view = memoryview(data)
        for start in range(0, len(data), CHUNK):
            yield pb.DownloadContractResponse(chunk=bytes(view[start:start + CHUNK]))

    def GetContract(self, request: pb.GetContractRequest, context: Any  # noqa: N802
                    ) -> pb.GetContractResponse:
        version = uc.get_contract(uc.GetContract(request.contract_id, request.version),
                                  current_principal(), self._uow)
        return pb.GetContractResponse(version=version_to_pb(version))

    def ListContractVersions(self, request: pb.ListContractVersionsRequest,  # noqa: N802
                             context: Any) -> pb.ListContractVersionsResponse:
        size = request.page_size or 50
        offset = _page(request.page_token)
        found = uc.list_versions(uc.ListVersions(request.contract_id, size + 1, offset),
                                 current_principal(), self._uow)
        more = len(found) > size
        return pb.ListContractVersionsResponse(
            versions=[version_to_pb(v) for v in found[:size]],
            next_page_token=str(offset + size) if more else "")
