"""Alembic environment: runs migrations online against the configured URL."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from tradepact.adapters.db import tables  # noqa: F401 - registers every table on the metadata
from tradepact.adapters.db.engine import make_engine

target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    """Migrate inside one transaction per run."""
    url = context.config.get_main_option("sqlalchemy.url")
    engine = make_engine(url, pool_size=1)
    try:
        with engine.connect() as connection:
            context.configure(connection=connection, target_metadata=target_metadata,
                              render_as_batch=connection.dialect.name == "sqlite",
                              compare_type=True)
            with context.begin_transaction():
                context.run_migrations()
            connection.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported; give a database URL")
run_migrations_online()
