"""What the adapter's handlers share through PTB's `bot_data`, as one typed object.

The Application is built with `ContextTypes(bot_data=BotData)` (`CONTEXT_TYPES`), so a handler
reads `context.bot_data.conversations` and mypy checks every use, where string keys into a dict
were checked by nobody.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.app.conversations import Conversations
from bot.app.inbox import Inbox
from bot.app.privacy import Housekeeping
from bot.telegram.guards import Guards
from bot.telegram.sender import Pacer, Sender


@dataclass
class BotData:
    """One Application's shared parts; PTB makes it empty, build_application fills it in."""

    menus: bool = True  # this process sets the command menus (the first worker, or the only process)
    inbox: Inbox | None = None  # polled updates kept until handled (bot/app/inbox.py)
    sender: Sender | None = None  # the outbox, in the one process that sends it
    housekeeping: Housekeeping | None = None  # prunes old events, in the same process
    # Every message goes through one Pacer; an Application built without build_application gets its own.
    pacer: Pacer = field(default_factory=Pacer)
    # Set by build_application; read through the properties, which say so when they are missing.
    _conversations: Conversations | None = field(default=None, repr=False)
    _guards: Guards | None = field(default=None, repr=False)

    @property
    def conversations(self) -> Conversations:
        """The conversations the handlers answer with."""
        if self._conversations is None:
            raise RuntimeError("bot_data has no Conversations: build the Application with build_application()")
        return self._conversations

    @conversations.setter
    def conversations(self, value: Conversations) -> None:
        self._conversations = value

    @property
    def guards(self) -> Guards:
        """The in-memory defences (bot/telegram/guards.py) installed on this Application."""
        if self._guards is None:
            raise RuntimeError("bot_data has no Guards: build the Application with build_application()")
        return self._guards

    @guards.setter
    def guards(self, value: Guards) -> None:
        self._guards = value


Context = CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotData]
"""The context every Cuida handler gets."""

# The bot is build_application's own ExtBot subclass, and the job queue is PTB's business.
CuidaApplication = Application[Any, Context, dict[Any, Any], dict[Any, Any], BotData, Any]
"""An Application built by build_application."""

CONTEXT_TYPES = ContextTypes(bot_data=BotData)
