"""A retried CreateOrder for "the latest version" replays, whatever versions came since."""

from __future__ import annotations

import grpc
import pytest

from tests.support.escrow_flow import client, key
from tests.support.samples import sample_options, sample_parties, sample_terms
from tradepact.entrypoints.grpc.converters.contracts import options_to_pb, parties_to_pb
from tradepact.entrypoints.grpc.converters.terms import terms_to_pb
from tradepact_client import TradepactError


def _draft(c, contract_id: str = "", final: bool = True):
    return c.draft_contract(idempotency_key=key(), contract_id=contract_id,
                            terms=terms_to_pb(sample_terms()),
                            parties=parties_to_pb(sample_parties()),
                            options=options_to_pb(sample_options(), "standard"),
                            final=final).version


@pytest.mark.parametrize("newer_final", [True, False])
def test_a_retry_after_a_newer_contract_version_returns_the_original_order(server, newer_final):
    # Before, the retry resolved "latest" again: with a newer final version its request no
    # longer matched the key's (INVALID_ARGUMENT, "already used with a different request"),
    # with a newer draft it was FAILED_PRECONDITION; the caller never learned its order.
    with client(server.address, "platform") as c:
        v1 = _draft(c)
        k = key()
        first = c.create_order(idempotency_key=k, contract_id=v1.contract_id).order
        newer = _draft(c, v1.contract_id, final=newer_final)
        assert newer.version == 2
        again = c.create_order(idempotency_key=k, contract_id=v1.contract_id).order
        assert (again.order_id, again.contract_version) == (first.order_id, 1)
        assert again == first
        # A new key still means the latest version, and it has an order of its own only
        # once that version is final.
        if newer_final:
            latest = c.create_order(idempotency_key=key(), contract_id=v1.contract_id).order
            assert latest.contract_version == 2 and latest.order_id != first.order_id
        else:
            with pytest.raises(TradepactError) as exc:
                c.create_order(idempotency_key=key(), contract_id=v1.contract_id)
            assert exc.value.code is grpc.StatusCode.FAILED_PRECONDITION


def test_the_same_key_for_another_contract_is_still_a_different_request(server):
    with client(server.address, "platform") as c:
        a, b = _draft(c), _draft(c)
        k = key()
        c.create_order(idempotency_key=k, contract_id=a.contract_id)
        with pytest.raises(TradepactError) as exc:
            c.create_order(idempotency_key=k, contract_id=b.contract_id)
    assert exc.value.code is grpc.StatusCode.INVALID_ARGUMENT
    assert [v.field for v in exc.value.field_violations] == ["idempotency_key"]
