"""A PTB transport on aiohttp: the HTTP client every Cuida Bot uses unless CUIDA_TRANSPORT=httpx.

PTB's default transport (httpx) costs several times more CPU per request than aiohttp; on a
loopback benchmark the transport, not PTB's dispatch, was the first bottleneck (see bench/).
`AiohttpRequest` keeps PTB's contract: the timeouts PTB passes to `do_request` are honoured,
`BaseRequest.DEFAULT_NONE` means this instance's defaults, and failures become PTB's `TimedOut` and
`NetworkError` exactly as PTB's own `HTTPXRequest` raises them, so PTB's status-code handling
(InvalidToken, Forbidden, BadRequest, RetryAfter...) works unchanged on top.
"""

from __future__ import annotations

import asyncio
import functools
import json
import math
from typing import Final

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

TRANSPORTS: Final = ("aiohttp", "httpx")
_JSON: Final = {"Content-Type": "application/json"}
POOL_TIMEOUT_MESSAGE: Final = (
    "Pool timeout: All connections in the connection pool are occupied. Request was *not* sent to "
    "Telegram. Consider adjusting the connection pool size or the pool timeout."
)


class AiohttpRequest(BaseRequest):
    """`telegram.request.BaseRequest` on one pooled `aiohttp.ClientSession`.

    Timeouts, as PTB means them (seconds, None = no limit):
    - pool: waiting for a free connection (a request that never got one was not sent);
    - connect: opening a new connection;
    - read: the longest silence while waiting for (each part of) the answer;
    - write: aiohttp has no per-write timeout, so it only adds to an overall cap of
      connect + write + read once a connection is free: a request never outlasts them together.
    """

    __slots__ = (
        "_connect_timeout",
        "_media_write_timeout",
        "_pool",
        "_pool_size",
        "_pool_timeout",
        "_read_timeout",
        "_session",
        "_write_timeout",
    )

    def __init__(
        self,
        connection_pool_size: int = 64,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        if connection_pool_size < 1:
            raise ValueError("connection_pool_size must be at least 1")
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        # Our own count of connections in use, so that the pool timeout is PTB's (TimedOut
        # "Pool timeout", nothing sent) rather than folded into aiohttp's connect timeout.
        self._pool: asyncio.Semaphore | None = None

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout; PTB adds getUpdates' long-poll timeout to it."""
        return self._read_timeout

    @property
    def connection_pool_size(self) -> int:
        """At most this many requests are on the wire at once."""
        return self._pool_size

    @property
    def session(self) -> aiohttp.ClientSession | None:
        """The session (None before initialize and after shutdown); tests inspect its connector."""
        return self._session

    async def initialize(self) -> None:
        """Open the session and its connection pool (needs the running event loop)."""
        if self._session is not None and not self._session.closed:
            return
        connector = aiohttp.TCPConnector(limit=self._pool_size, limit_per_host=0)
        self._session = aiohttp.ClientSession(
            connector=connector,
            # Per-request timeouts are always given; this only guards a call made without them.
            timeout=aiohttp.ClientTimeout(total=None),
            headers={"User-Agent": self.USER_AGENT},
            # Bot API answers are JSON; nobody reads cookies, and skipping the jar saves work.
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=True,
            raise_for_status=False,
        )
        self._pool = asyncio.Semaphore(self._pool_size)

    async def shutdown(self) -> None:
        """Close the session and every pooled connection; a second call does nothing."""
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        # Seconds, None (no limit) or BaseRequest.DEFAULT_NONE (this instance's default): `object`
        # because PTB's own name for that union lives in a private module.
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """One HTTP request: (status code, body). Raises TimedOut or NetworkError like HTTPXRequest."""
        session, pool = self._session, self._pool
        if session is None or session.closed or pool is None:
            raise RuntimeError("This AiohttpRequest is not initialized!")

        files = request_data.contains_files if request_data else False
        read = _seconds(read_timeout, self._read_timeout)
        write = _seconds(write_timeout, self._media_write_timeout if files else self._write_timeout)
        connect = _seconds(connect_timeout, self._connect_timeout)
        pool_wait = _seconds(pool_timeout, self._pool_timeout)

        data: aiohttp.FormData | bytes | None = None
        headers: dict[str, str] | None = None
        if request_data is not None:
            if files:
                data = _multipart(request_data)
            else:
                # One JSON body, which the Bot API reads as well as form fields (nested objects such
                # as reply_markup go as objects). It is one encoding pass per request, where PTB's
                # form fields cost a json.dumps per parameter and then percent-encode every byte.
                data = json.dumps(request_data.parameters, ensure_ascii=False, separators=(",", ":")).encode()
                headers = _JSON

        try:
            await _acquire(pool, pool_wait)
        except TimeoutError:
            raise TimedOut(message=POOL_TIMEOUT_MESSAGE) from None
        try:
            timeout = _timeout(connect, write, read)
            async with session.request(method, url, data=data, headers=headers, timeout=timeout) as response:
                body = await response.read()
                return response.status, body
        except TimeoutError as err:  # aiohttp's ServerTimeoutError is both a TimeoutError and a ClientError
            raise TimedOut from err
        except aiohttp.ClientError as err:
            # The class name helps when the message is empty (e.g. ServerDisconnectedError).
            raise NetworkError(f"aiohttp.{err.__class__.__name__}: {err}") from err
        finally:
            pool.release()


def _seconds(given: object, default: float | None) -> float | None:
    """A timeout as PTB passes it: a number or None is used as given, anything else means `default`.

    PTB documents `BaseRequest.DEFAULT_NONE` as "not given"; any other non-number (another of PTB's
    default markers) is read the same way, as PTB's own HTTPXRequest does.
    """
    if given is None or (isinstance(given, int | float) and not isinstance(given, bool)):
        return given
    return default


async def _acquire(pool: asyncio.Semaphore, timeout: float | None) -> None:
    if not pool.locked():
        await pool.acquire()  # free slot: no timer to arm on the hot path
        return
    async with asyncio.timeout(timeout):
        await pool.acquire()


@functools.lru_cache(maxsize=64)
def _timeout(connect: float | None, write: float | None, read: float | None) -> aiohttp.ClientTimeout:
    """aiohttp's timeouts for PTB's; cached, as a bot uses only a handful of combinations."""
    phases = (connect, write, read)
    # The overall cap: the sum of the phases, or none when any of them is unlimited.
    total = None if any(t is None for t in phases) else math.fsum(t for t in phases if t is not None) or None
    return aiohttp.ClientTimeout(total=total, connect=connect, sock_connect=connect, sock_read=read)


def _multipart(request_data: RequestData) -> aiohttp.FormData:
    """multipart/form-data with the JSON-encoded fields and the files PTB attached."""
    form = aiohttp.FormData(quote_fields=False)
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, part in request_data.multipart_data.items():
        # PTB gives (filename, content) or (filename, content, mime type); content is bytes or a file.
        filename, content, *rest = part
        form.add_field(name, content, filename=filename, content_type=rest[0] if rest else None)
    return form


def make_request(
    transport: str = "aiohttp",
    *,
    connection_pool_size: int = 64,
    read_timeout: float | None = 5.0,
    write_timeout: float | None = 5.0,
    connect_timeout: float | None = 5.0,
    pool_timeout: float | None = 1.0,
) -> BaseRequest:
    """A transport by name: "aiohttp" (Cuida's, the default) or "httpx" (PTB's own, kept as a fallback)."""
    kinds: dict[str, type[AiohttpRequest] | type[HTTPXRequest]] = {"aiohttp": AiohttpRequest, "httpx": HTTPXRequest}
    kind = kinds.get(transport)
    if kind is None:
        raise ValueError(f"unknown transport {transport!r}; expected one of {', '.join(TRANSPORTS)}")
    # Both take the same pool size and timeouts, so either honours the settings PTB passes.
    return kind(
        connection_pool_size=connection_pool_size,
        read_timeout=read_timeout,
        write_timeout=write_timeout,
        connect_timeout=connect_timeout,
        pool_timeout=pool_timeout,
    )
