"""Access to the data the app loaded at start, from inside a callback."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import flask
import pandas as pd
from flask import current_app, g, has_request_context

from layers.analysis.dataset import Dataset, gmina_labels
from layers.analysis.levels import powiat_genitive, powiat_labels, powiat_of
from layers.errors import DatabaseUnavailableError, SavedAreaError
from layers.store.access import public_dataset, visible_items
from layers.store.io import load_dataset
from layers.store.saved_areas import SavedArea, saved_area, saved_areas
from layers.store.user_indicators import (
    UserIndicator,
    stored_revision,
    user_indicators,
    with_user_indicators,
)
from server.access import signed_in
from server.cache import cache
from server.database import current_database
from server.i18n import text
from server.settings import GEODATA_DIR
from server.text_keys import TYPE_KEYS

LOG = logging.getLogger(__name__)
T = TypeVar("T")
EXTENSION_KEY = "geoportal_dataset"
OWN_DATA_KEY = "geoportal_own_data"
PUBLIC_KEY = "geoportal_public_dataset"
GMINA_OPTIONS_KEY = "geoportal_gmina_options"
OUTAGE_KEY = "geoportal_database_outage"
RETRY_AFTER_S = 5.0
"""After the database failed, it is asked again for own indicators only this much later."""


def init_app(server: flask.Flask) -> None:
    """Load the data store named by ``STORE_DIR`` into ``server``."""
    server.extensions[EXTENSION_KEY] = load_dataset(Path(server.config["STORE_DIR"]), GEODATA_DIR)


def current_dataset() -> Dataset:
    """Return the app's data with the users' indicators, without internal data for visitors."""
    full = with_own_data(current_app.extensions[EXTENSION_KEY])
    if signed_in():
        return full
    return held_for(PUBLIC_KEY, full, lambda: public_dataset(full))


def held_for(key: str, source: object, build: Callable[[], T]) -> T:
    """Return what ``build`` makes of ``source``, made once per process while ``source`` stays.

    One value is held per ``key``, with the object it was made from; a new ``source``
    (a reloaded store, a new merge of own indicators) makes it again.
    """
    held_source, value = current_app.extensions.get(key, (None, None))
    if held_source is not source:
        value = build()
        current_app.extensions[key] = (source, value)
    return value


def held_item(key: str, source: object, item: Hashable, build: Callable[[], T]) -> T:
    """Return what ``build`` makes of ``source`` for ``item``, as :func:`held_for` per item."""
    items = held_for(key, source, dict)
    if item not in items:
        items[item] = build()
    return items[item]


@dataclass(frozen=True)
class OwnData:
    """A worker's merge of the store with the own indicators, at a revision of the database."""

    base: Dataset
    """The store's dataset it was merged into (a reloaded store is a new object; held here,
    so that its ``id()`` cannot be reused by another)."""
    revision: int
    merged: Dataset


def with_own_data(base: Dataset) -> Dataset:
    """Return ``base`` merged with the stored user indicators, re-merged only after a write.

    The merge is kept per process with the database's revision, read once per request
    (a write earlier in the same request calls :func:`forget_own_data`). When another
    request or process has written since, the cache is cleared too, since memoised views,
    catalog rows and aggregates were computed from the previous indicators. When the
    database cannot be reached, the last merge (or the store alone) is served: one warning
    is logged per outage, and the database is not asked again for :data:`RETRY_AFTER_S`
    seconds, so an outage costs requests no time.
    """
    if has_request_context() and OWN_DATA_KEY in g:
        return g.get(OWN_DATA_KEY)
    merged = _merged_own_data(base)
    if has_request_context():
        g.setdefault(OWN_DATA_KEY, merged)
    return merged


def _merged_own_data(base: Dataset) -> Dataset:
    held = current_app.extensions.get(OWN_DATA_KEY)
    held = held if held is not None and held.base is base else None
    outage = current_app.extensions.get(OUTAGE_KEY)
    if outage is not None and time.monotonic() < outage:
        return base if held is None else held.merged
    try:
        revision = stored_revision(current_database())
        fresh = held is not None and held.revision == revision
        merged = (
            held.merged
            if held is not None and fresh
            else with_user_indicators(base, current_database())
        )
    except DatabaseUnavailableError:
        if outage is None:
            LOG.warning("database unreachable: serving the store without new own indicators")
        current_app.extensions[OUTAGE_KEY] = time.monotonic() + RETRY_AFTER_S
        return base if held is None else held.merged
    if outage is not None:
        LOG.warning("database reachable again")
        current_app.extensions.pop(OUTAGE_KEY)
    if held is not None and not fresh:
        cache.clear()
    current_app.extensions[OWN_DATA_KEY] = OwnData(base, revision, merged)
    return merged


def forget_own_data() -> None:
    """Make the rest of this request read the database's revision again (after a write)."""
    g.pop(OWN_DATA_KEY, None)


def reload_dataset() -> Dataset:
    """Read the store again into the running app (after a BDL refresh added values).

    Only the process that runs this sees the new data; other worker processes keep
    theirs until they restart. Cached views are cleared.
    """
    dataset = load_dataset(Path(current_app.config["STORE_DIR"]), GEODATA_DIR)
    current_app.extensions[EXTENSION_KEY] = dataset
    forget_own_data()
    cache.clear()
    return dataset


def current_areas(kind: str | None = None) -> list[SavedArea]:
    """Return the saved areas (of one kind) the person asking may see, newest first."""
    return visible_items(saved_areas(current_database(), kind), signed_in())


def current_area(identifier: int) -> SavedArea:
    """Return one saved area the person asking may see.

    Raises
    ------
    SavedAreaError
        When there is no such area, or it is internal and no one is signed in.
    """
    area = saved_area(current_database(), identifier)
    if not visible_items([area], signed_in()):
        raise SavedAreaError(f"no saved area {identifier}")
    return area


@cache.memoize()
def current_labels(lang: str) -> pd.Series:
    """Return every gmina's display name in ``lang`` (type added where names repeat)."""
    suffixes = {digit: text(TYPE_KEYS[digit], lang) for digit in ("1", "2", "3")}
    return gmina_labels(current_dataset(), suffixes)


@cache.memoize()
def current_unit_labels(lang: str) -> pd.Series:
    """Return the display name of every unit of every level: gminas, powiats, districts.

    Codes never collide (a gmina's ends in its type digit, a powiat's in ``000``, a
    district's is ``D01`` … ``D18``), so one look-up names the units of any map.
    """
    store = current_dataset().store
    powiats = powiat_labels(
        store.powiats, text("powiat_label", lang), text("city_powiat_label", lang)
    )
    return pd.concat([current_labels(lang), powiats, store.districts["name"].rename("label")])


def powiat_value_label(teryt: str, lang: str) -> str:
    """Return the mark of a powiat's value shown for one of its gminas, in ``lang``.

    ``"wartość powiatu krakowskiego"`` / ``"value of powiat krakowski"``: a powiat
    indicator's figure is never the gmina's own.
    """
    code = powiat_of(teryt)
    name = str(current_dataset().store.powiats["name"].get(code, code))
    shown = powiat_genitive(name) if lang == "pl" else current_unit_labels(lang).get(code, code)
    return text("powiat_value", lang).format(name=shown)


def gmina_options(lang: str, codes: pd.Index | None = None) -> list[dict]:
    """Return dropdown options of gminas (all, or ``codes``), sorted by display name.

    The list of all gminas is made once per dataset and language (five dropdowns of the
    page hold it); do not change it.
    """
    if codes is not None:
        return sorted_options(current_labels(lang).reindex(codes))
    return held_item(
        GMINA_OPTIONS_KEY, current_dataset(), lang, lambda: sorted_options(current_labels(lang))
    )


def sorted_options(labels: pd.Series) -> list[dict]:
    """Return dropdown options of the gminas of ``labels`` (name by code), sorted by name."""
    return [{"label": label, "value": code} for code, label in labels.sort_values().items()]


def indicator_options(lang: str, *, levels_only: bool = False) -> list[dict]:
    """Return dropdown options of the catalog's indicators (without change ones if asked)."""
    return [
        {"label": i.name(lang), "value": i.id}
        for i in current_dataset().catalog.values()
        if not (levels_only and i.is_change)
    ]


def current_user_indicator_list() -> list[UserIndicator]:
    """Return the stored own indicators the person asking may see (internal ones if signed in)."""
    return visible_items(user_indicators(current_database()), signed_in())
