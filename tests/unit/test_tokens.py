"""Bearer tokens: HS256 and RS256 verify; expired, tampered, unsigned or foreign ones do not."""

from __future__ import annotations

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tradepact.adapters.tokens import TokenVerifier, issue_token
from tradepact.domain.errors import Unauthenticated
from tradepact.domain.principal import Role

SECRET = "unit-test-secret-0123456789abcdef0123"


@pytest.fixture(scope="module")
def rsa_pair():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    return private, public


def test_hs256_token_carries_the_principal_and_party_roles():
    principal = TokenVerifier(secret=SECRET).verify(
        issue_token("lily", ["seller:acme", "reviewer"], secret=SECRET))
    assert principal.subject == "lily"
    assert principal.roles == {Role.SELLER, Role.REVIEWER}
    assert principal.party_ids(Role.SELLER) == {"acme"}


def test_rs256_token_verifies_with_the_public_key_only(rsa_pair):
    private, public = rsa_pair
    tok = issue_token("platform-svc", ["platform"], private_key=private)
    assert TokenVerifier(public_key=public).verify(tok).has(Role.PLATFORM)
    with pytest.raises(Unauthenticated):
        TokenVerifier(secret=SECRET).verify(tok)  # server without the public key


def test_expired_tampered_unsigned_and_unknown_role_tokens_are_refused():
    verifier = TokenVerifier(secret=SECRET)
    expired = issue_token("x", ["platform"], secret=SECRET, ttl_seconds=-5)
    good = issue_token("x", ["platform"], secret=SECRET)
    header, payload, sig = good.split(".")
    tampered = ".".join([header, payload, sig[:-2] + ("AA" if sig[-2:] != "AA" else "BB")])
    unsigned = jwt.encode({"sub": "x", "roles": ["admin"], "exp": 2**31}, None, algorithm="none")
    unknown_role = jwt.encode({"sub": "x", "roles": ["superuser"], "exp": 2**31}, SECRET,
                              algorithm="HS256")
    for bad, why in ((expired, "expired"), (tampered, "invalid"), (unsigned, "not accepted"),
                     (unknown_role, "invalid")):
        with pytest.raises(Unauthenticated) as err:
            verifier.verify(bad)
        assert why in str(err.value)


def test_a_verifier_needs_a_key():
    with pytest.raises(ValueError):
        TokenVerifier()


def test_a_remembered_token_still_expires():
    import time

    verifier = TokenVerifier(secret=SECRET)
    tok = issue_token("x", ["platform"], secret=SECRET, ttl_seconds=1)
    assert verifier.verify(tok).subject == "x"
    assert verifier.verify(tok).subject == "x"  # from the cache
    time.sleep(1.2)
    with pytest.raises(Unauthenticated, match="expired"):
        verifier.verify(tok)
