"""What the panels beside the explorer's map show of a view: legend, notice, announcement.

They travel with the map's colours (:mod:`server.paint`): the engine shows them as it
recolours, so the legend shows the view the map shows, with no Dash round trip of its
own. It draws the legend and its announcement itself, in the same task as the colours
(their elements say ``data-panel="map"``, ``map_view.DRAWN_BY_MAP``), and sets the
notices through Dash (``dash_clientside.set_props``). Each panel is named by its
component id.
"""

from __future__ import annotations

from callbacks import ids
from callbacks.alerts import alert
from callbacks.explorer.levels import map_notice
from callbacks.failures import unexpected
from callbacks.json_answers import plain
from callbacks.maps import announced
from callbacks.maps import legend as map_legend
from layers.errors import GeoportalError
from layers.render.choropleth import ChoroplethView, ViewRequest
from server.paint import Panels


def shown_panels(view: ChoroplethView, request: ViewRequest, lang: str) -> dict:
    """Return the legend, notice and announcement of a coloured view, as JSON."""
    return {
        ids.LEGEND: plain(map_legend(view, request, lang)),
        ids.NOTICE: plain(map_notice(view, lang)),
        ids.LEGEND_ANNOUNCE: announced(view, request, lang),
    }


def refused_panels(error: GeoportalError, lang: str) -> dict:
    """Return the notice of a view that cannot be coloured: why, in ``lang``."""
    return {ids.NOTICE: plain(alert(error, lang))}


def failed_panels(lang: str) -> dict:
    """Return the page's notice of an unexpected failure (the map keeps what it shows)."""
    return {ids.PAGE_NOTICE: plain(unexpected(lang))}


PAINT_PANELS = Panels(
    shown=shown_panels,
    refused=refused_panels,
    bare={ids.LEGEND: [], ids.LEGEND_ANNOUNCE: ""},
    failed=failed_panels,
)
"""The explorer's panels, handed to :func:`server.paint.init_app` by the app factory."""
