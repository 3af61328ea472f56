"""Migrations on SQLite and PostgreSQL: from an empty database, from the schema before them."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext

from layers.errors import DatabaseSchemaError
from layers.store import schema
from layers.store.database import open_database
from layers.store.migrations import (
    MIGRATIONS_DIR,
    current_revision,
    head_revision,
    migrating,
    migration_config,
    new_revision,
    upgrade,
)
from layers.store.saved_areas import SavedArea, save_area, saved_areas
from layers.store.schema import METADATA
from layers.store.user_indicators import stored_revision
from layers.store.users import add_user, token_user, users
from tests.support.database_rows import fetched

BEFORE = Path(__file__).parent / "schema_before_migrations"
"""Today's DDL per backend, as ``open_database`` made it before migrations."""
TOKEN = "jawny-token-z-dawnej-bazy"
ROWS = {
    "saved_areas": "(7, 'stara strefa', 'zone', '[\"1261011\"]', '{}', '{}', '2025-01-01', 1)",
    "saved_views": "(3, 'widok', 'opis', 'anna', '?indicator=density', 0, '2025-01-02')",
    "presentations": "(5, 'pokaz', '2025-01-03')",
    "presentation_slides": "(5, 0, 3)",
    "user_indicators": "(9, 'Wskaźnik', 'Indicator', '%', 'UM', '', 'neutral', 'sum', 1, "
    "'anna', '2025-01-04', '2025-01-04', 0)",
    "user_indicator_values": "(9, '1261011', 2024, 12.5)",
    "users": "('anna', 'official', 'scrypt:hash', '2025-01-05')",
    "api_tokens": "('TOKEN_HASH', 'anna', 'skrypt', '2025-01-06')",
}
"""A row in every table of the schema before migrations."""


def schema_differences(engine: sa.Engine) -> list:
    """Return what Alembic finds different between the database and ``schema.METADATA``."""
    with engine.connect() as connection:
        return compare_metadata(MigrationContext.configure(connection), METADATA)


def database_before_migrations(url: str) -> None:
    """Create the schema as the code before migrations did, with a row in every table."""
    engine = sa.create_engine(url)
    lines = (BEFORE / f"{engine.dialect.name}.sql").read_text().splitlines()
    ddl = "\n".join(line for line in lines if not line.startswith("--"))
    token_hash = hashlib.sha256(TOKEN.encode()).hexdigest()
    with engine.begin() as connection:
        for statement in filter(str.strip, ddl.split(";")):
            connection.exec_driver_sql(statement)
        for table, row in ROWS.items():
            values = row.replace("TOKEN_HASH", token_hash)
            connection.execute(sa.text(f"INSERT INTO {table} VALUES {values}"))
        connection.exec_driver_sql("INSERT INTO user_indicator_revision VALUES (1, 4)")
    engine.dispose()


def test_an_empty_database_gets_the_schema(database_url):
    engine = open_database(database_url)
    assert schema_differences(engine) == []
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    assert stored_revision(engine) == 0


def test_the_schema_before_migrations_is_adopted_with_its_rows(database_url):
    database_before_migrations(database_url)
    engine = open_database(database_url)
    assert schema_differences(engine) == []
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    for table in ROWS:
        assert len(fetched(engine, f"SELECT * FROM {table}")) == 1, table
    assert stored_revision(engine) == 4  # kept, not reset
    assert token_user(engine, TOKEN).username == "anna"
    (area,) = saved_areas(engine)
    assert (area.name, area.internal) == ("stara strefa", True)
    new = SavedArea("nowa", "zone", ("1261011",), {"type": "Point", "coordinates": [20, 50]})
    assert save_area(engine, new) != 7  # the keys go on counting
    add_user(engine, "jan", "dobre-haslo-123", "admin")
    assert [user.username for user in users(engine)] == ["anna", "jan"]


def test_a_second_open_changes_nothing(database_url):
    engine = open_database(database_url)
    save_area(engine, SavedArea("a", "zone", ("1261011",), {"type": "Point"}))
    again = open_database(database_url)
    assert [area.name for area in saved_areas(again)] == ["a"]
    assert fetched(again, "SELECT version_num FROM alembic_version") == [(head_revision(),)]


def test_processes_starting_together_migrate_once(database_url):
    with ThreadPoolExecutor(4) as pool:
        engines = list(pool.map(lambda _: open_database(database_url), range(4)))
    assert fetched(engines[0], "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    assert stored_revision(engines[0]) == 0
    assert schema_differences(engines[0]) == []


def test_a_database_from_newer_code_is_refused(database_url):
    engine = open_database(database_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseSchemaError, match="9999"):
        open_database(database_url)


def test_the_first_revision_goes_down_and_up_again(database_url):
    engine = open_database(database_url)
    with migrating(engine) as connection:
        command.downgrade(migration_config(connection), "base")
    assert sa.inspect(engine).get_table_names() == ["alembic_version"]
    assert schema_differences(open_database(database_url)) == []


def test_a_rebuilt_sqlite_table_keeps_the_rows_pointing_at_it(tmp_path):
    url = f"sqlite:///{tmp_path / 'g.sqlite'}"
    database_before_migrations(url)
    engine = open_database(url)
    with migrating(engine) as connection:
        operations = Operations(MigrationContext.configure(connection))
        kept = (sa.CheckConstraint("internal IN (0, 1)"),)  # SQLite leaves it unnamed
        with operations.batch_alter_table(
            "presentations", recreate="always", table_args=kept
        ) as batch:
            batch.add_column(sa.Column("note", sa.Text))
    assert fetched(engine, "SELECT * FROM presentation_slides") == [(5, 0, 3)]
    assert json.loads(fetched(engine, "SELECT members FROM saved_areas")[0][0]) == ["1261011"]


def test_migrations_have_one_head_numbered_in_order():
    names = sorted(path.stem for path in (MIGRATIONS_DIR / "versions").glob("*.py"))
    assert head_revision() == names[-1].split("_")[0]
    assert [name.split("_")[0] for name in names] == [f"{n:04d}" for n in range(1, len(names) + 1)]


def test_a_new_revision_holds_what_the_schema_gained(tmp_path, monkeypatch):
    directory = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, directory, ignore=shutil.ignore_patterns("__pycache__"))
    gained = sa.MetaData()
    for table in METADATA.tables.values():
        table.to_metadata(gained)
    gained.tables["users"].append_column(sa.Column("email", sa.Text))
    sa.Table("notes", gained, sa.Column("id", sa.Integer, primary_key=True))
    monkeypatch.setattr(schema, "METADATA", gained)

    written = new_revision("Add notes and e-mail", directory=directory)

    assert written.name == f"{int(head_revision()) + 1:04d}_add_notes_and_e_mail.py"
    assert head_revision(directory) == written.name[:4]
    checked = subprocess.run([sys.executable, "-m", "ruff", "check", str(written)], check=False)
    assert checked.returncode == 0
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'g.sqlite'}")
    upgrade(engine, directory)
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), gained) == []
    engine.dispose()
    assert new_revision("Nothing more", directory=directory) is None
