"""``/paint/<scope>/<lang>?view=…``: the colours of a map view, asked for by the map itself.

The explorer's map takes its colours straight from its controls: a clientside callback
hands ``assets/geomap.js`` this address, so a switch of indicator, year, classes or
palette costs one small GET and a feature-state repaint, with no Dash round trip in
between. ``view`` is the JSON of the controls' values as the map callback gets them
(``indicator_id``, ``year`` and the class settings under ``options``). The answer names
the geometry it colours (a powiat indicator colours the scope's powiats), the year, base
year and symbol it drew (a new indicator's are the server's choice); the engine applies it
once the map shows that geometry. Views are computed once per audience
(:mod:`server.cache`).

The answer also holds what the panels beside the map show of that view (legend, notice,
the legend's announcement), as the explorer builds them (:class:`Panels`, handed to
:func:`init_app`): the engine sets them as it recolours, so the legend never waits for a
Dash round trip either, and never shows another view than the map.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

import flask
import orjson

from layers.analysis.catalog import indicator_of
from layers.analysis.classify import SCHEMES, parsed_breaks
from layers.analysis.dataset import Dataset
from layers.analysis.levels import DISTRICTS
from layers.analysis.scopes import SCOPES
from layers.analysis.values import kept_base_year
from layers.errors import GeoportalError, MapViewError, UnknownIndicatorError
from layers.render.choropleth import ChoroplethView, ViewRequest, choropleth_view
from layers.render.palettes import PALETTES
from layers.render.proportional_circles import CHOROPLETH, SYMBOLS, default_symbol, drawn_symbol
from server.cache import cache
from server.data import current_dataset
from server.geometry import geometry_url
from server.i18n import error_text, language, text

LOG = logging.getLogger(__name__)
blueprint = flask.Blueprint("paint", __name__)
VIEW_SCOPES = (*SCOPES, DISTRICTS)
"""The scopes a map view may be asked of (the explorer's scope choice)."""
VIEW_OPTIONS = ("base_year", "scheme", "k", "breaks", "palette", "reverse", "symbol")
"""The class settings of a view, by the name the controls and the address give them
(``symbol``: choropleth or proportional circles; in an address, ``null`` is the
indicator's own: :func:`layers.render.proportional_circles.default_symbol`)."""
PANELS = "geoportal_paint_panels"


class Panels(NamedTuple):
    """What the panels beside a map show, as properties by component id (JSON-ready).

    ``shown`` answers a coloured view; ``refused`` answers why a view has no colours, and
    ``bare`` what to show as well when the map has no colours to keep (a new geometry);
    ``failed`` what to show when the server failed unexpectedly.
    """

    shown: Callable[[ChoroplethView, ViewRequest, str], dict]
    refused: Callable[[GeoportalError, str], dict]
    bare: dict
    failed: Callable[[str], dict]


@cache.memoize()
def cached_view(request: ViewRequest, lang: str) -> ChoroplethView:
    """Return the colours, hover values and legend of a view (cached)."""
    return choropleth_view(current_dataset(), request, lang)


def view_request(scope: str, indicator_id: str, year: float, options: dict) -> ViewRequest:
    """Return the request of the controls' values.

    Raises ``ManualBreaksError`` on bad breaks, ``MapViewError`` on a scope, scheme or
    palette the controls do not offer.
    """
    symbol = options.get("symbol") or CHOROPLETH
    offered = (
        scope in VIEW_SCOPES,
        options["scheme"] in SCHEMES,
        options["palette"] in PALETTES,
        symbol in SYMBOLS,
    )
    if not all(offered):
        raise MapViewError(f"not offered: {scope}, {options['scheme']}, {options['palette']}")
    manual = options["scheme"] == "manual"
    return ViewRequest(
        scope=scope,
        indicator=indicator_id,
        year=round(year),
        base_year=options["base_year"],
        scheme=options["scheme"],
        k=int(options["k"]),
        breaks=parsed_breaks(options["breaks"] or "") if manual else (),
        palette=options["palette"],
        reverse=bool(options["reverse"]),
        symbol=symbol,
    )


def requested_view(scope: str, asked: str, dataset: Dataset) -> ViewRequest:
    """Return the view an address's ``view`` JSON names.

    With ``new_indicator`` true (the indicator has just been picked, the year control has
    yet to offer its years) a year the indicator lacks becomes its latest and a base year
    it lacks its first, as the year control will show; any other is painted as asked. A
    symbol of ``null`` (a new indicator whose symbol control has yet to answer) is the
    indicator's default: circles for a count. Raises ``MapViewError`` if the view is
    malformed, ``UnknownIndicatorError`` for an indicator ``dataset`` lacks.
    """
    try:
        view = orjson.loads(asked)
        options = {name: view["options"].get(name) for name in VIEW_OPTIONS}
        indicator, year = view["indicator_id"], view["year"]
        new_indicator = view.get("new_indicator") is True
    except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError) as error:
        raise MapViewError("malformed map view") from error
    texts = (
        scope,
        indicator,
        options["scheme"],
        options["palette"],
        options["breaks"] or "",
        options["symbol"] or "",
    )
    numbers = (year, options["k"], options["base_year"] or 0)
    if not all(isinstance(value, str) for value in texts) or not all(
        isinstance(value, int | float) and not isinstance(value, bool) for value in numbers
    ):
        raise MapViewError("map view of wrong types")
    if not options["symbol"]:
        options["symbol"] = default_symbol(indicator_of(dataset.catalog, indicator))
    request = view_request(scope, indicator, year, options)
    if not new_indicator:
        return request
    picked = indicator_of(dataset.catalog, indicator)
    kept = picked.year_kept(request.year)
    base_year = kept_base_year(dataset.values.base_years(picked), request.base_year, kept)
    return replace(request, year=kept, base_year=base_year)


def paint_address(scope: str, lang: str, view: dict) -> str:
    """Return the address of a view's colours, as the map engine builds it in the browser."""
    asked = orjson.dumps(view).decode()
    return flask.url_for("paint.map_paint", scope=scope, lang=lang, view=asked)


def hover_lines(view: ChoroplethView, lang: str) -> list[str]:
    """Return the hover lines under the gmina's name: value with unit, rank in the scope."""
    rank = text("hover_rank", lang)
    return ["{0}", f"{rank}: {{1}}/{view.ranked}"]


def view_paint(view: ChoroplethView, lang: str) -> dict:
    """Return what the map engine colours a view with: classes, colours, hover lines."""
    return {**view.paint, "hover": hover_lines(view, lang)}


@blueprint.get("/paint/<scope>/<lang>")
def map_paint(scope: str, lang: str) -> flask.Response:
    """Answer a view's colours, the geometry they belong to and its panels, or why it has none."""
    lang = language(lang)
    try:
        asked = flask.request.args.get("view", "")
        request = requested_view(scope, asked, current_dataset())
        view = cached_view(request, lang)
    except GeoportalError as error:
        return refusal(error, lang)
    except Exception as error:  # noqa: BLE001 (whatever else: logged, the user told)
        return failure(error, lang)
    geometry = geometry_url(view.units or request.scope, lang)
    beside = panels_of()
    panels = {"panels": beside.shown(view, request, lang)} if beside else {}
    answer = {
        **view_paint(view, lang),
        "geometry": geometry,
        "year": int(request.year),
        "base_year": request.base_year,
        "symbol": drawn_symbol(
            indicator_of(current_dataset().catalog, request.indicator), request.symbol
        ),
    }
    return flask.jsonify({**answer, **panels})


def panels_of() -> Panels | None:
    """Return the panels the app's maps have beside them (none on a server without the UI)."""
    return flask.current_app.extensions.get(PANELS)


def refusal(error: GeoportalError, lang: str) -> flask.Response:
    """Answer why a view has no colours, in ``lang``.

    A malformed or tampered view (never sent by the page's controls) is a 400. A view the
    user asked for that cannot be coloured (bad manual breaks, no data for the year) is an
    answer like any other, holding ``error`` instead of colours and the panels saying why:
    the map keeps its colours, and the legend with them (``bare`` when it has none to keep).
    """
    refused: dict = {"error": {"code": error.code, "message": error_text(error, lang)}}
    malformed = isinstance(error, MapViewError | UnknownIndicatorError)
    panels = panels_of()
    if panels and not malformed:
        refused |= {"panels": panels.refused(error, lang), "bare": panels.bare}
    answer = flask.jsonify(refused)
    answer.status_code = 400 if malformed else 200
    return answer


def failure(error: Exception, lang: str) -> flask.Response:
    """Answer an unexpected failure: logged with its traceback, the user told in their words.

    The map keeps its colours and legend; the page's notice says something went wrong.
    """
    LOG.error("paint %s failed", flask.request.path, exc_info=error)
    panels = panels_of()
    answer = flask.jsonify({"panels": panels.failed(lang)} if panels else {})
    answer.status_code = 500
    return answer


def init_app(server: flask.Flask, panels: Panels | None = None) -> None:
    """Serve the maps' colours from ``server``, with ``panels`` beside them if given."""
    server.register_blueprint(blueprint)
    if panels is not None:
        server.extensions[PANELS] = panels
