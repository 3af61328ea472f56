"""Every chart's settings: Plotly's toolbar in the page's language, no cloud, no tracking logo."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import plotly
import pytest

from callbacks import ids
from callbacks.charts import PLOTLY_PL, SHOWN_BUTTONS, chart_config

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
    shown = [button for group in config["modeBarButtons"] for button in group]
    assert shown == ["toImage", "zoom2d", "pan2d", "resetScale2d"]  # nothing else, no cloud


def button_titles(bundle: str, button: str) -> list[str]:
    """Return the English titles Plotly's bundle gives a toolbar button (its definition)."""
    definition = re.search(rf'{button}=\{{name:"{button}".*?icon:', bundle)
    assert definition, button  # a button Plotly has
    return re.findall(r'\(e,"([^"]+)"\)', definition.group(0))


def test_every_shown_button_has_a_polish_tooltip():
    bundle = PLOTLY_JS.read_text(encoding="utf-8")

    for button in (button for group in SHOWN_BUTTONS for button in group):
        titles = button_titles(bundle, button)
        assert titles and all(title in PLOTLY_PL["dictionary"] for title in titles), button


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

    assert {graph["id"] for graph in shown} == LAYOUT_GRAPHS
    assert all(graph["config"] == chart_config(lang) for graph in shown)


LAYOUT_GRAPHS = {
    ids.COMPARE_SERIES_CHART,
    ids.COMPARE_BARS_CHART,
    ids.COMPARE_PROFILE_CHART,
    ids.OUTLOOK_GMINA_CHART,
    ids.OUTLOOK_AREA_CHART,
    ids.CLUSTER_SCATTER,
}
"""Every chart of the page's layout (the gmina panel's comes with its callback's answer)."""
ROOT = Path(__file__).resolve().parents[2]
SOURCES = [*(ROOT / "callbacks").rglob("*.py"), ROOT / "app.py"]


def graph_calls() -> list[tuple[Path, ast.Call]]:
    """Return every ``dcc.Graph(...)`` call in the app's code, with its file."""
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(node, "func", None)
            if (
                isinstance(node, ast.Call)
                and getattr(name, "attr", getattr(name, "id", "")) == "Graph"
            ):
                found.append((path, node))
    return found


def test_every_graph_of_the_code_takes_the_shared_config():
    calls = graph_calls()

    assert len(calls) >= len(LAYOUT_GRAPHS) + 1  # and the gmina panel's
    for path, call in calls:
        config = {keyword.arg: keyword.value for keyword in call.keywords}.get("config")
        assert isinstance(config, ast.Call), f"{path}:{call.lineno}"
        assert getattr(config.func, "id", None) == "chart_config", f"{path}:{call.lineno}"
