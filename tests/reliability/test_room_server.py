"""The participation server's security: secret, limits, fuzzing, headers and a quick stop.

Traffic goes to 127.0.0.1 only. Figures are in docs/reliability.md.
"""

from __future__ import annotations

import json
import logging
import random
import socket
import time

import pytest

from dialogtool.core.record import RoomActivityKind
from dialogtool.core.room import limits
from dialogtool.core.room.state import RoomState
from room.server_helpers import LOOPBACK, Phone, answers, serving

PATHS = [
    "/",
    "/index.html",
    "/room.js",
    "/room.css",
    "/join",
    "/answer",
    "/events",
    "/state",
    "/m/",
    "/m/x/",
    "/m/x/room.js",
    "/m/x/join",
    "/m/x/answer",
    "/m/x/events",
    "/m/x/state",
    "/favicon.ico",
    "/../../etc/passwd",
    "/ABCDEF",
    "/m//join",
    "/%2e%2e/",
]


def test_every_route_without_the_secret_is_403(caplog: pytest.LogCaptureFixture) -> None:
    state = RoomState()
    with serving(state, rate=None) as server:
        phone = Phone(server)
        other = "y" if state.secret.endswith("x") else "x"  # one secret in 64 ends in x
        wrong = f"/m/{state.secret[:-1]}{other}/"
        paths = [*PATHS, wrong, wrong + "room.js", wrong + "join", wrong + "state"]
        for path in paths:
            for method in ("GET", "POST", "PUT", "DELETE", "OPTIONS"):
                body = {"code": state.code} if method == "POST" else None
                status, _, headers = phone.request(method, path, body)
                assert status == 403, (method, path, status)
                assert headers["Content-Security-Policy"].startswith("default-src 'none'")
                assert "Access-Control-Allow-Origin" not in headers
        # Joined, but without the page's secret in the path: still nothing.
        phone.join()
        assert phone.request("GET", f"/state?t={phone.token}")[0] == 403
        # With the secret but not joined: only the page, its script and style, and joining.
        for path in ("state", "events", "answer"):
            assert Phone(server).request(
                "GET" if path != "answer" else "POST", phone.base + path, {}
            )[0] in (403, 415)
        for page in ("", "room.js", "room.css"):
            status, _, headers = Phone(server).request("GET", phone.base + page)
            assert status == 200 and headers["X-Content-Type-Options"] == "nosniff"
    assert LOOPBACK not in caplog.text, "no address is logged"


def test_the_short_address_sends_a_phone_to_the_page_with_the_code_after_the_hash() -> None:
    state = RoomState()
    with serving(state) as server:
        status, _, headers = Phone(server).request("GET", f"/{state.code}")
    assert status == 303
    assert headers["Location"] == f"/m/{state.secret}/#{state.code}"


def test_oversized_malformed_and_cross_origin_bodies_change_nothing() -> None:
    state = RoomState()
    with serving(state, rate=None) as server:
        phone = Phone(server)
        phone.join()
        state.start("a", RoomActivityKind.NOTICE)
        version = state.version
        too_big = json.dumps({"activity": "a", "text": "x" * limits.MAX_BODY_BYTES}).encode()
        cases: list[tuple[bytes, dict[str, str], int]] = [
            (too_big, {}, 413),
            (b"{not json", {}, 400),
            (b"\xff\xfe", {}, 400),
            (b"[1, 2]", {}, 400),
            (b"[" * 1000 + b"]" * 1000, {}, 400),
            (b'{"activity": "a", "text": "hej"}', {"Content-Type": "text/plain"}, 415),
            (b'{"activity": "a", "text": "hej"}', {"Origin": "http://evil.example"}, 403),
            (b'{"activity": "a", "text": "hej"}', {"Sec-Fetch-Site": "cross-site"}, 403),
            (b'{"activity": "a", "text": "hej"}', {"X-Phone": "guessed"}, 403),
            (b'{"activity": "a", "text": ""}', {}, 409),
        ]
        for body, headers, expected in cases:
            status, _, _ = phone.request("POST", phone.base + "answer", body, headers)
            assert status == expected, (body[:40], headers, status)
        assert state.version == version and answers(state) == []
        assert phone.answer({"activity": "a", "text": "hej"}) == 200, "the server still works"


def test_10000_fuzzed_requests_crash_nothing_and_change_no_state() -> None:
    rng = random.Random(21)
    state = RoomState()
    with serving(state, rate=None) as server:
        phone = Phone(server)
        phone.join()
        state.start("a", RoomActivityKind.RATING)
        version = state.version
        paths = ["answer", "join", "state", "events", "", "room.js", "x", "answer/../join"]
        junk = [None, True, -1, 1e400, "", "x" * 500, [], {}, {"a": [1] * 50}, "<script>", "6"]
        seen: dict[int, int] = {}
        started = time.perf_counter()
        for n in range(10_000):
            path = rng.choice(paths)
            payload = {
                rng.choice(
                    ["activity", "choice", "text", "number", "code", "__proto__"]
                ): rng.choice(junk)
                for _ in range(rng.randint(0, 4))
            }
            if rng.random() < 0.5:
                payload["activity"] = rng.choice(["a", "b", 1, None])
            body = (
                json.dumps(payload).encode()
                if rng.random() < 0.8
                else rng.randbytes(rng.randint(0, 300))
            )
            if path == "join" and payload.get("code") == state.code:
                continue
            method = rng.choice(["POST", "POST", "GET", "PATCH"])
            token = {
                "X-Phone": rng.choice(
                    [phone.token, phone.token, phone.token[:-1] + "x", "", "a" * 300]
                )
            }
            if path == "events":
                method = "POST"  # a stream would wait; GETs of the stream are tested elsewhere
            try:
                status, _, _ = phone.request(
                    method,
                    phone.base + path + ("?t=x" if n % 7 else ""),
                    body if method != "GET" else None,
                    token,
                )
            except (OSError, ValueError):
                status = -1
            seen[status] = seen.get(status, 0) + 1
        elapsed = time.perf_counter() - started
        assert answers(state) == [] and state.version == version and state.phones == 1
        assert phone.answer({"activity": "a", "choice": "4"}) == 200, "still serving"
    assert 500 not in seen, seen
    print(f"10000 fuzzed requests in {elapsed:.1f} s: {sorted(seen.items())}")


def test_requests_beyond_the_rate_are_refused_with_429() -> None:
    with serving() as server:
        phone = Phone(server)
        statuses = [phone.request("GET", "/")[0] for _ in range(limits.REQUEST_BURST + 10)]
    assert statuses.count(429) >= 9 and statuses[0] == 403


def test_the_port_is_closed_within_a_second_of_stopping_even_with_a_live_stream() -> None:
    state = RoomState()
    server_cm = serving(state)
    server = server_cm.__enter__()
    phone = Phone(server)
    phone.join()
    stream = socket.create_connection((LOOPBACK, server.port), timeout=5)
    stream.sendall(f"GET {phone.base}events?t={phone.token} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    assert b"text/event-stream" in stream.recv(4096)
    started = time.perf_counter()
    server.stop()
    stopped = time.perf_counter() - started
    server_cm.__exit__(None, None, None)
    with pytest.raises(OSError):
        socket.create_connection((LOOPBACK, server.port), timeout=1).close()
    stream.close()
    assert stopped < 1.0
    print(f"stopped in {stopped * 1000:.0f} ms")


def test_a_port_in_use_is_a_clear_error_not_a_crash() -> None:
    from dialogtool.room.server import RoomServer, ServerError

    taken = socket.socket()
    taken.bind((LOOPBACK, 0))
    taken.listen()
    try:
        with pytest.raises(ServerError):
            RoomServer(RoomState(), LOOPBACK, taken.getsockname()[1]).start()
    finally:
        taken.close()


def test_no_access_log_is_written(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with serving() as server:
        Phone(server).request("GET", "/")
    assert "aiohttp.access" not in {r.name for r in caplog.records}
