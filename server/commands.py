"""The command line: ``flask --app app build | users | bdl | commuting | db …``.

Each command reads its options (click), takes paths, URLs and the database from the
settings (:mod:`server.settings`) and calls one ``layers`` function. Messages are in
``CLI_LANGUAGE``; a domain error prints one line, its text and its detail, and exits 1.
None of them needs the data store loaded, so ``build`` runs on a fresh clone.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, ParamSpec, TypeVar

import click
import flask
from flask import current_app
from flask.cli import AppGroup, with_appcontext
from sqlalchemy.engine import Engine

from layers.analysis.scopes import SCOPES
from layers.errors import GeoportalError
from layers.ingest.bdl import RefreshRequest, refresh_store
from layers.ingest.bdl_client import BdlClient
from layers.ingest.build import BuildSources, write_current_store
from layers.ingest.commuting import import_into_store
from layers.render.dates import warsaw_today
from layers.store import io
from layers.store.database import database_engine, open_database, reading
from layers.store.migrations import current_revision, head_revision, new_revision
from layers.store.users import (
    ROLES,
    TOKEN_DAYS,
    add_user,
    api_tokens,
    end_sessions,
    issue_token,
    remove_user,
    revoke_token,
    set_password,
    users,
)
from server.database import database_url
from server.i18n import error_text, text
from server.settings import GEODATA_DIR

CLI_ACTOR = "(cli)"
"""Who the audit log names for a change made on the command line."""
P = ParamSpec("P")
R = TypeVar("R")


class CommandFailed(click.ClickException):
    """A command stopped by a domain error: one line on stderr, exit status 1."""

    def show(self, file: IO[Any] | None = None) -> None:
        """Print the message alone (click would put English before it)."""
        click.echo(self.format_message(), file=file, err=file is None)


def say(key: str, **values: object) -> None:
    """Print the text ``key`` in the command line's language, filled with ``values``."""
    click.echo(text(key, current_app.config["CLI_LANGUAGE"]).format(**values))


def reported(command: Callable[P, R]) -> Callable[P, R]:
    """Run ``command`` in the app context; turn a domain error into :class:`CommandFailed`."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except GeoportalError as error:
            lang = current_app.config["CLI_LANGUAGE"]
            reason = error_text(error, lang)
            failure = text("cli_failed", lang).format(reason=reason, detail=error)
            raise CommandFailed(failure) from error

    return with_appcontext(run)


def store_dir() -> Path:
    """Return the configured data store."""
    return Path(current_app.config["STORE_DIR"])


def build_sources(config: flask.Config) -> BuildSources:
    """Return what the data build reads, from the settings."""
    workbook = Path(config["COMMUTING_XLSX"]) if config["COMMUTING_XLSX"] else None
    return BuildSources(Path(config["SOURCE_DIR"]), GEODATA_DIR, workbook)


@click.command("build")
@click.option("--force", is_flag=True, help="Rebuild even if the store is current.")
@reported
def build(force: bool) -> None:
    """Build the data store from the source mirror (a current store is left alone)."""
    manifest = write_current_store(store_dir(), build_sources(current_app.config), force)
    if manifest is None:
        say("cli_store_current", store=store_dir())
    else:
        say("cli_store_written", store=store_dir(), **manifest)
        found = ", ".join(f"{n} {check}" for check, n in manifest["quality"].items() if n)
        nothing = text("cli_nothing_found", current_app.config["CLI_LANGUAGE"])
        say("cli_data_checks", file=io.QUALITY_FILE, found=found or nothing)


@contextmanager
def database(migrated: bool = True) -> Iterator[Engine]:
    """Yield the configured database, closing its connections afterwards.

    It is brought to the head revision first unless ``migrated`` is False.
    """
    url = database_url(current_app.config)
    engine = open_database(url) if migrated else database_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


user_commands = AppGroup("users", help="Users of the internal part and their API tokens.")


@user_commands.command("add")
@click.argument("username")
@click.option("--role", type=click.Choice(ROLES), default="official", show_default=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from one line of stdin.")
@reported
def add(username: str, role: str, password_stdin: bool) -> None:
    """Add a user (the password is asked twice, or read from stdin)."""
    with database() as engine:
        add_user(engine, username, password(password_stdin), role, actor=CLI_ACTOR)
    say("cli_user_added", username=username, role=role)


def password(from_stdin: bool) -> str:
    """Return the new user's password: one line of stdin, or typed twice unseen."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    lang = current_app.config["CLI_LANGUAGE"]
    return click.prompt(
        text("cli_password", lang),
        hide_input=True,
        confirmation_prompt=text("cli_password_repeat", lang),
    )


@user_commands.command("remove")
@click.argument("username")
@reported
def remove(username: str) -> None:
    """Remove a user and their API tokens."""
    with database() as engine:
        remove_user(engine, username, actor=CLI_ACTOR)
    say("cli_user_removed", username=username)


@user_commands.command("list")
@reported
def list_users() -> None:
    """List the users: name, role and when they were added (UTC)."""
    with database() as engine:
        found = users(engine)
    for user in found:
        click.echo(f"{user.username}\t{user.role}\t{user.created}")
    if not found:
        say("cli_users_none")


@user_commands.command("password")
@click.argument("username")
@click.option("--password-stdin", is_flag=True, help="Read the password from one line of stdin.")
@reported
def change_password(username: str, password_stdin: bool) -> None:
    """Set a user's new password (every session of theirs ends)."""
    with database() as engine:
        set_password(engine, username, password(password_stdin), actor=CLI_ACTOR)
    say("cli_password_set", username=username)


@user_commands.command("sign-out")
@click.argument("username")
@reported
def sign_out(username: str) -> None:
    """End every session of a user."""
    with database() as engine:
        end_sessions(engine, username, actor=CLI_ACTOR)
    say("cli_signed_out", username=username)


@user_commands.command("token")
@click.argument("username")
@click.option("--label", default="", help="What the token is for (e.g. QGIS).")
@click.option("--days", type=click.IntRange(1, 3650), default=TOKEN_DAYS, show_default=True)
@reported
def token(username: str, label: str, days: int) -> None:
    """Print a new API token for a user (shown once; only its hash is kept)."""
    with database() as engine:
        click.echo(issue_token(engine, username, label, days=days, actor=CLI_ACTOR))


@user_commands.command("tokens")
@click.argument("username", required=False)
@reported
def list_tokens(username: str | None) -> None:
    """List the API tokens (of one user): id, owner, label, created, expires (UTC)."""
    with database() as engine:
        for item in api_tokens(engine, username):
            click.echo("\t".join((item.id, item.owner, item.label, item.created, item.expires)))


@user_commands.command("revoke")
@click.argument("token_id")
@reported
def revoke(token_id: str) -> None:
    """Revoke an API token by the id ``tokens`` lists."""
    with database() as engine:
        revoke_token(engine, token_id, actor=CLI_ACTOR)
    say("cli_token_revoked", token=token_id)


@click.command("bdl")
@click.option("--scope", type=click.Choice(SCOPES), required=True)
@click.option("--variable", type=int, multiple=True, required=True, help="BDL variable id.")
@click.option("--year", type=int, multiple=True, help="Year (default: after the store's last).")
@reported
def bdl(scope: str, variable: tuple[int, ...], year: tuple[int, ...]) -> None:
    """Fetch GUS BDL variables for a scope's gminas into the store; print a summary."""
    config = current_app.config
    client = BdlClient(config["BDL_API_URL"], config["BDL_CLIENT_ID"] or None)
    lang = config["CLI_LANGUAGE"]
    summary = refresh_store(
        store_dir(),
        GEODATA_DIR,
        client,
        RefreshRequest(variable, scope, year, warsaw_today()),
        lambda step: click.echo(text("bdl_progress", lang).format(**vars(step))),
    )
    click.echo(summary.to_string(index=False))
    say("cli_bdl_saved", path=store_dir() / io.FETCHED_FILE)


commuting_commands = AppGroup("commuting", help="GUS's NSP 2021 commuting matrix.")


@commuting_commands.command("import")
@click.argument("workbook", type=click.Path(path_type=Path))
@reported
def import_workbook(workbook: Path) -> None:
    """Import a commuting workbook (XLSX) into the built store."""
    result = import_into_store(workbook, store_dir())
    say(
        "cli_commuting_imported",
        store=store_dir(),
        pairs=len(result.flows),
        commuters=int(result.flows["volume"].sum()),
        rows=result.rows,
        dropped=result.dropped,
        unknown=", ".join(result.unknown) or "-",
    )


db_commands = AppGroup("db", help="The database's schema migrations (layers/store/migrations).")


@db_commands.command("upgrade")
@reported
def upgrade() -> None:
    """Bring the configured database to the newest revision (as every start does)."""
    with database() as engine:
        show_revision(engine)


@db_commands.command("current")
@reported
def current() -> None:
    """Print the configured database's revision and the newest one, changing nothing."""
    with database(migrated=False) as engine:
        show_revision(engine)


def show_revision(engine: Engine) -> None:
    """Print the revision of the database of ``engine`` and the head revision."""
    with reading(engine) as connection:
        revision = current_revision(connection)
    none = text("cli_db_none", current_app.config["CLI_LANGUAGE"])
    say("cli_db_revision", current=revision or none, head=head_revision())


@db_commands.command("revision")
@click.option("-m", "--message", required=True, help="What the revision does.")
@click.option("--empty", is_flag=True, help="A blank revision (for a data migration).")
@reported
def revision(message: str, empty: bool) -> None:
    """Write the next revision: what layers/store/schema.py has and the migrations lack."""
    written = new_revision(message, empty)
    if written is None:
        say("cli_revision_none")
    else:
        say("cli_revision_written", path=written)


COMMANDS = (build, user_commands, bdl, commuting_commands, db_commands)


def init_app(server: flask.Flask) -> None:
    """Give ``server`` the project's commands (``flask --app app --help`` lists them)."""
    for command in COMMANDS:
        server.cli.add_command(command)
