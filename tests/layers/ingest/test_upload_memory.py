"""A worker's memory while it checks each file of the bad-input battery: measured and bounded.

Each file is checked in a process forked from the test (as gunicorn forks its workers), which
reports how far its resident memory rose above what it held before (Linux ``VmHWM``).
``pytest -s`` prints the worst file and its figure.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pandas as pd
import pytest

from layers.analysis.scopes import scope_codes
from layers.errors import UploadError
from layers.ingest.upload import checked_upload
from tests.support.upload_files import GOOD_CSV, MALFORMED, data_url

BOUND_MB = 150
"""The most a worker's memory may rise while checking any one file of the battery."""


def resident_kb(field: str) -> int:
    """Return a ``/proc/self/status`` memory field (``VmRSS``, ``VmHWM``) in kB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


def checked_in_child(connection, contents: str, name: str, gminas, scope) -> None:
    before = resident_kb("VmRSS")
    try:
        checked_upload(contents, name, gminas, scope)
        code = "ok"
    except UploadError as error:
        code = error.code
    connection.send(((resident_kb("VmHWM") - before) / 1024, code))


def peak_growth_mb(contents: str, name: str, gminas: pd.DataFrame, scope: pd.Index):
    """Return how many MB a forked worker's memory rose while checking one file, and the code."""
    receiving, sending = multiprocessing.get_context("fork").Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(
        target=checked_in_child, args=(sending, contents, name, gminas, scope)
    )
    child.start()
    growth = receiving.recv()
    child.join()
    return growth


@pytest.fixture(scope="module")
def growth(dataset) -> dict[str, tuple[float, str]]:
    scope = scope_codes("smk", dataset.codes, dataset.areas)
    files = {**{case: (data, name) for case, (data, name, _) in MALFORMED.items()}}
    files["good_csv"] = (GOOD_CSV, "a.csv")
    return {
        case: peak_growth_mb(data_url(data), name, dataset.store.gminas, scope)
        for case, (data, name) in files.items()
    }


def test_no_file_of_the_battery_raises_a_workers_memory_past_the_bound(growth):
    worst = max(growth, key=lambda case: growth[case][0])
    print(f"\nworst upload: {worst}, worker memory +{growth[worst][0]:.0f} MB")
    for case, (megabytes, _) in sorted(growth.items(), key=lambda item: -item[1][0])[:5]:
        print(f"  {case}: +{megabytes:.1f} MB")
    assert growth[worst][0] < BOUND_MB
    assert growth["xml_entity_expansion"][1] == "upload_xml_entities"
    assert growth["good_csv"][1] == "ok"  # the measure runs the whole check
