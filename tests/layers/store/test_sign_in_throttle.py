"""Failed sign-ins counted in the database: free tries, then waits doubling up to 15 minutes."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from layers.store.database import open_database
from layers.store.sign_in_throttle import (
    EXPIRY_S,
    MAX_DELAY_S,
    ThrottleKey,
    attempt_keys,
    claimed_attempt,
    delay_s,
    forgiven_attempt,
)
from tests.support.database_rows import fetched

NOW = 1_800_000_000.0
ADDRESS = "203.0.113.7"


@pytest.mark.parametrize(
    ("failures", "free", "wait"),
    [(0, 5, 0.0), (4, 5, 0.0), (5, 5, 1.0), (6, 5, 2.0), (9, 5, 16.0), (40, 5, MAX_DELAY_S)],
)
def test_the_wait_doubles_after_the_free_failures_up_to_its_limit(failures, free, wait):
    assert delay_s(failures, free) == wait


def test_an_attempt_counts_for_the_user_at_an_address_and_for_the_address():
    pair, address = attempt_keys("anna", ADDRESS)

    assert pair == ThrottleKey(f"user:anna|{ADDRESS}", 5)
    assert address == ThrottleKey(f"address:{ADDRESS}", 20)


def test_five_failures_are_free_then_the_pair_waits(database_url):
    engine = open_database(database_url)
    keys = attempt_keys("anna", ADDRESS)

    assert [claimed_attempt(engine, keys, NOW) for _ in range(5)] == [0.0] * 5
    assert claimed_attempt(engine, keys, NOW) == 1.0  # refused, not counted
    assert claimed_attempt(engine, keys, NOW + 1) == 0.0  # the sixth failure: 2 s next
    assert claimed_attempt(engine, keys, NOW + 2) == pytest.approx(1.0)
    other_user = attempt_keys("jan", ADDRESS)
    assert claimed_attempt(engine, other_user, NOW + 2) == 0.0  # the address has 20 free


def test_a_success_forgives_the_pair_and_one_failure_of_the_address(database_url):
    engine = open_database(database_url)
    keys = attempt_keys("anna", ADDRESS)
    for _ in range(6):
        claimed_attempt(engine, keys, NOW)

    forgiven_attempt(engine, keys)

    assert claimed_attempt(engine, keys, NOW) == 0.0
    stored = dict(fetched(engine, "SELECT key, failures FROM sign_in_throttle"))
    assert stored == {keys[0].key: 1, keys[1].key: 5}  # 5 counted, 1 forgiven, 1 new


def test_keys_unused_for_an_hour_are_forgotten(database_url):
    engine = open_database(database_url)
    keys = attempt_keys("anna", ADDRESS)
    for _ in range(6):
        claimed_attempt(engine, keys, NOW)

    later = NOW + EXPIRY_S + 1
    assert claimed_attempt(engine, attempt_keys("jan", "198.51.100.1"), later) == 0.0

    assert {key for (key,) in fetched(engine, "SELECT key FROM sign_in_throttle")} == {
        "user:jan|198.51.100.1",
        "address:198.51.100.1",
    }


def test_simultaneous_guesses_are_all_counted(database_url):
    engine = open_database(database_url)
    keys = attempt_keys("anna", ADDRESS)

    with ThreadPoolExecutor(4) as pool:
        waits = list(pool.map(lambda _: claimed_attempt(engine, keys, NOW), range(12)))

    assert waits.count(0.0) == 5  # the free failures, and not one more slipped past
    stored = dict(fetched(engine, "SELECT key, failures FROM sign_in_throttle"))
    assert stored[keys[0].key] == 5
