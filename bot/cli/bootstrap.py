"""One place that builds what a command needs: settings, content, engine, store, conversations, the bot.

Every command (bot/cli/commands.py, including `cuida worker`) and the clinic commands
(bot/cli/clinic.py) build their parts here, so the content is checked, the database opened and
the turn hooks wired the same way for all of them. Layers below the command line do not import
this module: `cuida health` uses `checks.content_errors`, the workers' front `open_storage`. The parts
that need PTB or the sender import them inside the function that builds them, so that `cuida
check` loads neither.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.app import clinics, config
from bot.app.config import Settings
from bot.app.conversations import Conversations, Hook
from bot.app.reminders import ReminderHook
from bot.core import checks
from bot.core.content import Content
from bot.core.engine import Engine
from bot.storage import Storage, open_storage

if TYPE_CHECKING:
    from bot.app.health import Monitor
    from bot.telegram.botdata import CuidaApplication
    from bot.telegram.sender import Pacer, Sender

log = logging.getLogger("cuida")


class StartupError(Exception):
    """Start-up cannot go on; the message says why and what to do."""


def settings(config_file: str | Path | None = None, overrides: Mapping[str, tuple[str, Any]] | None = None) -> Settings:
    """Settings from flags, the environment and the YAML file, with logging configured from them."""
    loaded = config.load(config_file=config_file, overrides=overrides)
    config.configure_logging(loaded.log_level, loaded)
    return loaded


def load_content(root: Path) -> Content:
    """Load and check the content; refuse (with the full report) when anything is wrong."""
    content, problems = checks.check_root(root)
    errors = [p for p in problems if not p.warning]
    if errors:
        report = "\n".join(str(p) for p in problems)
        raise StartupError(f"{report}\nThe content has {len(errors)} problem(s); fix them, then start again.")
    # Warnings (e.g. a stale translation: the English changed under it) do not stop the bot, but
    # they must not go unseen either.
    for problem in problems:
        log.warning("%s", problem)
    return content


async def open_store(settings: Settings, db: str | Path | None = None) -> Storage:
    """The database: `db` when given (a --db flag), else the configured file; migrated on opening."""
    return await open_storage(Path(db) if db else settings.db_path)


def hooks(content: Content, store: Storage) -> list[Hook]:
    """The features around each turn: reminder plans, then clinics (invite links, /broadcast)."""
    found: list[Hook] = [ReminderHook(content.plans)] if content.plans is not None else []
    found.append(clinics.ClinicHook(store, content))
    return found


async def open_conversations(settings: Settings, db: str | Path | None = None) -> tuple[Conversations, Storage]:
    """Checked content, its engine, the store and the hooks, as one Conversations; the caller closes the store."""
    content = load_content(settings.content_dir)
    store = await open_store(settings, db)
    conversations = Conversations(
        Engine(content), store, hooks=hooks(content, store), retention_days=settings.event_retention_days
    )
    return conversations, store


def outbox_sender(settings: Settings, store: Storage, engine: Engine, pacer: Pacer | None = None) -> Sender:
    """The outbox sender, on a Bot (and connection pool) of its own, reporting broadcast deliveries."""
    from bot.telegram.sender import Sender, sender_bot

    # A Bot of its own: replies never queue behind a broadcast's connections.
    bot = sender_bot(settings.require_token(), settings.api_base_url, transport=settings.transport)
    reports = [clinics.reporter(engine.content)]  # broadcast delivery reports
    if pacer is not None:  # shared with the replies, which go first
        return Sender(store, bot, engine, pacer=pacer, after_batch=reports)
    return Sender(
        store, bot, engine, rate=settings.send_rate, chat_interval=settings.chat_interval, after_batch=reports
    )


def telegram_app(
    settings: Settings, conversations: Conversations, worker: int | None = None
) -> tuple[CuidaApplication, Monitor]:
    """The Telegram Application for `cuida run` (or worker number `worker`), and its health monitor.

    Only the first (or only) process sends the outbox, prunes old events, sets the command
    menus and writes the health report `cuida health` reads.
    """
    from bot.app.health import Limits, Monitor
    from bot.app.privacy import Housekeeping
    from bot.telegram.adapter import build_application
    from bot.telegram.sender import Pacer

    token = settings.require_token()
    store = conversations.store
    first = worker in (None, 0)
    # Replies and the outbox share one rate, replies first. Workers are separate processes, each
    # with a Pacer of its own: each takes its share, so together they keep the configured rate.
    pacer = Pacer(settings.send_rate / max(settings.workers, 1), settings.chat_interval)
    app = build_application(
        token,
        settings.api_base_url,
        conversations,
        sender=outbox_sender(settings, store, conversations.engine, pacer) if first else None,
        transport=settings.transport,
        concurrent_updates=settings.concurrent_updates,
        polling=worker is None,
        menus=first,
        pacer=pacer,
    )
    if first:
        # Old events pruned at start-up and daily (started and stopped with the Application).
        app.bot_data.housekeeping = Housekeeping(store, settings.event_retention_days)
    limits = Limits(settings.health_min_free_mb, settings.health_telegram_limit, settings.health_interval)
    # Each worker checks itself; only the first writes the report `cuida health` reads.
    monitor = Monitor(store, limits, app.bot.get_me, write_report=first)
    return app, monitor
