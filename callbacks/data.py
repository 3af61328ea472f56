"""Access to the data the app loaded at start, from inside a callback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
from flask import current_app

from callbacks.cache import cache
from callbacks.i18n import text
from layers.dataset import Dataset, gmina_labels
from layers.saved_areas import open_database

EXTENSION_KEY = "geoportal_dataset"


def current_dataset() -> Dataset:
    """Return the dataset bound to the running app by ``create_app``."""
    return current_app.extensions[EXTENSION_KEY]


@cache.memoize()
def current_labels(lang: str) -> pd.Series:
    """Return every gmina's display name in ``lang`` (type added where names repeat)."""
    suffixes = {digit: text(f"type_{digit}", lang) for digit in ("1", "2", "3")}
    return gmina_labels(current_dataset(), suffixes)


def current_database() -> sqlite3.Connection:
    """Return a connection to the app's database of saved areas (one per call)."""
    return open_database(Path(current_app.config["DATABASE_PATH"]))
