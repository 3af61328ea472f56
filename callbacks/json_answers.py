"""Callback answers that Dash encodes in one orjson pass.

Dash encodes every answer with Plotly's ``to_json_plotly``: orjson first, and when orjson
meets an object it does not know (a Dash component, a ``Patch``) Plotly walks the whole
answer in Python to clean it, every coordinate of every figure included. A Poland map
answered with its legend takes ~240 ms that way against ~21 ms in one orjson pass, and a
Poland recolouring patch ~7 ms against ~0.3 ms (``python -m bench.answers``).
:func:`plain_answer` hands Dash components and patches as the JSON objects it would send
for them, so the fast path applies. An answer holding anything else orjson does not know
still takes the slow path: slower, never wrong.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from dash import Patch
from dash.development.base_component import Component


def plain(value: Any) -> Any:
    """Return ``value`` with every Dash component and patch, in lists or in props, as JSON.

    Other dicts (figures, styles) and the operations of a patch (our patches change
    figures, never components) are returned as they are, unwalked.
    """
    if isinstance(value, dict | str | int | float) or value is None:
        return value  # before the checks against Component's ABC, slower, in long lists
    if isinstance(value, Component):
        encoded = value.to_plotly_json()
        return {**encoded, "props": {key: plain(item) for key, item in encoded["props"].items()}}
    if isinstance(value, Patch):
        return value.to_plotly_json()  # patches of figures: values, no components
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def plain_answer(callback: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a callback so that its answer (one output or a tuple of them) is :func:`plain`."""

    @functools.wraps(callback)
    def answered(*args: Any, **kwargs: Any) -> Any:
        return plain(callback(*args, **kwargs))

    return answered
