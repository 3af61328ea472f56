"""Every chart's settings: Plotly's toolbar in the page's language, no cloud, no tracking logo."""

from __future__ import annotations

from pathlib import Path

import plotly
import pytest

from callbacks.charts import HIDDEN_BUTTONS, PLOTLY_PL, chart_config

PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
"""The Plotly bundle Dash serves to the page."""


def test_a_polish_page_gives_plotly_the_polish_locale():
    config = chart_config("pl", scrollZoom=True)

    assert config["locale"] == "pl" and config["locales"] == {"pl": PLOTLY_PL}
    assert PLOTLY_PL["format"]["decimal"] == "," and PLOTLY_PL["format"]["thousands"] == "\u00a0"
    assert config["scrollZoom"] is True


def test_an_english_page_keeps_plotlys_own_strings():
    config = chart_config("en")

    assert config["locale"] == "en" and "locales" not in config


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_no_chart_offers_the_cloud_or_shows_the_logo(lang):
    config = chart_config(lang)

    assert config["displaylogo"] is False
    assert config["showSendToCloud"] is False and config["showEditInChartStudio"] is False
    assert config["modeBarButtonsToRemove"] == HIDDEN_BUTTONS


def test_the_hidden_buttons_are_buttons_plotly_has():
    bundle = PLOTLY_JS.read_text(encoding="utf-8")

    assert all(f'"{button}"' in bundle or f"'{button}'" in bundle for button in HIDDEN_BUTTONS)


def graphs(node: object) -> list[dict]:
    """Return the properties of every ``dcc.Graph`` in a layout's JSON."""
    if isinstance(node, list):
        return [found for child in node for found in graphs(child)]
    if not isinstance(node, dict):
        return []
    own = [node["props"]] if node.get("type") == "Graph" else []
    return own + [found for value in node.values() for found in graphs(value)]


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_the_charts_of_a_page_speak_its_language(app, lang):
    client = app.server.test_client()
    client.get(f"/?lang={lang}")  # the page leaves the language for the layout request

    shown = graphs(client.get("/_dash-layout").get_json())

    assert len(shown) >= 3  # the comparison's series, bars and profile
    assert all(graph["config"] == chart_config(lang) for graph in shown)
