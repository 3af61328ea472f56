"""The spatial analysis and outlook tab: clusters of values (Moran, LISA, Gi*), the outlook."""

from __future__ import annotations

from callbacks.spatial import cluster_save, clusters, outlook
from callbacks.tabs import Tab

TAB = Tab("tab_spatial", (clusters, cluster_save, outlook))
