"""The SDK's public names: a sorted, complete `__all__`, and a method for every RPC of the API."""

from __future__ import annotations

import inspect

import tradepact_client as sdk
from tradepact.v1 import contracts_pb2, escrow_pb2, terms_pb2
from tradepact_client import errors


def test_all_is_sorted_and_every_name_exists() -> None:
    assert sdk.__all__ == sorted(sdk.__all__)
    assert len(set(sdk.__all__)) == len(sdk.__all__)
    for name in sdk.__all__:
        assert hasattr(sdk, name), name


def test_every_error_type_is_exported() -> None:
    error_types = {name for name, obj in vars(errors).items()
                   if inspect.isclass(obj) and issubclass(obj, errors.TradepactError)}
    assert error_types <= set(sdk.__all__)
    assert {"FieldViolation", "PreconditionViolation"} <= set(sdk.__all__)


def test_every_rpc_of_the_three_services_has_a_client_method() -> None:
    expected = {}
    for module in (terms_pb2, contracts_pb2, escrow_pb2):
        for service in module.DESCRIPTOR.services_by_name.values():
            for method in service.methods:
                snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in method.name)
                expected[snake.lstrip("_")] = method
    assert len(expected) == 21
    for name in expected:
        assert callable(getattr(sdk.TradepactClient, name, None)), name
        assert callable(getattr(sdk.FakeTradepactClient, name, None)), name
