"""The audit key: the secret the audit log's seals are made with, kept out of the database.

Where it comes from, first match wins:

1. `TRADEPACT_AUDIT_KEY` (settings.audit_key): the key itself, at least 32 characters.
2. The key file `TRADEPACT_AUDIT_KEY_FILE` (settings.audit_key_file), by default `audit.key`
   in the data directory: its text, surrounding whitespace stripped. When it does not exist it
   is made once, 64 random hex digits, mode 0600 (written aside and linked into place, so a
   second server starting at the same moment reads the same key, never half of it).

The key is the text's UTF-8 bytes, so `TRADEPACT_AUDIT_KEY=$(cat var/audit.key)` is the same
key as the file. Every server writing one database must use the same key (the database keeps
a check value of it, and a server with another one refuses to start); keep it, and back it up
apart from the database: without it no seal can be checked, and with it anyone can forge them.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path

from tradepact.config import Settings

log = logging.getLogger(__name__)

MIN_KEY_CHARS = 32
KEY_FILE_NAME = "audit.key"
ENV_NAME = "TRADEPACT_AUDIT_KEY"


@dataclass(frozen=True)
class AuditKey:
    """The key, where it came from (for messages), and whether its file was made just now."""

    key: bytes
    source: str
    created: bool = False

    def __repr__(self) -> str:  # never the key itself
        return f"AuditKey(source={self.source!r}, created={self.created})"

    def discard(self) -> None:
        """Remove the key file made just now (it sealed nothing): a server that may not use
        it leaves no new key behind to be mistaken for the lost one."""
        if self.created:
            Path(self.source).unlink(missing_ok=True)


def key_file(settings: Settings) -> Path:
    """Where the key file is, whether or not it exists."""
    configured = settings.audit_key_file
    return Path(configured or Path(settings.data_dir) / KEY_FILE_NAME).expanduser().absolute()


def load_audit_key(settings: Settings) -> AuditKey:
    """The configured key, or the key file's (made when missing); ValueError when unusable."""
    if settings.audit_key:
        return AuditKey(_checked(settings.audit_key, ENV_NAME), ENV_NAME)
    path = key_file(settings)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = _create(path)
        if text is None:  # another server made it first
            return load_audit_key(settings)
        log.warning("made the audit key file %s (mode 0600): back it up apart from the "
                    "database; every server on this database needs the same key", path)
        return AuditKey(text.encode("utf-8"), str(path), created=True)
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read the audit key file {path}: {exc}") from exc
    mode = path.stat().st_mode
    if stat.S_IMODE(mode) & 0o077:
        log.warning("the audit key file %s can be read by others (mode %o); with it anyone "
                    "can forge audit seals: chmod 600 it", path, stat.S_IMODE(mode))
    return AuditKey(_checked(text.strip(), f"the audit key file {path}"), str(path))


def _checked(text: str, where: str) -> bytes:
    if len(text) < MIN_KEY_CHARS:
        raise ValueError(f"{where} holds {len(text)} characters; an audit key needs at least "
                         f"{MIN_KEY_CHARS} (e.g. `openssl rand -hex 32`)")
    return text.encode("utf-8")


def _create(path: Path) -> str | None:
    """Write a new key to `path` atomically; None when the file appeared meanwhile."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        text = secrets.token_hex(32)
        aside = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text + "\n")
                f.flush()
                os.fsync(f.fileno())
            try:
                os.link(aside, path)  # fails if the file exists: the first one made wins
            except FileExistsError:
                return None
        finally:
            aside.unlink(missing_ok=True)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError as exc:
        raise ValueError(f"cannot make the audit key file {path}: {exc}") from exc
    return text


__all__ = ["KEY_FILE_NAME", "MIN_KEY_CHARS", "AuditKey", "key_file", "load_audit_key"]
