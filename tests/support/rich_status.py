"""Read google.rpc rich error details off a failed call, as a client would."""

from __future__ import annotations

import grpc
from google.rpc import error_details_pb2
from grpc_status import rpc_status


def details(err: grpc.RpcError, kind: type) -> list:
    """Every detail of type `kind` (e.g. error_details_pb2.BadRequest) in the call's status."""
    status = rpc_status.from_call(err)
    out = []
    for d in status.details if status else ():
        if d.Is(kind.DESCRIPTOR):
            msg = kind()
            d.Unpack(msg)
            out.append(msg)
    return out


def field_violations(err: grpc.RpcError) -> list[str]:
    """The fields named by BadRequest details."""
    return [v.field for br in details(err, error_details_pb2.BadRequest)
            for v in br.field_violations]


def precondition_subjects(err: grpc.RpcError, type_: str) -> list[str]:
    """Subjects of PreconditionFailure violations of one type (e.g. "GAP")."""
    return [v.subject for pf in details(err, error_details_pb2.PreconditionFailure)
            for v in pf.violations if v.type == type_]
