"""The "Print PDF" button over HTTP: the page asked for, a bad note, a visitor and an official."""

from __future__ import annotations

import base64
import io
import json
import re

import pytest
from pypdf import PdfReader

from callbacks import ids
from layers.render.print_layout import page_size
from layers.render.print_note import NOTE_LIMIT
from server.i18n import ATTRIBUTION, text
from tests.callbacks.explorer.test_exports import EXPLORER
from tests.support.access_fixtures import INTERNAL, sign_in
from tests.support.dash_client import dispatch, prop_key

OUTPUT = f"{ids.PRINT_DOWNLOAD}.data"
PAGE = {ids.PRINT_PAPER: "a4", ids.PRINT_ORIENTATION: "landscape", ids.PRINT_NOTE: None}


def press(
    app, lang: str = "pl", client=None, extent: object = None, **controls
) -> tuple[int, bytes]:
    """Press "Print PDF" with the explorer in its default state unless changed.

    ``extent`` is what the map's bounds store holds (None: the map was not moved).
    """
    values = {prop_key(c, "value"): v for c, v in {**EXPLORER, **PAGE, **controls}.items()}
    values[prop_key(ids.LANG_STORE, "data")] = lang
    values[prop_key(ids.MAP_BOUNDS, "data")] = extent
    values[prop_key(ids.PRINT_BUTTON, "n_clicks")] = 1
    changed = [prop_key(ids.PRINT_BUTTON, "n_clicks")]
    if client is not None:
        return dispatch(client, app, OUTPUT, values, changed)
    with app.server.test_client() as fresh:
        return dispatch(fresh, app, OUTPUT, values, changed)


def sent(body: bytes) -> tuple[str, PdfReader]:
    download = json.loads(body)["response"][ids.PRINT_DOWNLOAD]["data"]
    return download["filename"], PdfReader(io.BytesIO(base64.b64decode(download["content"])))


@pytest.mark.parametrize(
    ("lang", "paper", "orientation"), [("pl", "a3", "portrait"), ("en", "a4", "landscape")]
)
def test_the_page_asked_for_comes_with_the_note(app, lang, paper, orientation):
    note = "Projekt do konsultacji & <uwagi>"
    status, body = press(
        app,
        lang,
        **{ids.PRINT_PAPER: paper, ids.PRINT_ORIENTATION: orientation, ids.PRINT_NOTE: note},
        **{ids.SCOPE_RADIO: "kom2003", ids.AREA_OVERLAY: "smk"},
    )
    assert status == 200, body[:500]
    name, reader = sent(body)
    assert name == f"wydruk_population_2023_kom2003_{paper}_{orientation}.pdf"
    page = reader.pages[0]
    size = (float(page.mediabox.width), float(page.mediabox.height))
    assert size == pytest.approx(page_size(paper, orientation), abs=0.01)
    words = " ".join(page.extract_text().split())
    assert f"{text('print_note', lang)}: {note}" in words
    assert ATTRIBUTION in words
    assert f"{text('print_printed', lang)}: " in words


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_too_long_note_gives_a_message_and_no_file(app, lang):
    status, body = press(app, lang, **{ids.PRINT_NOTE: "x" * (NOTE_LIMIT + 1)})
    assert status == 200
    response = json.loads(body)["response"]
    assert ids.PRINT_DOWNLOAD not in response
    message = text("error_print_note", lang)
    assert message in json.dumps(response, ensure_ascii=False)
    assert str(NOTE_LIMIT) in message


@pytest.mark.parametrize(
    "tampered", [{ids.PRINT_PAPER: "a0"}, {ids.PRINT_ORIENTATION: None}, {ids.PRINT_NOTE: 12}]
)
def test_a_tampered_page_gives_a_message_not_an_error(app, tampered):
    status, body = press(app, **tampered)
    assert status == 200
    response = json.loads(body)["response"]
    assert ids.PRINT_DOWNLOAD not in response
    assert text("error_export", "pl") in json.dumps(response, ensure_ascii=False)


def test_an_internal_indicator_is_printed_only_for_an_official(internal, dataset):
    controls = {
        ids.INDICATOR_DROPDOWN: INTERNAL,
        ids.YEAR_SLIDER: max(dataset.catalog[INTERNAL].years),
    }
    with internal.app.server.test_client() as client:
        status, body = press(internal.app, client=client, **controls)
        assert status == 204 or b"filename" not in body  # a visitor gets no file
        sign_in(client)
        status, body = press(internal.app, client=client, **controls)
    assert status == 200 and b"filename" in body


def printed_scale(body: bytes) -> int:
    """Return the denominator of the scale the sent page writes ("Skala 1 : 100 000")."""
    line = re.search(r"Skala 1 : (.+)\n", sent(body)[1].pages[0].extract_text())[1]
    return int(re.sub(r"\D", "", line))


def test_the_page_shows_the_view_the_map_was_zoomed_to(app):
    whole = printed_scale(press(app)[1])
    zoomed = printed_scale(press(app, extent=[19.85, 50.0, 20.05, 50.1])[1])

    assert zoomed < whole / 2


@pytest.mark.parametrize(
    "extent", [[19.85, 50.0, 20.05], ["x", 50.0, 20.05, 50.1], [20.05, 50.0, 19.85, 50.1], {}]
)
def test_an_unusable_extent_prints_the_scope(app, extent):
    status, body = press(app, extent=extent)

    assert status == 200, body[:500]
    assert printed_scale(body) == printed_scale(press(app)[1])
