"""The Dash wire: the app's callbacks and page as it serves them, requests as a browser writes them.

A browser learns the callback graph from ``/_dash-dependencies`` and the components'
values from ``/_dash-layout``, and posts each callback request to
``/_dash-update-component``. :class:`Page` reads those two answers, :func:`request_body`
writes a request, and :class:`Wire` posts requests through a Flask test client (the
app in this process). ``bench.load_browser`` drives a live server with the same pieces,
and ``tests/support/dash_client.py`` writes the tests' requests with them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from flask.testing import FlaskClient

CALLBACK_PATH = "/_dash-update-component"
PAGE_PATHS = ("/_dash-layout", "/_dash-dependencies")
ALL = ["ALL"]
"""How ``/_dash-dependencies`` writes the ``ALL`` wildcard of a pattern id."""

Entry = Callable[[tuple[str, str]], dict | list[dict]]
"""Writes the input or state entry of an ``(id, prop)`` item of a callback."""


def id_key(component_id: str | dict) -> str:
    """Return a component id as Dash writes it in ``"id.prop"`` keys (dict ids as sorted JSON).

    A pattern id may hold Dash's wildcards (``dash.ALL``): they are written as Dash writes
    them (``["ALL"]``).
    """
    if isinstance(component_id, dict):
        return json.dumps(
            component_id,
            sort_keys=True,
            separators=(",", ":"),
            default=lambda wildcard: json.loads(wildcard.to_json()),
        )
    return component_id


def prop_key(component_id: str | dict, prop: str) -> str:
    """Return the ``"id.prop"`` key of a property as Dash spells it (pattern ids included).

    For a pattern id with ``ALL`` (``{"type": ..., "index": ALL}``) this is the key of
    the callback input; for a concrete one (``"index": 2``) the entry of ``changedPropIds``.
    """
    return f"{id_key(component_id)}.{prop}"


def written_outputs(output: str) -> list[str]:
    """Return the ``"id.prop"`` parts of a callback's output string, as written (``@hash`` kept)."""
    return output[2:-2].split("...") if output.startswith("..") else [output]


def split_output(output: str) -> tuple[tuple[str, str], ...]:
    """Return the ``(id, prop)`` pairs of a callback's output string (``@hash`` dropped).

    A callback without outputs is named by a hash (no ``id.prop``): it has no pairs.
    """
    pairs = (part.rsplit(".", 1) for part in written_outputs(output) if "." in part)
    return tuple((cid, prop.split("@")[0]) for cid, prop in pairs)


def input_matches(item: tuple[str, str], key: str) -> bool:
    """Whether ``key`` (``"id.prop"``) is the input ``item``, or matches its ``ALL`` pattern."""
    component_id, prop = item
    key_id, _, key_prop = key.rpartition(".")
    if prop != key_prop:
        return False
    if not component_id.startswith("{") or not key_id.startswith("{"):
        return component_id == key_id
    pattern, concrete = json.loads(component_id), json.loads(key_id)
    return pattern.keys() == concrete.keys() and all(
        part == ALL or part == concrete[name] for name, part in pattern.items()
    )


@dataclass(frozen=True)
class Callback:
    """One callback of ``/_dash-dependencies`` (or of a Dash app's ``callback_map``)."""

    output: str
    outputs: tuple[tuple[str, str], ...]
    inputs: tuple[tuple[str, str], ...]
    state: tuple[tuple[str, str], ...]
    initial: bool

    @classmethod
    def of(cls, spec: dict) -> Callback:
        """Return the callback of a dependency entry (``output``, ``inputs``, ``state``)."""
        return cls(
            output=spec["output"],
            outputs=split_output(spec["output"]),
            inputs=tuple((item["id"], item["property"]) for item in spec["inputs"]),
            state=tuple((item["id"], item["property"]) for item in spec["state"]),
            initial=not spec.get("prevent_initial_call"),
        )

    def has(self, key: str) -> bool:
        """Whether ``key`` (``"id.prop"``) is one of this callback's outputs."""
        return tuple(key.rsplit(".", 1)) in self.outputs

    def matches(self, key: str) -> bool:
        """Whether the changed ``"id.prop"`` key is one of this callback's inputs."""
        return any(input_matches(item, key) for item in self.inputs)

    def waits_for(self, other: Callback) -> bool:
        """Whether ``other`` computes one of this callback's inputs."""
        outputs = {f"{cid}.{prop}" for cid, prop in other.outputs}
        return other is not self and any(self.matches(key) for key in outputs)


def server_callbacks(dependencies: list[dict]) -> list[Callback]:
    """Return the callbacks the server answers (not clientside, not background), in order."""
    return [
        Callback.of(spec)
        for spec in dependencies
        if not spec.get("clientside_function") and not spec.get("background")
    ]


def find(callbacks: list[Callback], output: str) -> Callback:
    """Return the one callback with ``output`` (``"id.prop"``, a duplicate's ``@hash`` included)."""
    found = [callback for callback in callbacks if output in written_outputs(callback.output)]
    if len(found) != 1:
        raise LookupError(f"{len(found)} callbacks write {output!r}")
    return found[0]


def request_body(callback: Callback, entry: Entry, changed: list[str]) -> dict:
    """Return the body of a request for ``callback``, as Dash's renderer writes it.

    ``entry`` writes each input and state entry; ``changed`` lists the ``"id.prop"``
    keys that triggered the request.
    """
    outputs = [{"id": cid, "property": prop} for cid, prop in callback.outputs]
    return {
        "output": callback.output,
        "outputs": outputs if len(outputs) > 1 else outputs[0],
        "inputs": [entry(item) for item in callback.inputs],
        "state": [entry(item) for item in callback.state],
        "changedPropIds": changed,
    }


def components(node: Any) -> Iterator[dict]:
    """Yield the props of every component with an id in a ``/_dash-layout`` tree, in order."""
    if isinstance(node, list):
        for child in node:
            yield from components(child)
    elif isinstance(node, dict):
        props = node.get("props") if {"type", "namespace"} <= node.keys() else None
        if props is not None and "id" in props:
            yield props
        for value in (props or node).values():
            yield from components(value)


@dataclass
class Page:
    """What a browser reads once: the server callbacks and the layout's values."""

    callbacks: list[Callback]
    values: dict[str, Any]
    pattern_ids: list[str]

    @classmethod
    def read(cls, layout: dict, dependencies: list[dict]) -> Page:
        """Return the page of a ``/_dash-layout`` and ``/_dash-dependencies`` answer."""
        values, pattern_ids = {}, []
        for props in components(layout):
            key = id_key(props["id"])
            pattern_ids += [key] if key.startswith("{") else []
            values.update({f"{key}.{prop}": value for prop, value in props.items()})
        return cls(server_callbacks(dependencies), values, pattern_ids)

    def callback(self, output: str) -> Callback:
        """Return the callback that has ``output`` (``"id.prop"``) among its outputs."""
        return find(self.callbacks, output)

    def present(self, callback: Callback) -> bool:
        """Whether every plain input of ``callback`` is in the layout (Dash fires it at load)."""
        return all(
            cid.startswith("{") or any(key.startswith(f"{cid}.") for key in self.values)
            for cid, _ in callback.inputs
        )

    def entry(self, values: dict[str, Any]) -> Entry:
        """Return the entry writer of ``values`` (``"id.prop"`` keys) over the page's values.

        A value neither in ``values`` nor in the layout is None; a pattern item gets every
        component of the page that matches it.
        """

        def value(key: str) -> Any:
            return values[key] if key in values else self.values.get(key)

        def written(item: tuple[str, str]) -> dict | list[dict]:
            cid, prop = item
            if not cid.startswith("{"):
                return {"id": cid, "property": prop, "value": value(f"{cid}.{prop}")}
            return [
                {"id": json.loads(key), "property": prop, "value": value(f"{key}.{prop}")}
                for key in self.pattern_ids
                if input_matches(item, f"{key}.{prop}")
            ]

        return written


def posted(client: FlaskClient, body: dict) -> tuple[int, bytes]:
    """POST a callback request's ``body`` through ``client``; return the status and raw body."""
    response = client.post(CALLBACK_PATH, data=json.dumps(body), content_type="application/json")
    return response.status_code, response.data


@dataclass
class Wire:
    """The app's page as a browser reads it, and callback requests through a test client."""

    client: FlaskClient
    page: Page

    @classmethod
    def read(cls, client: FlaskClient) -> Wire:
        """Read the page (layout and callbacks) from the app behind ``client``."""
        layout, dependencies = (client.get(path).get_json() for path in PAGE_PATHS)
        return cls(client, Page.read(layout, dependencies))

    def post(self, output: str, values: dict[str, Any], changed: list[str]) -> tuple[int, bytes]:
        """POST the request of the callback that has ``output``; return status and raw body.

        The inputs and state are the page's values with ``values`` (``"id.prop"`` keys)
        over them; ``changed`` lists the keys that triggered it.
        """
        body = request_body(self.page.callback(output), self.page.entry(values), changed)
        return posted(self.client, body)
