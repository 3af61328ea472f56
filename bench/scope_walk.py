"""The walk of one explorer map request through the code: hops, modules, climbs, look-ups.

Run: ``python -m bench.scope_walk`` (after ``flask --app app build``; the store is
``GEOPORTAL_STORE_DIR`` if set). Options: ``--scope smk``, ``--indicator population``,
``--year 2024``.

The explorer's map callback is posted as the browser posts it (:class:`bench.dash_wire.Wire`),
a scope switch then an indicator switch, in a fresh app without a cache; each answer is
traced with :func:`sys.setprofile`, keeping the calls of functions of ``layers/``,
``server/`` and ``callbacks/``. Printed per request:

- hops: calls from one module of ours into another (a loop's repeated hop counted once);
- modules: the modules the walk enters;
- climbs: hops made from a room above the one the previous hop entered (the walk went
  back up before going down again; rooms from low to high: ``layers/analysis``,
  ``layers/store``, ``layers/render``, ``server``, ``callbacks``);
- returns: hops into a module the walk had already entered;
- look-ups: calls of ``indicator_of`` (the indicator) and ``scope_codes`` (the scope's
  codes), wherever made.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from app import create_app, page
from bench.dash_wire import Wire

ids = page.ids  # the component ids, through the app (bench/ imports no callbacks)
ROOT = Path(__file__).resolve().parent.parent
ROOMS = ("layers/analysis", "layers/store", "layers/render", "layers/ingest", "server", "callbacks")
"""Our rooms, from the lowest; ``layers/errors.py`` and other ``layers`` files count as analysis."""
RANK = {"layers/analysis": 0, "layers/store": 1, "layers/ingest": 1, "layers/render": 2}
LOOKUPS = ("indicator_of", "scope_codes")
MAP = f"{ids.MAP_STATE}.data"


def module_of(frame: FrameType) -> str | None:
    """Return the project module (path from the root) a frame runs in, None outside ours."""
    path = Path(frame.f_code.co_filename)
    if not path.is_relative_to(ROOT):
        return None
    relative = path.relative_to(ROOT).as_posix()
    return relative if relative.split("/")[0] in ("layers", "server", "callbacks") else None


def rank(module: str) -> int:
    """Return the height of a module's room (:data:`ROOMS`)."""
    if module.startswith("server/"):
        return 3
    if module.startswith("callbacks/"):
        return 4
    return next((value for room, value in RANK.items() if module.startswith(room)), 0)


@dataclass
class Walk:
    """The hops of one request between our modules and the look-ups it made."""

    hops: list[tuple[str, str, str]] = field(default_factory=list)
    """(calling module, called module, called function) in call order."""
    lookups: Counter[str] = field(default_factory=Counter)

    def profile(self, frame: FrameType, event: str, _arg: Any) -> None:
        """Record a call into our code (the profiler's hook)."""
        if event != "call":
            return
        callee = module_of(frame)
        if callee is None:
            return
        name = frame.f_code.co_name
        if name in LOOKUPS:
            self.lookups[name] += 1
        caller = frame.f_back
        while caller is not None and module_of(caller) is None:
            caller = caller.f_back  # through Dash, Flask or pandas, back to our code
        if caller is None or module_of(caller) == callee:
            return
        hop = (str(module_of(caller)), callee, name)
        if not self.hops or self.hops[-1] != hop:
            self.hops.append(hop)

    def figures(self) -> dict[str, int]:
        """Return the walk's counts: hops, modules, climbs, returns, look-ups."""
        entered: set[str] = set()
        climbs = returns = 0
        previous: str | None = None
        for caller, callee, _ in self.hops:
            if previous is not None and rank(caller) > rank(previous):
                climbs += 1
            returns += callee in entered
            entered.add(callee)
            previous = callee
        modules = entered | {caller for caller, _, _ in self.hops}
        return {
            "hops": len(self.hops),
            "modules": len(modules),
            "climbs": climbs,
            "returns": returns,
            **{name: self.lookups[name] for name in LOOKUPS},
        }


def traced(wire: Wire, values: dict[str, Any], changed: str) -> Walk:
    """Post the map callback with ``values`` after ``changed`` changed; return its walk."""
    walk = Walk()
    sys.setprofile(walk.profile)
    try:
        status, body = wire.post(MAP, values, [changed])
    finally:
        sys.setprofile(None)
    if status != 200:
        raise SystemExit(f"map callback answered {status}: {body[:300]!r}")
    return walk


def print_walk(title: str, walk: Walk) -> None:
    """Print a walk's figures, then its hops."""
    figures = walk.figures()
    print(f"{title}: " + ", ".join(f"{name} {value}" for name, value in figures.items()))
    for caller, callee, name in walk.hops:
        print(f"    {caller} -> {callee}:{name}")


def main(argv: list[str] | None = None) -> None:
    """Trace a scope switch and an indicator switch of the explorer's map."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scope", default="smk")
    parser.add_argument("--indicator", default="population")
    parser.add_argument("--other", default="density")
    parser.add_argument("--year", type=int, default=2024)
    options = parser.parse_args(argv)
    app = create_app({"CACHE_TYPE": "NullCache"})
    with app.server.test_client() as client:
        wire = Wire.read(client)
        values = {
            f"{ids.SCOPE_RADIO}.value": options.scope,
            f"{ids.INDICATOR_DROPDOWN}.value": options.indicator,
            f"{ids.YEAR_SLIDER}.value": options.year,
        }
        scope = traced(wire, values, f"{ids.SCOPE_RADIO}.value")
        values[f"{ids.INDICATOR_DROPDOWN}.value"] = options.other
        switch = traced(wire, values, f"{ids.INDICATOR_DROPDOWN}.value")
    print_walk("scope switch (geometry built)", scope)
    print_walk("indicator switch", switch)


if __name__ == "__main__":
    main()
