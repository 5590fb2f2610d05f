"""The `cuida` command line: run the bot, chat in the console, check the content."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from bot.app.config import ConfigError, Settings
from bot.cli import bootstrap
from bot.cli import clinic as clinic_cli
from bot.cli.bootstrap import StartupError, load_content
from bot.core import checks
from bot.core.content import LANGUAGES
from bot.core.engine import Engine, warm_dates
from bot.storage.base import StoreError
from bot.tools import translations

log = logging.getLogger("cuida")


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    """Print every content problem; exit 1 if there are errors."""
    root = Path(args.root) if args.root else settings.content_dir
    content, problems = checks.check_root(root)
    for problem in problems:
        print(problem)
    errors = sum(1 for p in problems if not p.warning)
    if errors:
        print(f"{errors} problem(s) found.", file=sys.stderr)
        return 1
    steps = sum(len(f.steps) for f in content.flows.values())
    keys = len(content.texts.get("en", {}))
    print(f"OK: {len(content.flows)} flows, {steps} steps, {keys} texts in each of {', '.join(LANGUAGES)}.")
    return 0


async def _chat(settings: Settings, args: argparse.Namespace) -> None:
    from bot.cli.console import chat

    conversations, store = await bootstrap.open_conversations(settings, getattr(args, "db", None))
    # dateparser's first parse loads its language data (~0.3 s): before the first prompt, not mid-chat.
    await asyncio.to_thread(warm_dates)
    try:
        await chat(conversations, language=getattr(args, "lang", None))
    finally:
        await store.close()


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    """The console chat."""
    asyncio.run(_chat(settings, args))
    return 0


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    """The Telegram bot, long polling (or a webhook server) until SIGTERM/SIGINT, then a graceful stop."""
    settings.require_token()
    if settings.workers > 1:
        from bot.telegram import workers

        return workers.run_front(settings, db=getattr(args, "db", None), config_file=getattr(args, "config", None))
    return _serve(settings, getattr(args, "db", None))


def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    """One worker of `cuida run` with CUIDA_WORKERS > 1: updates come on standard input (bot/telegram/workers.py)."""
    return _serve(settings, args.db, worker=args.index)


def _serve(settings: Settings, db: str | None, worker: int | None = None) -> int:
    """Run the bot until stopped: polling or a webhook, or as worker number `worker` of the front process."""
    from bot.telegram.service import Service, Webhook

    settings.require_token()
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    conversations, store = loop.run_until_complete(bootstrap.open_conversations(settings, db))
    app, monitor = bootstrap.telegram_app(settings, conversations, worker)
    feed, on_started = None, None
    if worker is not None:
        from bot.telegram import workers

        feed = loop.run_until_complete(workers.stdin_lines())
        on_started = workers.say_ready
    service = Service(
        app,
        store,
        webhook=Webhook.from_settings(settings) if worker is None else None,  # a worker's updates come from the front
        stop_timeout=settings.stop_timeout,
        poll_interval=settings.poll_interval,
        feed=feed,
        on_started=on_started,
        monitor=monitor,
    )
    try:
        loop.run_until_complete(service.run())
    finally:
        loop.run_until_complete(store.close())
        loop.close()
    return 0


def cmd_health(args: argparse.Namespace, settings: Settings) -> int:
    """One line saying whether the bot is healthy; exit 0 if so, 1 if not."""
    from bot.telegram.service import check_health

    healthy, detail = check_health(settings)
    print(detail if healthy else f"unhealthy: {detail}")
    return 0 if healthy else 1


def cmd_log_ref(args: argparse.Namespace, settings: Settings) -> int:
    """Print the keyed hash that stands for a Telegram id in the logs, to find one person's lines."""
    from bot.app import logs

    print(logs.user_ref(args.telegram_id))
    return 0


# `cuida run` flags that override a setting: argparse name -> (variable, flag as written).
FLAG_SETTINGS = {
    "webhook_url": ("CUIDA_WEBHOOK_URL", "--webhook-url"),
    "listen": ("CUIDA_WEBHOOK_LISTEN", "--listen"),
    "port": ("CUIDA_WEBHOOK_PORT", "--port"),
    "secret_token": ("CUIDA_WEBHOOK_SECRET", "--secret-token"),
    "path": ("CUIDA_WEBHOOK_PATH", "--path"),
}


def _flag_settings(args: argparse.Namespace) -> dict[str, tuple[str, object]]:
    """Flags given on the command line, as settings that win over the environment and the file."""
    return {
        variable: (flag, getattr(args, name))
        for name, (variable, flag) in FLAG_SETTINGS.items()
        if getattr(args, name, None) is not None
    }


def cmd_default(args: argparse.Namespace, settings: Settings) -> int:
    """`cuida` alone: Telegram when a token is set, otherwise the console chat."""
    if settings.token:
        return cmd_run(args, settings)
    print("TELEGRAM_BOT_TOKEN is not set: starting the console chat instead of Telegram.\n")
    return cmd_chat(args, settings)


GRAPH_SUFFIXES = {".svg": "svg", ".png": "png", ".dot": "dot", ".gv": "dot", ".mmd": "mermaid", ".mermaid": "mermaid"}


def cmd_graph(args: argparse.Namespace, settings: Settings) -> int:
    """Draw one flow as SVG, PNG, DOT or Mermaid, to --out or standard output."""
    from bot.tools import graph  # imported here so the bot itself never needs the graphviz binding loaded

    content = load_content(settings.content_dir)
    fmt = args.format or (GRAPH_SUFFIXES.get(Path(args.out).suffix.lower(), "svg") if args.out else "svg")
    if fmt == "png" and not args.out and sys.stdout.isatty():
        print("cuida: a PNG is binary; write it to a file with --out FILE.png", file=sys.stderr)
        return 2
    try:
        data = graph.draw(content, args.flow, fmt, args.lang)
    except graph.GraphError as exc:
        print(f"cuida: {exc}", file=sys.stderr)
        return 2
    if args.out:
        Path(args.out).write_bytes(data)
        print(f"Wrote {args.out} ({fmt}, {args.lang}).")
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


def cmd_review(args: argparse.Namespace, settings: Settings) -> int:
    """Write the static HTML review book (flows, texts side by side, sources, reminder plans)."""
    from bot.tools import graph, review

    content = load_content(settings.content_dir)
    out = Path(args.out)
    book = review.build_book(content, out)
    print(f"Wrote the review book: {out / 'index.html'} ({len(book.pages)} pages); open it in any browser.")
    if not book.graphviz:
        print(f"cuida: {graph.MISSING_GRAPHVIZ}; the diagrams are Mermaid text for now.", file=sys.stderr)
    if book.over_limit:
        print(f"{book.over_limit} text(s) are over the readability limits; the book marks them in red.")
    return 0


def default_corpus(settings: Settings) -> Path:
    """The labelled patient messages beside the checkout (../shared/data/patient-messages.yaml)."""
    return settings.content_dir.resolve().parent / "shared" / "data" / "patient-messages.yaml"


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    """Print how well first messages are understood, per language, on a labelled file or its halves."""
    from bot.tools import evaluation

    corpus = Path(args.corpus) if args.corpus else default_corpus(settings)
    if not corpus.is_file():
        print(f"cuida: no corpus at {corpus}; pass --corpus FILE (a patient-messages.yaml).", file=sys.stderr)
        return 2
    try:
        messages = evaluation.load_corpus(corpus)
    except (OSError, ValueError) as exc:
        print(f"cuida: cannot read {corpus}: {exc}.", file=sys.stderr)
        print("  Write it like ../shared/data/patient-messages.yaml: 'messages:', then one entry", file=sys.stderr)
        print("  per message with id, lang (en or es), label and text.", file=sys.stderr)
        return 2
    content = load_content(settings.content_dir)
    development, held_out = evaluation.split(messages)
    parts = {"dev": ("development", development), "eval": ("evaluation", held_out), "all": ("whole file", messages)}
    name, chosen = parts[args.part]
    if args.unseen_only:
        from bot.tools import training

        # Writers repeat common messages word for word: the ones already trained on say nothing new.
        kept = evaluation.not_trained_on(chosen, (text for text, _ in training.examples(settings.content_dir)))
        name = f"{name} without the {len(chosen) - len(kept)} message(s) already in the training data"
        chosen = kept
    if args.cv:
        from dataclasses import replace

        from bot.core.classifier import classifier_from
        from bot.tools import training

        def engine_for(model: dict[str, object]) -> Engine:
            return Engine(replace(content, classifier=classifier_from(model)))

        answers = training.held_out_predictions(settings.content_dir, chosen, engine_for)
        report = evaluation.Report(
            f"{name} of {corpus.name}, 5-fold (each message judged by a model that never saw it)",
            list(zip(chosen, answers, strict=True)),
        )
    else:
        report = evaluation.evaluate(Engine(content), chosen, f"{name} of {corpus.name}")
    print(evaluation.render(report, show_misses=args.misses))
    return 0


def cmd_train(args: argparse.Namespace, settings: Settings) -> int:
    """Fit the topic classifier on the training files and write flows/understanding/classifier.json."""
    from bot.tools import training

    root = settings.content_dir
    if args.import_corpus:
        corpus = Path(args.corpus) if args.corpus else default_corpus(settings)
        if not corpus.is_file():
            print(f"cuida: no corpus at {corpus}; pass --corpus FILE.", file=sys.stderr)
            return 2
        count = training.import_corpus(corpus, root)
        print(f"Copied the corpus ({count} messages) to {root / training.CORPUS_COPY}.")
    if args.cv:
        print(f"5-fold cross-validated accuracy: {training.cross_validate(root):.3f}")
        return 0
    words_path, count = training.write_real_words(root)
    print(f"Wrote {words_path}: {count} real words typo correction leaves alone.")
    path, model = training.write(root)
    print(f"Wrote {path}: {len(model['features'])} features, {model['examples']} examples, {model['fingerprint']}.")
    return 0


def parser() -> argparse.ArgumentParser:
    """The command-line grammar."""
    top = argparse.ArgumentParser(prog="cuida", description="Cuida: aftercare companion bot (English/Spanish).")
    top.set_defaults(func=cmd_default)
    sub = top.add_subparsers(dest="command")
    top.add_argument("--config", metavar="FILE", help="YAML settings file (default: CUIDA_CONFIG); variables win")
    run = sub.add_parser("run", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    run.add_argument("--db", help="SQLite file (default: CUIDA_DB or data/cuida.sqlite3)")
    run.add_argument("--webhook-url", help="public https:// URL Telegram posts updates to (default: long polling)")
    run.add_argument("--listen", help="address the webhook server binds (default 127.0.0.1)")
    run.add_argument("--port", help="port of the webhook server (default 8080)")
    run.add_argument("--secret-token", help="secret Telegram sends with each update (default: from the token)")
    run.add_argument("--path", help="local path of the webhook (default: the URL's path, or /telegram)")
    run.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS, help="YAML settings file")
    run.set_defaults(func=cmd_run)
    worker = sub.add_parser("worker", help="(started by `cuida run` when CUIDA_WORKERS > 1) one worker")
    worker.add_argument("--index", type=int, required=True, help="this worker's number, from 0")
    worker.add_argument("--db", help="SQLite file (default: CUIDA_DB or data/cuida.sqlite3)")
    worker.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS, help="YAML settings file")
    worker.set_defaults(func=cmd_worker)
    health = sub.add_parser("health", help="exit 0 if the bot is healthy (Docker HEALTHCHECK)")
    health.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS, help="YAML settings file")
    health.set_defaults(func=cmd_health)
    ref = sub.add_parser("log-ref", help="the reference that stands for a Telegram id in the logs")
    ref.add_argument("telegram_id", type=int, help="a patient's or staff member's Telegram id")
    ref.set_defaults(func=cmd_log_ref)
    chat = sub.add_parser("chat", help="talk to the bot in this terminal")
    chat.add_argument("--lang", choices=LANGUAGES, help="language to talk in")
    chat.add_argument("--db", help="SQLite file (default: CUIDA_DB or data/cuida.sqlite3)")
    chat.set_defaults(func=cmd_chat)
    check = sub.add_parser("check", help="check flows/ and locales/ and report every problem")
    check.add_argument("--root", help="folder holding flows/ and locales/ (default: CUIDA_CONTENT_DIR or here)")
    check.set_defaults(func=cmd_check)
    start = sub.add_parser("start", help="Telegram when a token is set, else the console chat (make run)")
    start.add_argument("--db", help="SQLite file")
    start.set_defaults(func=cmd_default)
    draw = sub.add_parser("graph", help="draw a flow: svg, png (need Graphviz), dot or mermaid")
    draw.add_argument("flow", help="flow id, e.g. infection_check")
    draw.add_argument("--format", choices=("svg", "png", "dot", "mermaid"), help="default: from --out's suffix, or svg")
    draw.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the labels (default en)")
    draw.add_argument("--out", help="file to write (default: standard output)")
    draw.set_defaults(func=cmd_graph)
    book = sub.add_parser("review", help="write the HTML review book for clinicians and translators")
    book.add_argument("--out", required=True, help="folder to write it into (index.html is the first page)")
    book.set_defaults(func=cmd_review)
    scores = sub.add_parser("eval", help="measure understanding on the labelled patient messages")
    scores.add_argument("--corpus", help="labelled messages (default: ../shared/data/patient-messages.yaml)")
    scores.add_argument(
        "--part",
        choices=("dev", "eval", "all"),
        default="all",
        help="a fixed-seed half, or the whole file (default all)",
    )
    scores.add_argument("--misses", action="store_true", help="list every message answered wrongly")
    scores.add_argument("--cv", action="store_true", help="each message judged by a model trained without it (5-fold)")
    scores.add_argument(
        "--unseen-only",
        action="store_true",
        help="leave out messages whose words are already in the training data (repeats say nothing new)",
    )
    scores.set_defaults(func=cmd_eval)
    fit = sub.add_parser("train", help="train the topic classifier from flows/understanding/training/")
    fit.add_argument("--import-corpus", action="store_true", help="first copy the whole corpus into the training files")
    fit.add_argument("--corpus", help="labelled messages (default: ../shared/data/patient-messages.yaml)")
    fit.add_argument("--cv", action="store_true", help="print cross-validated accuracy instead of writing")
    fit.set_defaults(func=cmd_train)
    clinic_cli.add_parsers(sub)
    translations.add_parser(sub)
    return top


def main(argv: list[str] | None = None) -> int:
    """Entry point of `cuida` and `python -m bot`."""
    args = parser().parse_args(argv)
    try:
        settings = bootstrap.settings(args.config, _flag_settings(args))
        return int(args.func(args, settings))
    except (ConfigError, StoreError, StartupError) as exc:
        print(f"cuida: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
