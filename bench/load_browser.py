"""Dash's renderer in miniature, for ``bench.load``: the requests a browser makes.

The page's layout and callback graph are read from the app itself (``/_dash-layout``,
``/_dash-dependencies``, through :mod:`bench.dash_wire`), so the simulated browser
follows the app when ids or callbacks change. A :class:`Browser` keeps one user's
component values; :meth:`Browser.change` sets some of them as a user would and fires
every server callback they trigger, then the callbacks their outputs trigger, each once,
a callback waiting while another pending one still computes one of its inputs (as the
renderer does). Clientside and background callbacks are left out (they run in the
browser or are polled).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import requests

from bench.dash_wire import CALLBACK_PATH, Callback, Page, request_body

TIMEOUT_S = 120
ALERT = re.compile(rb'"role":\s*"alert"')
ALERT_TEXT = re.compile(rb'"children":\s*"([^"]*)",\s*"className":\s*"alert"')
"""How a callback answer shows the user an error, and its text (``callbacks/alerts.py``)."""


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
        """Return the request body of ``callback`` as the renderer writes it from these values."""
        return request_body(callback, self.page.entry(self.values), changed)

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
