"""HTTP access to the GUS BDL API: pacing within the published limits, retries, paging.

The BDL API (https://bdl.stat.gov.pl/api/v1, described in GUS's "Opis metod API BDL")
limits anonymous clients to 5 requests a second, 100 per 15 minutes, 1,000 per
12 hours and 10,000 per 7 days; a client that sends a registered key in the
``X-ClientId`` header gets 10 a second, 500 per 15 minutes, 5,000 per 12 hours and
50,000 per 7 days. A request over a limit is answered with status 429.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import requests

from layers.errors import BdlError

DEFAULT_API_URL = "https://bdl.stat.gov.pl/api/v1"
PAGE_SIZE = 100
"""The largest page the API serves."""
MAX_PAGES = 1000
"""A bound on ``links.next`` chains, so a server that loops cannot keep a job alive."""


@dataclass(frozen=True)
class RateLimits:
    """Request budget and retry policy of one client.

    ``windows`` are ``(seconds, requests)`` pairs: at most ``requests`` in any
    ``seconds``-long window. A 5xx answer or a network error is retried after
    ``backoff_s * 2**attempt`` seconds, a 429 after its ``Retry-After`` (or the same
    back-off), at most ``max_retries`` times.
    """

    windows: tuple[tuple[float, int], ...]
    max_retries: int = 4
    backoff_s: float = 1.0
    timeout_s: float = 30.0
    max_wait_s: float = 900.0
    """The longest ``Retry-After`` obeyed (one 15-minute window)."""


ANONYMOUS_LIMITS = RateLimits(
    windows=((1.0, 5), (15 * 60.0, 100), (12 * 3600.0, 1000), (7 * 86400.0, 10000))
)
REGISTERED_LIMITS = RateLimits(
    windows=((1.0, 10), (15 * 60.0, 500), (12 * 3600.0, 5000), (7 * 86400.0, 50000))
)


def limits_for(client_id: str | None) -> RateLimits:
    """Return the limits of a client: registered with a key, anonymous without."""
    return REGISTERED_LIMITS if client_id else ANONYMOUS_LIMITS


@dataclass
class Pacer:
    """Sliding-window limiter: :meth:`wait` sleeps until one more request fits every window.

    ``clock`` (seconds, monotonic) and ``sleep`` are injectable so tests run instantly.
    """

    windows: tuple[tuple[float, int], ...]
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    sent: deque = field(default_factory=deque)

    def delay(self) -> float:
        """Return the seconds to wait before the next request fits every window."""
        now = self.clock()
        waits = [0.0]
        for seconds, limit in self.windows:
            inside = [moment for moment in self.sent if moment > now - seconds]
            if len(inside) >= limit:
                waits.append(inside[-limit] + seconds - now)
        return max(waits)

    def wait(self) -> None:
        """Sleep until a request is allowed, then count it as sent."""
        pause = self.delay()
        if pause > 0:
            self.sleep(pause)
        self.sent.append(self.clock())
        longest = max(seconds for seconds, _ in self.windows)
        while self.sent and self.sent[0] <= self.sent[-1] - longest:
            self.sent.popleft()


@dataclass
class BdlClient:
    """A BDL API client: one paced, retried GET at a time.

    Parameters
    ----------
    base_url
        API root, default :data:`DEFAULT_API_URL`.
    client_id
        Registered key sent as ``X-ClientId``; ``None`` for anonymous use.
    limits
        Budget and retry policy (default: by ``client_id``, :func:`limits_for`).
    """

    base_url: str = DEFAULT_API_URL
    client_id: str | None = None
    limits: RateLimits | None = None
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    session: requests.Session = field(default_factory=requests.Session)

    def __post_init__(self) -> None:
        self.policy: RateLimits = self.limits or limits_for(self.client_id)
        """The limits in force: ``limits``, else those of ``client_id``."""
        self.pacer = Pacer(self.policy.windows, self.clock, self.sleep)

    def headers(self) -> dict[str, str]:
        """Return the request headers (the key only when one is configured)."""
        headers = {"Accept": "application/json"}
        if self.client_id:
            headers["X-ClientId"] = self.client_id
        return headers

    def get_json(self, url: str, params: dict | None = None) -> dict:
        """Return the JSON answer of one GET, paced and retried.

        Raises
        ------
        BdlError
            ``bdl_rate_limit`` after too many 429 answers, ``bdl_http`` on a 4xx answer
            or too many 5xx answers, ``bdl_network`` after too many connection errors,
            ``bdl_response`` when the answer is not JSON.
        """
        for attempt in range(self.policy.max_retries + 1):
            self.pacer.wait()
            try:
                response = self.session.get(
                    url, params=params, headers=self.headers(), timeout=self.policy.timeout_s
                )
            except requests.RequestException as error:
                failure = BdlError(f"BDL unreachable: {error}", "bdl_network")
                self._back_off(attempt, failure, None)
                continue
            if response.status_code == requests.codes.ok:
                return _json(response)
            self._back_off(attempt, _status_error(response), response)
        raise AssertionError("unreachable")  # pragma: no cover

    def _back_off(
        self, attempt: int, failure: BdlError, response: requests.Response | None
    ) -> None:
        retryable = response is None or response.status_code == 429 or response.status_code >= 500
        if not retryable or attempt >= self.policy.max_retries:
            raise failure
        pause = self.policy.backoff_s * 2**attempt
        if response is not None and response.status_code == 429:
            pause = min(_retry_after(response, pause), self.policy.max_wait_s)
        self.sleep(pause)

    def variable_pages(
        self, variable: int, parent: str | None, year: int
    ) -> Iterator[tuple[int, int, dict]]:
        """Yield ``(page number from 1, pages expected, answer)`` of one variable and year.

        Pages expected come from ``totalRecords`` over the first page's length (the
        server may serve fewer than the 100 asked for).

        Asks ``data/by-variable/{variable}?unit-level=6&unit-parent-id=…&year=…`` and
        follows ``links.next`` until it is absent.

        Raises
        ------
        BdlError
            As :meth:`get_json`; ``bdl_response`` when the chain of pages does not end.
        """
        query: dict[str, object] = {
            "unit-level": 6,
            "year": year,
            "page-size": PAGE_SIZE,
            "format": "json",
        }
        if parent:
            query["unit-parent-id"] = parent
        params: dict[str, object] | None = query
        url = f"{self.base_url.rstrip('/')}/data/by-variable/{variable}"
        page_size = PAGE_SIZE
        for number in range(1, MAX_PAGES + 1):
            answer = self.get_json(url, params)
            if number == 1 and (answer.get("links") or {}).get("next"):
                page_size = len(answer.get("results") or []) or PAGE_SIZE
            total = answer.get("totalRecords") or 0
            yield number, max(number, math.ceil(total / page_size)), answer
            following = (answer.get("links") or {}).get("next")
            if not following:
                return
            url, params = following, None
        raise BdlError(f"more than {MAX_PAGES} pages for variable {variable}", "bdl_response")


def _json(response: requests.Response) -> dict:
    try:
        answer = response.json()
    except ValueError as error:
        raise BdlError(f"BDL answered with no JSON: {error}", "bdl_response") from error
    if not isinstance(answer, dict):
        raise BdlError("BDL answered with JSON that is not an object", "bdl_response")
    return answer


def _status_error(response: requests.Response) -> BdlError:
    code = "bdl_rate_limit" if response.status_code == 429 else "bdl_http"
    return BdlError(f"BDL answered {response.status_code} for {response.url}", code)


def _retry_after(response: requests.Response, default: float) -> float:
    """Return the seconds of a ``Retry-After`` header (a number), else ``default``."""
    try:
        return max(0.0, float(response.headers.get("Retry-After", default)))
    except ValueError:
        return default
