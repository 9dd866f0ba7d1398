"""Who is calling: a principal and its roles, as carried by a verified bearer token."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    """Roles a token may carry. Party roles are written `seller:<party-id>` / `buyer:<party-id>`."""

    PLATFORM = "platform"
    SELLER = "seller"
    BUYER = "buyer"
    REVIEWER = "reviewer"
    ADMIN = "admin"


@dataclass(frozen=True)
class Principal:
    """An authenticated caller: a subject name and its roles.

    `parties` maps party roles to party ids, e.g. {"seller": {"acme-cn"}}.
    """

    subject: str
    roles: frozenset[Role] = field(default_factory=frozenset)
    parties: dict[Role, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def from_role_strings(cls, subject: str, roles: list[str] | tuple[str, ...]) -> Principal:
        """Parse ["platform", "seller:acme-cn", ...]; raises ValueError on an unknown role."""
        kinds: set[Role] = set()
        parties: dict[Role, set[str]] = {}
        for raw in roles:
            name, _, party = raw.partition(":")
            role = Role(name)
            if role in (Role.SELLER, Role.BUYER):
                if not party:
                    raise ValueError(f"role {name!r} needs a party id, e.g. {name}:<party-id>")
                parties.setdefault(role, set()).add(party)
            elif party:
                raise ValueError(f"role {name!r} takes no party id")
            kinds.add(role)
        return cls(subject, frozenset(kinds), {k: frozenset(v) for k, v in parties.items()})

    def has(self, role: Role) -> bool:
        """True when the principal carries the role."""
        return role in self.roles

    def party_ids(self, role: Role | None = None) -> frozenset[str]:
        """Party ids the principal acts for (as seller, buyer, or either)."""
        if role is not None:
            return self.parties.get(role, frozenset())
        out: set[str] = set()
        for ids in self.parties.values():
            out |= ids
        return frozenset(out)

    def role_strings(self) -> list[str]:
        """The roles back in token form, sorted."""
        out = [r.value for r in self.roles if r not in (Role.SELLER, Role.BUYER)]
        for role, ids in self.parties.items():
            out += [f"{role.value}:{pid}" for pid in ids]
        return sorted(out)


#: Used when the server runs with --dev-no-auth: every role, loudly logged at start-up.
DEV_PRINCIPAL = Principal("dev-no-auth", frozenset(Role))
