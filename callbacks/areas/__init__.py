"""The areas tab: functional-area delimitation, gravitation models, both levels and zones."""

from __future__ import annotations

from callbacks.areas import delimitation, gravity, pull, sensitivity, two_level, zones
from callbacks.tabs import Tab

TAB = Tab("tab_areas", (delimitation, gravity, two_level, sensitivity, pull, zones))
