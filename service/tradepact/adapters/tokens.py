"""Bearer tokens: signed JWTs (HS256 with a shared secret, RS256 with a public key) via PyJWT."""

from __future__ import annotations

import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass

import jwt

from tradepact.domain.errors import Unauthenticated
from tradepact.domain.principal import Principal

CACHE_SIZE = 10_000


@dataclass
class TokenVerifier:
    """Verifies a bearer token and returns the principal it carries.

    PyJWT compares HMAC signatures with hmac.compare_digest (constant time) and
    verifies RS256 with the configured public key; "none" and unlisted algorithms are refused.
    """

    secret: str = ""
    public_key: str = ""
    issuer: str = ""
    audience: str = ""

    def __post_init__(self) -> None:
        if not (self.secret or self.public_key):
            raise ValueError("auth needs TRADEPACT_JWT_SECRET or TRADEPACT_JWT_PUBLIC_KEY "
                             "(or --dev-no-auth for local development)")
        # Verified tokens are remembered until they expire: clients send the same token on
        # every call, and signature checks are a large share of a cheap RPC's CPU.
        self._verified: OrderedDict[str, tuple[Principal, float]] = OrderedDict()
        self._lock = threading.Lock()

    def verify(self, token: str) -> Principal:
        """A verified principal; cached per token string until the token's expiry."""
        now = time.time()
        with self._lock:
            hit = self._verified.get(token)
            if hit is not None and hit[1] > now:
                self._verified.move_to_end(token)
                return hit[0]
        principal, expires = self._verify(token)
        with self._lock:
            self._verified[token] = (principal, expires)
            while len(self._verified) > CACHE_SIZE:
                self._verified.popitem(last=False)
        return principal

    def _verify(self, token: str) -> tuple[Principal, float]:
        """Decode and check signature, expiry, issuer and audience; raise Unauthenticated."""
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise Unauthenticated("malformed token") from exc
        alg = header.get("alg")
        if alg == "HS256" and self.secret:
            key: str = self.secret
        elif alg == "RS256" and self.public_key:
            key = self.public_key
        else:
            raise Unauthenticated(f"token algorithm {alg!r} is not accepted")
        options = {"require": ["exp", "sub"]}
        try:
            claims = jwt.decode(
                token, key, algorithms=[alg], options=options,
                issuer=self.issuer or None, audience=self.audience or None,
            )
        except jwt.ExpiredSignatureError as exc:
            raise Unauthenticated("token expired") from exc
        except jwt.PyJWTError as exc:
            raise Unauthenticated(f"invalid token: {type(exc).__name__}") from exc
        roles = claims.get("roles", [])
        if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
            raise Unauthenticated("invalid token: roles must be a list of strings")
        try:
            principal = Principal.from_role_strings(str(claims["sub"]), roles)
        except ValueError as exc:
            raise Unauthenticated(f"invalid token: {exc}") from exc
        return principal, float(claims["exp"])


def issue_token(subject: str, roles: list[str], *, secret: str = "", private_key: str = "",
                ttl_seconds: int = 3600, issuer: str = "", audience: str = "") -> str:
    """Sign a token for local use (HS256 with a secret, or RS256 with a private key PEM)."""
    Principal.from_role_strings(subject, roles)  # validate role syntax before signing
    now = int(time.time())
    claims: dict[str, object] = {"sub": subject, "roles": roles, "iat": now,
                                 "exp": now + ttl_seconds, "jti": uuid.uuid4().hex}
    if issuer:
        claims["iss"] = issuer
    if audience:
        claims["aud"] = audience
    if private_key:
        return jwt.encode(claims, private_key, algorithm="RS256")
    if not secret:
        raise ValueError("issuing a token needs a secret (TRADEPACT_JWT_SECRET) or a private key")
    return jwt.encode(claims, secret, algorithm="HS256")
