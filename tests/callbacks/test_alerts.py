"""The one way a callback shows a domain error: an alert with its text in the user's language."""

from __future__ import annotations

import pytest

from callbacks.alerts import alert, shown_alert
from layers.errors import NoDataError, UploadError
from server.i18n import LANGUAGES, text


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_an_error_with_a_text_shows_its_text(lang):
    shown = alert(UploadError("zip_bomb", "ratio 1000 in xl/sheet1.xml"), lang)

    assert (shown.className, shown.role) == ("alert", "alert")
    assert shown.children == text("error_upload_zip_bomb", lang)
    assert "sheet1" not in shown.children  # the technical message is not shown


def test_an_error_without_a_text_shows_its_message():
    shown = alert(UploadError("not_a_code_of_ours", "co poszło nie tak"), "pl")

    assert shown.children == "co poszło nie tak"


def test_each_error_class_reads_its_own_code():
    shown = {lang: alert(NoDataError("no values in 2031"), lang).children for lang in LANGUAGES}

    assert shown == {lang: text("error_no_data", lang) for lang in LANGUAGES}


def test_a_message_already_in_the_users_language_is_shown_as_it_is():
    shown = shown_alert("Podaj nazwę.")

    assert (shown.children, shown.className, shown.role) == ("Podaj nazwę.", "alert", "alert")
