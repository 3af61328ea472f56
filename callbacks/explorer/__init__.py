"""The map tab: the explorer's controls and map, its area layers, the gmina panel, exports."""

from __future__ import annotations

from callbacks.explorer import (
    area_layers,
    exports,
    gmina_panel,
    gmina_search,
    map_paint,
    map_table,
    map_view,
    printing,
    small_multiples,
    time_player,
)
from callbacks.tabs import Tab

TAB = Tab(
    "tab_map",
    (map_view, gmina_panel, map_table, small_multiples, exports, printing),
    wired=(area_layers, gmina_search, time_player, map_paint),
)
