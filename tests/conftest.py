"""Shared fixtures: tiny hand-checkable layers, the real store built once, a fresh app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from dash.background_callback.managers import BaseBackgroundCallbackManager

import geopandas as gpd
from shapely.geometry import box

from app import create_app
from layers.analysis.crs import METRIC_CRS
from layers.analysis.dataset import Dataset
from layers.ingest.build import BuildSources, build_store
from layers.store import database, io
from layers.store.database import sqlite_url
from layers.store.io import load_dataset
from server.settings import GEODATA_DIR, settings
from tests.support.access_fixtures import Internal, with_internal_data
from tests.support.postgres_server import PostgresServer, running_postgres

SOURCES = BuildSources(Path(settings()["SOURCE_DIR"]), GEODATA_DIR)
"""The source mirror (``GEOPORTAL_SOURCE_DIR``) and the project's metadata."""
BUILT = "2026-11-27"
"""The build date the test store's manifest records."""


@pytest.fixture(autouse=True)
def background_callbacks_forgotten() -> Iterator[None]:
    """Let go of the apps a test built: Dash keeps every background callback of every app.

    ``BaseBackgroundCallbackManager`` holds them, and the managers, in class-level lists, so
    each app built (its data with it, ~50 MB) stayed alive for the whole session: a worker
    reached 11 GB. After each test, what its apps added goes; the managers of longer-lived
    apps get back the functions they had (a later app's same key had replaced them).
    """
    functions, managers = (
        BaseBackgroundCallbackManager.functions,
        BaseBackgroundCallbackManager.managers,
    )
    known_functions, known_managers = len(functions), len(managers)
    yield
    del functions[known_functions:]
    del managers[known_managers:]
    for manager in managers:
        manager.func_registry.clear()
        for details in functions:
            manager.register(*details)


@pytest.fixture
def squares() -> gpd.GeoDataFrame:
    """Three 1 km squares in a row (EPSG:2180), codes of a made-up powiat."""
    return gpd.GeoDataFrame(
        {"name": ["A", "B", "C"], "type": ["1", "2", "3"]},
        geometry=[box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000), box(2000, 0, 3000, 1000)],
        index=pd.Index(["9901011", "9901022", "9902033"], name="teryt"),
        crs=METRIC_CRS,
    )


@pytest.fixture(scope="session")
def source_dir() -> Path:
    """The read-only source mirror (``../shared/geodata``), as the session store reads it."""
    return SOURCES.source_dir


@pytest.fixture(scope="session")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real store, built once per test session from ``../shared/geodata``."""
    directory = tmp_path_factory.mktemp("store")
    io.write_store(directory, build_store(SOURCES), {"fingerprint": "tests", "built": BUILT})
    return directory


@pytest.fixture(scope="session")
def dataset(store_dir: Path) -> Dataset:
    """The real data as the app loads it."""
    return load_dataset(store_dir, GEODATA_DIR)


@pytest.fixture
def app(store_dir: Path, tmp_path: Path):
    """A fresh app on the real store, without caching."""
    return create_app(
        {
            "STORE_DIR": str(store_dir),
            "CACHE_TYPE": "NullCache",
            "DATABASE_PATH": str(tmp_path / "geoportal.sqlite"),
            "JOBS_DIR": str(tmp_path / "jobs"),
        }
    )


@pytest.fixture
def internal(app) -> Internal:
    """The app with something internal: an indicator, a saved area, a user and a token."""
    return with_internal_data(app)


@pytest.fixture(autouse=True)
def disposed_engines(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Close the pooled connections of every engine a test made (as a process exit would)."""
    made = []
    original = database.database_engine

    def recorded(url: str):
        made.append(original(url))
        return made[-1]

    monkeypatch.setattr(database, "database_engine", recorded)
    yield
    for engine in made:
        engine.dispose()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A real PostgreSQL server on 127.0.0.1 for the whole test session."""
    with running_postgres() as server:
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database: an SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "geoportal.sqlite")
    return request.getfixturevalue("postgres").new_database()
