"""Loopback stand-in for the Telegram Bot API HTTP server, for end-to-end tests and benchmarks.

Point python-telegram-bot at it with ``Bot(token, base_url=server.base_url)`` or
``ApplicationBuilder().token(token).base_url(server.base_url)``: PTB appends the token, so requests
arrive at ``/bot<token>/<method>``. Updates are injected with the ``push_*`` helpers and handed out
through ``getUpdates``; everything the bot sends is recorded for assertions (``sent``, ``edits``, ...).

Run ``python -m tests.support.botapi --port 8081`` to serve it by hand until Ctrl-C.
"""

import argparse
import asyncio
import contextlib
import html
import itertools
import json
import re
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable, Iterable
from http import HTTPStatus
from typing import Any, Literal, Self

from aiohttp import web

__all__ = ["DEFAULT_TOKEN", "BotApiError", "BotApiServer"]

JSONDict = dict[str, Any]
Handler = Callable[[JSONDict], Awaitable[Any]]

DEFAULT_TOKEN = "123456:TEST-token"

# PTB's httpx transport sends every parameter as a form field; non-string values arrive JSON-encoded
# ("42", "true", '{"inline_keyboard": ...}'), so they are decoded back by field name. Text fields are
# never decoded: a user typing "123" or "true" must stay a string.
_JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "commands",
        "scope",
        "allowed_updates",
        "link_preview_options",
        "entities",
        "caption_entities",
        "reply_parameters",
        "menu_button",
        "media",
    }
)
_INT_FIELDS = frozenset(
    {
        "chat_id",
        "from_chat_id",
        "user_id",
        "message_id",
        "message_thread_id",
        "reply_to_message_id",
        "offset",
        "limit",
        "cache_time",
        "max_connections",
        "until_date",
    }
)
_FLOAT_FIELDS = frozenset({"timeout"})
_BOOL_FIELDS = frozenset(
    {
        "disable_notification",
        "protect_content",
        "show_alert",
        "drop_pending_updates",
        "disable_web_page_preview",
        "allow_sending_without_reply",
        "revoke_messages",
    }
)

# Telegram withholds these update types unless they are explicitly listed in allowed_updates.
_OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

# Tags Telegram's HTML parse mode accepts; anything else is rejected with "can't parse entities".
_HTML_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "tg-emoji", "code"}
    | {"pre", "blockquote"}
)
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)([^<>]*)>")
# Telegram only marks "/word" (plus an optional "@botname") as a bot_command entity.
_COMMAND_RE = re.compile(r"/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,64})?")
_BOT_COMMAND_NAME_RE = re.compile(r"[a-z0-9_]{1,32}")

_MAX_TEXT = 4096
_MAX_CALLBACK_DATA = 64
_MAX_UPDATES_PER_POLL = 100

NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"

FailMode = int | Literal["timeout"]


class BotApiError(Exception):
    """A Bot API error answer (``ok: false``) raised by a method handler and sent back to the client."""

    def __init__(self, code: int, description: str, parameters: JSONDict | None = None) -> None:
        """Store the HTTP status / error_code, the description and optional ResponseParameters."""
        super().__init__(f"{code} {description}")
        self.code = code
        self.description = description
        self.parameters = parameters

    def body(self) -> JSONDict:
        """Return the JSON body Telegram sends for this error."""
        body: JSONDict = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


class _Signal:
    """Wake-up-all notification usable from synchronous code (the ``push_*`` helpers are not async).

    An asyncio.Condition would need ``async with`` around every notify, so instead each notify sets the
    current asyncio.Event and drops it; waiters grab a fresh one. No Event exists while nobody waits,
    which keeps notify() nearly free on the hot path of a benchmark.
    """

    __slots__ = ("_event",)

    def __init__(self) -> None:
        """Start with nobody waiting."""
        self._event: asyncio.Event | None = None

    def notify(self) -> None:
        """Wake every current waiter."""
        if self._event is not None:
            self._event.set()
            self._event = None

    async def wait(self, timeout: float) -> bool:
        """Wait for the next notify(); False if ``timeout`` seconds pass first."""
        if self._event is None:
            self._event = asyncio.Event()
        event = self._event
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except TimeoutError:
            return False
        return True


def _coerce_params(params: JSONDict) -> JSONDict:
    """Turn form-encoded string values back into the JSON types Telegram would see."""
    for key, value in params.items():
        if not isinstance(value, str):
            continue
        if key in _JSON_FIELDS:
            if value[:1] in ("{", "["):
                with contextlib.suppress(ValueError):
                    params[key] = json.loads(value)
        elif key in _INT_FIELDS:
            # chat_id may legitimately be "@channelusername", so leave non-numbers alone.
            with contextlib.suppress(ValueError):
                params[key] = int(value)
        elif key in _FLOAT_FIELDS:
            with contextlib.suppress(ValueError):
                params[key] = float(value)
        elif key in _BOOL_FIELDS:
            params[key] = value.lower() in ("true", "1")
    return params


def _utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit Telegram uses for entity offsets and lengths."""
    return len(text.encode("utf-16-le")) // 2


def _command_entities(text: str) -> list[JSONDict] | None:
    """The bot_command entity Telegram attaches to a message starting with a command, if any."""
    if not text.startswith("/"):
        return None
    match = _COMMAND_RE.match(text)
    if match is None:
        return None
    return [{"type": "bot_command", "offset": 0, "length": _utf16_len(match.group())}]


def _check_html(text: str) -> str:
    """Validate Telegram HTML markup like the real server does; return the visible text."""

    def fail(reason: str) -> BotApiError:
        return BotApiError(400, f"Bad Request: can't parse entities: {reason}")

    def byte_offset(index: int) -> int:
        return len(text[:index].encode("utf-8"))

    stack: list[str] = []
    pos = 0
    while (start := text.find("<", pos)) != -1:
        match = _TAG_RE.match(text, start)
        if match is None:
            word = re.match(r"<(/?)([^\s<>]*)", text[start:])
            name = word.group(2) if word else ""
            raise fail(f'Unsupported start tag "{name}" at byte offset {byte_offset(start)}')
        closing, name, rest = match.group(1), match.group(2).lower(), match.group(3)
        if closing:
            if not stack:
                raise fail(f"Unexpected end tag at byte offset {byte_offset(start)}")
            if stack[-1] != name:
                raise fail(
                    f'Unmatched end tag at byte offset {byte_offset(start)}, expected "</{stack[-1]}>", '
                    f'found "</{name}>"'
                )
            stack.pop()
        else:
            if name not in _HTML_TAGS or (name == "span" and "tg-spoiler" not in rest):
                raise fail(f'Unsupported start tag "{name}" at byte offset {byte_offset(start)}')
            stack.append(name)
        pos = match.end()
    if stack:
        raise fail(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return html.unescape(_TAG_RE.sub("", text))


def _check_reply_markup(markup: Any) -> None:
    """Reject inline keyboards Telegram would reject (callback_data is limited to 64 bytes)."""
    if not isinstance(markup, dict):
        return
    for row in markup.get("inline_keyboard") or ():
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode("utf-8")) <= _MAX_CALLBACK_DATA:
                raise BotApiError(400, "Bad Request: BUTTON_DATA_INVALID")


def _short(value: Any, limit: int = 100) -> str:
    """One-line, truncated repr for failure dumps."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = text.replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _dumps(body: Any) -> bytes:
    """Compact UTF-8 JSON, as the real server sends; a lone surrogate (not valid UTF-8) as its \\u escape."""
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(body, ensure_ascii=True, separators=(",", ":")).encode("ascii")


class BotApiServer:
    """In-process aiohttp server speaking enough of the Telegram Bot API for PTB-based tests.

    Records (reset by clear()): ``sent`` (accepted sendMessage calls: chat_id, text, reply_markup,
    parse_mode, message_id, date, every other param, and ``message`` = the Message returned), ``edits``,
    ``callback_answers``, ``chat_actions``, ``left_chats``, ``deleted``, ``errors`` (every non-ok answer),
    ``calls`` ((method, params) for every request), and the counters ``received_count`` (HTTP requests),
    ``sent_count``, ``pushed_count``, ``delivered_count`` (distinct updates handed out), ``too_many_requests``.

    Fault injection: ``blocked_chats``, ``missing_chats``, ``rate_limit`` / ``per_chat_limit`` (msg/s, token
    bucket), ``retry_after``, ``latency``, fail_next(). Telegram-like strictness: ``validate_html``,
    ``reject_unmodified_edits``.
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        host: str = "127.0.0.1",
        port: int = 0,
        bot_username: str = "cuida_test_bot",
    ) -> None:
        """Configure the server; nothing listens until start()."""
        self.token = token
        self.host = host
        self._port = port
        self.bot_username = bot_username
        bot_id_text = token.split(":", 1)[0]
        self.bot_id = int(bot_id_text) if bot_id_text.isdigit() else 123456
        self.bot_user: JSONDict = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Cuida",
            "username": bot_username,
        }

        # --- fault injection (public knobs, change them at any time) ---
        self.blocked_chats: set[int] = set()
        self.missing_chats: set[int] = set()
        self.rate_limit: float | None = None
        self.per_chat_limit: float | None = None
        self.retry_after: int = 1
        self.latency: float = 0.0
        # How long a "timeout" failure holds its request; stop() releases it early.
        self.hang_seconds: float = 30.0
        # Real Telegram quirks that catch real bugs; switch off only if a test needs to.
        self.validate_html: bool = True
        self.reject_unmodified_edits: bool = True
        # Benchmarks can skip the per-request `calls` log to save memory.
        self.record_calls: bool = True

        # --- server state ---
        self.webhook: JSONDict | None = None
        self.commands_by_scope: dict[tuple[str, str], list[JSONDict]] = {}
        self._updates: deque[tuple[int, str, JSONDict]] = deque()
        self._update_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._open_callbacks: set[str] = set()
        self._allowed_updates: frozenset[str] | None = None
        self._max_delivered_id = 0
        self._next_message_id: dict[int | str, int] = defaultdict(int)
        self._chats: dict[int | str, JSONDict] = {}
        self._messages: dict[tuple[int | str, int], JSONDict] = {}
        self._last_bot_message: dict[int | str, JSONDict] = {}
        self._username_ids: dict[str, int] = {}
        self._failures: deque[tuple[FailMode, bool]] = deque()
        # Token buckets, keyed by chat id; None is the global bucket. Value: (tokens, last refill time).
        self._buckets: dict[int | str | None, tuple[float, float]] = {}

        # --- records for assertions (reset by clear()) ---
        self.sent: list[JSONDict] = []
        self.edits: list[JSONDict] = []
        self.callback_answers: list[JSONDict] = []
        self.calls: list[tuple[str, JSONDict]] = []
        self.left_chats: list[int | str] = []
        self.chat_actions: list[JSONDict] = []
        self.deleted: list[tuple[int | str, int]] = []
        self.errors: list[JSONDict] = []
        self._sent_by_chat: defaultdict[int | str, list[JSONDict]] = defaultdict(list)
        self.received_count = 0
        self.sent_count = 0
        self.pushed_count = 0
        self.delivered_count = 0
        self.too_many_requests = 0

        self._changed = _Signal()  # any request or push happened
        self._update_pushed = _Signal()  # the update queue grew
        self._closing = False
        self._closed: asyncio.Event | None = None
        self._runner: web.AppRunner | None = None

        handlers: dict[str, Handler] = {
            "getMe": self._api_get_me,
            "getUpdates": self._api_get_updates,
            "deleteWebhook": self._api_delete_webhook,
            "setWebhook": self._api_set_webhook,
            "getWebhookInfo": self._api_get_webhook_info,
            "sendMessage": self._api_send_message,
            "editMessageText": self._api_edit_message_text,
            "editMessageReplyMarkup": self._api_edit_message_reply_markup,
            "deleteMessage": self._api_delete_message,
            "answerCallbackQuery": self._api_answer_callback_query,
            "setMyCommands": self._api_set_my_commands,
            "getMyCommands": self._api_get_my_commands,
            "deleteMyCommands": self._api_delete_my_commands,
            "sendChatAction": self._api_send_chat_action,
            "leaveChat": self._api_leave_chat,
            "close": self._api_true,
            "logOut": self._api_true,
            "setMyDescription": self._api_true,
            "setMyShortDescription": self._api_true,
            "setMyName": self._api_true,
            "setChatMenuButton": self._api_true,
        }
        # Telegram matches method names case-insensitively; keep the canonical spelling for records.
        self._handlers: dict[str, tuple[str, Handler]] = {name.lower(): (name, h) for name, h in handlers.items()}

    # ------------------------------------------------------------------ lifecycle

    @property
    def port(self) -> int:
        """The bound TCP port (the requested one before start())."""
        if self._runner is not None and self._runner.addresses:
            return int(self._runner.addresses[0][1])
        return self._port

    @property
    def base_url(self) -> str:
        """Base URL for PTB (it appends the token): ``http://127.0.0.1:<port>/bot``."""
        host = "127.0.0.1" if self.host in ("0.0.0.0", "", "::") else self.host
        return f"http://{host}:{self.port}/bot"

    async def start(self) -> None:
        """Start listening."""
        if self._runner is not None:
            raise RuntimeError("BotApiServer already started")
        self._closing = False
        self._closed = asyncio.Event()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_post("/_stub/push_text", self._handle_stub_push_text)
        app.router.add_post("/_stub/push_callback", self._handle_stub_push_callback)
        app.router.add_get("/_stub/state", self._handle_stub_state)
        app.router.add_route("*", "/{tail:.*}", self._handle_not_found)
        # No access log: it costs more than the request itself in benchmarks. A short shutdown timeout
        # because long-polls and hanging requests are released by stop() anyway.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self._port)
        try:
            await site.start()
        except BaseException:
            await self._runner.cleanup()
            self._runner = None
            raise

    async def stop(self) -> None:
        """Release long-polls and hanging requests, then shut the server down."""
        if self._runner is None:
            return
        self._closing = True
        if self._closed is not None:
            self._closed.set()
        self._update_pushed.notify()
        self._changed.notify()
        runner, self._runner = self._runner, None
        await runner.cleanup()

    async def __aenter__(self) -> Self:
        """Start the server for an ``async with`` block."""
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Stop the server at the end of an ``async with`` block."""
        await self.stop()

    # ------------------------------------------------------------------ HTTP plumbing

    async def _read_params(self, request: web.Request) -> JSONDict:
        """Collect parameters from the query string and a JSON, urlencoded or multipart body."""
        params: JSONDict = dict(request.query)
        if request.body_exists:
            content_type = request.content_type
            if content_type == "application/json":
                try:
                    data = await request.json()
                except ValueError as exc:
                    raise BotApiError(400, "Bad Request: can't parse JSON object") from exc
                if isinstance(data, dict):
                    params.update(data)
            elif content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        # Uploaded files are summarised; tests only need to know one arrived.
                        content = value.file.read()
                        params[key] = {
                            "filename": value.filename,
                            "content_type": value.content_type,
                            "size": len(content),
                        }
                    else:
                        params[key] = value
        return _coerce_params(params)

    async def _handle_api(self, request: web.Request) -> web.Response:
        """Entry point for ``/bot<token>/<method>``."""
        self.received_count += 1
        method = request.match_info["method"]
        try:
            if request.match_info["token"] != self.token:
                # Telegram answers 401 for a well-formed but unknown token; PTB maps it to InvalidToken.
                raise BotApiError(401, "Unauthorized")
            entry = self._handlers.get(method.lower())
            name = entry[0] if entry else method
            params = await self._read_params(request)
            if self.record_calls:
                self.calls.append((name, params))
            if entry is None:
                raise BotApiError(404, "Not Found: method not found")
            result = await entry[1](params)
        except BotApiError as exc:
            self.errors.append({"method": method, "code": exc.code, "description": exc.description})
            return web.Response(status=exc.code, body=_dumps(exc.body()), content_type="application/json")
        except Exception as exc:
            # A bug in the stand-in itself: answer in Telegram's shape so the client reports it readably.
            error = BotApiError(500, f"Internal Server Error: stand-in failed on {method}: {exc!r}")
            self.errors.append({"method": method, "code": 500, "description": error.description})
            return web.Response(status=500, body=_dumps(error.body()), content_type="application/json")
        finally:
            self._changed.notify()
        return web.Response(body=_dumps({"ok": True, "result": result}), content_type="application/json")

    async def _handle_not_found(self, request: web.Request) -> web.Response:
        """Anything outside ``/bot<token>/<method>`` gets Telegram's bare 404."""
        return web.Response(
            status=404,
            body=_dumps({"ok": False, "error_code": 404, "description": "Not Found"}),
            content_type="application/json",
        )

    async def _handle_stub_push_text(self, request: web.Request) -> web.Response:
        """Manual-run helper: POST JSON ``{"user_id": 1, "text": "/start"}`` to inject a text message."""
        data = await request.json()
        update = self.push_text(int(data.pop("user_id")), str(data.pop("text")), **data)
        return web.json_response(update)

    async def _handle_stub_push_callback(self, request: web.Request) -> web.Response:
        """Manual-run helper: POST JSON ``{"user_id": 1, "data": "yes"}`` to press a button."""
        data = await request.json()
        update = self.push_callback(int(data.pop("user_id")), str(data.pop("data")), **data)
        return web.json_response(update)

    async def _handle_stub_state(self, request: web.Request) -> web.Response:
        """Manual-run helper: GET the recorded messages and counters."""
        state = {
            "sent": [r["message"] for r in self.sent[-100:]],
            "edits": self.edits[-100:],
            "callback_answers": self.callback_answers[-100:],
            "commands": self.commands,
            "pending_updates": self.pending_updates,
            "received_count": self.received_count,
            "sent_count": self.sent_count,
        }
        return web.Response(body=_dumps(state), content_type="application/json")

    # ------------------------------------------------------------------ shared helpers

    def _chat_id(self, params: JSONDict, key: str = "chat_id") -> int | str:
        """The target chat id of a request; "@username" ids get a stable fake numeric id."""
        chat_id = params.get(key)
        if chat_id is None or chat_id == "":
            raise BotApiError(400, f"Bad Request: {key} is empty")
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            username = chat_id[1:]
            if username not in self._username_ids:
                self._username_ids[username] = -1001000000000 - len(self._username_ids)
                self._chats[self._username_ids[username]] = {
                    "id": self._username_ids[username],
                    "type": "channel",
                    "title": username,
                    "username": username,
                }
            return self._username_ids[username]
        return chat_id

    def _check_chat(self, chat_id: int | str) -> None:
        """Apply blocked/missing chat fault injection."""
        if chat_id in self.missing_chats:
            raise BotApiError(400, "Bad Request: chat not found")
        if chat_id in self.blocked_chats:
            raise BotApiError(403, "Forbidden: bot was blocked by the user")

    def _chat(self, chat_id: int | str) -> JSONDict:
        """The Chat object for an id: as last seen in a pushed update, else a plausible default."""
        chat = self._chats.get(chat_id)
        if chat is not None:
            return chat
        if isinstance(chat_id, int) and chat_id < 0:
            kind = "supergroup" if str(chat_id).startswith("-100") else "group"
            return {"id": chat_id, "type": kind, "title": f"Group {chat_id}"}
        return {"id": chat_id, "type": "private", "first_name": f"User {chat_id}"}

    def _new_message_id(self, chat_id: int | str) -> int:
        """Next message id in a chat; user and bot messages share the sequence, as on Telegram."""
        self._next_message_id[chat_id] += 1
        return self._next_message_id[chat_id]

    def _check_text(self, params: JSONDict) -> str:
        """Validate message text the way Telegram does (empty, too long, bad HTML)."""
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise BotApiError(400, "Bad Request: message text is empty")
        visible = text
        if self.validate_html and str(params.get("parse_mode") or "").upper() == "HTML":
            visible = _check_html(text)
            if not visible.strip():
                raise BotApiError(400, "Bad Request: text must be non-empty")
        if len(visible) > _MAX_TEXT:
            raise BotApiError(400, "Bad Request: message is too long")
        return text

    def _bucket_tokens(self, key: int | str | None, rate: float, now: float) -> float:
        """Tokens currently in a bucket refilled at ``rate``/s with capacity max(1, rate)."""
        capacity = max(1.0, rate)
        tokens, last = self._buckets.get(key, (capacity, now))
        return min(capacity, tokens + (now - last) * rate)

    def _check_rate(self, chat_id: int | str) -> None:
        """Token-bucket flood control, global and per chat; consumes tokens only when both allow."""
        if self.rate_limit is None and self.per_chat_limit is None:
            return
        now = time.monotonic()
        checks: list[tuple[int | str | None, float]] = []
        if self.rate_limit is not None:
            checks.append((None, self.rate_limit))
        if self.per_chat_limit is not None:
            checks.append((chat_id, self.per_chat_limit))
        levels = [(key, self._bucket_tokens(key, rate, now)) for key, rate in checks]
        if any(tokens < 1.0 for _, tokens in levels):
            for key, tokens in levels:
                self._buckets[key] = (tokens, now)
            self.too_many_requests += 1
            raise BotApiError(
                429,
                f"Too Many Requests: retry after {self.retry_after}",
                {"retry_after": self.retry_after},
            )
        for key, tokens in levels:
            self._buckets[key] = (tokens - 1.0, now)

    async def _hang(self) -> None:
        """Hold a request past the client's read timeout (or until stop())."""
        if self._closed is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closed.wait(), self.hang_seconds)

    def _record_sent(self, chat_id: int | str, params: JSONDict, message: JSONDict) -> JSONDict:
        """Store an accepted message in the records."""
        record: JSONDict = {"text": None, "reply_markup": None, "parse_mode": None, **params}
        record.update(chat_id=chat_id, message_id=message["message_id"], date=message["date"], message=message)
        self.sent.append(record)
        self._sent_by_chat[chat_id].append(record)
        self.sent_count += 1
        return record

    def _build_bot_message(self, chat_id: int | str, text: str, params: JSONDict) -> JSONDict:
        """A Message object as Telegram returns it from sendMessage."""
        message: JSONDict = {
            "message_id": self._new_message_id(chat_id),
            "from": self.bot_user,
            "chat": self._chat(chat_id),
            "date": int(time.time()),
            "text": text,
        }
        if isinstance(params.get("entities"), list):
            message["entities"] = params["entities"]
        markup = params.get("reply_markup")
        # Message.reply_markup can only be an InlineKeyboardMarkup; PTB fails to parse anything else,
        # and Telegram never echoes reply keyboards / ForceReply / ReplyKeyboardRemove.
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        if isinstance(params.get("link_preview_options"), dict):
            message["link_preview_options"] = params["link_preview_options"]
        self._messages[(chat_id, message["message_id"])] = message
        self._last_bot_message[chat_id] = message
        return message

    # ------------------------------------------------------------------ Bot API methods

    async def _api_true(self, params: JSONDict) -> bool:
        """Methods whose only observable effect is the `calls` record."""
        return True

    async def _api_get_me(self, params: JSONDict) -> JSONDict:
        """getMe: the bot user plus the capability flags getMe adds."""
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _update_allowed(self, kind: str) -> bool:
        """Whether the current allowed_updates setting lets this update type through."""
        allowed = self._allowed_updates
        return kind not in _OPT_IN_UPDATES if allowed is None else kind in allowed

    def _confirm(self, offset: Any) -> None:
        """Forget updates confirmed by ``offset`` (negative: keep only the last -offset ones)."""
        if not isinstance(offset, int):
            return
        queue = self._updates
        if offset < 0:
            while len(queue) > -offset:
                queue.popleft()
        else:
            while queue and queue[0][0] < offset:
                queue.popleft()

    def _collect(self, limit: int) -> list[JSONDict]:
        """Up to ``limit`` pending updates of allowed types, oldest first."""
        queue = self._updates
        # Disallowed updates at the head would never be handed out; drop them as Telegram does.
        while queue and not self._update_allowed(queue[0][1]):
            queue.popleft()
        result: list[JSONDict] = []
        for update_id, kind, update in queue:
            if not self._update_allowed(kind):
                continue  # confirmed away together with the next offset
            result.append(update)
            if update_id > self._max_delivered_id:
                self._max_delivered_id = update_id
                self.delivered_count += 1
            if len(result) >= limit:
                break
        return result

    async def _api_get_updates(self, params: JSONDict) -> list[JSONDict]:
        """getUpdates with offset confirmation, limit, allowed_updates and long polling."""
        if self.webhook is not None:
            raise BotApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete "
                "the webhook first",
            )
        if "allowed_updates" in params:
            allowed = params["allowed_updates"]
            # An empty list means "back to the default set", per the Bot API docs.
            self._allowed_updates = frozenset(allowed) if allowed else None
        limit = params.get("limit")
        limit = min(max(limit, 1), _MAX_UPDATES_PER_POLL) if isinstance(limit, int) else _MAX_UPDATES_PER_POLL
        timeout = params.get("timeout")
        timeout = float(timeout) if isinstance(timeout, int | float) else 0.0
        self._confirm(params.get("offset"))
        result = self._collect(limit)
        if result or timeout <= 0:
            return result
        deadline = time.monotonic() + timeout
        while not result and not self._closing:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            await self._update_pushed.wait(remaining)
            result = self._collect(limit)
        return result

    async def _api_delete_webhook(self, params: JSONDict) -> bool:
        """deleteWebhook, optionally dropping pending updates."""
        self.webhook = None
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    async def _api_set_webhook(self, params: JSONDict) -> bool:
        """setWebhook: recorded only (updates are not POSTed anywhere); an empty url removes it."""
        url = params.get("url")
        if not url:
            self.webhook = None
        else:
            self.webhook = dict(params)
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    async def _api_get_webhook_info(self, params: JSONDict) -> JSONDict:
        """getWebhookInfo reflecting the recorded webhook and the queue size."""
        info: JSONDict = {
            "url": self.webhook["url"] if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self.webhook:
            if "max_connections" in self.webhook:
                info["max_connections"] = self.webhook["max_connections"]
            if isinstance(self.webhook.get("allowed_updates"), list):
                info["allowed_updates"] = self.webhook["allowed_updates"]
        return info

    async def _api_send_message(self, params: JSONDict) -> JSONDict:
        """sendMessage with latency, scripted failures, blocked/missing chats and flood control."""
        chat_id = self._chat_id(params)
        if self.latency > 0:
            await asyncio.sleep(self.latency)
        if self._failures:
            mode, deliver = self._failures.popleft()
            if mode == "timeout":
                if deliver:
                    # The ambiguous case: Telegram delivered it but the client never hears back.
                    self._check_chat(chat_id)
                    text = self._check_text(params)
                    self._record_sent(chat_id, params, self._build_bot_message(chat_id, text, params))
                await self._hang()
                raise BotApiError(504, "Gateway Timeout")
            try:
                phrase = HTTPStatus(mode).phrase
            except ValueError:
                phrase = "Error"
            raise BotApiError(mode, phrase)
        self._check_chat(chat_id)
        text = self._check_text(params)
        _check_reply_markup(params.get("reply_markup"))
        self._check_rate(chat_id)
        message = self._build_bot_message(chat_id, text, params)
        self._record_sent(chat_id, params, message)
        return message

    def _edit_target(self, params: JSONDict) -> tuple[int | str, int, JSONDict] | None:
        """The stored message an edit refers to; None for inline messages."""
        if params.get("inline_message_id"):
            return None
        chat_id = self._chat_id(params)
        self._check_chat(chat_id)
        message_id = params.get("message_id")
        if not isinstance(message_id, int):
            raise BotApiError(400, "Bad Request: message identifier is not specified")
        current = self._messages.get((chat_id, message_id))
        if current is None:
            raise BotApiError(400, "Bad Request: message to edit not found")
        return chat_id, message_id, current

    def _apply_edit(self, method: str, params: JSONDict, changes: JSONDict) -> JSONDict | bool:
        """Shared body of the editMessage* methods."""
        markup = params.get("reply_markup")
        _check_reply_markup(markup)
        target = self._edit_target(params)
        record: JSONDict = {
            "method": method,
            "chat_id": target[0] if target else None,
            "message_id": target[1] if target else None,
            "inline_message_id": params.get("inline_message_id"),
            "text": None,
            "reply_markup": markup,
            "parse_mode": params.get("parse_mode"),
            **changes,
        }
        if target is None:
            self.edits.append(record)
            return True  # Telegram answers True for inline messages
        chat_id, message_id, current = target
        # A new text brings its own entities (or none); a markup-only edit keeps the old ones.
        dropped = ("reply_markup", "entities") if "text" in changes else ("reply_markup",)
        edited = {k: v for k, v in current.items() if k not in dropped}
        edited.update(changes)
        if "text" in changes and isinstance(params.get("entities"), list):
            edited["entities"] = params["entities"]
        # Editing without reply_markup removes the inline keyboard, exactly like on Telegram.
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            edited["reply_markup"] = markup
        unchanged = edited.get("text") == current.get("text") and edited.get("reply_markup") == current.get(
            "reply_markup"
        )
        if self.reject_unmodified_edits and unchanged:
            raise BotApiError(400, NOT_MODIFIED)
        edited["edit_date"] = int(time.time())
        self._messages[(chat_id, message_id)] = edited
        if self._last_bot_message.get(chat_id, {}).get("message_id") == message_id:
            self._last_bot_message[chat_id] = edited
        self.edits.append(record)
        return edited

    async def _api_edit_message_text(self, params: JSONDict) -> JSONDict | bool:
        """editMessageText: returns the edited Message (or True for inline messages)."""
        text = self._check_text(params)
        return self._apply_edit("editMessageText", params, {"text": text})

    async def _api_edit_message_reply_markup(self, params: JSONDict) -> JSONDict | bool:
        """editMessageReplyMarkup: returns the edited Message (or True for inline messages)."""
        return self._apply_edit("editMessageReplyMarkup", params, {})

    async def _api_delete_message(self, params: JSONDict) -> bool:
        """deleteMessage for messages the bot sent."""
        chat_id = self._chat_id(params)
        self._check_chat(chat_id)
        message_id = params.get("message_id")
        if not isinstance(message_id, int) or self._messages.pop((chat_id, message_id), None) is None:
            raise BotApiError(400, "Bad Request: message to delete not found")
        self.deleted.append((chat_id, message_id))
        return True

    async def _api_answer_callback_query(self, params: JSONDict) -> bool:
        """answerCallbackQuery; each pushed query can be answered once, like on Telegram."""
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self._open_callbacks:
            raise BotApiError(400, QUERY_TOO_OLD)
        self._open_callbacks.discard(query_id)
        self.callback_answers.append(
            {
                "callback_query_id": query_id,
                "text": params.get("text"),
                "show_alert": bool(params.get("show_alert", False)),
                "url": params.get("url"),
                "cache_time": params.get("cache_time"),
            }
        )
        return True

    @staticmethod
    def _scope_key(scope: Any) -> str:
        """Stable key for a BotCommandScope: "default", "all_private_chats", "chat:123", ..."""
        if not isinstance(scope, dict) or not scope.get("type"):
            return "default"
        extras = [str(scope[k]) for k in ("chat_id", "user_id") if k in scope]
        return ":".join([str(scope["type"]), *extras])

    async def _api_set_my_commands(self, params: JSONDict) -> bool:
        """setMyCommands stored per (scope, language_code), validated like Telegram."""
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise BotApiError(400, "Bad Request: can't parse commands JSON object")
        if len(commands) > 100:
            raise BotApiError(400, "Bad Request: too many commands")
        for command in commands:
            if not isinstance(command, dict) or not _BOT_COMMAND_NAME_RE.fullmatch(str(command.get("command", ""))):
                raise BotApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise BotApiError(400, "Bad Request: command description is empty or too long")
        key = (self._scope_key(params.get("scope")), str(params.get("language_code") or ""))
        if commands:
            self.commands_by_scope[key] = [{"command": c["command"], "description": c["description"]} for c in commands]
        else:
            self.commands_by_scope.pop(key, None)
        return True

    async def _api_get_my_commands(self, params: JSONDict) -> list[JSONDict]:
        """getMyCommands for exactly that (scope, language_code); no fallback, as on Telegram."""
        key = (self._scope_key(params.get("scope")), str(params.get("language_code") or ""))
        return list(self.commands_by_scope.get(key, []))

    async def _api_delete_my_commands(self, params: JSONDict) -> bool:
        """deleteMyCommands for one (scope, language_code)."""
        key = (self._scope_key(params.get("scope")), str(params.get("language_code") or ""))
        self.commands_by_scope.pop(key, None)
        return True

    async def _api_send_chat_action(self, params: JSONDict) -> bool:
        """sendChatAction, recorded in `chat_actions`."""
        chat_id = self._chat_id(params)
        self._check_chat(chat_id)
        if not params.get("action"):
            raise BotApiError(400, "Bad Request: action is empty")
        self.chat_actions.append({"chat_id": chat_id, "action": params["action"]})
        return True

    async def _api_leave_chat(self, params: JSONDict) -> bool:
        """leaveChat, recorded in `left_chats`."""
        chat_id = self._chat_id(params)
        if chat_id in self.missing_chats:
            raise BotApiError(400, "Bad Request: chat not found")
        self.left_chats.append(chat_id)
        return True

    # ------------------------------------------------------------------ update injection

    def push_update(self, kind: str, payload: JSONDict, *, notify: bool = True) -> JSONDict:
        """Queue a raw update of type ``kind`` (e.g. "message") with the next update_id; return it."""
        update_id = next(self._update_ids)
        update = {"update_id": update_id, kind: payload}
        self._updates.append((update_id, kind, update))
        self.pushed_count += 1
        if kind == "callback_query":
            self._open_callbacks.add(str(payload["id"]))
        if notify:
            self._update_pushed.notify()
            self._changed.notify()
        return update

    @staticmethod
    def _user(user_id: int, first_name: str, language_code: str | None) -> JSONDict:
        """A (non-bot) User object."""
        user: JSONDict = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            user["language_code"] = language_code
        return user

    def _user_message(
        self, user_id: int, first_name: str, language_code: str | None, chat_type: str, chat_id: int | None
    ) -> JSONDict:
        """Common part of a Message a user sends: id, sender, chat (registered for replies), date."""
        if chat_type == "private":
            private_id = user_id if chat_id is None else chat_id
            chat: JSONDict = {"id": private_id, "type": "private", "first_name": first_name}
        elif chat_id is None:
            raise ValueError(f"chat_type={chat_type!r} needs an explicit (negative) chat_id")
        else:
            known = self._chats.get(chat_id)
            title = known["title"] if known and "title" in known else f"Group {chat_id}"
            chat = {"id": chat_id, "type": chat_type, "title": title}
        self._chats[chat["id"]] = chat
        return {
            "message_id": self._new_message_id(chat["id"]),
            "from": self._user(user_id, first_name, language_code),
            "chat": chat,
            "date": int(time.time()),
        }

    def push_text(
        self,
        user_id: int,
        text: str,
        *,
        language_code: str | None = "en",
        first_name: str = "Ana",
        chat_type: str = "private",
        chat_id: int | None = None,
        entities: list[JSONDict] | None = None,
        notify: bool = True,
    ) -> JSONDict:
        """Queue a text message from a user (bot_command entity added for "/command" texts)."""
        message = self._user_message(user_id, first_name, language_code, chat_type, chat_id)
        message["text"] = text
        entities = entities if entities is not None else _command_entities(text)
        if entities:
            message["entities"] = entities
        return self.push_update("message", message, notify=notify)

    def push_text_many(self, items: Iterable[tuple[int, str]], **kwargs: Any) -> int:
        """Queue many (user_id, text) messages with one wake-up at the end; return how many."""
        count = 0
        for user_id, text in items:
            self.push_text(user_id, text, notify=False, **kwargs)
            count += 1
        self._update_pushed.notify()
        self._changed.notify()
        return count

    def push_callback(
        self,
        user_id: int,
        data: str,
        *,
        message: JSONDict | None = None,
        language_code: str | None = "en",
        first_name: str = "Ana",
        chat_id: int | None = None,
    ) -> JSONDict:
        """Queue a button press on ``message`` (a `sent` record or Message), default the chat's last bot message."""
        if message is not None:
            message = message.get("message", message)  # accept a `sent` record as well as a Message
        else:
            message = self._last_bot_message.get(user_id if chat_id is None else chat_id)
            if message is None:
                raise ValueError(f"no message sent to chat {chat_id or user_id} yet; pass message=")
        # Telegram delivers the message as it is now, i.e. after any edits.
        message = self._messages.get((message["chat"]["id"], message["message_id"]), message)
        query = {
            "id": str(next(self._callback_ids)),
            "from": self._user(user_id, first_name, language_code),
            "message": message,
            "chat_instance": str(abs(hash((self.bot_id, message["chat"]["id"])))),
            "data": data,
        }
        return self.push_update("callback_query", query)

    def push_sticker(
        self,
        user_id: int,
        *,
        emoji: str = "👍",
        language_code: str | None = "en",
        first_name: str = "Ana",
        chat_type: str = "private",
        chat_id: int | None = None,
    ) -> JSONDict:
        """Queue a sticker message from a user."""
        message = self._user_message(user_id, first_name, language_code, chat_type, chat_id)
        message["sticker"] = {
            "file_id": f"sticker-{message['message_id']}",
            "file_unique_id": f"stk{message['message_id']}",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return self.push_update("message", message)

    def push_photo(
        self,
        user_id: int,
        *,
        caption: str | None = None,
        language_code: str | None = "en",
        first_name: str = "Ana",
        chat_type: str = "private",
        chat_id: int | None = None,
    ) -> JSONDict:
        """Queue a photo message (two sizes, optional caption) from a user."""
        message = self._user_message(user_id, first_name, language_code, chat_type, chat_id)
        mid = message["message_id"]
        message["photo"] = [
            {"file_id": f"photo-{mid}-{size}", "file_unique_id": f"ph{mid}x{size}", "width": size, "height": size}
            for size in (90, 800)
        ]
        if caption:
            message["caption"] = caption
        return self.push_update("message", message)

    def push_media(
        self,
        user_id: int,
        kind: str,
        *,
        caption: str | None = None,
        language_code: str | None = "en",
        first_name: str = "Ana",
    ) -> JSONDict:
        """Queue a voice note, video, video note, audio or document (kind = its Message field) from a user."""
        message = self._user_message(user_id, first_name, language_code, "private", None)
        mid = message["message_id"]
        media: JSONDict = {"file_id": f"{kind}-{mid}", "file_unique_id": f"{kind[:3]}{mid}"}
        if kind in ("voice", "audio", "video", "video_note"):
            media["duration"] = 4
        if kind == "video_note":
            media["length"] = 240
        if kind == "video":
            media.update(width=640, height=480)
        message[kind] = media
        if caption:
            message["caption"] = caption
        return self.push_update("message", message)

    def push_edited_text(
        self,
        user_id: int,
        message_id: int,
        text: str,
        *,
        language_code: str | None = "en",
        first_name: str = "Ana",
        chat_type: str = "private",
        chat_id: int | None = None,
    ) -> JSONDict:
        """Queue an edited_message: the user changed their message ``message_id`` to ``text``."""
        message = self._user_message(user_id, first_name, language_code, chat_type, chat_id)
        # _user_message allocated a fresh id; an edit keeps the original one (and the counter gap is harmless).
        message["message_id"] = message_id
        message["edit_date"] = message["date"]
        message["text"] = text
        entities = _command_entities(text)
        if entities:
            message["entities"] = entities
        return self.push_update("edited_message", message)

    def push_channel_post(self, chat_id: int, text: str, *, title: str | None = None) -> JSONDict:
        """Queue a channel_post in channel ``chat_id``."""
        known = self._chats.get(chat_id)
        chat = {"id": chat_id, "type": "channel", "title": title or (known or {}).get("title") or f"Channel {chat_id}"}
        self._chats[chat_id] = chat
        message: JSONDict = {
            "message_id": self._new_message_id(chat_id),
            "sender_chat": chat,
            "chat": chat,
            "date": int(time.time()),
            "text": text,
        }
        entities = _command_entities(text)
        if entities:
            message["entities"] = entities
        return self.push_update("channel_post", message)

    @property
    def pending_updates(self) -> int:
        """Updates queued and not yet confirmed through getUpdates' offset."""
        return len(self._updates)

    # ------------------------------------------------------------------ fault injection

    def fail_next(self, count: int = 1, status: FailMode = 500, *, deliver: bool = False) -> None:
        """Make the next ``count`` sendMessage calls fail with HTTP ``status`` or hang ("timeout").

        With ``status="timeout"`` and ``deliver=True`` the message is recorded as sent before the request
        hangs: the ambiguous "delivered but never acknowledged" case.
        """
        if status != "timeout" and not (isinstance(status, int) and status >= 400):
            raise ValueError(f"status must be an HTTP error code or 'timeout', not {status!r}")
        self._failures.extend([(status, deliver)] * count)

    def expire_callbacks(self) -> None:
        """Make every button press queued so far too old to answer, as after a long restart."""
        self._open_callbacks.clear()

    def reset_faults(self) -> None:
        """Turn every fault-injection knob off."""
        self.blocked_chats.clear()
        self.missing_chats.clear()
        self.rate_limit = None
        self.per_chat_limit = None
        self.retry_after = 1
        self.latency = 0.0
        self._failures.clear()
        self._buckets.clear()

    # ------------------------------------------------------------------ assertions

    @property
    def commands(self) -> dict[str, list[JSONDict]]:
        """Default-scope commands keyed by language_code ("" for all languages)."""
        return {lang: cmds for (scope, lang), cmds in self.commands_by_scope.items() if scope == "default"}

    @staticmethod
    def _norm_chat(chat_id: int | str) -> int | str:
        """Records are keyed by int ids; accept "123" too."""
        if isinstance(chat_id, str) and chat_id.lstrip("-").isdigit():
            return int(chat_id)
        return chat_id

    def sent_to(self, chat_id: int | str) -> list[JSONDict]:
        """Accepted sendMessage records for one chat, oldest first."""
        return list(self._sent_by_chat.get(self._norm_chat(chat_id), ()))

    def texts_to(self, chat_id: int | str) -> list[str]:
        """Just the texts sent to one chat."""
        return [r["text"] for r in self._sent_by_chat.get(self._norm_chat(chat_id), ())]

    def message(self, chat_id: int | str, message_id: int) -> JSONDict | None:
        """Current state (after edits) of a message the bot sent, or None."""
        return self._messages.get((chat_id, message_id))

    def clear(self) -> None:
        """Forget records and counters; server state (queue, commands, messages, faults) is kept."""
        self.sent.clear()
        self._sent_by_chat.clear()
        self.edits.clear()
        self.callback_answers.clear()
        self.calls.clear()
        self.left_chats.clear()
        self.chat_actions.clear()
        self.deleted.clear()
        self.errors.clear()
        self.received_count = 0
        self.sent_count = 0
        self.pushed_count = 0
        self.delivered_count = 0
        self.too_many_requests = 0

    def dump(self, last: int = 10) -> str:
        """Human-readable summary of recent activity, used in assertion messages."""
        lines = [
            f"BotApiServer {self.base_url}: received={self.received_count} sent={self.sent_count} "
            f"pending_updates={self.pending_updates} delivered={self.delivered_count} "
            f"429s={self.too_many_requests} errors={len(self.errors)}",
            f"last {last} sent:",
        ]
        lines += [f"  -> chat {r['chat_id']} #{r['message_id']}: {_short(r['text'])}" for r in self.sent[-last:]]
        lines.append(f"last {last} calls:")
        lines += [f"  {method} {_short(params, 160)}" for method, params in self.calls[-last:]]
        if self.errors:
            lines.append(f"last {last} errors:")
            lines += [f"  {e['method']}: {e['code']} {e['description']}" for e in self.errors[-last:]]
        return "\n".join(lines)

    async def wait_for(self, predicate: Callable[[Self], Any], timeout: float = 5.0) -> Any:
        """Wait until ``predicate(server)`` is truthy and return its value; AssertionError on timeout."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate(self)
            if value:
                return value
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"condition not met within {timeout}s\n{self.dump()}")
            # Woken by every request/push; the 0.5 s cap only matters for predicates on outside state.
            await self._changed.wait(min(remaining, 0.5))

    async def wait_sent(self, n: int, chat_id: int | str | None = None, timeout: float = 5.0) -> list[JSONDict]:
        """Wait until at least ``n`` messages were accepted (to ``chat_id``); return them all."""
        if chat_id is not None:
            chat_id = self._norm_chat(chat_id)

        def count() -> int:
            return len(self.sent) if chat_id is None else len(self._sent_by_chat.get(chat_id, ()))

        try:
            await self.wait_for(lambda _server: count() >= n, timeout)
        except AssertionError:
            where = "" if chat_id is None else f" to chat {chat_id}"
            raise AssertionError(
                f"expected at least {n} messages{where} within {timeout}s, got {count()}\n{self.dump()}"
            ) from None
        return list(self.sent) if chat_id is None else self.sent_to(chat_id)


async def _serve(args: argparse.Namespace) -> None:
    """Run a server until cancelled."""
    async with BotApiServer(args.token, args.host, args.port, args.username) as server:
        print(f"Telegram Bot API stand-in listening on {server.base_url}{server.token}/<method>")
        print(f"  token: {server.token}   bot: @{server.bot_username}")
        print(
            f'  inject: curl -XPOST -d \'{{"user_id":1,"text":"/start"}}\' http://{args.host}:{server.port}/_stub/push_text'
        )
        print(f"  state:  curl http://{args.host}:{server.port}/_stub/state")
        await asyncio.Event().wait()


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point: serve until Ctrl-C."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--username", default="cuida_test_bot")
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args))


if __name__ == "__main__":
    main()
