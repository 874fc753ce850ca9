"""The participation server: aiohttp on its own thread and event loop, bound to one interface.

Why aiohttp: a mature asyncio HTTP server (since 2013, aio-libs, releases every few
weeks) with request-size limits, graceful shutdown with a timeout, streaming
responses for server-sent events and no C toolchain needed (wheels for every
platform we ship on); Starlette would need uvicorn beside it, two libraries for one
job. We never parse HTTP ourselves.

Everything a phone can reach lives under ``/m/<secret>/``: the page, its script and
style, ``join``, ``events`` (server-sent events), ``state`` and ``answer``. The short
address ``/<CODE>`` sends a phone on to the page. Every other path answers 403. No
access log is written (it would hold IP addresses); the rate limiter keys clients by
a keyed hash of their address, kept in memory only.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import secrets
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from dialogtool.core.i18n import Lang
from dialogtool.core.resources import resource_dir
from dialogtool.core.room import limits
from dialogtool.core.room.state import Answer, Refusal, RoomState
from dialogtool.core.room.views import phone_view

#: Strict: only this origin's own script, style and connections; no frames, no forms.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
PAGES = {
    "": ("index.html", "text/html"),
    "room.js": ("room.js", "text/javascript"),
    "room.css": ("room.css", "text/css"),
}
#: A live stream sends a comment this often, so proxies and phones keep it open.
HEARTBEAT_S = 15.0
#: Live updates after a burst of answers are sent at most this often.
COALESCE_S = 0.05
#: Buckets kept before the oldest are forgotten (a bound on memory, not on clients).
MAX_BUCKETS = 4096


class ServerError(OSError):
    """The server could not start (the port was refused, the interface is gone)."""


class RoomServer:
    """One meeting's server. ``on_answer`` is called on the server's thread after each answer."""

    def __init__(
        self,
        state: RoomState,
        host: str,
        port: int = 0,
        *,
        on_answer: Callable[[Answer], None] | None = None,
        rate: float | None = limits.REQUESTS_PER_SECOND,
    ) -> None:
        self.state = state
        self.host = host
        self.port = port
        self.on_answer = on_answer
        self.rate = rate
        self._pages = {
            name: (resource_dir("room").joinpath(file).read_bytes(), kind)
            for name, (file, kind) in PAGES.items()
        }
        self._key = secrets.token_bytes(16)
        self._buckets: dict[bytes, limits.TokenBucket] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._changed: asyncio.Event | None = None
        self._wake_pending = False
        self._closing = False
        self._ready = threading.Event()
        self._error: BaseException | None = None

    # -- addresses ---------------------------------------------------------------------
    @property
    def base(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def page_url(self) -> str:
        return f"{self.base}/m/{self.state.secret}/"

    @property
    def join_url(self) -> str:
        """What the QR code carries: the page, with the code after '#' (never sent to a server)."""
        return f"{self.page_url}#{self.state.code}"

    @property
    def short_url(self) -> str:
        """What a person can type: the address with the join code."""
        return f"{self.base}/{self.state.code}"

    # -- life -----------------------------------------------------------------------------
    def start(self, timeout: float = 5.0) -> None:
        """Bind and serve; raises :class:`ServerError` when it cannot."""
        self._thread = threading.Thread(target=self._run, name="room-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            self.stop()
            raise ServerError("the server did not start in time")
        if self._error is not None:
            self._thread.join(timeout)
            raise ServerError(str(self._error)) from self._error

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self._closing

    def stop(self, timeout: float = 1.0) -> None:
        """Close the port and every stream; returns within ``timeout`` seconds."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None or not thread.is_alive():
            return
        self._closing = True
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
        thread.join(timeout)

    def notify(self) -> None:
        """The leader changed something the phones see: wake the live streams."""
        loop = self._loop
        if loop is not None and not self._closing:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._wake)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        except BaseException as exc:  # bind refused, interface gone ...
            self._error = exc
            self._ready.set()
        else:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _serve(self) -> None:
        self._changed = asyncio.Event()
        app = web.Application(client_max_size=limits.MAX_BODY_BYTES, middlewares=[self._guard])
        app.on_response_prepare.append(_secure)
        base = f"/m/{self.state.secret}/"
        for name in PAGES:
            app.router.add_get(base + name, self._page, allow_head=False)
        app.router.add_post(base + "join", self._join)
        app.router.add_get(base + "events", self._events, allow_head=False)
        app.router.add_get(base + "state", self._state, allow_head=False)
        app.router.add_post(base + "answer", self._answer)
        app.router.add_get(f"/{self.state.code}", self._short, allow_head=False)
        app.router.add_route("*", "/{tail:.*}", _forbidden)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.2, handle_signals=False)
        await runner.setup()
        self._runner = runner
        site = web.TCPSite(runner, self.host, self.port, backlog=256)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        if sockets:
            self.port = int(sockets[0].getsockname()[1])
        self._ready.set()

    async def _shutdown(self) -> None:
        self._wake()
        if self._runner is not None:
            await self._runner.cleanup()
        asyncio.get_running_loop().stop()

    def _wake(self) -> None:
        """Wake the streams, at most once per ``COALESCE_S`` (a burst is one update)."""
        if self._wake_pending or self._changed is None:
            return
        self._wake_pending = True

        def fire() -> None:
            self._wake_pending = False
            changed, self._changed = self._changed, asyncio.Event()
            if changed is not None:
                changed.set()

        assert self._loop is not None
        self._loop.call_later(0 if self._closing else COALESCE_S, fire)

    # -- guard ----------------------------------------------------------------------------
    @web.middleware
    async def _guard(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        if self.rate is not None and not self._allow(request):
            return _plain(429, "too many requests")
        if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
            return _plain(403, "forbidden")
        origin = request.headers.get("Origin")
        if origin is not None and origin != f"http://{request.host}":
            return _plain(403, "forbidden")
        try:
            return await handler(request)
        except web.HTTPException as exc:
            return _plain(exc.status, exc.reason)

    def _allow(self, request: web.Request) -> bool:
        """A joined phone is limited by its token, anyone else by (a hash of) its address."""
        token = request.headers.get("X-Phone") or request.query.get("t", "")
        client = token if self.state.knows(token) else "@" + (request.remote or "")
        key = hmac.new(self._key, client.encode(), hashlib.sha256).digest()
        now = time.monotonic()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= MAX_BUCKETS:
                self._buckets.clear()
            bucket = self._buckets[key] = limits.TokenBucket(now, self.rate or 1.0)
        return bucket.allow(now)

    # -- routes ---------------------------------------------------------------------------
    async def _page(self, request: web.Request) -> web.Response:
        body, kind = self._pages[request.path.rsplit("/", 1)[1]]
        return web.Response(body=body, content_type=kind, charset="utf-8")

    async def _short(self, _request: web.Request) -> web.Response:
        location = self.page_url.removeprefix(self.base) + "#" + self.state.code
        return web.Response(status=303, headers={"Location": location})

    async def _join(self, request: web.Request) -> web.Response:
        payload = await _json(request)
        token = self.state.join(payload.get("code"))
        if isinstance(token, Refusal):
            status = 403 if token == Refusal.WRONG_CODE else 503
            return web.json_response({"error": token.value}, status=status)
        return web.json_response({"token": token})

    def _token(self, request: web.Request) -> str:
        token = request.headers.get("X-Phone") or request.query.get("t", "")
        if not self.state.knows(token):
            raise web.HTTPForbidden()
        return token

    async def _state(self, request: web.Request) -> web.Response:
        token = self._token(request)
        return web.json_response(phone_view(self.state, token, _lang(request)))

    async def _answer(self, request: web.Request) -> web.Response:
        token = self._token(request)
        payload = await _json(request)
        result = self.state.submit(token, payload)
        if not isinstance(result, Answer):
            return web.json_response({"error": result.value}, status=409)
        if self.on_answer is not None:
            self.on_answer(result)
        self._wake()
        return web.json_response({"ok": True, "given": self.state.given(token)})

    async def _events(self, request: web.Request) -> web.StreamResponse:
        token = self._token(request)
        lang = _lang(request)
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", "X-Accel-Buffering": "no"}
        )
        await response.prepare(request)
        await response.write(b"retry: 2000\n\n")
        seen = -1
        while not self._closing:
            changed = self._changed
            if self.state.version != seen:
                view = phone_view(self.state, token, lang)
                seen = view["v"]
                await response.write(f"data: {json.dumps(view)}\n\n".encode())
            if changed is None:
                break
            try:
                await asyncio.wait_for(changed.wait(), HEARTBEAT_S)
            except TimeoutError:
                await response.write(b": ping\n\n")
        return response


async def _secure(_request: web.Request, response: web.StreamResponse) -> None:
    response.headers.update(SECURITY_HEADERS)


async def _forbidden(_request: web.Request) -> web.Response:
    return _plain(403, "forbidden")


def _plain(status: int, text: str) -> web.Response:
    return web.Response(status=status, text=text, content_type="text/plain")


def _lang(request: web.Request) -> Lang:
    return "en" if request.query.get("lang") == "en" else "da"


async def _json(request: web.Request) -> dict[str, Any]:
    """The body as a JSON object, or 400/413/415 (the body is bounded by ``client_max_size``)."""
    if request.content_type != "application/json":
        raise web.HTTPUnsupportedMediaType()
    body = await request.read()
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise web.HTTPBadRequest() from exc
    if not isinstance(payload, dict):
        raise web.HTTPBadRequest()
    return payload
