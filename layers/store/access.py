"""What an anonymous visitor may see: the data with everything internal left out.

The app applies these at its chokepoints (the dataset a request gets, the saved areas it
lists or opens), so every map, table, download and API answer built from them is public.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Protocol, TypeVar

from layers.analysis.dataset import Dataset


class Marked(Protocol):
    """A saved thing that may be internal (an area, a view, an own indicator)."""

    @property
    def internal(self) -> int:
        """Whether only signed-in officials may see it (a bool or a 0/1 flag)."""
        ...


Item = TypeVar("Item", bound=Marked)


def internal_indicators(dataset: Dataset) -> set[str]:
    """Return the ids of the catalog's internal indicators."""
    return {indicator.id for indicator in dataset.catalog.values() if indicator.internal}


def public_dataset(dataset: Dataset) -> Dataset:
    """Return the dataset without internal indicators (catalog entries and values).

    Parameters
    ----------
    dataset
        The full data; it is not modified.

    Returns
    -------
    Dataset
        ``dataset`` itself when nothing is internal; otherwise a copy whose catalog,
        value tables and long value table hold no internal indicator, nor any change
        indicator computed from one.
    """
    hidden = internal_indicators(dataset)
    if not hidden:
        return dataset
    catalog = {
        key: indicator
        for key, indicator in dataset.catalog.items()
        if key not in hidden and indicator.formula.get("change_of") not in hidden
    }
    values = dataclasses.replace(
        dataset.values,
        by_indicator={
            key: frame for key, frame in dataset.values.by_indicator.items() if key not in hidden
        },
    )
    long_values = dataset.store.values
    store = dataclasses.replace(
        dataset.store, values=long_values[~long_values["indicator"].isin(hidden)]
    )
    return dataclasses.replace(dataset, store=store, catalog=catalog, values=values)


def visible_items(items: Iterable[Item], signed_in: bool) -> list[Item]:
    """Return the saved items (areas, own indicators) one may see: all, or the public ones."""
    return [item for item in items if signed_in or not item.internal]
