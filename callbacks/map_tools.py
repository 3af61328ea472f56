"""The maps' own toolbar and gmina names (``assets/geomap_tools.js``): their texts, their layer.

Every map gets a toolbar of its own (reset view, zoom to scope, full screen and, on the
explorer, a PNG of the view from the server, :mod:`server.map_image`); its titles come
from the gettext catalogs through one hidden element of the page. A map whose ``layers``
include :data:`LABELS` writes its units' names (and Kraków's districts' when their
outline is shown), placed without overlap, more of them as it zooms in.
"""

from __future__ import annotations

import orjson
from dash import html

from callbacks import ids
from server.i18n import text

LABELS = "labels"
"""The name of the gmina names in a map's ``layers`` (the explorer's layer checklist)."""


def tool_texts(lang: str) -> dict[str, str]:
    """Return the toolbar's titles in ``lang``, by the button they name."""
    return {
        "group": text("map_tools", lang),
        "reset": text("map_tool_reset", lang),
        "scope": text("map_tool_scope", lang),
        "png": text("map_tool_png", lang),
    }


def layout(lang: str) -> html.Div:
    """Return the hidden element the map engine reads its toolbar's texts from."""
    texts = orjson.dumps(tool_texts(lang)).decode()
    return html.Div(id=ids.MAP_TOOL_TEXTS, hidden=True, **{"data-texts": texts})
