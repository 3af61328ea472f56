"""Server time of encoding answers and building charts, against Plotly's default paths.

Run: ``python -m bench.answers`` (after ``python -m layers.ingest.build``).

Prints the median ms of, each against its naive baseline in this process:
- encoding a callback answer or the page as Dash does (``to_json_plotly``): as the
  callback returns it (components and patches make Plotly walk the whole answer) and
  made :func:`callbacks.json_answers.plain` first (one orjson pass);
- building a comparison chart: through ``plotly.graph_objects`` with the
  ``plotly_white`` template (validated and copied per figure) and as JSON.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.io.json import to_json_plotly

from app import create_app, serve_layout
from bench.timing import median_ms
from callbacks.explorer.map_view import view_request
from callbacks.json_answers import plain
from callbacks.maps import painted_map
from layers.render.figures import bar_figure
from layers.render.series import time_series_figure

REPEATS = 7
OPTIONS = {
    "base_year": None,
    "scheme": "quantiles",
    "k": 5,
    "breaks": None,
    "palette": "Blues",
    "reverse": [],
}


def map_answer(drawn_scope: str | None) -> tuple:
    """Return the explorer's answer for Poland: whole map (``None`` drawn) or a patch, legend."""
    request = view_request("poland", "density", 2024, OPTIONS)
    figure, legend, _ = painted_map(drawn_scope, request, "pl", ("powiats",))
    return figure, legend, ""


def white_chart(figure: dict) -> dict:
    """Return ``figure`` built the default way: graph objects with the named template."""
    return go.Figure(figure).update_layout(template="plotly_white").to_plotly_json()


def main() -> None:
    """Print both tables."""
    app = create_app({"CACHE_TYPE": "NullCache"})
    with app.server.test_request_context("/?lang=pl"):
        answers = {
            "Poland map, first draw + legend": map_answer(None),
            "Poland recolouring patch + legend": map_answer("poland"),
            "page layout": serve_layout(),
        }
        print(f"{'encoding':36} {'bytes':>10} {'as is ms':>9} {'plain ms':>9} {'ratio':>6}")
        for name, answer in answers.items():
            naive = median_ms(lambda answer=answer: to_json_plotly(answer), REPEATS)
            ours = median_ms(lambda answer=answer: to_json_plotly(plain(answer)), REPEATS)
            size = len(to_json_plotly(plain(answer)).encode())
            print(f"{name:36} {size:10,} {naive:9.1f} {ours:9.1f} {naive / ours:6.1f}")
    series = [pd.Series(range(15), index=range(2010, 2025), name=f"g{i}") for i in range(3)]
    values = pd.Series([809168.0, 69791.0, 11208.0], index=["Kraków", "Wieliczka", "Świątniki"])
    charts = {
        "time series, 3 gminas": lambda: time_series_figure(series, "osoby", 2020, "zmiana"),
        "bars with the median": lambda: bar_figure(values, "osoby", 18638.0, "mediana"),
    }
    print(f"\n{'chart':36} {'go.Figure ms':>12} {'JSON ms':>9} {'ratio':>6}")
    for name, build in charts.items():
        naive = median_ms(lambda build=build: white_chart(build()), REPEATS)
        ours = median_ms(build, REPEATS)
        print(f"{name:36} {naive:12.1f} {ours:9.2f} {naive / ours:6.0f}")


if __name__ == "__main__":
    main()
