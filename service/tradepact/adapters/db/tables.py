"""Import every table module so SQLModel.metadata knows the whole schema (Alembic, tests)."""

from . import contract_tables, escrow_tables  # noqa: F401
