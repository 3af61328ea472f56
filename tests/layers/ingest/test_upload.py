"""An upload from the browser to values ready to store: the bad-input battery, the values kept.

Every malformed file is refused with its own code and message. Each file of the battery is
also checked in a process forked from the test (as gunicorn forks its workers), which
reports how far its resident memory rose above what it held before (Linux ``VmHWM``);
``pytest -s`` prints the worst file and its figure.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pandas as pd
import pytest

from layers.errors import UploadError
from layers.ingest.upload import checked_upload, column_values, shown_decimals
from server.i18n import has_text, text
from tests.support.upload_files import GOOD_CSV, MALFORMED, NOT_DATA_URLS, data_url
from tests.support.upload_reports import parsed

KRAKOW, WIELICZKA, SKAWINA = "1261011", "1219053", "1206113"
BOUND_MB = 150
"""The most a worker's memory may rise while checking any one file of the battery."""


def outcome(contents: str, name: str, dataset, scope: pd.Index) -> str:
    """The code a file gives: its error's, else its report's first blocking problem's."""
    try:
        report = checked_upload(contents, name, dataset.store.gminas, scope)
    except UploadError as error:
        return error.code
    blocking = [f"upload_{problem.code}" for problem in report.problems if problem.blocking]
    assert blocking, report.problems
    with pytest.raises(UploadError) as refused:
        column_values(report, None, 2024)  # what saving does first
    assert refused.value.code == "upload_blocked"
    return blocking[0]


def test_the_battery_has_at_least_thirty_files():
    assert len(MALFORMED) + len(NOT_DATA_URLS) >= 30


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_file_gives_its_code(case, dataset, smk):
    data, name, expected = MALFORMED[case]

    assert outcome(data_url(data), name, dataset, smk) == expected


@pytest.mark.parametrize("case", sorted(NOT_DATA_URLS))
def test_what_is_not_a_base64_data_url_is_refused(case, dataset, smk):
    contents, expected = NOT_DATA_URLS[case]

    assert outcome(contents, "a.csv", dataset, smk) == expected


def test_every_code_has_a_polish_and_an_english_message():
    codes = {code for *_, code in MALFORMED.values()} | {c for _, c in NOT_DATA_URLS.values()}
    for code in codes:
        problem = "upload_problem_" + code.removeprefix("upload_")
        for lang in ("pl", "en"):
            assert has_text(f"error_{code}", lang) or has_text(problem, lang), (code, lang)
    assert text("error_upload_zip_bomb", "pl") != text("error_upload_zip_bomb", "en")


def test_formula_cells_are_reported_never_evaluated(dataset, smk):
    data, name, _ = MALFORMED["xlsx_formulas"]
    report = checked_upload(data_url(data), name, dataset.store.gminas, smk)

    formulas = next(problem for problem in report.problems if problem.code == "formula")
    assert formulas.examples == ('=HYPERLINK("http://x","y")', "=1+1")
    assert report.values.empty  # =1+1 is not 2 here


def test_markup_in_names_is_reported_and_kept_as_text(dataset, smk):
    data, name, _ = MALFORMED["html_in_names"]
    report = checked_upload(data_url(data), name, dataset.store.gminas, smk)

    markup = next(problem for problem in report.problems if problem.code == "markup")
    assert markup.examples == ("<script>alert(1)</script>", "<b>Kraków</b>")
    assert report.preview["key"].tolist() == ["<script>alert(1)</script>", "<b>Kraków</b>"]


def test_column_values_take_the_year_when_the_file_has_none(dataset, smk):
    report = parsed(dataset, smk, GOOD_CSV)

    values = column_values(report, "Mieszkania oddane", 2024)
    assert values.to_dict("list") == {
        "teryt": [KRAKOW, WIELICZKA, SKAWINA],
        "year": [2024, 2024, 2024],
        "value": [10234.0, 512.5, 300.0],
    }
    assert shown_decimals(values["value"]) == 1


# --- a worker's memory -----------------------------------------------------------------


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
def growth(dataset, smk) -> dict[str, tuple[float, str]]:
    files = {**{case: (data, name) for case, (data, name, _) in MALFORMED.items()}}
    files["good_csv"] = (GOOD_CSV, "a.csv")
    return {
        case: peak_growth_mb(data_url(data), name, dataset.store.gminas, smk)
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
