"""Service settings: one dataclass filled from flags and TRADEPACT_* environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path


def _env(name: str) -> str | None:
    return os.environ.get(f"TRADEPACT_{name.upper()}")


@dataclass
class Settings:
    """Everything the server needs to start. Each field is also TRADEPACT_<FIELD_NAME>."""

    address: str = "127.0.0.1:50051"
    data_dir: str = "./var"
    database_url: str = ""  # empty: SQLite file under data_dir
    db_upgrade_on_start: bool = True
    # TLS: server certificate and key (PEM files); client_ca enables mTLS.
    tls_cert: str = ""
    tls_key: str = ""
    tls_client_ca: str = ""
    # Auth: HS256 secret and/or RS256 public key (PEM file). dev_no_auth disables auth, loudly.
    jwt_secret: str = ""
    jwt_public_key: str = ""
    jwt_issuer: str = ""
    jwt_audience: str = ""
    dev_no_auth: bool = False
    log_level: str = "INFO"
    log_format: str = "text"  # text | json
    metrics_port: int = 0  # 0: no Prometheus endpoint
    max_message_bytes: int = 8 * 1024 * 1024
    deadline_cap_seconds: float = 60.0
    shutdown_grace_seconds: float = 10.0
    shutdown_drain_seconds: float = 0.5  # NOT_SERVING is visible this long before we stop
    max_workers: int = 16
    processes: int = 1  # >1: that many server processes share the port (SO_REUSEPORT)
    reuse_port: bool = False
    # "auto": pin each server process to one CPU (its threads share one GIL, see server.py);
    # "off"; or the CPUs to use, e.g. "3" or "2,3".
    cpu_affinity: str = "auto"
    render_workers: int = 0  # 0: one per core
    render_timeout_seconds: float = 20.0
    extraction_backend: str = "rules"
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: str = ""
    llm_timeout_seconds: float = 30.0
    llm_max_retries: int = 2
    transcript_max_bytes: int = 2 * 1024 * 1024
    transcript_max_messages: int = 5000
    idempotency_ttl_hours: int = 48
    # Expired idempotency keys are deleted at start-up, then every this many seconds (0: never).
    idempotency_purge_interval_seconds: float = 3600.0
    # The secret the audit events are sealed with (HMAC-SHA256), kept out of the database: at
    # least 32 characters; empty: read from audit_key_file, made (0600) on first start. Every
    # server on one database needs the same key (see adapters/audit_key.py).
    audit_key: str = field(default="", repr=False)
    audit_key_file: str = ""  # empty: <data_dir>/audit.key
    # Escrow: amounts at or above this need two reviewers; "USD=1000000,EUR=900000" (minor units)
    dual_review_thresholds: str = "USD=1000000,EUR=1000000,CNY=7000000,GBP=800000"
    # For currencies not listed above (minor units); 0 = every payout needs two reviewers.
    dual_review_default_threshold: int = 0
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then TRADEPACT_* variables, then explicit (non-None) overrides from flags."""
        values: dict[str, object] = {}
        for f in fields(cls):
            if f.name == "extra":
                continue
            raw = _env(f.name)
            if raw is not None:
                values[f.name] = _coerce(f.type, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    @property
    def effective_database_url(self) -> str:
        """The configured URL, or the embedded SQLite file under the data directory."""
        if self.database_url:
            return self.database_url
        path = Path(self.data_dir).expanduser().resolve() / "tradepact.sqlite3"
        return f"sqlite+pysqlite:///{path}"

    def thresholds(self) -> dict[str, int]:
        """Per-currency dual-review thresholds in minor units."""
        out: dict[str, int] = {}
        for part in filter(None, (p.strip() for p in self.dual_review_thresholds.split(","))):
            cur, _, amount = part.partition("=")
            out[cur.strip().upper()] = int(amount)
        return out


def _coerce(typ: object, raw: str) -> object:
    name = typ if isinstance(typ, str) else getattr(typ, "__name__", str(typ))
    if name == "bool":
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if name == "int":
        return int(raw)
    if name == "float":
        return float(raw)
    return raw
