"""Results of background jobs kept by a random id: applied once, whoever asks and however often."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from layers.errors import BdlError
from layers.store.audit import changes
from layers.store.database import open_database
from layers.store.job_results import JOB_ID, applied_job_result, saved_job_result

RESULT = {"summary": [{"variable": "population", "year": 2025, "added": 14}], "retrieved": "x"}


def test_a_result_is_kept_under_a_new_random_id(database_url):
    engine = open_database(database_url)

    first = saved_job_result(engine, "bdl_refresh", RESULT)
    second = saved_job_result(engine, "bdl_refresh", RESULT)

    assert JOB_ID.fullmatch(first) and JOB_ID.fullmatch(second) and first != second


def test_the_first_to_apply_a_result_is_recorded_and_later_ones_only_read_it(database_url):
    engine = open_database(database_url)
    job = saved_job_result(engine, "bdl_refresh", RESULT)

    assert applied_job_result(engine, job, "bdl_refresh", "admin") == (RESULT, True)
    assert applied_job_result(engine, job, "bdl_refresh", "other") == (RESULT, False)
    (reload,) = changes(engine)
    assert (reload.who, reload.action, reload.kind, reload.after) == (
        "admin",
        "reload",
        "dataset",
        job,
    )
    assert reload.detail == "bdl_refresh"


def test_simultaneous_calls_apply_a_result_once(database_url):
    engine = open_database(database_url)
    job = saved_job_result(engine, "bdl_refresh", RESULT)

    def apply(number: int) -> bool:
        return applied_job_result(engine, job, "bdl_refresh", f"admin{number}")[1]

    with ThreadPoolExecutor(4) as pool:
        firsts = list(pool.map(apply, range(8)))

    assert firsts.count(True) == 1
    assert len(changes(engine)) == 1


@pytest.mark.parametrize(
    "identifier",
    [
        "0" * 32,  # no such result
        None,
        ["x"],
        "'; DROP TABLE job_results; --",
        "A" * 32,  # not lower-case hex
    ],
)
def test_what_names_no_result_is_refused(database_url, identifier):
    engine = open_database(database_url)
    saved_job_result(engine, "bdl_refresh", RESULT)

    with pytest.raises(BdlError) as refused:
        applied_job_result(engine, identifier, "bdl_refresh", "admin")

    assert refused.value.code == "job_unknown"
    assert changes(engine) == []


def test_a_result_of_another_kind_is_refused_and_stays_unapplied(database_url):
    engine = open_database(database_url)
    job = saved_job_result(engine, "bdl_refresh", RESULT)

    with pytest.raises(BdlError):
        applied_job_result(engine, job, "report", "admin")

    assert applied_job_result(engine, job, "bdl_refresh", "admin") == (RESULT, True)
