"""The BDL client against a real local HTTP server: paging, errors, 429, key header, pacing."""

from __future__ import annotations

import pytest

from layers.errors import BdlError
from layers.ingest.bdl_client import ANONYMOUS_LIMITS, BdlClient, Pacer, RateLimits, limits_for
from tests.support.bdl_server import Script, bdl_server

KRAKOW = ("011213061011", "Kraków", [(2025, 805000.0, 1)])


class FakeClock:
    """A clock that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def client_for(url: str, clock: FakeClock, client_id: str | None = None) -> BdlClient:
    return BdlClient(url, client_id, clock=clock, sleep=clock.sleep)


def pages_of(script: Script, clock: FakeClock, client_id: str | None = None) -> list:
    with bdl_server(script) as url:
        return list(client_for(url, clock, client_id).variable_pages(72305, "011200000000", 2025))


def test_follows_links_next_over_three_pages_with_the_documented_query():
    script = Script([[KRAKOW], [KRAKOW], [KRAKOW]])
    pages = pages_of(script, FakeClock())
    assert [(number, total) for number, total, _ in pages] == [(1, 3), (2, 3), (3, 3)]
    assert [len(script.units[i]) for i in range(3)] == [1, 1, 1]
    first = script.requests[0]
    assert first.path == "/api/v1/data/by-variable/72305"
    assert first.query == {
        "unit-level": ["6"],
        "year": ["2025"],
        "page-size": ["100"],
        "format": ["json"],
        "unit-parent-id": ["011200000000"],
    }
    assert [r.query.get("page") for r in script.requests] == [None, ["1"], ["2"]]


def test_pages_expected_come_from_total_records():
    script = Script([[KRAKOW] * 100, [KRAKOW] * 100, [KRAKOW] * 50])
    assert [total for _, total, _ in pages_of(script, FakeClock())] == [3, 3, 3]


def test_a_server_error_is_retried_with_exponential_back_off():
    clock = FakeClock()
    script = Script([[KRAKOW], [KRAKOW]], failures={1: [(500, {}), (503, {})]})
    pages = pages_of(script, clock)
    assert len(pages) == 2
    assert len(script.requests) == 4
    assert clock.sleeps[-2:] == [ANONYMOUS_LIMITS.backoff_s, 2 * ANONYMOUS_LIMITS.backoff_s]


def test_a_rate_limit_answer_waits_retry_after():
    clock = FakeClock()
    script = Script([[KRAKOW]], failures={0: [(429, {"Retry-After": "17"})]})
    assert len(pages_of(script, clock)) == 1
    assert 17.0 in clock.sleeps
    assert len(script.requests) == 2


def test_a_very_long_retry_after_is_capped_at_one_window():
    clock = FakeClock()
    script = Script([[KRAKOW]], failures={0: [(429, {"Retry-After": "86400"})]})
    assert len(pages_of(script, clock)) == 1
    assert max(clock.sleeps) == ANONYMOUS_LIMITS.max_wait_s


def test_a_persistent_client_error_fails_at_once_with_a_code():
    script = Script([[KRAKOW]], failures={0: [(404, {})] * 5})
    with pytest.raises(BdlError) as caught:
        pages_of(script, FakeClock())
    assert caught.value.code == "bdl_http"
    assert "404" in str(caught.value)
    assert len(script.requests) == 1


def test_too_many_server_errors_end_in_a_clear_error():
    script = Script([[KRAKOW]], failures={0: [(500, {})] * 10})
    with pytest.raises(BdlError) as caught:
        pages_of(script, FakeClock())
    assert caught.value.code == "bdl_http"
    assert len(script.requests) == ANONYMOUS_LIMITS.max_retries + 1


def test_too_many_rate_limit_answers_end_in_a_rate_limit_error():
    script = Script([[KRAKOW]], failures={0: [(429, {"Retry-After": "1"})] * 10})
    with pytest.raises(BdlError) as caught:
        pages_of(script, FakeClock())
    assert caught.value.code == "bdl_rate_limit"


def test_an_unreachable_server_is_a_network_error():
    clock = FakeClock()
    client = BdlClient("http://127.0.0.1:9/api/v1", clock=clock, sleep=clock.sleep)
    with pytest.raises(BdlError) as caught:
        client.get_json("http://127.0.0.1:9/api/v1/data/by-variable/1")
    assert caught.value.code == "bdl_network"


def test_the_key_is_sent_only_when_configured():
    anonymous, keyed = Script([[KRAKOW]]), Script([[KRAKOW]])
    pages_of(anonymous, FakeClock())
    pages_of(keyed, FakeClock(), client_id="secret-key")
    assert "X-ClientId" not in anonymous.requests[0].headers
    assert keyed.requests[0].headers["X-ClientId"] == "secret-key"
    assert limits_for("secret-key").windows[0] == (1.0, 10)
    assert limits_for(None) is ANONYMOUS_LIMITS


def max_in_window(times: list[float], seconds: float) -> int:
    return max(sum(1 for t in times if start <= t < start + seconds) for start in times)


def test_pacing_keeps_the_anonymous_limits_over_120_requests():
    clock = FakeClock()
    script = Script([[KRAKOW]] * 120)
    with bdl_server(script) as url:
        client = client_for(url, clock)
        pages = list(client.variable_pages(72305, None, 2025))
        sent = list(client.pacer.sent)
    assert len(pages) == len(script.requests) == len(sent) == 120
    assert max_in_window(sent, 1.0) == 5
    assert max_in_window(sent, 900.0) == 100
    assert sent[-1] - sent[0] >= 900.0  # the 101st request waited for the 15-minute window


def test_pacer_alone_spaces_bursts():
    clock = FakeClock()
    pacer = Pacer(RateLimits(windows=((1.0, 2),)).windows, clock, clock.sleep)
    times = []
    for _ in range(5):
        pacer.wait()
        times.append(pacer.sent[-1])
    assert times == [1000.0, 1000.0, 1001.0, 1001.0, 1002.0]
    assert list(pacer.sent) == [1002.0]  # older requests left every window


def test_a_loop_of_next_links_is_bounded(monkeypatch):
    monkeypatch.setattr("layers.ingest.bdl_client.MAX_PAGES", 3)
    script = Script([[KRAKOW]] * 5)
    with pytest.raises(BdlError) as caught:
        pages_of(script, FakeClock())
    assert caught.value.code == "bdl_response"
