"""Accessible names for the page's controls, given where the layout is built (issue 19).

A visible ``html.Label`` placed just before a control names it: :func:`tie_labels` sets
the label's ``htmlFor`` to the control's id, so that a browser (and ``assets/a11y.js``, for
the Dash 4 components a ``<label for>`` does not reach: radio groups, checklists,
dropdowns, sliders) tie the two. :func:`dom_id` is the id as Dash writes it in the page.
"""

from __future__ import annotations

import json
from typing import Any

from dash import html
from dash.development.base_component import Component


def dom_id(component_id: str | dict[str, Any]) -> str:
    """Return a component id as Dash writes it into the page's ``id`` attribute.

    A pattern-matching id (a dict) becomes its JSON with sorted keys and no spaces, as
    Dash's renderer writes it (``stringifyId``).
    """
    if isinstance(component_id, dict):
        return json.dumps(component_id, sort_keys=True, separators=(",", ":"))
    return component_id


def tie_labels(tree: Any) -> Any:
    """Tie every ``html.Label`` without ``htmlFor`` to the control with an id after it.

    Walks ``tree`` (a component, or a list of them) in place and returns it. A label that
    already names a control, or that no sibling with an id follows, is left as it is.
    """
    children = tree if isinstance(tree, list | tuple) else getattr(tree, "children", None)
    if isinstance(children, Component):
        tie_labels(children)
    elif isinstance(children, list | tuple):
        for label, following in zip(children, [*children[1:], None], strict=True):
            if _untied(label) and getattr(following, "id", None) is not None:
                label.htmlFor = dom_id(following.id)
            tie_labels(label)
    return tree


def _untied(component: object) -> bool:
    """Return whether ``component`` is a label of plain text that names no control yet."""
    return (
        isinstance(component, html.Label)
        and isinstance(getattr(component, "children", None), str)
        and getattr(component, "htmlFor", None) is None
    )
