"""The comparison tab: gminas side by side in a table and charts, two maps, similar gminas."""

from __future__ import annotations

from callbacks.compare import area_pick, areas, maps, powiats, table
from callbacks.tabs import Tab

TAB = Tab("tab_compare", (table, powiats, maps, areas), wired=(area_pick,))
