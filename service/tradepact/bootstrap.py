"""The one place that picks concrete adapters from settings and wires the application."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from tradepact.adapters.audit_key import AuditKey
from tradepact.adapters.db.engine import make_engine
from tradepact.adapters.tokens import TokenVerifier
from tradepact.config import Settings
from tradepact.domain.ports import TermExtractor

log = logging.getLogger(__name__)


@dataclass
class App:
    """Everything the servicers need, built once at start-up."""

    settings: Settings
    engine: Engine
    token_verifier: TokenVerifier | None
    extractors: dict[str, TermExtractor]
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def database_kind(self) -> str:
        """"sqlite" or "postgresql"."""
        return self.engine.dialect.name

    def start(self) -> None:
        """Start the background work (the idempotency-key purge), once the server listens."""
        for starter in self.extras.get("starters", []):
            starter()

    def close(self) -> None:
        """Release pools and workers; stop the background work."""
        for closer in self.extras.get("closers", []):
            try:
                closer()
            except Exception:  # noqa: BLE001 - shutdown must go on
                log.exception("error while closing")
        self.engine.dispose()


class Periodic:
    """`work` on a daemon thread: once when started, then every `interval` seconds, until
    stopped. A failing round is logged and the next one runs as planned."""

    def __init__(self, name: str, interval: float, work: Callable[[], object]) -> None:
        self.name, self.interval, self._work = name, interval, work
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Run the first round now (on the thread) and keep going; a second call does nothing."""
        if self._thread is None and not self._stopping.is_set():
            self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            try:
                self._work()
            except Exception:  # noqa: BLE001 - the next round may well succeed
                log.exception("%s failed; next attempt in %g s", self.name, self.interval)
            if self._stopping.wait(self.interval):
                return

    def stop(self, timeout: float = 10.0) -> None:
        """No further round; waits (up to `timeout`) for a round in progress to finish."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)
            log.info("%s stopped", self.name)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()


def build_extractors(settings: Settings) -> dict[str, TermExtractor]:
    """The rules backend always; llm and hybrid when an LLM base URL is configured."""
    from tradepact.adapters.extraction.rules import RulesExtractor

    rules = RulesExtractor()
    out: dict[str, TermExtractor] = {"rules": rules}
    if settings.llm_base_url:
        from tradepact.adapters.extraction.hybrid import HybridExtractor
        from tradepact.adapters.extraction.llm import LLMExtractor

        llm = LLMExtractor(base_url=settings.llm_base_url, model=settings.llm_model,
                           api_key=settings.llm_api_key or "unused",
                           timeout_s=settings.llm_timeout_seconds,
                           max_retries=settings.llm_max_retries)
        out["llm"] = llm
        out["hybrid"] = HybridExtractor(rules, llm)
    return out


def build_token_verifier(settings: Settings) -> TokenVerifier | None:
    """None only in explicit development mode, which is logged loudly."""
    if settings.dev_no_auth:
        log.warning("!!! AUTHENTICATION DISABLED (--dev-no-auth): every caller acts with every "
                    "role. Never run like this outside local development. !!!")
        return None
    public_key = Path(settings.jwt_public_key).read_text() if settings.jwt_public_key else ""
    return TokenVerifier(secret=settings.jwt_secret, public_key=public_key,
                         issuer=settings.jwt_issuer, audience=settings.jwt_audience)


def prepare_database(settings: Settings, engine: Engine | None = None) -> AuditKey:
    """Before serving: the data directory, the audit key, the migrations when asked, and the
    check that the key is the one the database's audit log is sealed with.

    ValueError (one line for the operator) when the key is unusable or another one sealed
    the log: every server on one database must seal with the same key. A key file made just
    now for a database sealed with another key is removed again, so it is not mistaken for
    the lost one. `engine` is used for the check, else a short-lived one.
    """
    from tradepact.adapters.audit_key import load_audit_key

    Path(settings.data_dir).expanduser().mkdir(parents=True, exist_ok=True)
    key = load_audit_key(settings)
    url = settings.effective_database_url
    if settings.db_upgrade_on_start:
        from tradepact.adapters.db.migrate import upgrade

        if sealed := upgrade(url, audit_key=key.key):
            log.warning("sealed %d audit events written before audit seals, with the audit key "
                        "from %s", sealed, key.source)
    checker = engine or make_engine(url, pool_size=1)
    try:
        check_audit_key(checker, key)
    finally:
        if engine is None:
            checker.dispose()
    log.info("audit events sealed with the key from %s", key.source)
    return key


def check_audit_key(engine: Engine, key: AuditKey) -> None:
    """Record the key's check value on a database that has none; ValueError when the database
    records another key's."""
    import hmac
    from datetime import UTC, datetime

    from sqlalchemy import inspect

    from tradepact.adapters.db.escrow_repo import SqlEscrowStore
    from tradepact.adapters.db.escrow_tables import audit_key
    from tradepact.domain.escrow.audit import key_check

    if audit_key.name not in inspect(engine).get_table_names():
        raise ValueError("the database schema predates audit seals: run `tradepact db upgrade` "
                         "(with the servers' audit key) first")
    ours = key_check(key.key)
    recorded = SqlEscrowStore(engine).claim_audit_key(ours, datetime.now(UTC))
    if not hmac.compare_digest(recorded, ours):
        key.discard()
        raise ValueError(
            f"the audit key from {key.source} is not the key this database's audit log is "
            "sealed with, so its seals would not verify: every server on one database needs "
            "the same key (TRADEPACT_AUDIT_KEY, or TRADEPACT_AUDIT_KEY_FILE naming a copy of "
            "the key file); restore a lost key file from its backup")


def build_app(settings: Settings) -> App:
    """Wire the application; applies migrations first when asked."""
    url = settings.effective_database_url
    engine = make_engine(url)
    try:
        key = prepare_database(settings, engine)
    except BaseException:
        engine.dispose()
        raise
    app = App(settings=settings, engine=engine, token_verifier=build_token_verifier(settings),
              extractors=build_extractors(settings))
    _wire_contracts(app)
    _wire_escrow(app, key.key)
    return app


def _wire_contracts(app: App) -> None:
    """Contract storage and the render pool (see tradepact.usecases.contracts)."""
    from datetime import timedelta

    from tradepact.adapters.db.contract_repo import SqlContractStore
    from tradepact.adapters.rendering.pool import RenderPool
    from tradepact.adapters.rendering.templates import load_template
    from tradepact.usecases.contracts import ContractUnitOfWork
    from tradepact.usecases.idempotency import KeysInFlight

    # Forked before the gRPC server starts its threads; workers warm up with one render.
    pool = RenderPool(app.settings.render_workers or None,
                      timeout=app.settings.render_timeout_seconds)
    app.extras.setdefault("closers", []).append(pool.close)
    app.extras["render_pool"] = pool
    app.extras["contracts"] = ContractUnitOfWork(
        store=SqlContractStore(app.engine), renderer=_budgeted(pool.render),
        template=lambda name: load_template(name).data,
        idempotency_ttl=timedelta(hours=app.settings.idempotency_ttl_hours),
        # one registry of keys in flight for both: they share the key table
        in_flight=app.extras.setdefault("keys_in_flight", KeysInFlight()))


def _budgeted(render: Any) -> Any:
    """Give each render the calling RPC's remaining time budget (deadline, capped)."""
    from tradepact.entrypoints.grpc.context import time_budget

    def run(document: Any, fmt: str) -> Any:
        return render(document, fmt, timeout=time_budget(default=3600.0))

    return run


def _wire_escrow(app: App, audit_key: bytes) -> None:
    """Escrow store, reviewer policy, audit key, and the event bus that wakes WatchOrder
    streams."""
    from datetime import timedelta

    from tradepact.adapters.db.escrow_repo import NOTIFY_CHANNEL, SqlEscrowStore
    from tradepact.adapters.events import OrderEventBus, PostgresListener
    from tradepact.domain.escrow.approvals import ApprovalPolicy
    from tradepact.usecases.escrow import EscrowSettings, EscrowUnitOfWork, purge_idempotency_keys
    from tradepact.usecases.idempotency import KeysInFlight

    bus = OrderEventBus()
    app.extras["event_bus"] = bus
    closers = app.extras.setdefault("closers", [])
    closers.append(bus.close)
    if app.engine.dialect.name == "postgresql":
        # Other replicas' commits arrive as NOTIFY; no state lives only in this process.
        dsn = app.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        listener = PostgresListener(dsn, NOTIFY_CHANNEL, bus)
        listener.start()
        closers.append(listener.stop)
    uow = app.extras["escrow"] = EscrowUnitOfWork(
        store=SqlEscrowStore(app.engine),
        settings=EscrowSettings(
            # Fail closed: a currency without its own threshold uses the default one.
            policy=ApprovalPolicy(
                thresholds_minor=app.settings.thresholds(),
                default_threshold_minor=app.settings.dual_review_default_threshold),
            idempotency_ttl=timedelta(hours=app.settings.idempotency_ttl_hours),
            audit_key=audit_key),
        on_event=bus.notify, in_flight=app.extras.setdefault("keys_in_flight", KeysInFlight()))
    if app.settings.idempotency_purge_interval_seconds > 0:
        # The key table (shared with the contracts) would otherwise only grow; each replica
        # purging too is harmless. Started with the server (App.start), stopped by close().
        purge = Periodic("idempotency-key purge", app.settings.idempotency_purge_interval_seconds,
                         lambda: purge_idempotency_keys(uow))
        app.extras["key_purge"] = purge
        app.extras.setdefault("starters", []).append(purge.start)
        closers.append(purge.stop)
