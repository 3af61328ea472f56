"""The explorer map's colours as the browser asks for them (``server/paint.py``)."""

from __future__ import annotations

import json
from urllib.parse import quote

VIEW_DEFAULTS = {
    "indicator_id": "population",
    "year": 2024,
    "options": {
        "base_year": None,
        "scheme": "quantiles",
        "k": 5,
        "breaks": None,
        "palette": "Blues",
        "reverse": [],
        "symbol": "choropleth",
    },
}


def paint_address(scope: str, lang: str = "pl", **changes: object) -> str:
    """Return the address ``geomap.paintFromControls`` builds for a view (defaults changed)."""
    options = {**VIEW_DEFAULTS["options"], **changes.pop("options", {})}
    view = {**VIEW_DEFAULTS, **changes, "options": options}
    return f"/paint/{scope}/{lang}?view={quote(json.dumps(view))}"


def fetched_paint(app, scope: str, lang: str = "pl", **changes: object) -> dict:
    """Return the colours of a view, fetched as the browser does; asserts a 200."""
    answer = app.server.test_client().get(paint_address(scope, lang, **changes))
    assert answer.status_code == 200, answer.get_data(as_text=True)[:300]
    return answer.get_json()
