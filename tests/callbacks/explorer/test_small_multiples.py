"""The small multiples over HTTP: the years offered, the image shown, the PNG, bad choices."""

from __future__ import annotations

import base64
import io
import json

import pytest
from PIL import Image

from callbacks import ids
from callbacks.explorer.small_multiples import SIZE
from server.i18n import text
from tests.callbacks.explorer.test_exports import EXPLORER as EXPORT_CONTROLS
from tests.support.access_fixtures import INTERNAL, sign_in
from tests.support.dash_client import dispatch, prop_key

EXPLORER = {
    **EXPORT_CONTROLS,  # the explorer's controls as the export tests set them, but:
    ids.YEAR_SLIDER: 2024,
    ids.BASE_YEAR_DROPDOWN: None,
    ids.MULTIPLES_YEARS: [2015, 2020, 2024],
}
OUTPUT = f"{ids.MULTIPLES_IMAGE}.src"


def press(app, button: str, lang: str = "pl", client=None, **controls) -> tuple[int, dict]:
    """Press show or download with the explorer's controls (changed by ``controls``)."""
    values = {prop_key(component, "value"): value for component, value in EXPLORER.items()}
    values.update({prop_key(component, "value"): value for component, value in controls.items()})
    values[prop_key(ids.LANG_STORE, "data")] = lang
    values[prop_key(ids.MULTIPLES_SHOW, "n_clicks")] = 1 if button == ids.MULTIPLES_SHOW else None
    values[prop_key(ids.MULTIPLES_PNG, "n_clicks")] = 1 if button == ids.MULTIPLES_PNG else None
    changed = [prop_key(button, "n_clicks")]
    with client or app.server.test_client() as asker:
        status, body = dispatch(asker, app, OUTPUT, values, changed)
    return status, json.loads(body)["response"] if status == 200 else {}


def test_indicator_offers_its_years_the_last_six_chosen(app, dataset):
    values = {prop_key(ids.MAP_SHOWN_INDICATOR, "data"): "share_working"}
    changed = [prop_key(ids.MAP_SHOWN_INDICATOR, "data")]
    with app.server.test_client() as client:
        status, body = dispatch(client, app, f"{ids.MULTIPLES_YEARS}.options", values, changed)
    assert status == 200
    answer = json.loads(body)["response"][ids.MULTIPLES_YEARS]
    years = dataset.catalog["share_working"].years
    assert [option["value"] for option in answer["options"]] == list(years)
    assert answer["value"] == list(years[-6:])


def test_show_puts_the_png_in_the_page_with_its_years_in_the_alt_text(app):
    status, response = press(app, ids.MULTIPLES_SHOW)

    assert status == 200
    image = response[ids.MULTIPLES_IMAGE]
    assert image["hidden"] is False
    png = base64.b64decode(image["src"].removeprefix("data:image/png;base64,"))
    assert Image.open(io.BytesIO(png)).size == SIZE
    assert "2015, 2020, 2024" in image["alt"]
    assert text("multiples_shared_classes", "pl") in image["alt"]


def test_download_sends_one_png(app):
    status, response = press(app, ids.MULTIPLES_PNG, lang="en")

    assert status == 200
    download = response[ids.MULTIPLES_DOWNLOAD]["data"]
    assert download["filename"] == "lata_population_smk.png"
    png = Image.open(io.BytesIO(base64.b64decode(download["content"])))
    assert png.size == SIZE
    assert png.text["Title"].startswith("Population")


@pytest.mark.parametrize("lang", ["pl", "en"])
@pytest.mark.parametrize("years", [[], list(range(2014, 2021))])
def test_no_year_or_too_many_gives_a_message_and_no_image(app, lang, years):
    status, response = press(app, ids.MULTIPLES_SHOW, lang, **{ids.MULTIPLES_YEARS: years})

    assert status == 200
    assert ids.MULTIPLES_IMAGE not in response
    said = json.dumps(response[ids.MULTIPLES_NOTICE], ensure_ascii=False)
    assert text("error_years_choice", lang) in said


def test_years_without_data_give_a_message(app):
    status, response = press(
        app, ids.MULTIPLES_SHOW, **{ids.INDICATOR_DROPDOWN: "share_working", ids.YEAR_SLIDER: 2019,
                                    ids.MULTIPLES_YEARS: [2022, 2023]}
    )  # fmt: skip
    assert status == 200
    assert text("error_no_data", "pl") in json.dumps(response, ensure_ascii=False)


def test_an_internal_indicator_is_drawn_only_for_an_official(internal, dataset):
    year = max(dataset.catalog[INTERNAL].years)
    controls = {
        ids.INDICATOR_DROPDOWN: INTERNAL,
        ids.YEAR_SLIDER: year,
        ids.MULTIPLES_YEARS: [year],
    }
    _status, visitor = press(internal.app, ids.MULTIPLES_SHOW, **controls)
    client = internal.app.server.test_client()
    sign_in(client)
    status, official = press(internal.app, ids.MULTIPLES_SHOW, client=client, **controls)

    assert ids.MULTIPLES_IMAGE not in visitor
    assert status == 200 and official[ids.MULTIPLES_IMAGE]["src"].startswith("data:image/png")
