"""Which roles may call which RPC: one table, deny by default.

Finer rules (a seller sees only contracts and orders where it is a party, a reviewer never
approves an order it is a party to) live in the use cases; this table is the coarse gate.
"""

from __future__ import annotations

from tradepact.domain.principal import Role

P, S, B, R, A = Role.PLATFORM, Role.SELLER, Role.BUYER, Role.REVIEWER, Role.ADMIN

#: Calls that need no token: health checking and reflection are for infrastructure.
PUBLIC_PREFIXES = ("/grpc.health.v1.Health/", "/grpc.reflection.")

RPC_ROLES: dict[str, frozenset[Role]] = {
    # TermsService
    "/tradepact.v1.TermsService/ExtractTerms": frozenset({P, S, B, A}),
    # ContractService
    "/tradepact.v1.ContractService/DraftContract": frozenset({P, S, B, A}),
    "/tradepact.v1.ContractService/RenderContract": frozenset({P, S, B, A}),
    "/tradepact.v1.ContractService/DownloadContract": frozenset({P, S, B, A}),
    "/tradepact.v1.ContractService/GetContract": frozenset({P, S, B, A}),
    "/tradepact.v1.ContractService/ListContractVersions": frozenset({P, S, B, A}),
    # EscrowService
    "/tradepact.v1.EscrowService/CreateOrder": frozenset({P, A}),
    "/tradepact.v1.EscrowService/RecordFunding": frozenset({P}),
    "/tradepact.v1.EscrowService/SubmitEvidence": frozenset({S}),
    "/tradepact.v1.EscrowService/RequestRelease": frozenset({S}),
    "/tradepact.v1.EscrowService/ConfirmPayout": frozenset({R}),
    "/tradepact.v1.EscrowService/RejectPayout": frozenset({R}),
    "/tradepact.v1.EscrowService/OpenDispute": frozenset({B}),
    "/tradepact.v1.EscrowService/ResolveDispute": frozenset({R, A}),
    "/tradepact.v1.EscrowService/CancelOrder": frozenset({P, A}),
    "/tradepact.v1.EscrowService/GetOrder": frozenset({P, S, B, R, A}),
    "/tradepact.v1.EscrowService/ListOrders": frozenset({P, S, B, R, A}),
    "/tradepact.v1.EscrowService/WatchOrder": frozenset({P, S, B, R, A}),
    "/tradepact.v1.EscrowService/ListReviewQueue": frozenset({R, A}),
    "/tradepact.v1.EscrowService/GetLedger": frozenset({P, S, B, R, A}),
    "/tradepact.v1.EscrowService/VerifyAudit": frozenset({P, R, A}),
}


def is_public(method: str) -> bool:
    """True for infrastructure calls that need no token."""
    return method.startswith(PUBLIC_PREFIXES)


def allowed_roles(method: str) -> frozenset[Role]:
    """Roles that may call the method; empty (deny) for anything not in the table."""
    return RPC_ROLES.get(method, frozenset())


def markdown_table() -> str:
    """The table for the README."""
    lines = ["| RPC | roles |", "|---|---|"]
    for method, roles in RPC_ROLES.items():
        lines.append(f"| `{method.rsplit('/', 2)[-2].split('.')[-1]}.{method.rsplit('/', 1)[-1]}` "
                     f"| {', '.join(sorted(r.value for r in roles))} |")
    return "\n".join(lines)
