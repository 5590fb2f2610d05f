"""A bare PTB echo bot, the benchmark's yardstick: `python bench/echo.py --transport httpx|aiohttp --base-url URL`.

PTB's defaults throughout (updates one at a time, `run_polling()`), except that with
`--transport aiohttp` both the Bot's requests and getUpdates go through Cuida's transport.
It runs until SIGTERM/SIGINT; bench/run.py starts it in a process of its own to measure its RSS.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from telegram import Update
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the text back."""
    message = update.effective_message
    if message is not None and message.text:
        await context.bot.send_message(message.chat_id, message.text)


def main() -> None:
    """Parse the options and poll until stopped."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--transport", choices=("httpx", "aiohttp"), required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--token", required=True)
    args = parser.parse_args()
    builder = ApplicationBuilder().token(args.token).base_url(args.base_url)
    if args.transport == "aiohttp":
        from bot.telegram.transport import AiohttpRequest

        builder = builder.request(AiohttpRequest()).get_updates_request(AiohttpRequest(connection_pool_size=1))
    app = builder.build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.run_polling(poll_interval=0)


if __name__ == "__main__":
    main()
