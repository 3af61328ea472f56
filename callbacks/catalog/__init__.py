"""The catalog tab: every indicator's metadata, and the refresh from GUS BDL."""

from __future__ import annotations

from callbacks.catalog import bdl, table
from callbacks.tabs import Tab

TAB = Tab("tab_catalog", (table, bdl))
