"""Access to the data the app loaded at start, from inside a callback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
from flask import current_app

from callbacks.access import signed_in_user
from callbacks.cache import cache
from callbacks.i18n import text
from layers.access import public_dataset, visible_areas
from layers.dataset import Dataset, gmina_labels
from layers.errors import SavedAreaError
from layers.saved_areas import SavedArea, open_database, saved_area, saved_areas

EXTENSION_KEY = "geoportal_dataset"
PUBLIC_KEY = "geoportal_public_dataset"


def current_dataset() -> Dataset:
    """Return the dataset bound to the running app, without internal data for visitors."""
    full = current_app.extensions[EXTENSION_KEY]
    if signed_in_user():
        return full
    source, public = current_app.extensions.get(PUBLIC_KEY, (None, None))
    if source is not full:
        public = public_dataset(full)
        current_app.extensions[PUBLIC_KEY] = (full, public)
    return public


def current_areas(kind: str | None = None) -> list[SavedArea]:
    """Return the saved areas (of one kind) the person asking may see, newest first."""
    return visible_areas(saved_areas(current_database(), kind), signed_in_user() is not None)


def current_area(identifier: int) -> SavedArea:
    """Return one saved area the person asking may see.

    Raises
    ------
    SavedAreaError
        When there is no such area, or it is internal and no one is signed in.
    """
    area = saved_area(current_database(), identifier)
    if not visible_areas([area], signed_in_user() is not None):
        raise SavedAreaError(f"no saved area {identifier}")
    return area


@cache.memoize()
def current_labels(lang: str) -> pd.Series:
    """Return every gmina's display name in ``lang`` (type added where names repeat)."""
    suffixes = {digit: text(f"type_{digit}", lang) for digit in ("1", "2", "3")}
    return gmina_labels(current_dataset(), suffixes)


def current_database() -> sqlite3.Connection:
    """Return a connection to the app's database of saved areas (one per call)."""
    return open_database(Path(current_app.config["DATABASE_PATH"]))


def gmina_options(lang: str, codes: pd.Index | None = None) -> list[dict]:
    """Return dropdown options of gminas (all, or ``codes``), sorted by display name."""
    labels = current_labels(lang)
    labels = labels if codes is None else labels.reindex(codes)
    return [{"label": label, "value": code} for code, label in labels.sort_values().items()]


def indicator_options(lang: str, *, levels_only: bool = False) -> list[dict]:
    """Return dropdown options of the catalog's indicators (without change ones if asked)."""
    return [
        {"label": i.name(lang), "value": i.id}
        for i in current_dataset().catalog.values()
        if not (levels_only and i.is_change)
    ]
