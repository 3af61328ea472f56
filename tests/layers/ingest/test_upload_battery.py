"""The bad-input battery: every malformed file is refused with its own code and message."""

from __future__ import annotations

import pandas as pd
import pytest

from layers.analysis.scopes import scope_codes
from layers.errors import UploadError
from layers.ingest import upload_read
from layers.ingest.upload import checked_upload, column_values
from server.i18n import TEXTS
from tests.support.upload_files import MALFORMED, NOT_DATA_URLS, data_url


@pytest.fixture(scope="module")
def smk(dataset) -> pd.Index:
    return scope_codes("smk", dataset.codes, dataset.areas)


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
            assert f"error_{code}" in TEXTS[lang] or problem in TEXTS[lang], (code, lang)
    assert TEXTS["pl"]["error_upload_zip_bomb"] != TEXTS["en"]["error_upload_zip_bomb"]


def test_the_size_is_refused_before_decoding(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("decoded a file over the limit")

    monkeypatch.setattr(upload_read.base64, "b64decode", refuse)
    with pytest.raises(UploadError) as error:
        upload_read.decoded_upload("data:text/csv;base64," + "A" * 8_000_000)
    assert error.value.code == "upload_too_large"


def test_a_zip_bomb_is_refused_before_openpyxl_opens_it(monkeypatch, dataset, smk):
    def refuse(*_args, **_kwargs):
        raise AssertionError("opened a zip bomb")

    monkeypatch.setattr(upload_read, "load_workbook", refuse)
    data, name, _ = MALFORMED["zip_bomb_as_xlsx"]
    assert outcome(data_url(data), name, dataset, smk) == "upload_zip_bomb"


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


def test_entities_are_refused_before_openpyxl_opens_the_workbook(monkeypatch, dataset, smk):
    def refuse(*_args, **_kwargs):
        raise AssertionError("opened a workbook declaring entities")

    monkeypatch.setattr(upload_read, "load_workbook", refuse)
    data, name, _ = MALFORMED["xml_entity_expansion"]
    assert outcome(data_url(data), name, dataset, smk) == "upload_xml_entities"


def test_openpyxl_parses_through_defusedxml_when_the_scan_misses(monkeypatch, dataset, smk):
    monkeypatch.setattr(upload_read, "_check_declarations", lambda *_args: None)
    data, name, _ = MALFORMED["xml_entity_expansion"]
    assert outcome(data_url(data), name, dataset, smk) == "upload_xml_entities"
