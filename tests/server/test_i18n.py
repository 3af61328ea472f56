"""Texts in Polish and English through the catalogs: look-up, counts, errors, the language kept."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from layers.errors import UploadError
from layers.render.series import BreakTexts
from server import i18n
from server.i18n import (
    DROPDOWN_LABELS,
    break_texts,
    counted,
    dropdown_labels,
    error_text,
    has_text,
    language,
    requested_language,
    text,
    text_in,
)


def layout_text(client) -> str:
    return json.dumps(client.get("/_dash-layout").get_json(), ensure_ascii=False)


def test_index_and_layout_answer_in_both_languages(app):
    client = app.server.test_client()
    assert client.get("/").status_code == 200
    assert "Geoportal Metropolii Krakowskiej" in layout_text(client)
    client.get("/?lang=en")  # the page request leaves the language in a cookie
    english = layout_text(client)
    assert "Kraków Metropolis Geoportal" in english
    assert i18n.ATTRIBUTION in english


def test_unsupported_language_falls_back_to_polish(app):
    client = app.server.test_client()
    client.get("/?lang=xx")
    assert "Geoportal Metropolii" in layout_text(client)


@pytest.mark.parametrize("stale", [False, True])
def test_a_catalog_not_compiled_since_its_po_changed_is_not_read(tmp_path, monkeypatch, stale):
    shutil.copytree(i18n.LOCALES, tmp_path, dirs_exist_ok=True)
    compiled = tmp_path / "pl" / "LC_MESSAGES" / "messages.mo"
    if stale:
        os.utime(compiled, (0, 0))  # the .po changed (a merge) after the last `make catalogs`
    monkeypatch.setattr(i18n, "LOCALES", tmp_path)
    read = i18n._compiled.__wrapped__

    if stale:
        with pytest.raises(FileNotFoundError, match="make catalogs"):
            read("pl")
    else:
        assert read("pl").gettext("title") == "Geoportal Metropolii Krakowskiej"
    compiled.unlink()
    with pytest.raises(FileNotFoundError, match="make catalogs"):
        read("pl")


def test_an_unknown_language_reads_polish():
    assert language("en") == "en" and language("de") == language(None) == "pl"
    assert text("title", "de") == text("title", "pl") != text("title", "en")
    assert requested_language() == "pl"  # outside a request


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_domain_error_reads_its_codes_text_else_its_message(lang):
    known = UploadError("zip_bomb", "ratio 1000")
    unknown = UploadError("not_a_code_of_ours", "what went wrong")

    assert error_text(known, lang) == text("error_upload_zip_bomb", lang)
    assert has_text("error_upload_zip_bomb", lang)
    assert not has_text("error_not_a_code_of_ours", lang)
    assert error_text(unknown, lang) == "what went wrong"


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_dropdowns_and_break_marks_get_the_languages_texts(lang):
    labels = dropdown_labels(lang)
    marks = break_texts(lang)

    assert set(labels) == {"no_options_found" if n == "no_options" else n for n in DROPDOWN_LABELS}
    assert labels["no_options_found"] == text("dropdown_no_options", lang)
    assert isinstance(marks, BreakTexts)
    assert marks.territory == text("panel_break_territory", lang)
    assert "{before}" in marks.area_note and "{after}" in marks.area_note


@pytest.mark.parametrize(
    ("count", "lang", "expected"),
    [
        (1, "pl", "1 gmina"),
        (3, "pl", "3 gminy"),
        (5, "pl", "5 gmin"),
        (13, "pl", "13 gmin"),
        (2477, "pl", "2 477 gmin"),
        (1, "en", "1 gmina"),
        (2477, "en", "2,477 gminas"),
    ],
)
def test_a_count_takes_its_nouns_form(count, lang, expected):
    assert counted(count, "noun_gmina", lang) == expected


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "1 slajd"), (2, "2 slajdy"), (5, "5 slajdów"), (12, "12 slajdów"), (22, "22 slajdy")],
)
def test_a_count_of_slides_takes_the_polish_form_of_its_number(count, expected):
    assert counted(count, "noun_slide", "pl") == expected


def test_one_word_of_two_uses_reads_by_its_context():
    assert text_in("heading", "export", "en") == "Export"
    assert text_in("stamp", "export", "en") == "Exported"
    assert text_in("heading", "export", "pl") == text_in("stamp", "export", "pl") == "Eksport"
