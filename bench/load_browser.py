"""Dash's renderer in miniature, for ``bench.load``: the requests a browser makes.

The page's layout and callback graph are read from the app itself (``/_dash-layout``,
``/_dash-dependencies``), so the simulated browser follows the app when ids or callbacks
change. A :class:`Browser` keeps one user's component values; :meth:`Browser.change`
sets some of them as a user would and fires every server callback they trigger, then the
callbacks their outputs trigger, each once, a callback waiting while another pending one
still computes one of its inputs (as the renderer does). Clientside and background
callbacks are left out (they run in the browser or are polled).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import requests

CALLBACK_PATH = "/_dash-update-component"
TIMEOUT_S = 120
ALL = ["ALL"]
ALERT = re.compile(rb'"role":\s*"alert"')
ALERT_TEXT = re.compile(rb'"children":\s*"([^"]*)",\s*"className":\s*"alert"')
"""How a callback answer shows the user an error, and its text (``callbacks/alerts.py``)."""


def id_key(component_id: str | dict) -> str:
    """Return a component id as Dash writes it in ``"id.prop"`` keys (dict ids as sorted JSON)."""
    if isinstance(component_id, dict):
        return json.dumps(component_id, sort_keys=True, separators=(",", ":"))
    return component_id


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


@dataclass(frozen=True)
class Callback:
    """One server callback of ``/_dash-dependencies``."""

    output: str
    outputs: tuple[tuple[str, str], ...]
    inputs: tuple[tuple[str, str], ...]
    state: tuple[tuple[str, str], ...]
    initial: bool

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


def split_output(output: str) -> tuple[tuple[str, str], ...]:
    """Return the ``(id, prop)`` pairs of a callback's output string (``@hash`` dropped)."""
    parts = output[2:-2].split("...") if output.startswith("..") else [output]
    pairs = (part.rsplit(".", 1) for part in parts)
    return tuple((cid, prop.split("@")[0]) for cid, prop in pairs)


def server_callbacks(dependencies: list[dict]) -> list[Callback]:
    """Return the callbacks the server answers (not clientside, not background), in order."""
    return [
        Callback(
            output=spec["output"],
            outputs=split_output(spec["output"]),
            inputs=tuple((item["id"], item["property"]) for item in spec["inputs"]),
            state=tuple((item["id"], item["property"]) for item in spec["state"]),
            initial=not spec["prevent_initial_call"],
        )
        for spec in dependencies
        if not spec.get("clientside_function") and not spec.get("background")
    ]


@dataclass
class Page:
    """What every user's browser reads once: the callbacks and the layout's values."""

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
        cid, prop = output.rsplit(".", 1)
        (found,) = [c for c in self.callbacks if (cid, prop) in c.outputs]
        return found

    def present(self, callback: Callback) -> bool:
        """Whether every plain input of ``callback`` is in the layout (Dash fires it at load)."""
        return all(
            cid.startswith("{") or any(key.startswith(f"{cid}.") for key in self.values)
            for cid, _ in callback.inputs
        )


@dataclass
class Answer:
    """One callback request as sent and answered."""

    callback: Callback
    status: int
    milliseconds: float
    body: bytes

    @property
    def ok(self) -> bool:
        """A 200 Dash answer without an alert, or a 204 (the callback left things as they were)."""
        if self.status == 204:
            return True
        return self.status == 200 and b'"response"' in self.body and not ALERT.search(self.body)

    @property
    def failure(self) -> str | None:
        """What went wrong (None when :attr:`ok`)."""
        if self.ok:
            return None
        if self.status == 0:  # the body holds the client's error; its cause comes last
            return f"connection lost: {self.body.decode(errors='replace')[-70:]}"
        if self.status != 200:
            return f"HTTP {self.status}"
        message = ALERT_TEXT.search(self.body)
        return f"alert: {message.group(1).decode()[:60]}" if message else "no Dash answer"

    @cached_property
    def outputs(self) -> dict[str, Any]:
        """The answered values by ``"id.prop"`` key (a 204 answers none)."""
        if self.status != 200:
            return {}
        response = json.loads(self.body)["response"]
        return {
            f"{cid}.{prop}": value
            for cid, props in response.items()
            for prop, value in props.items()
        }


@dataclass
class Browser:
    """One user's browser: a session, the page's values as this user changed them."""

    url: str
    page: Page
    session: requests.Session = field(default_factory=requests.Session)
    values: dict[str, Any] = field(init=False)
    record: Callable[[Answer], None] = field(default=lambda answer: None)

    def __post_init__(self) -> None:
        self.values = dict(self.page.values)

    def get(self, path: str, body: dict | None = None) -> tuple[int, float, bytes]:
        """GET a path (POST ``body`` as JSON if given); return status, milliseconds and body.

        A connection lost or timed out is status 0, the error's text as body.
        """
        start = time.perf_counter()
        try:
            if body is None:
                response = self.session.get(self.url + path, timeout=TIMEOUT_S)
            else:
                response = self.session.post(self.url + path, json=body, timeout=TIMEOUT_S)
            status, content = response.status_code, response.content
        except requests.RequestException as error:
            status, content = 0, str(error).encode()
        return status, (time.perf_counter() - start) * 1000, content

    def body(self, callback: Callback, changed: list[str]) -> dict:
        """Return the request body of ``callback`` as the renderer writes it."""
        outputs = [{"id": cid, "property": prop} for cid, prop in callback.outputs]
        return {
            "output": callback.output,
            "outputs": outputs if len(outputs) > 1 else outputs[0],
            "inputs": [self.item(item) for item in callback.inputs],
            "state": [self.item(item) for item in callback.state],
            "changedPropIds": changed,
        }

    def item(self, item: tuple[str, str]) -> dict | list[dict]:
        """Return an input or state entry: the value, or every match of an ``ALL`` pattern."""
        cid, prop = item
        if not cid.startswith("{"):
            return {"id": cid, "property": prop, "value": self.values.get(f"{cid}.{prop}")}
        return [
            {"id": json.loads(key), "property": prop, "value": self.values.get(f"{key}.{prop}")}
            for key in self.page.pattern_ids
            if input_matches(item, f"{key}.{prop}")
        ]

    def post(self, callback: Callback, changed: list[str]) -> Answer:
        """POST one callback request, keep its answered values, record it."""
        answer = Answer(callback, *self.get(CALLBACK_PATH, self.body(callback, changed)))
        self.record(answer)
        return answer

    def load(self, address: dict[str, Any]) -> list[Answer]:
        """Open the page at ``address`` (the location's values): fire Dash's initial callbacks."""
        self.values.update(address)
        initial = [c for c in self.page.callbacks if c.initial and self.page.present(c)]
        return self.fire({callback: set() for callback in initial})

    def change(self, values: dict[str, Any]) -> list[Answer]:
        """Set components' values as a user does; fire what they trigger."""
        self.values.update(values)
        return self.fire(self.triggered(set(values), {}, set()))

    def triggered(self, keys: set[str], pending: dict, fired: set) -> dict[Callback, set[str]]:
        """Add to ``pending`` the callbacks not yet ``fired`` that ``keys`` trigger."""
        for callback in self.page.callbacks:
            hits = {key for key in keys if callback.matches(key)}
            if hits and callback not in fired:
                pending.setdefault(callback, set()).update(hits)
        return pending

    def fire(self, pending: dict[Callback, set[str]]) -> list[Answer]:
        """Fire pending callbacks, each once, a callback waiting for those computing its inputs."""
        answers, fired = [], set()
        while pending:
            ready = [c for c in pending if not any(c.waits_for(o) for o in pending)]
            callback = (ready or list(pending))[0]
            answer = self.post(callback, sorted(pending.pop(callback)))
            fired.add(callback)
            answers.append(answer)
            outputs = answer.outputs
            self.values.update(
                {k: v for k, v in outputs.items() if not _patch(v) and not k.endswith(".figure")}
            )
            self.triggered(set(outputs), pending, fired)
        return answers


def _patch(value: Any) -> bool:
    return isinstance(value, dict) and "__dash_patch_update" in value
