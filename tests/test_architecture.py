"""The import rule of ARCHITECTURE.md: arrows run one way between the rooms."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ROOMS = {
    "layers.analysis": {"layers.errors"},
    "layers.store": {"layers.errors", "layers.analysis"},
    "layers.render": {"layers.errors", "layers.analysis", "layers.store"},
    "layers.ingest": {"layers.errors", "layers.analysis", "layers.store"},
    "layers.errors": set(),
    "server": {"layers"},
    "callbacks": {"layers", "server"},
    "bench": {"layers", "server", "app"},
}
"""What each room may import of the project besides itself."""
PROJECT = ("layers", "server", "callbacks", "app", "bench", "tests")
WEB_LIBRARIES = ("dash", "flask", "flask_caching")
"""Libraries ``layers/`` never imports: it is plain Python, usable without a web server."""


def room_of(module: str) -> str:
    """Return the room a dotted module name belongs to ('' outside every room)."""
    rooms = sorted(ROOMS, key=len, reverse=True)
    return next((room for room in rooms if module == room or module.startswith(room + ".")), "")


def imported(source: str) -> set[str]:
    """Return every absolute module (and ``module.name``) a source imports."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def violations(module: str, source: str) -> list[str]:
    """Return the imports of ``module`` that break the rule."""
    room = room_of(module)
    allowed = (*ROOMS[room], room)
    broken = []
    for name in sorted(imported(source)):
        if name.split(".")[0] in PROJECT:
            if not any(name == a or name.startswith(a + ".") for a in allowed):
                broken.append(name)
        elif room.startswith("layers") and name.split(".")[0] in WEB_LIBRARIES:
            broken.append(name)
    return broken


def project_modules() -> dict[str, Path]:
    """Return every module of the rooms, by dotted name."""
    modules = {}
    for path in sorted(ROOT.glob("*/**/*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        if room_of(module):
            modules[module] = path
    return modules


@pytest.mark.parametrize("module", sorted(project_modules()))
def test_imports_follow_the_rule(module: str) -> None:
    assert violations(module, project_modules()[module].read_text()) == []


def test_every_room_has_modules() -> None:
    assert {room_of(module) for module in project_modules()} == set(ROOMS)


@pytest.mark.parametrize(
    ("module", "source", "broken"),
    [
        (
            "layers.analysis.x",
            "from layers.store.io import load_dataset",
            ["layers.store.io.load_dataset"],
        ),
        ("layers.render.x", "import flask", ["flask"]),
        ("layers.store.x", "from dash import html", ["dash.html"]),
        ("server.x", "from callbacks import ids", ["callbacks.ids"]),
        ("bench.x", "from tests.support import ports", ["tests.support.ports"]),
        ("callbacks.x", "from layers.analysis import gravity\nimport dash", []),
    ],
)
def test_the_rule_names_what_breaks_it(module: str, source: str, broken: list[str]) -> None:
    assert violations(module, source) == broken


def environment_reads(source: str) -> list[str]:
    """Return the reads of the environment in a source (``os.environ``, ``os.getenv``…)."""
    names = {"environ", "getenv", "environb", "getenvb"}
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in names:
            found.append(node.attr)
        elif isinstance(node, ast.ImportFrom) and node.module == "os":
            found += [alias.name for alias in node.names if alias.name in names]
    return found


@pytest.mark.parametrize(
    "module", [name for name in sorted(project_modules()) if name.startswith("layers")]
)
def test_layers_read_no_environment(module: str) -> None:
    assert environment_reads(project_modules()[module].read_text()) == []


def test_environment_reads_are_found() -> None:
    source = "import os\nfrom os import getenv\nos.environ.get('A')\nos.getenv('B')"
    assert sorted(environment_reads(source)) == ["environ", "getenv", "getenv"]


TESTED_ELSEWHERE = {
    # Alembic's entry point: module-level code Alembic runs inside every migration, so every
    # test of tests/layers/store/migrations/ and test_migrations.py runs it; it has no
    # function of its own to call.
    "layers/store/migrations/env.py",
}
"""Modules without a test module at their mirrored path, each with the reason."""
TESTED_ROOMS = ("layers", "server", "callbacks")


def mirrored_test(module: Path) -> Path:
    """Return where a module's tests live: ``layers/x/y.py`` → ``tests/layers/x/test_y.py``."""
    return ROOT / "tests" / module.parent / f"test_{module.name}"


def untested_modules() -> list[str]:
    """Return the modules of the tested rooms without a test module at their mirrored path."""
    modules = [
        path.relative_to(ROOT)
        for room in TESTED_ROOMS
        for path in sorted((ROOT / room).rglob("*.py"))
        if path.name != "__init__.py"
    ]
    return [str(path) for path in modules if not mirrored_test(path).exists()]


def test_every_module_has_its_test_module():
    assert set(untested_modules()) == TESTED_ELSEWHERE


def test_the_mirrored_path_of_a_module():
    module = Path("layers/store/migrations/versions/0001_first_schema.py")
    expected = "tests/layers/store/migrations/versions/test_0001_first_schema.py"
    assert mirrored_test(module) == ROOT / expected


def positional_functions() -> set[str]:
    """Return the functions of ``callbacks/`` (nested ones too) that take ``*values``.

    A wrapper passing on ``*args, **kwargs`` untouched (:func:`.plain_answer`) unpacks nothing.
    """
    found = set()
    for path in sorted((ROOT / "callbacks").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef) and node.args.vararg and not node.args.kwarg:
                found.add(f"{path.relative_to(ROOT).as_posix()}:{node.name}")
    return found


def test_callbacks_take_their_inputs_by_name():
    assert positional_functions() == set()
