"""Access to the data the app loaded at start, from inside a callback."""

from __future__ import annotations

from flask import current_app

from layers.dataset import Dataset

EXTENSION_KEY = "geoportal_dataset"


def current_dataset() -> Dataset:
    """Return the dataset bound to the running app by ``create_app``."""
    return current_app.extensions[EXTENSION_KEY]
