"""Contract use cases: draft an immutable version, render and store files, read them back."""

from .commands import (
    DownloadContract,
    DraftContract,
    GetContract,
    ListVersions,
    RenderContract,
)
from .ports import ContractStore, ContractTx, ContractUnitOfWork, Renderer
from .service import (
    contract_snapshot,
    download_contract,
    draft_contract,
    get_contract,
    list_versions,
    render_contract,
)

__all__ = [
    "ContractStore",
    "ContractTx",
    "ContractUnitOfWork",
    "DownloadContract",
    "DraftContract",
    "GetContract",
    "ListVersions",
    "RenderContract",
    "Renderer",
    "contract_snapshot",
    "download_contract",
    "draft_contract",
    "get_contract",
    "list_versions",
    "render_contract",
]
