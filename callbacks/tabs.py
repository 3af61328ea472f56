"""A tab of the page: the features it shows, laid out in order and wired together."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

import dash
from dash.development.base_component import Component


@dataclass(frozen=True)
class Tab:
    """One tab: its key (the text key and the value a link names) and its feature modules.

    Each module in ``parts`` has ``layout(lang)`` and ``register(app)``; ``wired`` modules
    have only ``register(app)`` (a part lays out their controls).
    """

    key: str
    parts: tuple[ModuleType, ...]
    wired: tuple[ModuleType, ...] = ()

    def layout(self, lang: str) -> list[Component]:
        """Return the tab's content in ``lang``."""
        return [part.layout(lang) for part in self.parts]

    def register(self, app: dash.Dash) -> None:
        """Wire every callback of the tab."""
        for feature in (*self.parts, *self.wired):
            feature.register(app)
