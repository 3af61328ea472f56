"""The cache: in-process or on a real Redis server shared by workers; Redis stopped mid-run."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import pytest
from dash import Dash

from server import cache as cache_module
from server.cache import KEY_PREFIX, cache
from tests.support.apps import app_with
from tests.support.paint import fetched_paint
from tests.support.redis_server import RedisServer, redis_server

COMPUTED: list[int] = []
"""Arguments :func:`counted_square` was computed for (not served from the cache)."""


@cache.memoize()
def counted_square(number: int) -> int:
    """A memoized computation that records each time it really runs."""
    COMPUTED.append(number)
    return number * number


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    """A Redis server of the test's own."""
    with redis_server() as server:
        yield server


@pytest.fixture(params=["embedded", "redis"])
def cache_settings(request: pytest.FixtureRequest) -> dict:
    """The embedded default cache, then a real Redis server."""
    if request.param == "embedded":
        return {}
    return {"CACHE_REDIS_URL": request.getfixturevalue("redis").url}


def test_a_memoized_computation_runs_once(cache_settings, store_dir, tmp_path):
    COMPUTED.clear()
    app = app_with(store_dir, tmp_path, **cache_settings)
    with app.server.app_context():
        assert counted_square(7) == 49
        assert counted_square(7) == 49
        assert counted_square(8) == 64
    assert COMPUTED == [7, 8]


def test_two_workers_share_one_redis(redis, store_dir, tmp_path):
    COMPUTED.clear()
    first = app_with(store_dir, tmp_path / "a", CACHE_REDIS_URL=redis.url)
    second = app_with(store_dir, tmp_path / "b", CACHE_REDIS_URL=redis.url)
    with first.server.app_context():
        assert counted_square(12) == 144
    with second.server.app_context():
        assert counted_square(12) == 144  # served from Redis, computed by the first
    assert COMPUTED == [12]
    client = redis.client()
    try:
        assert client.keys(f"{KEY_PREFIX}*")
    finally:
        client.close()


def map_response(app: Dash, year: int) -> dict:
    """Return the explorer map's colours and panels of ``year``, as the map fetches them."""
    return fetched_paint(app, "smk", year=year)


def redis_keys(redis: RedisServer) -> int:
    client = redis.client()
    try:
        return len(client.keys(f"{KEY_PREFIX}*"))
    finally:
        client.close()


def healthz(app: Dash) -> tuple[int, dict]:
    response = app.server.test_client().get("/healthz")
    return response.status_code, response.get_json()


def test_redis_stopped_mid_run_then_back(redis, store_dir, tmp_path, caplog):
    uncached = app_with(store_dir, tmp_path / "null", CACHE_TYPE="NullCache")
    app = app_with(store_dir, tmp_path / "redis", CACHE_REDIS_URL=redis.url)
    assert map_response(app, 2024) == map_response(uncached, 2024)
    assert redis_keys(redis) > 0
    assert healthz(app)[0] == 200

    redis.kill()
    with caplog.at_level(logging.WARNING, logger=cache_module.__name__):
        for year in (2023, 2022, 2021):
            assert map_response(app, year) == map_response(uncached, year)
        client = app.server.test_client()
        assert client.get("/").status_code == 200
        assert client.get("/_dash-layout").status_code == 200
        status, body = healthz(app)
    assert (status, body["cache"], body["status"]) == (503, "down", "degraded")
    warned = [r for r in caplog.records if r.name == cache_module.__name__]
    assert len(warned) == 1 and "cache unreachable" in warned[0].getMessage()

    redis.start()  # same port, empty (no persistence)
    deadline = time.monotonic() + cache_module.RETRY_AFTER_S + 5
    while healthz(app)[0] != 200 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert healthz(app) == (
        200,
        {"status": "ok", "store": "up", "cache": "up", "database": "up", "disk": "up"},
    )
    assert map_response(app, 2020) == map_response(uncached, 2020)
    assert redis_keys(redis) > 0  # caching resumed
    assert "caching resumes" in caplog.text
