"""Relational storage: SQLite (embedded default) and PostgreSQL through SQLAlchemy/SQLModel."""
