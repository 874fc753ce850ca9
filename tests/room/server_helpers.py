"""A participation server on loopback and a small HTTP client for the tests (stdlib only)."""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from dialogtool.core.room.state import Answer, RoomState
from dialogtool.room.server import RoomServer

LOOPBACK = "127.0.0.1"


@contextmanager
def serving(state: RoomState | None = None, **kwargs: Any) -> Iterator[RoomServer]:
    server = RoomServer(state or RoomState(), LOOPBACK, **kwargs)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        while OPEN:
            OPEN.pop().close()


#: Every phone's connection, closed when its server stops.
OPEN: list[http.client.HTTPConnection] = []


class Phone:
    """One simulated phone: a keep-alive connection and, once joined, its token."""

    def __init__(self, server: RoomServer) -> None:
        self.server = server
        self.connection = self._connect()
        self.token = ""

    def _connect(self) -> http.client.HTTPConnection:
        connection = http.client.HTTPConnection(LOOPBACK, self.server.port, timeout=10)
        OPEN.append(connection)
        return connection

    def request(
        self, method: str, path: str, body: object = None, headers: dict[str, str] | None = None
    ) -> tuple[int, bytes, dict[str, str]]:
        data = body if isinstance(body, bytes | None) else json.dumps(body).encode()
        sent = {"Content-Type": "application/json"} if data is not None else {}
        if self.token:
            sent["X-Phone"] = self.token
        sent.update(headers or {})
        try:
            self.connection.request(method, path, body=data, headers=sent)
            response = self.connection.getresponse()
            return response.status, response.read(), dict(response.getheaders())
        except Exception:
            self.connection.close()  # the server closed a bad connection: open a new one
            self.connection = self._connect()
            raise

    @property
    def base(self) -> str:
        return f"/m/{self.server.state.secret}/"

    def join(self) -> str:
        status, body, _ = self.request("POST", self.base + "join", {"code": self.server.state.code})
        assert status == 200, body
        self.token = json.loads(body)["token"]
        return self.token

    def answer(self, payload: dict[str, object]) -> int:
        return self.request("POST", self.base + "answer", payload)[0]

    def close(self) -> None:
        self.connection.close()


def answers(state: RoomState) -> list[Answer]:
    return [] if state.activity is None else list(state.activity.answers)
