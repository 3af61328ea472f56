"""The Flask-Caching object: created unbound here, bound by ``create_app``.

Memoized results are kept apart for visitors and signed-in officials, so a result built
with internal data is never served to someone who may not see it.

With ``CACHE_REDIS_URL`` the backend is Redis (shared by every worker process and
machine), through :class:`FaultTolerantRedisCache`: while Redis does not answer, every
cache operation answers "not cached" at once, so pages and callbacks are computed without
the cache; one warning is logged per outage and caching resumes when Redis is back.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

import flask
import redis
from flask_caching import Cache
from flask_caching.backends import RedisCache
from redis.backoff import NoBackoff
from redis.retry import Retry

from server.access import signed_in_user

LOG = logging.getLogger(__name__)
KEY_PREFIX = "geoportal:cache:"
"""Prefix of every cache key in Redis: ``clear()`` deletes only these, never the database."""
RETRY_AFTER_S = 2.0
"""After a failure, Redis is left alone for this long (operations answer "not cached")."""
CONNECT_TIMEOUT_S = 1.0
SOCKET_TIMEOUT_S = 5.0


def audience_name(name: str) -> str:
    """Return a memoized function's cache name for the current audience."""
    return f"{name}:{'internal' if signed_in_user() else 'public'}"


class AudienceCache(Cache):
    """A cache whose memoized entries are keyed by audience as well as by arguments."""

    def memoize(self, *args: Any, **kwargs: Any) -> Callable:
        """Memoize as Flask-Caching does, with the audience in the key."""
        kwargs.setdefault("make_name", audience_name)
        return super().memoize(*args, **kwargs)


class FaultTolerantRedisCache(RedisCache):
    """Flask-Caching's Redis backend that degrades to "nothing cached" while Redis is down.

    Flask-Caching's ``memoize`` already falls back to computing when the backend raises,
    but it logs a traceback per call (and re-raises in debug mode), and ``cache.clear()``
    or ``cache.get()`` raise. Here every operation catches Redis' connection errors: the
    first one logs a warning, then Redis is not asked again for :data:`RETRY_AFTER_S`
    seconds (so an outage costs no time per request); the first success logs that the
    cache is back.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lock = threading.Lock()
        self._down = False
        self._retry_at = 0.0

    @classmethod
    def factory(
        cls, app: flask.Flask, config: dict[str, Any], args: list[Any], kwargs: dict[str, Any]
    ) -> FaultTolerantRedisCache:
        """Build the backend from ``CACHE_REDIS_URL``: short timeouts, one quick retry."""
        client = redis.Redis.from_url(
            config["CACHE_REDIS_URL"],
            socket_connect_timeout=CONNECT_TIMEOUT_S,
            socket_timeout=SOCKET_TIMEOUT_S,
            retry=Retry(NoBackoff(), 1),
        )
        return cls(*args, host=client, key_prefix=config["CACHE_KEY_PREFIX"], **kwargs)

    @property
    def down(self) -> bool:
        """Whether the last operation found Redis unreachable."""
        return self._down

    def _guarded(self, operation: Callable, default: Any, *args: Any, **kwargs: Any) -> Any:
        if self._down and time.monotonic() < self._retry_at:
            return default
        try:
            result = operation(*args, **kwargs)
        except (redis.ConnectionError, redis.TimeoutError, OSError) as error:
            with self._lock:
                if not self._down:
                    LOG.warning("cache unreachable, serving without it: %s", error)
                self._down = True
                self._retry_at = time.monotonic() + RETRY_AFTER_S
            return default
        if self._down:
            with self._lock:
                if self._down:
                    LOG.warning("cache reachable again, caching resumes")
                self._down = False
        return result

    def get(self, key: str) -> Any:
        """Return a cached value, None when absent or Redis is down."""
        return self._guarded(super().get, None, key)

    def get_many(self, *keys: str) -> list[Any]:
        """Return cached values (None for each when Redis is down)."""
        return self._guarded(super().get_many, [None] * len(keys), *keys)

    def set(self, key: str, value: Any, timeout: int | timedelta | None = None) -> Any:
        """Store a value; False when Redis is down."""
        return self._guarded(super().set, False, key, value, timeout)

    def add(self, key: str, value: Any, timeout: int | timedelta | None = None) -> Any:
        """Store a value unless the key exists; False when Redis is down."""
        return self._guarded(super().add, False, key, value, timeout)

    def set_many(
        self, mapping: dict[str, Any], timeout: int | timedelta | None = None
    ) -> list[Any]:
        """Store values; the keys stored (none when Redis is down)."""
        return self._guarded(super().set_many, [], mapping, timeout)

    def delete(self, key: str) -> bool:
        """Delete a key; False when Redis is down."""
        return self._guarded(super().delete, False, key)

    def delete_many(self, *keys: str) -> list[Any]:
        """Delete keys; the keys deleted (none when Redis is down)."""
        return self._guarded(super().delete_many, [], *keys)

    def has(self, key: str) -> bool:
        """Whether a key is cached; False when Redis is down."""
        return self._guarded(super().has, False, key)

    def clear(self) -> bool:
        """Delete every key of the app; False when Redis is down.

        What an outage kept from being cleared may be served once Redis is back, for
        at most ``CACHE_DEFAULT_TIMEOUT`` seconds.
        """
        return self._guarded(super().clear, False)

    def inc(self, key: str, delta: int = 1) -> Any:
        """Increment a counter; None when Redis is down."""
        return self._guarded(super().inc, None, key, delta)

    def dec(self, key: str, delta: int = 1) -> Any:
        """Decrement a counter; None when Redis is down."""
        return self._guarded(super().dec, None, key, delta)

    def unlink(self, *keys: str) -> Any:
        """Delete keys without blocking Redis; None when Redis is down."""
        return self._guarded(super().unlink, None, *keys)


def cache_config(options: Mapping[str, Any]) -> dict[str, Any]:
    """Return the Flask-Caching configuration of the app's settings.

    ``CACHE_REDIS_URL`` set: Redis at that URL (:class:`FaultTolerantRedisCache`);
    otherwise the in-process backend named by ``CACHE_TYPE``.
    """
    config = {
        "CACHE_TYPE": options["CACHE_TYPE"],
        "CACHE_DEFAULT_TIMEOUT": options["CACHE_DEFAULT_TIMEOUT"],
    }
    if options["CACHE_REDIS_URL"]:
        config.update(
            CACHE_TYPE=f"{__name__}.{FaultTolerantRedisCache.__name__}",
            CACHE_REDIS_URL=options["CACHE_REDIS_URL"],
            CACHE_KEY_PREFIX=KEY_PREFIX,
        )
    return config


cache = AudienceCache()


def init_app(server: flask.Flask) -> None:
    """Bind :data:`cache` to ``server`` with the backend its settings name."""
    cache.init_app(server, config=cache_config(server.config))
