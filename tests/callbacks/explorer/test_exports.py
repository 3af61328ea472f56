"""The export panel over HTTP: each download, bad breaks and a bad image size.

The state report is a background job: tests/callbacks/explorer/test_report_job.py.
"""

from __future__ import annotations

import base64
import io
import json

import pandas as pd
import pytest
from dash import ALL
from PIL import Image

import geopandas as gpd

from callbacks import ids
from server.i18n import ATTRIBUTION, text
from tests.support.access_fixtures import INTERNAL, sign_in
from tests.support.dash_client import dispatch, prop_key

BUTTONS = ("png", "svg", "csv", "xlsx", "geojson", "gpkg")
EXPLORER = {
    ids.SCOPE_RADIO: "smk",
    ids.INDICATOR_DROPDOWN: "population",
    ids.YEAR_SLIDER: 2023,
    ids.BASE_YEAR_DROPDOWN: 2018,
    ids.SCHEME_DROPDOWN: "quantiles",
    ids.CLASSES_SLIDER: 5,
    ids.BREAKS_INPUT: None,
    ids.PALETTE_DROPDOWN: "Blues",
    ids.REVERSE_CHECK: [],
    ids.SYMBOL_RADIO: "choropleth",
    ids.AREA_OVERLAY: None,
    ids.EXPORT_SIZE: "1280x720",
    ids.EXPORT_WIDTH: None,
    ids.EXPORT_HEIGHT: None,
}
OUTPUT = f"{ids.EXPORT_DOWNLOAD}.data"


def press(app, button: str, lang: str = "pl", **controls) -> dict:
    """Press one export button with the explorer in its default state unless changed."""
    values = {prop_key(component, "value"): value for component, value in EXPLORER.items()}
    values.update({prop_key(component, "value"): value for component, value in controls.items()})
    values[prop_key(ids.LANG_STORE, "data")] = lang
    clicks = {name: 1 if name == button else None for name in BUTTONS}
    values[prop_key({"type": ids.EXPORT_BUTTON, "index": ALL}, "n_clicks")] = clicks
    changed = [prop_key({"type": ids.EXPORT_BUTTON, "index": button}, "n_clicks")]
    with app.server.test_client() as client:
        status, body = dispatch(client, app, OUTPUT, values, changed)
    assert status == 200, body[:500]
    return json.loads(body)["response"]


def sent(response: dict) -> tuple[str, bytes]:
    download = response[ids.EXPORT_DOWNLOAD]["data"]
    return download["filename"], base64.b64decode(download["content"])


def test_png_has_the_chosen_size(app):
    name, content = sent(press(app, "png"))
    assert name == "mapa_population_2023_smk.png"
    assert Image.open(io.BytesIO(content)).size == (1280, 720)


def test_custom_size_and_area_outline(app):
    response = press(
        app,
        "png",
        **{ids.EXPORT_SIZE: "custom", ids.EXPORT_WIDTH: 800, ids.EXPORT_HEIGHT: 600},
        **{ids.SCOPE_RADIO: "kom2003", ids.AREA_OVERLAY: "smk"},
    )
    image = Image.open(io.BytesIO(sent(response)[1])).convert("RGB")
    assert image.size == (800, 600)
    assert (231, 41, 138) in {color for _count, color in image.getcolors(800 * 600)}  # SMK line


def test_svg_has_title_and_attribution(app):
    name, content = sent(press(app, "svg", lang="en"))
    svg = content.decode("utf-8")
    assert name.endswith(".svg")
    assert "Population [persons], 2023 — Kraków Metropolis (15 gminas)" in svg
    assert ATTRIBUTION in svg


def test_data_downloads_read_back(app, dataset, tmp_path):
    expected = dataset.store.values.query("indicator == 'population' and year == 2023")
    expected = expected.set_index("teryt")["value"]
    tables = {}
    name, content = sent(press(app, "csv"))
    tables[name] = pd.read_csv(io.BytesIO(content), sep=";", decimal=",", dtype={"teryt": str})
    name, content = sent(press(app, "xlsx"))
    tables[name] = pd.read_excel(io.BytesIO(content), dtype={"teryt": str})
    for button in ("geojson", "gpkg"):
        name, content = sent(press(app, button))
        (tmp_path / name).write_bytes(content)
        tables[name] = gpd.read_file(tmp_path / name)
    assert sorted(tables) == [
        f"dane_population_2023_smk.{s}" for s in ("csv", "geojson", "gpkg", "xlsx")
    ]
    for table in tables.values():
        values = table.set_index("teryt")["value"]
        assert len(values) == 15
        assert values.tolist() == pytest.approx(expected.reindex(values.index).tolist())


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_bad_breaks_give_a_message_and_no_file(app, lang):
    response = press(
        app, "png", lang, **{ids.SCHEME_DROPDOWN: "manual", ids.BREAKS_INPUT: "100; 50"}
    )
    assert ids.EXPORT_DOWNLOAD not in response
    assert text("error_manual_breaks", lang) in json.dumps(response, ensure_ascii=False)


def test_bad_image_size_gives_a_message(app):
    response = press(app, "png", **{ids.EXPORT_SIZE: "custom", ids.EXPORT_WIDTH: 5000})
    assert ids.EXPORT_DOWNLOAD not in response
    assert text("error_image_size", "pl") in json.dumps(response, ensure_ascii=False)


def test_an_internal_indicator_is_exported_only_to_an_official(internal, dataset):
    values = {prop_key(component, "value"): value for component, value in EXPLORER.items()}
    values[prop_key(ids.INDICATOR_DROPDOWN, "value")] = INTERNAL
    values[prop_key(ids.YEAR_SLIDER, "value")] = max(dataset.catalog[INTERNAL].years)
    values[prop_key(ids.LANG_STORE, "data")] = "pl"
    values[prop_key({"type": ids.EXPORT_BUTTON, "index": ALL}, "n_clicks")] = {
        name: 1 if name == "csv" else None for name in BUTTONS
    }
    changed = [prop_key({"type": ids.EXPORT_BUTTON, "index": "csv"}, "n_clicks")]
    with internal.app.server.test_client() as client:
        status, body = dispatch(client, internal.app, OUTPUT, values, changed)
        assert status == 204 or b"filename" not in body  # a visitor gets no file
        sign_in(client)
        status, body = dispatch(client, internal.app, OUTPUT, values, changed)
    assert status == 200 and b"filename" in body


@pytest.mark.parametrize(("lang", "button"), [("pl", "png"), ("en", "svg")])
def test_a_map_export_shows_its_text_alternative_to_paste(app, lang, button):
    response = press(app, button, lang=lang)
    _name, content = sent(response)
    shown = response[ids.EXPORT_ALT]["children"]
    label, description = shown.split(": ", 1)

    assert label == text("exports_alt_text", lang)
    if button == "png":
        image = Image.open(io.BytesIO(content))
        image.load()
        assert image.text["Description"] == description
        assert description.startswith("Kartogram: Ludność [osoby], 2023 — Metropolia Krakowska")
    else:
        assert f'<desc id="map-desc">{description}</desc>' in content.decode("utf-8")
        assert description.startswith("Choropleth map: Population [persons], 2023 — ")


def test_a_data_export_clears_the_text_alternative(app):
    assert press(app, "csv")[ids.EXPORT_ALT]["children"] == ""
