"""The command line: ``flask --app app build | users | bdl | commuting | db`` on real data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
from flask.testing import FlaskCliRunner

from app import create_server
from layers.ingest.build import BuildSources, inputs_fingerprint
from layers.ingest.sources import MIGRATION
from layers.store import io
from layers.store.database import open_database
from layers.store.migrations import MIGRATIONS_DIR, head_revision
from layers.store.users import session_user, token_user, verified_user
from server.i18n import text
from server.settings import GEODATA_DIR, PROJECT_DIR
from tests.layers.ingest.test_bdl import smk_script
from tests.support.bdl_server import bdl_server
from tests.support.commuting_workbook import write_workbook
from tests.support.database_rows import fetched
from tests.support.ports import free_port

PASSWORD = "dobre-haslo-123"


def runner(**config: object) -> FlaskCliRunner:
    """A runner of the commands of a server with ``config`` (no data store needed)."""
    return create_server(config).test_cli_runner()


def failure(key: str, lang: str = "pl") -> str:
    """Return how a failed command's line starts for the error text ``key``."""
    line = text("cli_failed", lang).format(reason=text(key, lang), detail="\0")
    return line.split("\0")[0]


# --- build -----------------------------------------------------------------------------------


def test_build_writes_the_store_then_leaves_it_alone(source_dir, dataset, tmp_path):
    store = tmp_path / "store"
    cli = runner(STORE_DIR=str(store), SOURCE_DIR=str(source_dir))

    first = cli.invoke(args=["build"])
    manifest = io.read_manifest(store)
    values = pd.read_parquet(store / io.VALUES_FILE)
    again = cli.invoke(args=["build"])
    forced = cli.invoke(args=["build", "--force"])

    migration = pd.read_csv(source_dir / MIGRATION, dtype=str)
    broken = 2 * (migration["year"] == "2015").sum()  # in_total and out_total of 2015
    written = text("cli_store_written", "pl").format(store=store, **manifest)
    checks = text("cli_data_checks", "pl").format(file=io.QUALITY_FILE, found="")
    assert first.exit_code == 0
    assert first.output.splitlines()[0] == written
    assert first.output.splitlines()[1].startswith(f"{checks}{broken} parts_total")
    assert again.output == text("cli_store_current", "pl").format(store=store) + "\n"
    assert (forced.exit_code, forced.output) == (0, first.output)
    pd.testing.assert_frame_equal(pd.read_parquet(store / io.VALUES_FILE), values)
    pd.testing.assert_frame_equal(values, dataset.store.values)
    assert manifest["fingerprint"] == inputs_fingerprint(BuildSources(source_dir, GEODATA_DIR))
    assert manifest["built"] == datetime.now(UTC).date().isoformat()
    assert (manifest["gminas"], manifest["values"]) == (2477, len(values))
    assert (manifest["quality"]["parts_total"], manifest["quality"]["jump"]) == (broken, 0)


def test_a_failed_build_says_which_file_in_one_line(tmp_path):
    store = tmp_path / "store"
    cli = runner(STORE_DIR=str(store), SOURCE_DIR=str(tmp_path), CLI_LANGUAGE="en")

    result = cli.invoke(args=["build"])

    assert result.exit_code == 1 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(failure("error_source_file", "en"))
    assert "boundaries/teryt_gminy_2026_codes.geojson: file not found" in line
    assert not store.exists()


def test_build_reports_a_missing_configured_workbook(source_dir, tmp_path):
    cli = runner(
        STORE_DIR=str(tmp_path / "store"),
        SOURCE_DIR=str(source_dir),
        COMMUTING_XLSX=str(tmp_path / "none.xlsx"),
    )

    result = cli.invoke(args=["build"])

    assert result.exit_code == 1
    assert "none.xlsx: commuting workbook not found" in result.stderr


# --- users -----------------------------------------------------------------------------------


def test_users_add_list_token_remove(database_url):
    cli = runner(DATABASE_URL=database_url)

    added = cli.invoke(
        args=["users", "add", "anna", "--role", "admin", "--password-stdin"], input=PASSWORD + "\n"
    )
    listed = cli.invoke(args=["users", "list"])
    issued = cli.invoke(args=["users", "token", "anna", "--label", "QGIS"])
    removed = cli.invoke(args=["users", "remove", "anna"])
    again = cli.invoke(args=["users", "remove", "anna"])

    assert added.exit_code == 0, (added.output, added.exception)
    assert added.output == text("cli_user_added", "pl").format(username="anna", role="admin") + "\n"
    assert listed.output.startswith("anna\tadmin\t")
    assert removed.exit_code == 0 and "anna" in removed.output
    assert again.exit_code == 1 and again.stderr.startswith(failure("error_user"))
    assert "no user 'anna'" in again.stderr
    assert token_user(open_database(database_url), issued.output.strip()) is None  # revoked


def test_a_token_names_its_user(tmp_path):
    url = f"sqlite:///{tmp_path / 'g.sqlite'}"
    cli = runner(DATABASE_URL=url)
    cli.invoke(args=["users", "add", "jan", "--password-stdin"], input=PASSWORD + "\n")

    issued = cli.invoke(args=["users", "token", "jan"])

    assert token_user(open_database(url), issued.output.strip()).username == "jan"


def test_password_sign_out_tokens_and_revoke(tmp_path):
    url = f"sqlite:///{tmp_path / 'g.sqlite'}"
    cli = runner(DATABASE_URL=url)
    cli.invoke(args=["users", "add", "jan", "--password-stdin"], input=PASSWORD + "\n")
    engine = open_database(url)
    version = session_user(engine, "jan", 0)
    issued = cli.invoke(args=["users", "token", "jan", "--days", "30", "--label", "QGIS"])

    changed = cli.invoke(
        args=["users", "password", "jan", "--password-stdin"], input="nowe-haslo-456\n"
    )
    listed = cli.invoke(args=["users", "tokens", "jan"])
    (token_id, owner, label, _, expires) = listed.output.strip().split("\t")
    revoked = cli.invoke(args=["users", "revoke", token_id])
    unknown = cli.invoke(args=["users", "revoke", "0123456789ab"])

    assert version is not None and session_user(engine, "jan", 0) is None  # sessions ended
    assert verified_user(engine, "jan", "nowe-haslo-456") is not None
    assert changed.exit_code == 0 and "jan" in changed.output
    assert (owner, label) == ("jan", "QGIS") and expires[:10] > datetime.now(UTC).isoformat()[:10]
    assert revoked.exit_code == 0 and token_user(engine, issued.output.strip()) is None
    assert unknown.exit_code == 1 and unknown.stderr.startswith(failure("error_user"))
    actions = fetched(engine, "SELECT who, action, kind FROM audit_log ORDER BY id")
    assert ("(cli)", "delete", "token") in actions


def test_a_typed_password_must_be_repeated(tmp_path):
    cli = runner(DATABASE_PATH=str(tmp_path / "g.sqlite"), CLI_LANGUAGE="en")

    result = cli.invoke(
        args=["users", "add", "ewa"],
        input=f"{PASSWORD}\nother-one-123\n" * 2 + f"{PASSWORD}\n{PASSWORD}\n",
    )

    assert result.exit_code == 0
    assert result.output.count(text("cli_password_repeat", "en")) == 3
    assert cli.invoke(args=["users", "list"]).output.startswith("ewa\tofficial\t")


def test_a_weak_password_and_a_bad_role_are_refused(tmp_path):
    cli = runner(DATABASE_PATH=str(tmp_path / "g.sqlite"))

    weak = cli.invoke(args=["users", "add", "jan", "--password-stdin"], input="krotkie\n")
    role = cli.invoke(args=["users", "add", "jan", "--role", "boss", "--password-stdin"])

    assert weak.exit_code == 1 and weak.stderr.startswith(failure("error_user"))
    assert role.exit_code == 2  # click's usage error, before anything is asked
    assert cli.invoke(args=["users", "list"]).output == text("cli_users_none", "pl") + "\n"


# --- bdl and commuting -----------------------------------------------------------------------


@pytest.fixture
def own_store(store_dir: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(store_dir, tmp_path / "store"))


def test_bdl_prints_progress_and_summary(dataset, own_store):
    script = smk_script(dataset)
    with bdl_server(script) as url:
        cli = runner(STORE_DIR=str(own_store), BDL_API_URL=url, BDL_CLIENT_ID="key-1")
        result = cli.invoke(args=["bdl", "--scope", "smk", "--variable", "72305", "--year", "2025"])

    last_page = {"variable": 72305, "year": 2025, "page": 3, "pages": 3, "step": 1, "steps": 1}
    assert result.exit_code == 0
    assert text("bdl_progress", "pl").format(**last_page) in result.output
    assert "population" in result.output and "14" in result.output
    saved = text("cli_bdl_saved", "pl").format(path=own_store / io.FETCHED_FILE)
    assert result.output.endswith(saved + "\n")
    assert len(io.read_fetched(own_store)) == 14
    assert script.requests[0].headers["X-ClientId"] == "key-1"


def test_a_failed_bdl_refresh_says_why_in_one_line(dataset, own_store):
    script = smk_script(dataset)
    script.failures = {0: [(404, {})]}
    with bdl_server(script) as url:
        cli = runner(STORE_DIR=str(own_store), BDL_API_URL=url, CLI_LANGUAGE="en")
        result = cli.invoke(args=["bdl", "--scope", "smk", "--variable", "72305", "--year", "2025"])

    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(failure("error_bdl_http", "en"))
    assert not (own_store / io.FETCHED_FILE).exists()


def test_commuting_import_reports_what_came_in(own_store, tmp_path):
    cli = runner(STORE_DIR=str(own_store))

    result = cli.invoke(args=["commuting", "import", str(write_workbook(tmp_path / "nsp.xlsx"))])

    assert result.exit_code == 0
    assert (
        result.output
        == text("cli_commuting_imported", "pl").format(
            store=own_store, pairs=7, commuters=13539, rows=9, dropped=1, unknown="9999999"
        )
        + "\n"
    )
    assert io.read_manifest(own_store)["commuting"]["file"] == "nsp.xlsx"


def test_commuting_import_needs_a_built_store(tmp_path):
    cli = runner(STORE_DIR=str(tmp_path / "store"))

    result = cli.invoke(args=["commuting", "import", str(write_workbook(tmp_path / "m.xlsx"))])

    assert result.exit_code == 1
    assert result.stderr.startswith(failure("error_store_missing"))


# --- db --------------------------------------------------------------------------------------


def test_db_current_then_upgrade(database_url):
    cli = runner(DATABASE_URL=database_url)

    before = cli.invoke(args=["db", "current"])
    upgraded = cli.invoke(args=["db", "upgrade"])

    head = head_revision()
    none = text("cli_db_none", "pl")
    assert before.output == text("cli_db_revision", "pl").format(current=none, head=head) + "\n"
    assert upgraded.output == text("cli_db_revision", "pl").format(current=head, head=head) + "\n"


def test_db_revision_writes_nothing_when_the_schema_is_migrated():
    before = sorted(path.name for path in (MIGRATIONS_DIR / "versions").glob("*.py"))

    result = runner().invoke(args=["db", "revision", "-m", "Nothing"])

    assert result.output.endswith(text("cli_revision_none", "pl") + "\n")
    assert sorted(path.name for path in (MIGRATIONS_DIR / "versions").glob("*.py")) == before


# --- the real entry points on a fresh clone (no store) ---------------------------------------


def fresh(tmp_path: Path) -> dict[str, str]:
    """Return an environment whose store and database do not exist yet."""
    return {
        **os.environ,
        "GEOPORTAL_STORE_DIR": str(tmp_path / "store"),
        "GEOPORTAL_DATABASE_PATH": str(tmp_path / "instance" / "g.sqlite"),
    }


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        command, cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def test_flask_finds_the_commands_without_a_store(tmp_path):
    env = fresh(tmp_path)
    flask = [sys.executable, "-m", "flask", "--app", "app"]

    added = subprocess.run(
        [*flask, "users", "add", "anna", "--password-stdin"],
        input=PASSWORD,
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    built = run([*flask, "build"], {**env, "GEOPORTAL_SOURCE_DIR": str(tmp_path / "empty")})

    assert added.returncode == 0, added.stderr
    assert run([*flask, "users", "list"], env).stdout.startswith("anna\tofficial\t")
    assert built.returncode == 1
    assert built.stderr.startswith(failure("error_source_file"))  # the build ran, no store needed


def test_the_app_without_a_store_names_the_build_command(tmp_path):
    env = {**fresh(tmp_path), "GEOPORTAL_GUNICORN_BIND": f"127.0.0.1:{free_port()}"}

    served = run([sys.executable, "app.py"], env)
    gunicorn = run([sys.executable, "-m", "gunicorn", "app:server"], env)

    missing = f"no data store in {tmp_path / 'store'}; run: flask --app app build"
    assert served.returncode == 1
    assert served.stderr.strip().splitlines()[-1] == f"geoportal: {missing}"
    assert gunicorn.returncode != 0 and missing in gunicorn.stderr
