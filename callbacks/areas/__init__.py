"""The areas tab: functional-area delimitation, gravitation models and zones."""

from __future__ import annotations

from callbacks.areas import delimitation, gravity, zones
from callbacks.tabs import Tab

TAB = Tab("tab_areas", (delimitation, gravity, zones))
