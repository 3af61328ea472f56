"""The state of a view (scope, indicator, classification, selection, map extent) as a URL query.

A view is shared by its link: :func:`encoded` writes every field into a query string and
:func:`decoded` reads one back, checking each field against what exists today. A malformed
or outdated field falls back to its default and is reported, so an old link still opens.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any
from urllib.parse import parse_qs, urlencode

from layers.analysis.classify import parsed_breaks
from layers.errors import ManualBreaksError

KEYS = {
    "tab": "tab",
    "scope": "scope",
    "indicator": "ind",
    "year": "year",
    "base_year": "base",
    "scheme": "scheme",
    "k": "k",
    "breaks": "breaks",
    "palette": "pal",
    "reverse": "rev",
    "layers": "layers",
    "area": "area",
    "gmina": "gmina",
    "compare_scope": "cscope",
    "gminas": "gminas",
    "view": "view",
    "symbol": "sym",
}
"""Field of :class:`ViewState` → its short name in the query string."""
KEPT_PARAMETERS = ("lang",)
"""Query parameters that are not part of the view and pass through unchanged."""
LIST_SEPARATOR = ","
MAX_ZOOM = 22.0
MAX_BREAKS_TEXT = 200


@dataclass(frozen=True)
class MapView:
    """The map's extent: centre (latitude, longitude in EPSG:4326) and zoom level."""

    lat: float
    lon: float
    zoom: float

    def text(self) -> str:
        """Return ``lat,lon,zoom`` rounded to about a metre."""
        return f"{self.lat:.5f},{self.lon:.5f},{self.zoom:.2f}"


@dataclass(frozen=True)
class ViewState:
    """Everything that decides what a user sees; ``None`` means "the default for the rest"."""

    tab: str = "tab_map"
    scope: str = "smk"
    indicator: str = "population"
    year: int | None = None
    base_year: int | None = None
    scheme: str = "quantiles"
    k: int = 5
    breaks: str = ""
    palette: str | None = None
    reverse: bool = False
    layers: tuple[str, ...] = ("powiats", "smk")
    area: str | None = None
    gmina: str | None = None
    compare_scope: str = "smk"
    gminas: tuple[str, ...] = ()
    view: MapView | None = None
    symbol: str | None = None
    """Choropleth or proportional circles; ``None``: the indicator's default."""


@dataclass(frozen=True)
class ViewChoices:
    """What a field may hold today (from the app's data, catalog and database).

    ``years`` maps each indicator to its years, ``base_years`` to the years a change may
    start from; ``palettes`` and the other sets list the valid values. ``defaults`` gives
    the fallback of every field.
    """

    tabs: frozenset[str]
    scopes: frozenset[str]
    years: Mapping[str, tuple[int, ...]]
    base_years: Mapping[str, tuple[int, ...]]
    schemes: frozenset[str]
    k_range: tuple[int, int]
    palettes: frozenset[str]
    layers: frozenset[str]
    areas: frozenset[str]
    gminas: frozenset[str]
    compare_scopes: frozenset[str]
    max_gminas: int
    defaults: ViewState = field(default_factory=ViewState)
    symbols: frozenset[str] = frozenset({"choropleth", "circles"})


def encoded(state: ViewState, lang: str | None = None) -> str:
    """Return the query string (with its ``?``) of ``state``; unset fields are left out.

    Parameters
    ----------
    state
        The view.
    lang
        The interface language, kept in the link when given.
    """
    pairs: list[tuple[str, str]] = [("lang", lang)] if lang else []
    for item in fields(ViewState):
        value = getattr(state, item.name)
        if value is None or value == "":
            continue
        pairs.append((KEYS[item.name], _text(value)))
    return "?" + urlencode(pairs, safe=LIST_SEPARATOR)


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, tuple):
        return LIST_SEPARATOR.join(value)
    if isinstance(value, MapView):
        return value.text()
    return str(value)


def decoded(query: str | None, choices: ViewChoices) -> tuple[ViewState | None, list[str]]:
    """Return the view a query string describes, and the names of the fields it got wrong.

    Parameters
    ----------
    query
        ``window.location.search``, with or without the leading ``?``.
    choices
        What each field may hold today.

    Returns
    -------
    tuple
        ``(None, [])`` when the query holds no view field (a plain link to the app);
        otherwise the view, each wrong field replaced by its default, and the wrong
        fields' query names, in query order (unknown parameters count as wrong).
    """
    params = parse_qs((query or "").removeprefix("?"), keep_blank_values=True)
    by_key = {key: name for name, key in KEYS.items()}
    wrong = [key for key in params if key not in by_key and key not in KEPT_PARAMETERS]
    given = {by_key[key]: values[-1] for key, values in params.items() if key in by_key}
    if not given:
        return (None, wrong) if wrong else (None, [])
    changes: dict[str, Any] = {}
    for name, raw in given.items():
        value = _parsed(name, raw, choices)
        if value is None:
            wrong.append(KEYS[name])
        else:
            changes[name] = value
    return _consistent(replace(choices.defaults, **changes), given, choices, wrong), wrong


def _consistent(
    state: ViewState, given: Mapping[str, str], choices: ViewChoices, wrong: list[str]
) -> ViewState:
    """Drop a year or base year the chosen indicator lacks (reported as wrong)."""
    for name, years in (
        ("year", choices.years[state.indicator]),
        ("base_year", choices.base_years[state.indicator]),
    ):
        value = getattr(state, name)
        if value is not None and value not in years:
            cleared: dict[str, Any] = {name: None}
            state = replace(state, **cleared)
            if KEYS[name] not in wrong and name in given:
                wrong.append(KEYS[name])
    return state


def _parsed(name: str, raw: str, choices: ViewChoices) -> object | None:
    """Return the field's value, or ``None`` when ``raw`` is not a valid value of it."""
    try:
        return PARSERS[name](raw, choices)
    except (ValueError, KeyError):
        return None


Parser = Callable[[str, "ViewChoices"], object | None]


def _member(options: Callable[[ViewChoices], frozenset[str]]) -> Parser:
    def parse(raw: str, choices: ViewChoices) -> str | None:
        return raw if raw in options(choices) else None

    return parse


def _members(
    options: Callable[[ViewChoices], frozenset[str]], most: int | None = None
) -> Callable[[str, ViewChoices], tuple[str, ...] | None]:
    def parse(raw: str, choices: ViewChoices) -> tuple[str, ...] | None:
        items = tuple(dict.fromkeys(item for item in raw.split(LIST_SEPARATOR) if item))
        valid = all(item in options(choices) for item in items)
        short = most is None or len(items) <= most
        return items if valid and short else None

    return parse


def _year(raw: str, choices: ViewChoices) -> int | None:
    year = int(raw)
    known = (*choices.years.values(), *choices.base_years.values())
    return year if any(year in years for years in known) else None


def _k(raw: str, choices: ViewChoices) -> int | None:
    low, high = choices.k_range
    k = int(raw)
    return k if low <= k <= high else None


def usable_breaks(raw: str) -> bool:
    """Whether manual breaks could classify a map (empty: none given, which is fine)."""
    if not raw.strip():
        return True
    try:
        parsed_breaks(raw)
    except ManualBreaksError:
        return False
    return len(raw) <= MAX_BREAKS_TEXT


def _breaks(raw: str, choices: ViewChoices) -> str | None:
    return raw if raw.strip() and usable_breaks(raw) else None


def _flag(raw: str, choices: ViewChoices) -> bool | None:
    return {"1": True, "0": False}.get(raw)


def _gminas(raw: str, choices: ViewChoices) -> tuple[str, ...] | None:
    return _members(lambda c: c.gminas, choices.max_gminas)(raw, choices)


def _view(raw: str, choices: ViewChoices) -> MapView | None:
    lat, lon, zoom = (float(part) for part in raw.split(","))
    finite = all(math.isfinite(number) for number in (lat, lon, zoom))
    inside = -90 <= lat <= 90 and -180 <= lon <= 180 and 0 <= zoom <= MAX_ZOOM
    return MapView(lat, lon, zoom) if finite and inside else None


PARSERS: dict[str, Parser] = {
    "tab": _member(lambda c: c.tabs),
    "scope": _member(lambda c: c.scopes),
    "indicator": _member(lambda c: frozenset(c.years)),
    "year": _year,
    "base_year": _year,
    "scheme": _member(lambda c: c.schemes),
    "k": _k,
    "breaks": _breaks,
    "palette": _member(lambda c: c.palettes),
    "reverse": _flag,
    "layers": _members(lambda c: c.layers),
    "area": _member(lambda c: c.areas),
    "gmina": _member(lambda c: c.gminas),
    "compare_scope": _member(lambda c: c.compare_scopes),
    "gminas": _gminas,
    "view": _view,
    "symbol": _member(lambda c: c.symbols),
}
"""How each field is read from its query text (``None`` or an exception: not valid)."""
