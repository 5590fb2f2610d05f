"""`cuida clinic ...` and `cuida broadcast`: clinics, their staff and broadcasts from the command line."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable

from bot.app import clinics, config
from bot.app.clinics import ClinicError
from bot.app.config import Settings
from bot.cli import bootstrap
from bot.core.content import Content
from bot.core.engine import Engine
from bot.storage.base import Storage

PLACEHOLDER_USERNAME = "<your_bot_username>"
PROGRESS_INTERVAL = 0.2  # seconds between progress-bar updates


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `clinic` and `broadcast` to the command line."""
    db_help = "SQLite file (default: CUIDA_DB or data/cuida.sqlite3)"
    clinic = sub.add_parser("clinic", help="clinics: add, list, staff add/remove")
    clinic_sub = clinic.add_subparsers(dest="clinic_command", required=True)
    add = clinic_sub.add_parser("add", help="create a clinic and print its invite link")
    add.add_argument("name", help="the clinic's name, as patients see it")
    add.add_argument(
        "--staff",
        type=int,
        nargs="+",
        action="extend",
        default=[],
        metavar="TELEGRAM_ID",
        help="Telegram user ids of staff who may /broadcast (repeatable)",
    )
    add.add_argument("--fever-threshold", type=float, metavar="CELSIUS", help="the clinic's fever threshold, e.g. 38.5")
    add.add_argument("--bot-username", help="the bot's @username for the link (default: CUIDA_BOT_USERNAME, or getMe)")
    add.add_argument("--db", help=db_help)
    add.set_defaults(func=cmd_clinic_add)
    listing = clinic_sub.add_parser("list", help="list clinics with their staff, patients and invite links")
    listing.add_argument("--bot-username", help="the bot's @username for the links")
    listing.add_argument("--db", help=db_help)
    listing.set_defaults(func=cmd_clinic_list)
    staff = clinic_sub.add_parser("staff", help="add or remove a clinic's staff")
    staff_sub = staff.add_subparsers(dest="staff_command", required=True)
    for action, helptext, func in (
        ("add", "let a Telegram user broadcast to the clinic's patients", cmd_staff_add),
        ("remove", "take a Telegram user off the clinic's staff", cmd_staff_remove),
    ):
        one = staff_sub.add_parser(action, help=helptext)
        one.add_argument("clinic_id", type=int, metavar="CLINIC_ID")
        one.add_argument("telegram_id", type=int, metavar="TELEGRAM_ID")
        one.add_argument("--db", help=db_help)
        one.set_defaults(func=func)
    broadcast = sub.add_parser("broadcast", help="send a message to a clinic's patients")
    broadcast.add_argument("--clinic", type=int, required=True, metavar="ID", help="the clinic (cuida clinic list)")
    what = broadcast.add_mutually_exclusive_group(required=True)
    what.add_argument("--template", metavar="KEY", help="a template from flows/broadcasts/templates.yaml")
    what.add_argument("--text-en", metavar="TEXT", help="your own message in English (needs --text-es)")
    broadcast.add_argument("--text-es", metavar="TEXT", help="the same message in Spanish")
    broadcast.add_argument("--no-send", action="store_true", help="only queue it; the running bot (cuida run) sends it")
    broadcast.add_argument("--db", help=db_help)
    broadcast.set_defaults(func=cmd_broadcast)


def _run(settings: Settings, args: argparse.Namespace, work: Callable[[Storage], Awaitable[int]]) -> int:
    """Open the store, do the work, close; a ClinicError is one line on stderr and exit code 2."""

    async def go() -> int:
        store = await bootstrap.open_store(settings, args.db)
        try:
            return await work(store)
        finally:
            await store.close()

    try:
        return asyncio.run(go())
    except ClinicError as exc:
        print(f"cuida: {exc}", file=sys.stderr)
        return 2


async def bot_username(args: argparse.Namespace, settings: Settings) -> str | None:
    """The bot's username: --bot-username, else CUIDA_BOT_USERNAME, else getMe when a token is set."""
    given = config.bot_username(getattr(args, "bot_username", None))
    if given or settings.bot_username:
        return given or settings.bot_username
    if not settings.token:
        return None
    from telegram import Bot
    from telegram.error import TelegramError

    try:
        async with Bot(settings.require_token(), base_url=settings.api_base_url) as bot:
            return bot.username
    except (TelegramError, OSError) as exc:
        print(f"cuida: could not ask Telegram for the bot's username ({exc}).", file=sys.stderr)
        return None


def _link(username: str | None, code: str) -> str:
    return clinics.deep_link(username or PLACEHOLDER_USERNAME, code)


USERNAME_NOTE = (
    "Note: the bot's username is unknown, so the link has a placeholder. Set CUIDA_BOT_USERNAME "
    "(or pass --bot-username, or set TELEGRAM_BOT_TOKEN) to print the real link."
)


def cmd_clinic_add(args: argparse.Namespace, settings: Settings) -> int:
    """Create a clinic; print its id, invite code and deep link."""

    async def work(store: Storage) -> int:
        username = await bot_username(args, settings)
        clinic = await clinics.create_clinic(store, args.name, staff=args.staff, fever_threshold_c=args.fever_threshold)
        print(f"Clinic {clinic.id}: {clinic.name}")
        print(f"Invite code: {clinic.invite_code}")
        print(f"Invite link: {_link(username, clinic.invite_code)}")
        print(f"Staff: {', '.join(map(str, clinic.staff)) or 'none yet (cuida clinic staff add)'}")
        if username is None:
            print(USERNAME_NOTE)
        return 0

    return _run(settings, args, work)


def cmd_clinic_list(args: argparse.Namespace, settings: Settings) -> int:
    """Every clinic with its staff, active patients and invite link."""

    async def work(store: Storage) -> int:
        found = await clinics.list_clinics(store)
        if not found:
            print("No clinics yet. Add one with: cuida clinic add NAME --staff TELEGRAM_ID")
            return 0
        username = await bot_username(args, settings)
        for clinic in found:
            patients = await clinics.count_patients(store, clinic.id)
            threshold = f", fever threshold {clinic.fever_threshold_c} °C" if clinic.fever_threshold_c else ""
            print(f"{clinic.id}\t{clinic.name}\t{patients} active patient(s){threshold}")
            print(f"\tstaff: {', '.join(map(str, clinic.staff)) or 'none'}")
            print(f"\tinvite: {_link(username, clinic.invite_code)}")
        if username is None:
            print(USERNAME_NOTE)
        return 0

    return _run(settings, args, work)


def cmd_staff_add(args: argparse.Namespace, settings: Settings) -> int:
    """Make a Telegram user staff of a clinic."""

    async def work(store: Storage) -> int:
        added = await clinics.add_staff(store, args.clinic_id, args.telegram_id)
        state = "is now" if added else "was already"
        print(f"{args.telegram_id} {state} staff of clinic {args.clinic_id}.")
        return 0

    return _run(settings, args, work)


def cmd_staff_remove(args: argparse.Namespace, settings: Settings) -> int:
    """Take a Telegram user off a clinic's staff."""

    async def work(store: Storage) -> int:
        removed = await clinics.remove_staff(store, args.clinic_id, args.telegram_id)
        if removed:
            print(f"{args.telegram_id} is no longer staff of clinic {args.clinic_id}.")
            return 0
        print(f"{args.telegram_id} was not staff of clinic {args.clinic_id}; nothing changed.", file=sys.stderr)
        return 1

    return _run(settings, args, work)


def cmd_broadcast(args: argparse.Namespace, settings: Settings) -> int:
    """Queue a broadcast; with a token (and without --no-send) send it now with a progress bar."""
    if args.text_en is not None and not args.text_es:
        print("cuida: --text-en needs --text-es: every patient gets the message in their language.", file=sys.stderr)
        return 2
    content = bootstrap.load_content(settings.content_dir)  # the same content checks as start-up

    async def work(store: Storage) -> int:
        clinic = await clinics.get_clinic(store, args.clinic)
        if clinic is None:
            raise ClinicError(f"There is no clinic {args.clinic}; `cuida clinic list` shows them.")
        sent = await clinics.create_broadcast(
            store, content, clinic.id, template=args.template, text_en=args.text_en, text_es=args.text_es
        )
        print(f"Broadcast {sent.id} to {clinic.name}: {sent.recipients} recipient(s) queued.")
        if sent.recipients == 0:
            return 0
        if args.no_send or not settings.token:
            reason = "--no-send" if args.no_send else "TELEGRAM_BOT_TOKEN is not set"
            print(f"Not sending now ({reason}): the running bot (cuida run) sends it.")
            return 0
        counts = await _send(store, content, settings, sent)
        print(
            f"Done: {counts['sent']} sent, {counts['blocked']} blocked or unreachable, "
            f"{counts['failed']} failed, {counts['skipped']} skipped."
        )
        return 0

    return _run(settings, args, work)


async def _send(store: Storage, content: Content, settings: Settings, sent: clinics.Broadcast) -> dict[str, int]:
    """Run a sender until the broadcast is out, with a progress bar on stderr."""
    from tqdm import tqdm

    sender = bootstrap.outbox_sender(settings, store, Engine(content))
    with tqdm(total=sent.recipients, unit="msg", desc=f"broadcast {sent.id}", file=sys.stderr) as bar:
        task = asyncio.create_task(sender.run_until_idle())
        try:
            while True:
                counts = clinics.summarise(await clinics.delivery_counts(store, sent.id))
                bar.n = counts["total"] - counts["pending"]
                bar.set_postfix(sent=counts["sent"], blocked=counts["blocked"], failed=counts["failed"], refresh=False)
                bar.refresh()
                if task.done():
                    break
                await asyncio.wait({task}, timeout=PROGRESS_INTERVAL)
            await task
        finally:
            if not task.done():
                task.cancel()
            await sender.stop()
    return counts
